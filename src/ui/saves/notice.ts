/**
 * Polite notices about saving, above every screen: "this browser is not keeping
 * your progress", games dropped from a full list, a game kept when another
 * started. Each is announced in the live region once, stays until its Dismiss
 * button is pressed, and once dismissed is not shown again on this page.
 */
import { h } from '../dom.ts';
import { t } from '../locale/current.ts';

export type NoticeKind = 'not-kept' | 'dropped' | 'kept';

export class SaveNotices {
  readonly el: HTMLElement = h('div', { class: 'save-notices', role: 'region', 'aria-label': t.saves.noticeLabel, hidden: true });
  private readonly shown = new Map<NoticeKind, HTMLElement>();
  private readonly dismissed = new Set<NoticeKind>();

  constructor(private readonly announce: (text: string) => void) {}

  /** Shows a notice of `kind` (replacing one of the same kind); `extra` is shown under its text. */
  show(kind: NoticeKind, text: string, extra: HTMLElement | null = null, again = false): void {
    if (this.dismissed.has(kind) && !again) return;
    this.dismissed.delete(kind);
    const old = this.shown.get(kind);
    if (old && !extra && old.dataset.text === text) return; // already up: not announced twice
    const notice = h('div', { class: 'save-notice', 'data-notice': kind, 'data-text': text },
      h('p', { class: 'save-notice-text' }, text),
      extra,
      h('button', { type: 'button', class: 'btn btn-small', 'aria-label': t.saves.dismissLabel, 'data-action': 'dismiss-notice', onclick: () => this.dismiss(kind) }, t.saves.dismiss),
    );
    if (old) old.replaceWith(notice);
    else this.el.append(notice);
    this.shown.set(kind, notice);
    this.el.hidden = false;
    this.announce(text);
  }

  /** Updates the extra part of a notice already up (the link of the game so far), without announcing it again. */
  update(kind: NoticeKind, extra: HTMLElement): void {
    const notice = this.shown.get(kind);
    const old = notice?.querySelector('[data-extra]');
    if (old) old.replaceWith(extra);
  }

  isShown(kind: NoticeKind): boolean {
    return this.shown.has(kind);
  }

  dismiss(kind: NoticeKind): void {
    const notice = this.shown.get(kind);
    if (!notice) return;
    const focused = notice.contains(document.activeElement);
    notice.remove();
    this.shown.delete(kind);
    this.dismissed.add(kind);
    this.el.hidden = this.shown.size === 0;
    // Focus never falls to the page: it goes to the screen's heading.
    if (focused) document.querySelector<HTMLElement>('#screen h1, #screen h2')?.focus({ preventScroll: true });
  }
}

/** A read-only, labelled field holding a link, for inside a notice. */
export function linkField(id: string, label: string, value: string): HTMLElement {
  const field = h('input', { type: 'text', id, class: 'text-input replay-link', readonly: true, value });
  field.addEventListener('focus', () => field.select());
  return h('div', { class: 'save-notice-link', 'data-extra': '' }, h('label', { for: id }, label), field);
}
