/**
 * Calls per second of `work`: warmed up for `warmMs` (so the JIT has compiled the
 * hot paths), then timed over `windows` windows of at least `ms` each; the best
 * window is reported, since the machine is shared and other jobs can only slow a
 * window down, never speed it up. No Node or DOM imports: the bench runs it in
 * Node and in Chromium alike.
 */
export function perSecond(work: (i: number) => void, ms = 700, windows = 3, warmMs = 500): number {
  let n = 0;
  const warm = performance.now();
  while (performance.now() - warm < warmMs) {
    for (let k = 0; k < 50; k++) work(n++);
  }
  let best = 0;
  for (let w = 0; w < windows; w++) {
    let done = 0;
    const start = performance.now();
    while (performance.now() - start < ms) {
      for (let k = 0; k < 50; k++) work(n + done++);
    }
    n += done;
    best = Math.max(best, done / ((performance.now() - start) / 1000));
  }
  return Math.round(best);
}
