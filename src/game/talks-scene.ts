/**
 * The one Phaser scene of the stage: a renderer of the round. It draws the place,
 * the two delegations at the table, the chain of links (trust), the horizon glow
 * (climate) and the home-support glows, and animates changes. It never changes
 * game state, and draws no text a player needs (all of that is in the DOM).
 *
 * Every object is created once in create() and reused; scene changes swap
 * textures; tweens are short-lived and killed before new ones start.
 */
import Phaser from 'phaser';
import type { ArtSources } from './art-sources.ts';
import {
  CHANGE_MS, CROSSFADE_MS, EVENT_MS, LINKS_PER_SIDE, climateColor, clampMeter, linkClosure,
  mixColor, placeOf, sceneKeyOf, SCENE_KEYS, type MeasurePlace, type SceneKey,
} from './model.ts';
import { loadSvgImage, type SvgSize } from './svg-loader.ts';
import { FALLBACK_FIGURES, TEX, makeFallbackFigures, makeFallbackFlags, makeTextures } from './textures.ts';

export const W = 1280;
export const H = 720;

export interface SceneView {
  scene: string;
  speaker: 'us' | 'china' | null;
  chinaPerson: number;
  meters: Record<string, number>;
}

export interface ChangeView { measure: string; by: number; to: number }

/** Table colours per place: top surface, front apron, runner under the chain. */
const TABLES: Record<SceneKey, { top: number; front: number; runner: number }> = {
  dinner: { top: 0xe9e1cf, front: 0xc9bda3, runner: 0x7a2e2a },
  hotel: { top: 0x5d4331, front: 0x3b2a1f, runner: 0x20262f },
  premier: { top: 0x6a4a33, front: 0x452f21, runner: 0x1f2b28 },
  'great-hall': { top: 0xe7e0cc, front: 0xbfb394, runner: 0x6e2222 },
  press: { top: 0x39424f, front: 0x252b34, runner: 0x161a20 },
  final: { top: 0xeee8da, front: 0xcdc3ad, runner: 0x2b3a55 },
  neutral: { top: 0x454c5a, front: 0x2c313b, runner: 0x1b1f26 },
};

/** Fallback backdrops when a scene's art is missing or not yet loaded: sky top, sky bottom, wall. */
const BACKDROPS: Record<SceneKey, [number, number]> = {
  dinner: [0x3a2a3a, 0x8a5a48],
  hotel: [0x35506e, 0x9fb3c0],
  premier: [0x2b3c46, 0x7d8f8c],
  'great-hall': [0x4a2320, 0x9a6a3a],
  press: [0x1c2433, 0x3e4b60],
  final: [0x2e4058, 0xb9a98a],
  neutral: [0x232a36, 0x4a5566],
};

const US_X = 280;
const CN_X = W - 280;
const TABLE_Y = 478;
const CHAIN_Y = 512;
/** Top of the baked table layer (the shadow under the table edge starts here). */
const TABLE_TOP = TABLE_Y - 6;
const TABLE_TEX = 'lk-table-baked';
const STILL_TEX = 'lk-still';
const LINK_GAP = 35;
const GOLD = 0xf0c35a;
const DIM_LINK = 0x6d7480;
const UP = 0x8fe0b0;
const DOWN = 0xff9a7a;

interface Link { face: Phaser.GameObjects.Image; home: number; side: -1 | 1; index: number }

export class TalksScene extends Phaser.Scene {
  private art!: ArtSources;
  private reduced = false;
  private resolution = 1;
  private onReady: (() => void) | null = null;

  private bgA!: Phaser.GameObjects.Image;
  private bgB!: Phaser.GameObjects.Image;
  private backdrop!: Phaser.GameObjects.Graphics;
  private glow!: Phaser.GameObjects.Image;
  private sun!: Phaser.GameObjects.Image;
  private beams: Record<'us' | 'china', Phaser.GameObjects.Image> = {} as never;
  private homeGlow: Record<'us' | 'china', Phaser.GameObjects.Image> = {} as never;
  private pulses: Record<'us' | 'china', Phaser.GameObjects.Image> = {} as never;
  private figures: Record<'us' | 'usAide' | 'china' | 'chinaAide', Phaser.GameObjects.Image> = {} as never;
  private table!: Phaser.GameObjects.Graphics;
  /** Table and name cards, baked once per place into one texture (one quad per frame instead of many shapes). */
  private tableTex!: Phaser.Textures.DynamicTexture;
  private tableImage!: Phaser.GameObjects.Image;
  private props: Phaser.GameObjects.Image[] = [];
  private cards!: Phaser.GameObjects.Graphics;
  private links: Link[] = [];
  private clasp!: Phaser.GameObjects.Image;
  private arrows: Record<Exclude<MeasurePlace, 'other'>, Phaser.GameObjects.Image> = {} as never;
  private ticker!: Phaser.GameObjects.Container;
  private tickerBand!: Phaser.GameObjects.Image;
  private tickerType!: Phaser.GameObjects.TileSprite;
  /**
   * The room drawn once into a texture while a report plays: software GL (Chromebooks without a
   * GPU, headless Chromium) pays for every layer in every frame, so while only the chain,
   * arrows and pulses move, one picture stands in for the fifteen layers behind them.
   */
  private stillTex!: Phaser.Textures.DynamicTexture;
  private still!: Phaser.GameObjects.Image;
  private frozen = false;
  private frozenVisible: boolean[] = [];
  private viewKey = '';
  private frozenViewKey = '';

  private current: SceneKey | null = null;
  private speaker: 'us' | 'china' | null = null;
  private chinaPerson = -1;
  private shown = { trust: 50, climate: 50, us: 50, china: 50 };
  private busyUntil = 0;
  private sleeping = false;
  private pending = new Set<() => void>();
  private abort = new AbortController();
  private loading = new Set<string>();
  private changeTweens: Phaser.Tweens.Tween[] = [];

  constructor() {
    super({ key: 'talks' });
  }

  init(data: { art: ArtSources; resolution: number; reducedMotion: boolean; onReady: () => void }): void {
    this.art = data.art;
    this.resolution = data.resolution;
    this.reduced = data.reducedMotion;
    this.onReady = data.onReady;
  }

  /** Loads the art (essential pieces first), then the other places in the background. */
  private async loadArt(): Promise<void> {
    const signal = this.abort.signal;
    const add = async (key: string, url: string | undefined, size: SvgSize): Promise<void> => {
      if (!url || this.textures.exists(key) || this.loading.has(key)) return;
      this.loading.add(key);
      const img = await loadSvgImage(url, size, signal);
      this.loading.delete(key);
      if (signal.aborted || this.textures.exists(key)) return;
      if (img) this.textures.addImage(key, img);
      else console.warn(`Linkage stage: no art at ${url}; using a drawn fallback`);
    };
    const sceneSize = { width: W, height: H };
    const essential = [
      ...[...this.art.figureList, ...this.art.props].map((f) => add(f.key, f.url, f.size)),
      add('scene-dinner', this.art.scenes.dinner, sceneSize),
      add('scene-neutral', this.art.scenes.neutral, sceneSize),
    ];
    if (this.current) essential.push(add(`scene-${this.current}`, this.art.scenes[this.current], sceneSize));
    await Promise.all(essential);
    if (signal.aborted) return;
    this.artReady();
    for (const key of SCENE_KEYS) {
      await add(`scene-${key}`, this.art.scenes[key], sceneSize);
      if (signal.aborted) return;
      if (key === this.current) this.setScene(key, true, true);
    }
  }

  /** Art has arrived: put it in place of the drawn fallbacks. */
  private artReady(): void {
    this.thaw();
    this.applyFigure('us', this.art.figure('us', 0));
    this.applyFigure('usAide', this.art.figure('usAide', 0));
    this.applyFigure('chinaAide', this.art.figure('chinaAide', 0));
    this.applyFigure('china', this.art.figure('china', Math.max(0, this.chinaPerson)));
    this.applySpeakerTint();
    const [flagUs, flagCn] = this.props;
    const usKey = this.art.flag('us');
    const cnKey = this.art.flag('china');
    if (flagUs && usKey && this.textures.exists(usKey)) flagUs.setTexture(usKey);
    if (flagCn && cnKey && this.textures.exists(cnKey)) flagCn.setTexture(cnKey);
    for (const p of this.props) p.setScale(96 / p.height);
    if (this.current) this.setScene(this.current, true, true);
    this.awake(300);
  }

  create(): void {
    this.cameras.main.setZoom(this.resolution).centerOn(W / 2, H / 2);
    makeTextures(this);
    makeFallbackFigures(this);
    makeFallbackFlags(this);

    this.backdrop = this.add.graphics();
    this.bgA = this.add.image(W / 2, H / 2, TEX.px).setVisible(false);
    this.bgB = this.add.image(W / 2, H / 2, TEX.px).setVisible(false).setAlpha(0);

    // Climate: a sun low on the horizon and a band of light across the sky.
    this.sun = this.add.image(W / 2, 270, TEX.soft).setDisplaySize(420, 240).setBlendMode(Phaser.BlendModes.ADD).setAlpha(0.35);
    this.glow = this.add.image(W / 2, 260, TEX.band).setDisplaySize(W, 220).setBlendMode(Phaser.BlendModes.ADD).setAlpha(0.32);

    // Home support: a pool of light behind each delegation.
    for (const side of ['us', 'china'] as const) {
      const x = side === 'us' ? US_X - 40 : CN_X + 40;
      this.homeGlow[side] = this.add.image(x, 400, TEX.soft).setBlendMode(Phaser.BlendModes.ADD)
        .setTint(side === 'us' ? 0x9cb8ff : 0xffb48c);
    }
    // Who speaks: a soft beam from above.
    for (const side of ['us', 'china'] as const) {
      this.beams[side] = this.add.image(side === 'us' ? US_X : CN_X, 0, TEX.beam).setOrigin(0.5, 0)
        .setDisplaySize(360, 560).setBlendMode(Phaser.BlendModes.ADD).setTint(0xfff1d6).setAlpha(0);
    }

    // Delegations: an aide behind, the lead in front. US on the left facing right; China on the right.
    this.figures.usAide = this.add.image(US_X - 150, TABLE_Y + 40, FALLBACK_FIGURES[1]).setOrigin(0.5, 1);
    this.figures.chinaAide = this.add.image(CN_X + 150, TABLE_Y + 40, FALLBACK_FIGURES[6]).setOrigin(0.5, 1);
    this.figures.us = this.add.image(US_X, TABLE_Y + 62, FALLBACK_FIGURES[0]).setOrigin(0.5, 1);
    this.figures.china = this.add.image(CN_X, TABLE_Y + 62, FALLBACK_FIGURES[2]).setOrigin(0.5, 1);
    this.applyFigure('us', null);
    this.applyFigure('usAide', null);
    this.applyFigure('chinaAide', null);
    this.applyFigure('china', null);

    // Table and cards are drawn off the display list and baked into one reused texture
    // (created once: DynamicTexture create/destroy leaks a GPU texture, Phaser issue 7379).
    this.table = this.make.graphics({}, false);
    this.cards = this.make.graphics({}, false);
    this.tableTex = this.textures.exists(TABLE_TEX)
      ? (this.textures.get(TABLE_TEX) as Phaser.Textures.DynamicTexture)
      : (this.textures.addDynamicTexture(TABLE_TEX, W, H - TABLE_TOP) as Phaser.Textures.DynamicTexture);
    this.tableImage = this.add.image(0, TABLE_TOP, TABLE_TEX).setOrigin(0, 0);

    // Desk flags and name cards.
    this.props.push(this.add.image(W / 2 - 248, TABLE_Y + 24, 'lk-flag-us').setOrigin(0.5, 1));
    this.props.push(this.add.image(W / 2 + 248, TABLE_Y + 24, 'lk-flag-cn').setOrigin(0.5, 1));
    for (const p of this.props) {
      const s = 96 / p.height;
      p.setScale(s);
    }
    this.drawCards();

    this.stillTex = this.textures.exists(STILL_TEX)
      ? (this.textures.get(STILL_TEX) as Phaser.Textures.DynamicTexture)
      : (this.textures.addDynamicTexture(STILL_TEX, W, H) as Phaser.Textures.DynamicTexture);
    this.still = this.add.image(0, 0, STILL_TEX).setOrigin(0, 0).setVisible(false);
    this.sizeStill();

    // The chain: LINKS_PER_SIDE links held by each delegation, meeting in the middle.
    for (const side of [-1, 1] as const) {
      for (let i = 0; i < LINKS_PER_SIDE; i++) {
        const home = W / 2 + side * (LINK_GAP * (LINKS_PER_SIDE - i) - LINK_GAP / 2);
        const alt = i % 2 === 1;
        // Alternate links are turned a quarter: drawn foreshortened.
        const face = this.add.image(home, CHAIN_Y, TEX.link).setScale(0.72, alt ? 0.4 : 0.72);
        this.links.push({ face, home, side, index: i });
      }
    }
    this.clasp = this.add.image(W / 2, CHAIN_Y, TEX.soft).setBlendMode(Phaser.BlendModes.ADD).setTint(GOLD).setAlpha(0).setScale(0.9);

    // Pulses and arrows (pooled: one per place).
    for (const side of ['us', 'china'] as const) {
      this.pulses[side] = this.add.image(side === 'us' ? US_X : CN_X, 380, TEX.ring).setAlpha(0)
        .setTint(side === 'us' ? 0xbcd0ff : 0xffc6a6);
    }
    const arrowAt: Record<Exclude<MeasurePlace, 'other'>, [number, number]> = {
      trust: [W / 2, CHAIN_Y - 54], climate: [W / 2, 150], us: [US_X + 78, 300], china: [CN_X - 78, 300],
    };
    for (const [place, [x, y]] of Object.entries(arrowAt) as [Exclude<MeasurePlace, 'other'>, [number, number]][]) {
      this.arrows[place] = this.add.image(x, y, TEX.arrow).setAlpha(0).setData('y', y);
    }

    // Event sting: a headline band across the top.
    this.tickerBand = this.add.image(0, 0, TEX.px).setOrigin(0, 0).setDisplaySize(W, 64).setTint(0x9b1c1c);
    this.tickerType = this.add.tileSprite(0, 12, W, 48, TEX.ticker).setOrigin(0, 0).setAlpha(0.8);
    const edge = this.add.image(0, 64, TEX.px).setOrigin(0, 0).setDisplaySize(W, 4).setTint(GOLD);
    this.ticker = this.add.container(0, 0, [this.tickerBand, this.tickerType, edge]).setAlpha(0).setVisible(false);

    this.applyMeters(this.shown);
    this.setScene('neutral', true);

    this.scale.on(Phaser.Scale.Events.RESIZE, () => this.awake(300));
    // A lost GL context takes the baked table with it: bake it again when the context returns.
    const rebake = (): void => {
      if (this.current) this.bakeTable();
      if (this.frozen) this.bakeStill();
    };
    this.renderer.on(Phaser.Renderer.Events.RESTORE_WEBGL, rebake);
    this.events.once(Phaser.Scenes.Events.DESTROY, () => {
      this.renderer.off(Phaser.Renderer.Events.RESTORE_WEBGL, rebake);
      this.abort.abort();
      this.table.destroy();
      this.cards.destroy();
    });
    this.awake(500);
    // Ready once the first round's art is in (or has failed, or after a few seconds at most).
    const ready = (): void => {
      this.onReady?.();
      this.onReady = null;
    };
    this.time.delayedCall(5000, ready);
    void this.loadArt().then(ready, ready);
  }

  // ---- public, called by the Stage facade ---------------------------------

  showView(view: SceneView): void {
    this.viewKey = JSON.stringify([view.scene, view.speaker, view.chinaPerson, view.meters]);
    // A report shows the round's view again before its changes play: nothing to redraw.
    if (this.frozen && this.viewKey === this.frozenViewKey) return;
    this.thaw();
    const key = sceneKeyOf(view.scene);
    this.setScene(key, this.reduced || this.current === null);
    this.setSpeaker(view.speaker);
    this.setChinaPerson(view.chinaPerson);
    if (this.changeTweens.length === 0) {
      this.shown = {
        trust: clampMeter(view.meters.trust ?? this.shown.trust),
        climate: clampMeter(view.meters.climate ?? this.shown.climate),
        us: clampMeter(view.meters['us-home'] ?? this.shown.us),
        china: clampMeter(view.meters['china-home'] ?? this.shown.china),
      };
      this.applyMeters(this.shown);
    }
    this.awake(this.reduced ? 100 : CROSSFADE_MS + 200);
  }

  playChanges(changes: ChangeView[]): Promise<void> {
    this.finishChanges();
    const from = { ...this.shown };
    const to = { ...this.shown };
    const moved: Partial<Record<MeasurePlace, number>> = {};
    for (const c of changes) {
      const place = placeOf(c.measure);
      if (place === 'other') continue;
      const end = clampMeter(c.to);
      to[place] = end;
      from[place] = clampMeter(end - c.by);
      moved[place] = (moved[place] ?? 0) + c.by;
    }
    for (const [place, by] of Object.entries(moved) as [Exclude<MeasurePlace, 'other'>, number][]) {
      this.showArrow(place, by);
      if ((place === 'us' || place === 'china') && by !== 0) this.pulse(place, by);
    }
    if (this.reduced) {
      this.shown = to;
      this.applyMeters(to);
      if (this.frozen) this.bakeStill();
      this.awake(1600);
      return Promise.resolve();
    }
    // The glows live in the still (redrawing it costs a full frame on software GL): they take
    // their new level once, as the report opens, while the chain moves link by link.
    this.applyLinks(from.trust);
    this.applyGlows(to.climate, to.us, to.china);
    const glowsMove = to.climate !== from.climate || to.us !== from.us || to.china !== from.china;
    if (!this.frozen) this.freeze();
    else if (glowsMove) this.bakeStill();
    const state = { t: 0 };
    return new Promise<void>((resolve) => {
      const done = (): void => {
        this.pending.delete(done);
        resolve();
      };
      this.pending.add(done);
      const tween = this.tweens.add({
        targets: state,
        t: 1,
        duration: CHANGE_MS,
        ease: 'Cubic.easeInOut',
        onUpdate: () => {
          const k = state.t;
          this.applyLinks(from.trust + (to.trust - from.trust) * k);
        },
        onComplete: () => {
          this.shown = to;
          this.applyMeters(to);
          this.changeTweens = this.changeTweens.filter((t) => t !== tween);
          done();
        },
        onStop: () => done(),
      });
      this.changeTweens.push(tween);
      if ((moved.trust ?? 0) > 0) {
        this.tweens.add({ targets: this.clasp, alpha: { from: 0.9, to: 0 }, scale: { from: 0.6, to: 1.6 }, duration: CHANGE_MS, delay: CHANGE_MS * 0.4, ease: 'Quad.easeOut' });
      }
      this.awake(CHANGE_MS + 300);
    });
  }

  playEvent(): Promise<void> {
    this.tweens.killTweensOf([this.ticker, this.tickerType]);
    if (this.reduced) {
      // No movement: the band appears and later disappears, in place.
      this.ticker.setVisible(true).setAlpha(1).setX(0);
      this.time.delayedCall(1400, () => this.ticker.setVisible(false));
      this.awake(1600);
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => {
      const done = (): void => {
        this.pending.delete(done);
        resolve();
      };
      this.pending.add(done);
      this.freeze();
      this.ticker.setVisible(true).setAlpha(1).setX(-W);
      this.tickerType.tilePositionX = 0;
      this.tweens.add({ targets: this.ticker, x: 0, duration: EVENT_MS * 0.3, ease: 'Cubic.easeOut' });
      this.tweens.add({ targets: this.tickerType, tilePositionX: 240, duration: EVENT_MS });
      this.tweens.add({
        targets: this.ticker, alpha: 0, delay: EVENT_MS * 0.75, duration: EVENT_MS * 0.25,
        onComplete: () => { this.ticker.setVisible(false); done(); },
        onStop: () => done(),
      });
      this.awake(EVENT_MS + 300);
    });
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
    this.sizeStill();
    if (this.frozen) this.bakeStill();
    this.awake(300);
  }

  setReduced(on: boolean): void {
    this.reduced = on;
    if (on) this.finishChanges();
  }

  /** Resolve anything still waiting (used on destroy). */
  releaseAll(): void {
    for (const done of [...this.pending]) done();
    this.pending.clear();
  }

  // ---- internals ------------------------------------------------------------

  private finishChanges(): void {
    for (const t of this.changeTweens) t.complete();
    this.changeTweens = [];
  }

  override update(): void {
    if (this.sleeping) return;
    if (performance.now() > this.busyUntil && this.pending.size === 0 && this.tweens.getTweens().length === 0) {
      // Settled: the next report will animate over a still of this room.
      this.freeze();
      this.sleeping = true;
      this.game.loop.sleep();
    }
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

  private setScene(key: SceneKey, instant: boolean, force = false): void {
    if (key === this.current && !force) return;
    this.thaw();
    this.current = key;
    this.awake(instant ? 200 : CROSSFADE_MS + 200);
    const texKey = `scene-${key}`;
    const has = this.textures.exists(texKey);
    // The drawn backdrop is always there beneath the art.
    const [top, bottom] = BACKDROPS[key];
    this.backdrop.clear();
    this.backdrop.fillGradientStyle(top, top, bottom, bottom, 1);
    this.backdrop.fillRect(0, 0, W, H);
    this.drawTable(key);
    this.bakeTable();

    this.tweens.killTweensOf([this.bgA, this.bgB]);
    // bgB takes the old picture, bgA the new one, and bgB fades out.
    if (this.bgA.visible && !instant) {
      this.bgB.setTexture(this.bgA.texture.key).setDisplaySize(W, H).setVisible(true).setAlpha(1);
    } else {
      this.bgB.setVisible(false);
    }
    if (has) this.bgA.setTexture(texKey).setDisplaySize(W, H).setVisible(true).setAlpha(1);
    else this.bgA.setVisible(false);
    // Fill cost matters in software GL: draw the backdrop only where no art covers it.
    this.backdrop.setVisible(!has);
    if (this.bgB.visible) {
      this.children.moveAbove(this.bgB, this.bgA);
      this.tweens.add({ targets: this.bgB, alpha: 0, duration: CROSSFADE_MS, ease: 'Sine.easeInOut', onComplete: () => this.bgB.setVisible(false) });
    }
  }

  private drawTable(key: SceneKey): void {
    const c = TABLES[key];
    const g = this.table;
    g.clear();
    // Shadow under the table edge.
    g.fillStyle(0x000000, 0.25);
    g.fillRect(0, TABLE_Y - 6, W, 8);
    // Top surface, in slight perspective.
    g.fillStyle(c.top, 1);
    g.beginPath();
    g.moveTo(40, TABLE_Y);
    g.lineTo(W - 40, TABLE_Y);
    g.lineTo(W, TABLE_Y + 70);
    g.lineTo(0, TABLE_Y + 70);
    g.closePath();
    g.fillPath();
    // A light sheen along the far edge.
    g.fillStyle(0xffffff, 0.12);
    g.fillRect(40, TABLE_Y, W - 80, 4);
    // The runner the chain lies on.
    g.fillStyle(c.runner, 0.92);
    g.beginPath();
    g.moveTo(W / 2 - 232, TABLE_Y + 10);
    g.lineTo(W / 2 + 232, TABLE_Y + 10);
    g.lineTo(W / 2 + 244, TABLE_Y + 62);
    g.lineTo(W / 2 - 244, TABLE_Y + 62);
    g.closePath();
    g.fillPath();
    g.lineStyle(2, GOLD, 0.5);
    g.strokePath();
    // Front apron, darkening toward the floor.
    g.fillGradientStyle(c.front, c.front, mixColor(c.front, 0x000000, 0.55), mixColor(c.front, 0x000000, 0.55), 1);
    g.fillRect(0, TABLE_Y + 70, W, H - TABLE_Y - 70);
    g.fillStyle(0xffffff, 0.1);
    g.fillRect(0, TABLE_Y + 70, W, 3);
    // Soft folds in the cloth.
    for (let x = 80; x < W; x += 160) {
      g.fillStyle(0x000000, 0.05);
      g.fillRect(x, TABLE_Y + 73, 26, H - TABLE_Y - 73);
      g.fillStyle(0xffffff, 0.035);
      g.fillRect(x + 26, TABLE_Y + 73, 14, H - TABLE_Y - 73);
    }
  }

  /** Draws the table and the name cards into the baked texture. */
  private bakeTable(): void {
    this.tableTex.clear();
    this.tableTex.draw(this.table, 0, -TABLE_TOP);
    this.tableTex.draw(this.cards, 0, -TABLE_TOP);
    this.tableTex.render();
  }

  /** Tent name cards in front of each lead: a card with a coloured band, no readable text. */
  private drawCards(): void {
    const g = this.cards;
    g.clear();
    for (const [x, band] of [[US_X, 0x2f4f8f], [CN_X, 0xb0262a]] as const) {
      const y = TABLE_Y + 30;
      g.fillStyle(0x000000, 0.25);
      g.fillRect(x - 64, y + 30, 128, 5);
      g.fillStyle(0xf7f3ea, 1);
      g.fillRect(x - 62, y, 124, 32);
      g.fillStyle(0xdcd5c6, 1);
      g.fillRect(x - 62, y + 26, 124, 6);
      g.fillStyle(band, 1);
      g.fillRect(x - 62, y, 124, 5);
      // Greeked name line (decorative).
      g.fillStyle(0x30343c, 0.75);
      g.fillRect(x - 36, y + 13, 72, 5);
    }
  }

  private applyFigure(slot: 'us' | 'usAide' | 'china' | 'chinaAide', key: string | null): void {
    const fallback: Record<typeof slot, string> = {
      us: FALLBACK_FIGURES[0], usAide: FALLBACK_FIGURES[1], china: FALLBACK_FIGURES[2], chinaAide: FALLBACK_FIGURES[6],
    };
    const img = this.figures[slot];
    const tex = key && this.textures.exists(key) ? key : fallback[slot];
    img.setTexture(tex);
    const lead = slot === 'us' || slot === 'china';
    const art = tex.startsWith('fig-');
    // Art figures stand (feet at the bottom of a 300×500 box): the table hides them from the hips down.
    // Drawn fallbacks are head and shoulders.
    const targetH = art ? (lead ? 420 : 350) : lead ? 250 : 205;
    img.setScale(targetH / img.height);
    img.y = art ? TABLE_Y + targetH * (lead ? 0.42 : 0.45) : TABLE_Y + (lead ? 62 : 40);
    // Figures face the table: the art faces right, so China's side is mirrored.
    const faceRight = this.art.figuresFaceRight(tex);
    const onLeft = slot === 'us' || slot === 'usAide';
    img.setFlipX(faceRight !== onLeft);
  }

  private setChinaPerson(index: number): void {
    const i = Number.isInteger(index) && index >= 0 && index <= 3 ? index : 0;
    if (i === this.chinaPerson) return;
    this.chinaPerson = i;
    const key = this.art.figure('china', i) ?? FALLBACK_FIGURES[2 + i] ?? FALLBACK_FIGURES[2];
    if (this.reduced) {
      this.applyFigure('china', key);
      return;
    }
    const fig = this.figures.china;
    this.tweens.killTweensOf(fig);
    this.tweens.add({
      targets: fig, alpha: 0, duration: 160, onComplete: () => {
        this.applyFigure('china', key);
        this.applySpeakerTint();
        this.tweens.add({ targets: fig, alpha: 1, duration: 220 });
      },
    });
  }

  private setSpeaker(speaker: 'us' | 'china' | null): void {
    const changed = speaker !== this.speaker;
    this.speaker = speaker;
    this.applySpeakerTint();
    for (const side of ['us', 'china'] as const) {
      const alpha = speaker === side ? 0.5 : 0;
      const beam = this.beams[side];
      this.tweens.killTweensOf(beam);
      if (this.reduced || !changed) beam.setAlpha(alpha);
      else this.tweens.add({ targets: beam, alpha, duration: 350, ease: 'Sine.easeOut' });
      // The speaker leans a little toward the table; the listener sits back.
      const lead = side === 'us' ? this.figures.us : this.figures.china;
      const homeX = side === 'us' ? US_X : CN_X;
      const lean = speaker === side ? (side === 'us' ? 10 : -10) : 0;
      this.tweens.killTweensOf(lead);
      lead.setAlpha(1);
      if (this.reduced || !changed) lead.setX(homeX + lean);
      else this.tweens.add({ targets: lead, x: homeX + lean, duration: 350, ease: 'Sine.easeOut' });
    }
  }

  private applySpeakerTint(): void {
    const lit = 0xffffff;
    const dim = 0xa4a8b0;
    const even = 0xe4e4e4;
    for (const side of ['us', 'china'] as const) {
      const t = this.speaker === null ? even : this.speaker === side ? lit : dim;
      const aide = this.speaker === null ? 0xc8c8c8 : this.speaker === side ? 0xdedede : 0x8c9098;
      this.figures[side].setTint(t);
      this.figures[side === 'us' ? 'usAide' : 'chinaAide'].setTint(aide);
    }
  }

  private applyMeters(m: { trust: number; climate: number; us: number; china: number }): void {
    this.applyLinks(m.trust);
    this.applyGlows(m.climate, m.us, m.china);
  }

  /** Trust: links close from both ends toward the middle. */
  private applyLinks(trust: number): void {
    for (const link of this.links) {
      const k = linkClosure(trust, link.index);
      const open = 1 - k;
      link.face.setTint(mixColor(DIM_LINK, GOLD, k));
      link.face.setAlpha(0.55 + 0.45 * k);
      link.face.x = link.home + link.side * open * 7;
      link.face.y = CHAIN_Y + open * 9;
      link.face.rotation = link.side * open * 0.5;
    }
  }

  private applyGlows(climate: number, us: number, china: number): void {
    // Climate: the horizon glow runs from hot haze to clear.
    const col = climateColor(climate);
    this.glow.setTint(col);
    this.glow.setAlpha(0.2 + 0.14 * Math.abs(climate - 50) / 50);
    this.sun.setTint(col);
    this.sun.setAlpha(0.25 + 0.25 * (1 - climate / 100));
    // Home support: a wider, brighter pool of light.
    for (const side of ['us', 'china'] as const) {
      const v = (side === 'us' ? us : china) / 100;
      this.homeGlow[side].setDisplaySize(260 + 300 * v, 200 + 120 * v).setAlpha(0.1 + 0.4 * v);
    }
  }

  // ---- the still: the room as one picture while a report plays ---------------

  /** The layers behind the chain, in drawing order. */
  private roomLayers(): Array<Phaser.GameObjects.Image | Phaser.GameObjects.Graphics> {
    return [
      this.backdrop, this.bgA, this.bgB, this.sun, this.glow, this.homeGlow.us, this.homeGlow.china,
      this.beams.us, this.beams.china, this.figures.usAide, this.figures.chinaAide, this.figures.us, this.figures.china,
      this.tableImage, ...this.props,
    ];
  }

  /** The still has the canvas's pixels, not the world's: drawing it must cost no more than the room did. */
  private sizeStill(): void {
    this.stillTex.setSize(Math.round(W * this.resolution), Math.round(H * this.resolution));
    this.stillTex.camera.setZoom(this.resolution).centerOn(W / 2, H / 2);
    this.still.setDisplaySize(W, H);
  }

  /** Draw the room once into the still and show that instead of its layers. */
  private freeze(): void {
    if (this.frozen) return;
    const layers = this.roomLayers();
    // The still is a picture of the settled room: finish crossfades and leans first
    // (a figure swap starts its fade-in when its fade-out completes, hence the passes).
    for (let pass = 0; pass < 3; pass++) {
      // A tween's targets may be null (chains, tweens of plain values that were removed).
      const moving = this.tweens.getTweens().filter((t) => (t.targets as unknown[] | null)?.some((o) => (layers as unknown[]).includes(o)));
      if (moving.length === 0) break;
      for (const tween of moving) tween.complete();
    }
    this.frozenVisible = layers.map((o) => o.visible);
    this.frozen = true;
    this.frozenViewKey = this.viewKey;
    this.bakeStill();
  }

  private bakeStill(): void {
    const layers = this.roomLayers();
    layers.forEach((o, i) => o.setVisible(this.frozenVisible[i] ?? o.visible));
    this.stillTex.clear();
    for (const o of layers) if (o.visible && o.alpha > 0) this.stillTex.draw(o);
    this.stillTex.render();
    for (const o of layers) o.setVisible(false);
    this.still.setVisible(true);
  }

  /** Back to live layers (before anything in the room changes). */
  private thaw(): void {
    if (!this.frozen) return;
    this.frozen = false;
    this.roomLayers().forEach((o, i) => o.setVisible(this.frozenVisible[i] ?? true));
    this.still.setVisible(false);
  }

  private showArrow(place: Exclude<MeasurePlace, 'other'>, by: number): void {
    const a = this.arrows[place];
    this.tweens.killTweensOf(a);
    if (by === 0) {
      a.setAlpha(0);
      return;
    }
    const up = by > 0;
    const y0 = a.getData('y') as number;
    const size = Math.min(1.15, 0.55 + Math.abs(by) / 25);
    a.setFlipY(!up).setTint(up ? UP : DOWN).setScale(size).setY(y0);
    if (this.reduced) {
      a.setAlpha(1);
      this.time.delayedCall(1400, () => a.setAlpha(0));
      return;
    }
    a.setAlpha(0);
    this.tweens.add({ targets: a, alpha: { from: 0, to: 1 }, duration: 180 });
    this.tweens.add({ targets: a, y: y0 + (up ? -36 : 36), duration: CHANGE_MS, ease: 'Sine.easeOut' });
    this.tweens.add({ targets: a, alpha: 0, delay: CHANGE_MS * 0.7, duration: CHANGE_MS * 0.3 });
  }

  private pulse(side: 'us' | 'china', by: number): void {
    const p = this.pulses[side];
    this.tweens.killTweensOf(p);
    if (this.reduced) return;
    p.setAlpha(0.85).setScale(by > 0 ? 0.6 : 2.2);
    this.tweens.add({ targets: p, scale: by > 0 ? 2.4 : 0.5, alpha: 0, duration: CHANGE_MS * 0.8, ease: 'Quad.easeOut' });
  }
}
