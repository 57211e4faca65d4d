/**
 * The two delegations at the table: on each side an aide behind and the lead in
 * front, a soft beam on whoever speaks, and China's lead changing with the member
 * present. Figures come from the art once it has loaded, else from drawn stand-ins.
 */
import Phaser from 'phaser';
import type { ArtSources, FigureSlot } from './art-sources.ts';
import { CN_X, SIDES, TABLE_Y, US_X, bySide } from './layout.ts';
import type { StageSide } from './stage-view.ts';
import { FALLBACK_FIGURES, TEX } from './textures.ts';

/** The drawn stand-in for each slot. */
const FALLBACK: Record<FigureSlot, string> = {
  us: FALLBACK_FIGURES[0], usAide: FALLBACK_FIGURES[1], china: FALLBACK_FIGURES[2], chinaAide: FALLBACK_FIGURES[6],
};
const AIDE: Record<StageSide, FigureSlot> = { us: 'usAide', china: 'chinaAide' };

export class Delegations {
  private readonly beams: Record<StageSide, Phaser.GameObjects.Image>;
  private readonly figures: Record<FigureSlot, Phaser.GameObjects.Image>;
  /** In drawing order. */
  readonly layers: Phaser.GameObjects.Image[];
  private speaker: StageSide | null = null;
  private chinaPerson = -1;

  constructor(private readonly scene: Phaser.Scene, private readonly art: ArtSources) {
    // Who speaks: a soft beam from above.
    this.beams = bySide((side) => scene.add.image(side === 'us' ? US_X : CN_X, 0, TEX.beam).setOrigin(0.5, 0)
      .setDisplaySize(360, 560).setBlendMode(Phaser.BlendModes.ADD).setTint(0xfff1d6).setAlpha(0));
    const figure = (slot: FigureSlot, x: number, y: number): Phaser.GameObjects.Image =>
      scene.add.image(x, y, FALLBACK[slot]).setOrigin(0.5, 1);
    // The aides first: they stand behind the leads.
    this.figures = {
      usAide: figure('usAide', US_X - 150, TABLE_Y + 40),
      chinaAide: figure('chinaAide', CN_X + 150, TABLE_Y + 40),
      us: figure('us', US_X, TABLE_Y + 62),
      china: figure('china', CN_X, TABLE_Y + 62),
    };
    const f = this.figures;
    this.layers = [this.beams.us, this.beams.china, f.usAide, f.chinaAide, f.us, f.china];
    for (const slot of ['us', 'usAide', 'chinaAide', 'china'] as const) this.setFigure(slot, null);
  }

  /** The art has loaded: its figures in place of the drawn ones. */
  useArt(): void {
    this.setFigure('us', this.art.figure('us', 0));
    this.setFigure('usAide', this.art.figure('usAide', 0));
    this.setFigure('chinaAide', this.art.figure('chinaAide', 0));
    this.setFigure('china', this.art.figure('china', Math.max(0, this.chinaPerson)));
    this.tint();
  }

  /** Which member of China's delegation leads: a quick fade from one to the other. */
  setChinaPerson(index: number, reduced: boolean): void {
    const i = Number.isInteger(index) && index >= 0 && index <= 3 ? index : 0;
    if (i === this.chinaPerson) return;
    this.chinaPerson = i;
    const key = this.art.figure('china', i) ?? FALLBACK_FIGURES[2 + i] ?? FALLBACK_FIGURES[2];
    if (reduced) {
      this.setFigure('china', key);
      return;
    }
    const fig = this.figures.china;
    const tweens = this.scene.tweens;
    tweens.killTweensOf(fig);
    tweens.add({
      targets: fig, alpha: 0, duration: 160, onComplete: () => {
        this.setFigure('china', key);
        this.tint();
        tweens.add({ targets: fig, alpha: 1, duration: 220 });
      },
    });
  }

  /** The speaker is lit and leans a little toward the table; the listener sits back. */
  setSpeaker(speaker: StageSide | null, reduced: boolean): void {
    const changed = speaker !== this.speaker;
    this.speaker = speaker;
    this.tint();
    const tweens = this.scene.tweens;
    for (const side of SIDES) {
      const alpha = speaker === side ? 0.5 : 0;
      const beam = this.beams[side];
      tweens.killTweensOf(beam);
      if (reduced || !changed) beam.setAlpha(alpha);
      else tweens.add({ targets: beam, alpha, duration: 350, ease: 'Sine.easeOut' });
      const lead = this.figures[side];
      const homeX = side === 'us' ? US_X : CN_X;
      const lean = speaker === side ? (side === 'us' ? 10 : -10) : 0;
      tweens.killTweensOf(lead);
      lead.setAlpha(1);
      if (reduced || !changed) lead.setX(homeX + lean);
      else tweens.add({ targets: lead, x: homeX + lean, duration: 350, ease: 'Sine.easeOut' });
    }
  }

  private tint(): void {
    for (const side of SIDES) {
      const lead = this.speaker === null ? 0xe4e4e4 : this.speaker === side ? 0xffffff : 0xa4a8b0;
      const aide = this.speaker === null ? 0xc8c8c8 : this.speaker === side ? 0xdedede : 0x8c9098;
      this.figures[side].setTint(lead);
      this.figures[AIDE[side]].setTint(aide);
    }
  }

  /** Puts texture `key` (or the slot's drawn stand-in, if it is not loaded) in a slot. */
  private setFigure(slot: FigureSlot, key: string | null): void {
    const img = this.figures[slot];
    const tex = key && this.scene.textures.exists(key) ? key : FALLBACK[slot];
    img.setTexture(tex);
    const lead = slot === 'us' || slot === 'china';
    const art = tex.startsWith('fig-');
    // Art figures stand (feet at the bottom of a 300×500 box): the table hides them from the hips down.
    // Drawn stand-ins are head and shoulders.
    const targetH = art ? (lead ? 420 : 350) : lead ? 250 : 205;
    img.setScale(targetH / img.height);
    img.y = art ? TABLE_Y + targetH * (lead ? 0.42 : 0.45) : TABLE_Y + (lead ? 62 : 40);
    // The delegations mirror each other across the table: the figures as drawn (lit from
    // their left, shade and folder on their right) suit China's side, on the right, so
    // the US side, on the left, is mirrored.
    img.setFlipX(slot === 'us' || slot === 'usAide');
  }
}
