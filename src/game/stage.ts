/**
 * The Phaser stage: a renderer of the round, loaded lazily by the UI with
 * `import('./game/stage.ts')`. It shows the place, the delegations and the
 * state of the talks as pictures; it never changes game state and draws no text
 * a player must read (the DOM carries all of that).
 */
import Phaser from 'phaser';
import { artSources } from './art-sources.ts';
import { H, W } from './layout.ts';
import type { StageView } from './stage-view.ts';
import { TalksScene } from './talks-scene.ts';

/**
 * The render scale for a box: as many canvas pixels across as the box has device pixels
 * (in 1/16 steps, 50–100 % of 1280×720, and at most `max`). Every layer is drawn for each
 * canvas pixel, so pixels the box cannot show are pure cost on software GL.
 */
function resolutionFor(width: number, max: number): number {
  const dpr = window.devicePixelRatio || 1;
  return Math.min(max, 1, Math.max(0.5, Math.ceil((width * dpr * 16) / W) / 16));
}

/**
 * Without a GPU (or with a blocklisted one), WebGL runs on the CPU (SwiftShader, llvmpipe)
 * and the browser reads every frame back before compositing it: the page waits for that.
 * Measured in headless Chromium with a 4x CPU slowdown: a 640×360 canvas (0.9 MB a frame)
 * animates at 60 frames a second, 720×405 (1.2 MB) at 20–30. Smooth beats sharp there.
 */
const SOFTWARE_GL_MAX_RESOLUTION = 0.5;
/** …and draws at most every other display frame, so the page is never still waiting for the last one. */
const SOFTWARE_GL_FPS = 30;

function isSoftwareGl(renderer: unknown): boolean {
  const gl = (renderer as { gl?: WebGLRenderingContext } | null)?.gl;
  if (!gl) return false;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name: unknown = gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER);
  return typeof name === 'string' && /swiftshader|llvmpipe|softpipe|software/i.test(name);
}

/**
 * `places` says which places the game visits (round order), as far as the UI knows when the
 * stage starts: the first one's art comes with the essentials.
 */
export async function createStage(parent: HTMLElement, options: { reducedMotion: boolean; places: () => readonly string[] }): Promise<StageView> {
  const art = artSources();
  let scene: TalksScene | null = null;
  let destroyed = false;
  let reduced = options.reducedMotion;
  let gameRef: Phaser.Game | null = null;
  let maxResolution = 1;

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
    const resolution = resolutionFor(parent.clientWidth || window.innerWidth || W, maxResolution);
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
      let startResolution = resolution;
      if (isSoftwareGl(game.renderer)) {
        maxResolution = SOFTWARE_GL_MAX_RESOLUTION;
        game.loop.setFPSLimit(SOFTWARE_GL_FPS);
        startResolution = Math.min(resolution, maxResolution);
        game.scale.setGameSize(Math.round(W * startResolution), Math.round(H * startResolution));
      }
      game.scene.add('talks', talks, true, {
        art,
        resolution: startResolution,
        reducedMotion: reduced,
        places: options.places,
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
    if (parent.clientWidth) scene?.setResolution(resolutionFor(parent.clientWidth, maxResolution));
    // Phaser measures its box only while the loop runs, every half second; the loop may be asleep,
    // or wake for less than that (the frame shown after the stage started hidden): fit the canvas now.
    if (game?.scale.getParentBounds()) game.scale.refresh();
    scene?.awake(300);
  }) : null;
  observer?.observe(parent);
  const onRestored = (): void => scene?.awake(500);
  game?.canvas.addEventListener('webglcontextrestored', onRestored);

  return {
    places(scenes) {
      if (destroyed || !scene) return;
      scene.places(scenes);
    },
    show(view) {
      if (destroyed || !scene) return;
      scene.showView(view);
    },
    playChanges(changes) {
      if (destroyed || !scene) return Promise.resolve();
      return scene.playChanges(changes);
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
