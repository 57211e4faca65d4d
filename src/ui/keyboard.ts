/**
 * The game's keyboard shortcuts: Escape opens the menu (except on the title),
 * and in a round the number keys pick an option.
 */
import { optionForKey } from './view-model.ts';

export interface KeyboardHost {
  menuOpen(): boolean;
  openMenu(): void;
  screen(): string;
  screenEl: HTMLElement;
}

export function handleKey(e: KeyboardEvent, host: KeyboardHost): void {
  if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
  if (host.menuOpen()) return;
  if (e.key === 'Escape') {
    if (host.screen() !== 'title') {
      e.preventDefault();
      host.openMenu();
    }
    return;
  }
  if (host.screen() !== 'round') return;
  // Typing in a field is not a choice.
  const target = e.target as HTMLElement | null;
  if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT')) return;
  const buttons = [...host.screenEl.querySelectorAll<HTMLButtonElement>('[data-option]')];
  const index = optionForKey(e.key, buttons.length);
  if (index === null) return;
  e.preventDefault();
  buttons[index]?.click();
}
