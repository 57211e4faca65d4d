/**
 * The place for the stage (Phaser) beside the screen. The stage loads on
 * first need and may fail (no WebGL); the game then plays from the DOM alone,
 * so everything here is a no-op until the stage is ready.
 */
import type { Scenario } from '../engine/schema.ts';
import type { GameState } from '../engine/types.ts';
import { h } from './dom.ts';
import { stageRoles, type StageRole } from '../engine/stage-roles.ts';
import { stageChanges, stageMeters } from '../game/model.ts';
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

/** Each scenario's stage roles, worked out once. */
const rolesOf = new WeakMap<Scenario, Map<string, StageRole>>();
function roles(scenario: Scenario): Map<string, StageRole> {
  let found = rolesOf.get(scenario);
  if (!found) rolesOf.set(scenario, (found = stageRoles(scenario)));
  return found;
}

export class StageSlot {
  private readonly host = h('div', { class: 'stage-host' });
  readonly frame: HTMLElement = h('div', { class: 'stage-frame', hidden: true }, this.host);
  private view: StageView | null = null;
  private state: 'none' | 'loading' | 'ready' | 'failed' = 'none';
  /** The scenes of the scenario on the stage, in round order: the stage loads only their art. */
  private places: readonly string[] = [];
  private placesOf: Scenario | null = null;

  constructor(private readonly app: StageSlotHost) {}

  get failed(): boolean {
    return this.state === 'failed';
  }

  /** Starts loading the stage, once; with the scenario about to be played, when it is known. */
  ensure(scenario?: Scenario): void {
    if (scenario) this.usePlaces(scenario);
    if (this.state !== 'none') return;
    this.state = 'loading';
    loadStage(this.host, this.app.reducedMotion(), () => this.places)
      .then((view) => {
        this.view = view;
        // The scenario may have become known after the stage started.
        view.places(this.places);
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

  /** The scenario on the stage: its places' art loads (a new chapter's, once). */
  private usePlaces(scenario: Scenario): void {
    if (scenario === this.placesOf) return;
    this.placesOf = scenario;
    this.places = scenario.rounds.map((r) => r.scene);
    this.view?.places(this.places);
  }

  setReducedMotion(on: boolean): void {
    this.view?.setReducedMotion(on);
  }

  /** Round `index` of `state` on the stage, and (for a report) its changes played out. */
  show(scenario: Scenario, state: GameState, index: number, report: boolean): void {
    this.usePlaces(scenario);
    const stage = this.view;
    if (!stage) return;
    const round = scenario.rounds[index];
    if (!round) return;
    const speakers = round.lines.map((l) => speakerOf(scenario, l.speaker));
    const last = speakers[speakers.length - 1];
    const chinaPerson = speakers.find((s) => s.side === 'china')?.index ?? 0;
    stage.show({
      scene: round.scene,
      speaker: last?.side ?? null,
      chinaPerson: Math.max(0, chinaPerson),
      meters: stageMeters(roles(scenario), measuresBefore(scenario, state, index)),
    });
    if (report) {
      const record = state.log[index];
      if (!record) return;
      void stage.playChanges(stageChanges(roles(scenario), netChanges(scenario, record.changes)))
        .then(() => (record.event ? stage.playEvent() : undefined))
        .catch(() => undefined);
    }
  }
}
