/**
 * Dates the interface writes itself (when a game was saved), in each
 * language's own form: "1 Dec 2026, 21:40" and "2026年12月1日 21:40". Scenario
 * dates are written by their authors and never pass through here. Display
 * only, in the reader's time zone.
 */

const pad = (n: number): string => String(n).padStart(2, '0');

/** Chinese dates need no Intl data: year, month and day with their characters, no spaces. */
export function zhDate(date: Date): string {
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;
}

export function formatDateTime(language: 'en' | 'zh-Hans', ms: number): string {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return '';
  if (language === 'zh-Hans') return `${zhDate(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
  try {
    return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  } catch {
    return date.toISOString();
  }
}
