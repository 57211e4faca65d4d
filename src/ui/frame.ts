/**
 * The page frame and the services every screen uses, built and wired once:
 * the settings, the sound and its cues, the stage slot, the in-game menu, the
 * shell around the screen, the announcer and the keyboard shortcuts.
 */
import type { SettingsStore } from '../persistence/settings.ts';
import { Announcer } from './announcer.ts';
import { handleKey } from './keyboard.ts';
import { GameMenu } from './menu.ts';
import { SettingsController } from './settings-controller.ts';
import { Shell } from './shell.ts';
import { SoundCues } from './sound-cues.ts';
import { SoundSlot } from './sound-slot.ts';
import { StageSlot } from './stage-slot.ts';

export interface FrameHooks {
  /** The screen showing now (the keys depend on it). */
  screen(): string;
  /** The stage can draw its first scene. */
  stageReady(): void;
  /** The stage is ready or will never come: what waited for it may load now. */
  stageSettled(): void;
  /** The player left the game by the menu. */
  backToTitle(): void;
  /** The player changed the reduced-motion setting. */
  motionChanged(): void;
  /** The player chose another language. */
  languageChanged(tag: string): void;
}

export interface Frame {
  announcer: Announcer;
  settings: SettingsController;
  sound: SoundSlot;
  cues: SoundCues;
  stage: StageSlot;
  shell: Shell;
}

export function buildFrame(root: HTMLElement, store: SettingsStore, hooks: FrameHooks): Frame {
  const announcer = new Announcer();
  const settings: SettingsController = new SettingsController(store, {
    applied: () => {
      stage.setReducedMotion(settings.reducedMotion());
      sound.applySettings();
    },
    motionChanged: () => hooks.motionChanged(),
    languageChanged: (tag) => hooks.languageChanged(tag),
  });
  const sound = new SoundSlot(() => settings.current);
  const cues = new SoundCues({ soundOn: () => settings.current.sound, sound, announcer });
  const stage: StageSlot = new StageSlot({
    reducedMotion: () => settings.reducedMotion(),
    ready: () => {
      root.dataset.stage = 'ready'; // for tests and the benchmark: the first scene is drawn
      hooks.stageReady();
      hooks.stageSettled();
    },
    failed: () => {
      root.dataset.stage = 'failed';
      shell.dropStage();
      hooks.stageSettled();
    },
  });
  const menu: GameMenu = new GameMenu({
    settingsForm: (prefix) => settings.form(prefix),
    syncSettings: (form) => settings.sync(form),
    backToTitle: () => hooks.backToTitle(),
    focusHeading: () => shell.focusHeading(),
  });
  const shell: Shell = new Shell(root, {
    caption: announcer.caption,
    stageFrame: stage.frame,
    live: announcer.live,
    menu: menu.dialog,
    openMenu: () => menu.open(),
  });
  settings.start();
  document.addEventListener('keydown', (e) => handleKey(e, {
    menuOpen: () => menu.isOpen,
    openMenu: () => menu.open(),
    screen: () => hooks.screen(),
    screenEl: shell.screenEl,
  }));
  sound.unlockOnFirstGesture();
  return { announcer, settings, sound, cues, stage, shell };
}
