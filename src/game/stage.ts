/**
 * The Phaser stage: a renderer of the round, loaded lazily by the UI with
 * `import('./game/stage.ts')`. It shows the place, the delegations and the
 * state of the talks as pictures; it never changes game state and draws no text
 * a player must read (the DOM carries all of that).
 */
import Phaser from 'phaser';
import { artSources } from './art-sources.ts';
import { TalksScene, W, H } from './talks-scene.ts';

export interface StageMeter { id: string; value: number }
export interface StageScene {
  /** dinner | hotel | premier | great-hall | press | final; anything else shows a neutral room. */
  scene: string;
  /** Who is speaking now (highlighted), or null. */
  speaker: 'us' | 'china' | null;
  /** Chinese delegation member present: 0 climate envoy, 1 top diplomat, 2 premier, 3 vice president. */
  chinaPerson: number;
  /** trust, climate, us-home, china-home (0..100). */
  meters: StageMeter[];
}
export interface StageChange { measure: string; by: number; to: number }
export interface Stage {
  show(scene: StageScene): void;
  playChanges(changes: StageChange[]): Promise<void>;
  playEvent(): Promise<void>;
  setReducedMotion(on: boolean): void;
  destroy(): void;
}

/**
 * The render scale for a box: as many canvas pixels across as the box has device pixels
 * (in 1/16 steps, 50–100 % of 1280×720). Every layer is drawn for each canvas pixel, so
 * pixels the box cannot show are pure cost on software GL.
 */
function resolutionFor(parent: HTMLElement): number | null {
  const boxW = parent.clientWidth;
  if (!boxW) return null;
  const dpr = window.devicePixelRatio || 1;
  return Math.min(1, Math.max(0.5, Math.ceil((boxW * dpr * 16) / W) / 16));
}

export async function createStage(parent: HTMLElement, options: { reducedMotion: boolean }): Promise<Stage> {
  const art = artSources();
  let scene: TalksScene | null = null;
  let destroyed = false;
  let reduced = options.reducedMotion;
  let gameRef: Phaser.Game | null = null;

  const ready = new Promise<TalksScene>((resolve, reject) => {
    // If WebGL never comes up, fail instead of hanging: the UI then plays on without the stage.
    const timer = window.setTimeout(() => {
      gameRef?.destroy(true);
      reject(new Error('Linkage stage: the renderer did not start'));
    }, 20_000);
    const talks = new TalksScene();
    // Never render more pixels than the box shows (software GL on Chromebooks is fill-bound):
    // the world is laid out at 1280×720 and the camera zooms it into a canvas of 50–100 % of that.
    // The box may still be hidden here (no width): start from the window's width, and follow
    // the box once it is laid out (see the ResizeObserver below).
    const resolution = resolutionFor(parent)
      ?? Math.min(1, Math.max(0.5, Math.ceil(((window.innerWidth || W) * (window.devicePixelRatio || 1) * 16) / W) / 16));
    const game = new Phaser.Game({
      type: Phaser.WEBGL,
      parent,
      width: Math.round(W * resolution),
      height: Math.round(H * resolution),
      backgroundColor: '#10141c',
      banner: false,
      audio: { noAudio: true },
      input: { keyboard: false, mouse: false, touch: false, gamepad: false },
      disableContextMenu: false,
      // No MSAA: costly in software GL (SwiftShader) and unnecessary for this flat art.
      render: { antialias: true, antialiasGL: false, powerPreference: 'low-power', clearBeforeRender: false },
      scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
      scene: [],
    });
    gameRef = game;
    game.events.once(Phaser.Core.Events.READY, () => {
      // The canvas is a picture of what the DOM says: hide it from assistive tech.
      game.canvas.setAttribute('aria-hidden', 'true');
      game.canvas.setAttribute('role', 'presentation');
      game.canvas.tabIndex = -1;
      game.scene.add('talks', talks, true, {
        art,
        resolution,
        reducedMotion: reduced,
        onReady: () => {
          window.clearTimeout(timer);
          resolve(talks);
        },
      });
    });
  });

  scene = await ready;
  const game = gameRef as Phaser.Game | null;

  // The stage sleeps when nothing moves; wake it when its box changes size or the GL context returns.
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => {
    const r = resolutionFor(parent);
    if (r !== null) scene?.setResolution(r);
    scene?.awake(300);
  }) : null;
  observer?.observe(parent);
  const onRestored = (): void => scene?.awake(500);
  game?.canvas.addEventListener('webglcontextrestored', onRestored);

  return {
    show(view) {
      if (destroyed || !scene) return;
      const meters: Record<string, number> = {};
      for (const m of view.meters) meters[m.id] = m.value;
      scene.showView({ scene: view.scene, speaker: view.speaker, chinaPerson: view.chinaPerson, meters });
    },
    playChanges(changes) {
      if (destroyed || !scene) return Promise.resolve();
      return scene.playChanges(changes.map((c) => ({ measure: c.measure, by: c.by, to: c.to })));
    },
    playEvent() {
      if (destroyed || !scene) return Promise.resolve();
      return scene.playEvent();
    },
    setReducedMotion(on) {
      reduced = on;
      scene?.setReduced(on);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      observer?.disconnect();
      game?.canvas.removeEventListener('webglcontextrestored', onRestored);
      scene?.releaseAll();
      scene?.awake(0);
      scene = null;
      game?.destroy(true);
    },
  };
}
