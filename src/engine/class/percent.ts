/**
 * Integer arithmetic for class statistics: the same figures in every browser
 * and in Node, and no float noise such as 33.33333 in a printed summary.
 */

/** round(100 · part / whole), halves rounded up; 0 when whole is 0. Sums of several may be 100 ± (count / 2). */
export function percentOf(part: number, whole: number): number {
  if (whole <= 0) return 0;
  return Math.floor((200 * part + whole) / (2 * whole));
}

/** The mean of `n` values summing to `sum`, in tenths (523 = 52.3), halves rounded up; 0 when n is 0. */
export function meanTenths(sum: number, n: number): number {
  if (n <= 0) return 0;
  return Math.floor((20 * sum + n) / (2 * n));
}
