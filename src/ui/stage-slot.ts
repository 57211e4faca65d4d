/**
 * The place for the stage (Phaser) beside the screen. The stage loads on
 * first need and may fail (no WebGL); the game then plays from the DOM alone,
 * so everything here is a no-op until the stage is ready.
 */
import type { Scenario } from '../engine/schema.ts';
import type { GameState } from '../engine/types.ts';
import { h } from './dom.ts';
import type { StageView } from '../game/stage-view.ts';
import { loadStage } from './ports.ts';
import { measuresBefore, netChanges, speakerOf } from './view-model.ts';

export interface StageSlotHost {
  reducedMotion(): boolean;
  /** The first scene can be drawn. */
  ready(): void;
  /** The stage will never come: the frame is already hidden. */
  failed(): void;
}

export class StageSlot {
  private readonly host = h('div', { class: 'stage-host' });
  readonly frame: HTMLElement = h('div', { class: 'stage-frame', hidden: true }, this.host);
  private view: StageView | null = null;
  private state: 'none' | 'loading' | 'ready' | 'failed' = 'none';

  constructor(private readonly app: StageSlotHost) {}

  get failed(): boolean {
    return this.state === 'failed';
  }

  /** Starts loading the stage, once. */
  ensure(): void {
    if (this.state !== 'none') return;
    this.state = 'loading';
    loadStage(this.host, this.app.reducedMotion())
      .then((view) => {
        this.view = view;
        this.state = 'ready';
        this.app.ready();
      })
      .catch((error: unknown) => {
        console.warn('Linkage: the stage is unavailable; playing without it.', error);
        this.state = 'failed';
        this.frame.hidden = true;
        this.app.failed();
      });
  }

  setReducedMotion(on: boolean): void {
    this.view?.setReducedMotion(on);
  }

  /** Round `index` of `state` on the stage, and (for a report) its changes played out. */
  show(scenario: Scenario, state: GameState, index: number, report: boolean): void {
    const stage = this.view;
    if (!stage) return;
    const round = scenario.rounds[index];
    if (!round) return;
    const speakers = round.lines.map((l) => speakerOf(scenario, l.speaker));
    const last = speakers[speakers.length - 1];
    const chinaPerson = speakers.find((s) => s.side === 'china')?.index ?? 0;
    const before = measuresBefore(scenario, state, index);
    stage.show({
      scene: round.scene,
      speaker: last?.side ?? null,
      chinaPerson: Math.max(0, chinaPerson),
      meters: scenario.measures.map((m) => ({ id: m.id, value: before[m.id] ?? m.start })),
    });
    if (report) {
      const record = state.log[index];
      if (!record) return;
      void stage.playChanges(netChanges(scenario, record.changes))
        .then(() => (record.event ? stage.playEvent() : undefined))
        .catch(() => undefined);
    }
  }
}
