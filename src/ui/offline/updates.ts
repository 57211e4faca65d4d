/**
 * The service worker and its updates, seen from the game. The worker
 * (vite-plugin-pwa / Workbox, see scripts/pwa-config.ts) precaches the build;
 * it is registered only once the first round's stage is up (the app calls
 * start()), a page other than the game opens, or after a while on the title,
 * so the first page loads only what it shows. A new version waits:
 * the game says so, and applies it at the next screen change where a reload
 * loses nothing (the title, the teacher's guide, or the start of a round of a
 * game already saved); after the reload the saved game resumes by itself.
 */
import { h } from '../dom.ts';
import { t as words } from '../locale/current.ts';
import './updates.css';

/** What vite-plugin-pwa's `registerSW` does, as far as the game uses it (injectable for tests). */
export type RegisterWorker = (options: {
  onNeedRefresh(): void;
  onRegisteredSW(url: string, registration: ServiceWorkerRegistration | undefined): void;
  onNeedReload(): void;
}) => (reloadPage?: boolean) => Promise<void>;

/** sessionStorage: set just before the reload that applies an update, read once after it. */
export const RESUME_AFTER_UPDATE = 'linkage.resumeAfterUpdate';
/** Screens of a game being started or played: there, the app starts the worker once the stage is up. */
const GAME_SCREENS = new Set(['title', 'check', 'briefing', 'pass', 'round', 'report']);
/** With nobody choosing a mode, the title registers the worker after this long. */
export const TITLE_IDLE_MS = 15_000;
/** Look for a new version at a screen change, but not more often than this. */
export const CHECK_EVERY_MS = 10_000;
/** How long the new worker has to take over before the page reloads regardless. */
export const GIVE_UP_MS = 5_000;

export interface UpdatesOptions {
  register?: () => Promise<RegisterWorker>;
  reload?: () => void;
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  now?: () => number;
}

const defaultRegister = async (): Promise<RegisterWorker> => (await import('virtual:pwa-register')).registerSW;

function sessionStore(): UpdatesOptions['storage'] {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** Marks the saved game `gameId` to resume after the next reload (a language switch reloads too). */
export function markResume(gameId: string | null, storage: UpdatesOptions['storage'] = sessionStore()): void {
  try {
    if (gameId !== null) storage?.setItem(RESUME_AFTER_UPDATE, gameId);
  } catch {
    // sessionStorage blocked: the game stays in the title's list instead
  }
}

export class Updates {
  /** The status line that says a new version is ready (placed above the page by the app). */
  readonly notice: HTMLElement = h('p', { class: 'update-notice', role: 'status', 'data-update': 'none', hidden: true });
  private state: 'idle' | 'registering' | 'registered' | 'ready' | 'applying' = 'idle';
  private apply: ((reloadPage?: boolean) => Promise<void>) | null = null;
  private registration: ServiceWorkerRegistration | null = null;
  private lastCheck = 0;
  /** A new worker controls the page already (this tab's update, or another tab's). */
  private takenOver = false;
  /** The saved game to resume after the reload, if any. */
  private resume: string | null = null;
  private reloading = false;
  private readonly idleTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly register: () => Promise<RegisterWorker>;
  private readonly reload: () => void;
  private readonly storage: UpdatesOptions['storage'];
  private readonly now: () => number;

  constructor(options: UpdatesOptions = {}) {
    this.register = options.register ?? defaultRegister;
    this.reload = options.reload ?? (() => location.reload());
    this.storage = options.storage === undefined ? sessionStore() : options.storage;
    this.now = options.now ?? (() => Date.now());
    if (!options.register && (typeof navigator === 'undefined' || !('serviceWorker' in navigator))) return;
    this.idleTimer = setTimeout(() => this.start(), TITLE_IDLE_MS);
  }

  /** Once: the saved game's id when the page was reloaded to apply an update and that game should resume, else null. */
  takeResume(): string | null {
    try {
      const id = this.storage?.getItem(RESUME_AFTER_UPDATE) ?? null;
      this.storage?.removeItem(RESUME_AFTER_UPDATE);
      return id;
    } catch {
      return null;
    }
  }

  /**
   * Every screen change goes through here first. Returns true when the page is
   * reloading into the new version: the caller then shows nothing more.
   * `safe`: whether a reload now loses nothing (see the header), and whether
   * the saved game `gameId` should then resume by itself ('resume') or not ('reload').
   */
  screenChange(screen: string, safe: 'no' | 'reload' | 'resume', gameId: string | null = null): boolean {
    if (!GAME_SCREENS.has(screen)) this.start();
    if (this.state === 'ready' && safe !== 'no' && (safe === 'reload' || gameId !== null)) {
      this.applyNow(safe === 'resume' ? gameId : null);
      return true;
    }
    this.check();
    return false;
  }

  /** Registers the worker, once. */
  start(): void {
    if (this.state !== 'idle') return;
    clearTimeout(this.idleTimer);
    this.state = 'registering';
    void this.register()
      .then((registerSW) => {
        this.apply = registerSW({
          onNeedRefresh: () => this.ready(),
          onRegisteredSW: (_url, registration) => {
            this.registration = registration ?? null;
            this.lastCheck = this.now();
          },
          // The new worker took over: after our own request (applyNow), or another tab's, which
          // waits for a screen change like any update.
          onNeedReload: () => {
            this.takenOver = true;
            if (this.state === 'applying') this.reloadForUpdate();
            else this.ready();
          },
        });
        if (this.state === 'registering') this.state = 'registered';
      })
      .catch((error: unknown) => {
        console.warn('Linkage: offline play is unavailable.', error);
      });
  }

  private ready(): void {
    if (this.state === 'applying') return;
    this.state = 'ready';
    this.notice.textContent = words.offline.updateReady;
    this.notice.dataset.update = 'ready';
    this.notice.hidden = false;
  }

  private applyNow(resume: string | null): void {
    this.state = 'applying';
    this.resume = resume;
    this.notice.textContent = words.offline.updating;
    this.notice.dataset.update = 'applying';
    if (this.takenOver) return this.reloadForUpdate();
    // Tells the waiting worker to take over; onNeedReload then reloads. Should the worker
    // never take over (it was replaced meanwhile), reload anyway: the save is written.
    void this.apply?.(true).catch(() => this.reloadForUpdate());
    setTimeout(() => this.reloadForUpdate(), GIVE_UP_MS);
  }

  private reloadForUpdate(): void {
    if (this.reloading) return;
    this.reloading = true;
    try {
      if (this.resume !== null) this.storage?.setItem(RESUME_AFTER_UPDATE, this.resume);
    } catch {
      // the saved game is still offered on the title
    }
    this.reload();
  }

  /** Asks the server for a new worker now and then; offline, the request fails quietly. */
  private check(): void {
    const registration = this.registration;
    if (!registration || this.state !== 'registered' || this.now() - this.lastCheck < CHECK_EVERY_MS) return;
    this.lastCheck = this.now();
    registration.update().catch(() => undefined);
  }
}
