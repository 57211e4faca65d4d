/**
 * The one Phaser scene of the stage: a renderer of the round. It draws the place,
 * the two delegations at the table, the chain of links (trust), the horizon glow
 * (climate) and the home-support glows, and animates changes. It never changes
 * game state, and draws no text a player needs (all of that is in the DOM).
 *
 * Each part draws one thing and is built once, here, in drawing order; this scene
 * tells them what to show, keeps the loop asleep when nothing moves, and decides
 * when the room is a still (see room-still.ts). Place changes swap textures; tweens
 * are short-lived and killed before new ones start.
 */
import Phaser from 'phaser';
import { ArtLoader } from './art-loader.ts';
import type { ArtSources } from './art-sources.ts';
import { Chain } from './chain.ts';
import { Delegations } from './delegations.ts';
import { Desk } from './desk.ts';
import { H, W } from './layout.ts';
import { ChangeMarks, Glows } from './meter-lights.ts';
import { CHANGE_MS, CROSSFADE_MS, EVENT_MS, clampMeter, sceneKeyOf, type MeasurePlace, type SceneKey } from './model.ts';
import { tweenDone } from './phaser-kit.ts';
import { Place } from './place.ts';
import { RoomStill } from './room-still.ts';
import type { StageChange, StageScene } from './stage-view.ts';
import { makeFallbackFigures, makeFallbackFlags, makeTextures } from './textures.ts';
import { Ticker } from './ticker.ts';

interface Meters { trust: number; climate: number; us: number; china: number }

export class TalksScene extends Phaser.Scene {
  private art!: ArtSources;
  private reduced = false;
  private resolution = 1;
  private onReady: (() => void) | null = null;
  /** The places of the game, as known when the stage starts (maybe none yet). */
  private firstPlaces: () => readonly string[] = () => [];

  private place!: Place;
  private glows!: Glows;
  private delegations!: Delegations;
  private desk!: Desk;
  private still!: RoomStill;
  private chain!: Chain;
  private marks!: ChangeMarks;
  private ticker!: Ticker;
  private loader!: ArtLoader;

  private current: SceneKey | null = null;
  /** The view shown now, as a key: a still remembers the view it was taken in. */
  private viewKey = '';
  private shown: Meters = { trust: 50, climate: 50, us: 50, china: 50 };
  private busyUntil = 0;
  private sleeping = false;
  private changeTweens: Phaser.Tweens.Tween[] = [];
  private release: () => void = () => undefined;
  /** Settles when the stage goes away, so that no one waits for an animation that will never end. */
  private readonly released = new Promise<void>((resolve) => {
    this.release = resolve;
  });

  constructor() {
    super({ key: 'talks' });
  }

  init(data: { art: ArtSources; resolution: number; reducedMotion: boolean; onReady: () => void; places: () => readonly string[] }): void {
    this.art = data.art;
    this.firstPlaces = data.places;
    this.resolution = data.resolution;
    this.reduced = data.reducedMotion;
    this.onReady = data.onReady;
  }

  create(): void {
    this.cameras.main.setZoom(this.resolution).centerOn(W / 2, H / 2);
    makeTextures(this);
    makeFallbackFigures(this);
    makeFallbackFlags(this);

    // The room, back to front; then its still, and what moves over it.
    this.place = new Place(this);
    this.glows = new Glows(this);
    this.delegations = new Delegations(this, this.art);
    this.desk = new Desk(this);
    const room = [...this.place.layers, ...this.glows.layers, ...this.delegations.layers, ...this.desk.layers];
    this.still = new RoomStill(this, room, this.resolution);
    this.chain = new Chain(this);
    this.marks = new ChangeMarks(this);
    this.ticker = new Ticker(this);

    this.loader = new ArtLoader(this.textures, this.art);
    this.applyMeters(this.shown);
    this.setPlace('neutral', true);

    this.scale.on(Phaser.Scale.Events.RESIZE, () => this.awake(300));
    // A lost GL context takes the baked textures with it: bake them again when the context returns.
    const rebake = (): void => {
      this.desk.bake();
      this.still.redraw();
    };
    this.renderer.on(Phaser.Renderer.Events.RESTORE_WEBGL, rebake);
    this.events.once(Phaser.Scenes.Events.DESTROY, () => {
      this.renderer.off(Phaser.Renderer.Events.RESTORE_WEBGL, rebake);
      this.loader.stop();
      this.desk.destroy();
    });
    this.awake(500);
    // Ready once the first round's art is in (or has failed, or after a few seconds at most),
    // not after every place: on a slow connection the later rooms arrive during the first round.
    const ready = (): void => {
      this.onReady?.();
      this.onReady = null;
    };
    this.time.delayedCall(5000, ready);
    this.places(this.firstPlaces());
    void this.loader.load({
      essentials: () => {
        this.artReady();
        ready();
      },
      place: (key) => {
        if (key === this.current) this.setPlace(key, true, true);
      },
    }).then(ready, ready);
  }

  // ---- public, called by the stage facade -----------------------------------

  /** The places the game visits, in round order: their art loads, and no other place's. */
  places(scenes: readonly string[]): void {
    this.loader.want(scenes.map(sceneKeyOf));
  }

  showView(view: StageScene): void {
    const meters: Partial<Record<MeasurePlace, number>> = {};
    for (const m of view.meters) meters[m.role] = m.value;
    this.viewKey = JSON.stringify([view.scene, view.speaker, view.chinaPerson, meters]);
    // A report shows the round's view again before its changes play: nothing to redraw.
    if (this.still.shows(this.viewKey)) return;
    this.still.live();
    this.setPlace(sceneKeyOf(view.scene), this.reduced || this.current === null);
    this.delegations.setSpeaker(view.speaker, this.reduced);
    this.delegations.setChinaPerson(view.chinaPerson, this.reduced);
    if (this.changeTweens.length === 0) {
      this.shown = {
        trust: clampMeter(meters.trust ?? this.shown.trust),
        climate: clampMeter(meters.climate ?? this.shown.climate),
        us: clampMeter(meters.us ?? this.shown.us),
        china: clampMeter(meters.china ?? this.shown.china),
      };
      this.applyMeters(this.shown);
    }
    this.awake(this.reduced ? 100 : CROSSFADE_MS + 200);
  }

  playChanges(changes: StageChange[]): Promise<void> {
    this.finishChanges();
    const from = { ...this.shown };
    const to = { ...this.shown };
    const moved: Partial<Record<MeasurePlace, number>> = {};
    for (const c of changes) {
      const place = c.role;
      const end = clampMeter(c.to);
      to[place] = end;
      from[place] = clampMeter(end - c.by);
      moved[place] = (moved[place] ?? 0) + c.by;
    }
    for (const [place, by] of Object.entries(moved) as [Exclude<MeasurePlace, 'other'>, number][]) {
      this.marks.arrow(place, by, this.reduced);
      if ((place === 'us' || place === 'china') && by !== 0) this.marks.pulse(place, by, this.reduced);
    }
    if (this.reduced) {
      this.shown = to;
      this.applyMeters(to);
      this.still.redraw();
      this.awake(1600);
      return Promise.resolve();
    }
    // The glows live in the still (redrawing it costs a full frame on software GL): they take
    // their new level once, as the report opens, while the chain moves link by link.
    this.chain.set(from.trust);
    this.glows.set(to.climate, to.us, to.china);
    if (to.climate !== from.climate || to.us !== from.us || to.china !== from.china) this.still.redraw();
    this.still.take(this.viewKey);
    const state = { t: 0 };
    const tween = this.tweens.add({
      targets: state,
      t: 1,
      duration: CHANGE_MS,
      ease: 'Cubic.easeInOut',
      onUpdate: () => this.chain.set(from.trust + (to.trust - from.trust) * state.t),
      onComplete: () => {
        this.shown = to;
        this.applyMeters(to);
        this.changeTweens = this.changeTweens.filter((t) => t !== tween);
      },
    });
    this.changeTweens.push(tween);
    if ((moved.trust ?? 0) > 0) this.chain.glint();
    this.awake(CHANGE_MS + 300);
    return this.ended(tween);
  }

  playEvent(): Promise<void> {
    if (this.reduced) {
      this.ticker.flash();
      this.awake(1600);
      return Promise.resolve();
    }
    this.still.take(this.viewKey);
    const tween = this.ticker.play();
    this.awake(EVENT_MS + 300);
    return this.ended(tween);
  }

  /** Render at a new scale of the 1280×720 world (the canvas follows the box's device pixels). */
  setResolution(resolution: number): void {
    if (resolution === this.resolution) return;
    this.resolution = resolution;
    const w = Math.round(W * resolution);
    const h = Math.round(H * resolution);
    // The loop may be asleep: read the box's size now, then fit the new canvas into it.
    this.scale.getParentBounds();
    this.scale.setGameSize(w, h);
    this.cameras.main.setSize(w, h).setZoom(resolution).centerOn(W / 2, H / 2);
    this.still.resize(resolution);
    this.awake(300);
  }

  setReduced(on: boolean): void {
    this.reduced = on;
    if (on) this.finishChanges();
  }

  /** Resolve anything still waiting (used on destroy). */
  releaseAll(): void {
    this.release();
  }

  /** Keep the loop running for at least `ms` (the stage sleeps when nothing moves). */
  awake(ms: number): void {
    this.busyUntil = Math.max(this.busyUntil, performance.now() + ms);
    if (this.sleeping) {
      this.sleeping = false;
      this.game.loop.wake();
      this.game.loop.resetDelta();
    }
  }

  override update(): void {
    if (this.sleeping) return;
    if (performance.now() > this.busyUntil && this.tweens.getTweens().length === 0) {
      // Settled: the next report will animate over a still of this room.
      this.still.take(this.viewKey);
      this.sleeping = true;
      this.game.loop.sleep();
    }
  }

  // ---- internals ------------------------------------------------------------

  /** Art has arrived: put it in place of the drawn fallbacks. */
  private artReady(): void {
    this.still.live();
    this.delegations.useArt();
    this.desk.useArt(this.art);
    if (this.current) this.setPlace(this.current, true, true);
    this.awake(300);
  }

  private setPlace(key: SceneKey, instant: boolean, force = false): void {
    if (key === this.current && !force) return;
    this.still.live();
    this.current = key;
    // A place the game did not announce (or not yet loaded): its art next.
    this.loader.soon(key);
    this.awake(instant ? 200 : CROSSFADE_MS + 200);
    this.place.show(key, instant);
    this.desk.show(key);
  }

  private applyMeters(m: Meters): void {
    this.chain.set(m.trust);
    this.glows.set(m.climate, m.us, m.china);
  }

  private finishChanges(): void {
    for (const t of this.changeTweens) t.complete();
    this.changeTweens = [];
  }

  /** Resolves when the tween ends, or when the stage goes away (a killed tween never ends). */
  private ended(tween: Phaser.Tweens.Tween): Promise<void> {
    return Promise.race([tweenDone(tween), this.released]);
  }
}
