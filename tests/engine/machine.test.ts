import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  createGameMachine, hashState, phaseOf, playGame, validateSnapshot, StateError, type Cue, type GameInput, type Mode,
} from '../../src/engine/index.ts';
import { fixture } from './helpers.ts';

const s = fixture();
const machine = createGameMachine(s);

function start(seed: number, mode: Mode) {
  const actor = createActor(machine, { input: { seed, mode } });
  const cues: Cue[] = [];
  actor.on('*', (cue) => cues.push(cue));
  actor.start();
  return { actor, cues };
}

describe('the negotiation machine', () => {
  it('goes briefing → choosing → report → … → ended, matching playGame', () => {
    const { actor, cues } = start(11, 'us');
    expect(phaseOf(actor.getSnapshot())).toBe('briefing');
    actor.send({ type: 'START' });
    expect(phaseOf(actor.getSnapshot())).toBe('choosing');
    // The computer has chosen already, but only into `pending`.
    expect(actor.getSnapshot().context.game.pending.china).toBeDefined();
    const us = ['press', 'separate', 'keep-meeting'];
    for (const option of us) {
      actor.send({ type: 'CHOOSE', side: 'us', option });
      expect(phaseOf(actor.getSnapshot())).toBe('report');
      actor.send({ type: 'NEXT' });
    }
    expect(phaseOf(actor.getSnapshot())).toBe('ended');
    const game = actor.getSnapshot().context.game;
    expect(hashState(game)).toBe(hashState(playGame(s, 11, 'us', us.map((o) => ({ us: o })))));
    expect(cues.filter((c) => c.type === 'round').map((c) => c.type === 'round' && c.round)).toEqual(['dinner', 'talks', 'final']);
    expect(cues.filter((c) => c.type === 'choice')).toEqual(us.map((option) => ({ type: 'choice', side: 'us', option })));
    expect(cues.at(-1)).toEqual({
      type: 'ending', ending: game.ending, tone: expect.any(String) as string,
      tones: { us: expect.any(String) as string, china: expect.any(String) as string },
    });
    // Per round: one cue per measure with its net move from choices and rules, then the event and its own moves.
    const expected: Cue[] = game.log.flatMap((record) => {
      const net = (fromEvent: boolean): Cue[] =>
        s.measures.flatMap((m): Cue[] => {
          const steps = record.changes.filter((c) => c.measure === m.id && (c.cause.kind === 'event') === fromEvent);
          const by = steps.reduce((sum, c) => sum + c.by, 0);
          return by === 0 ? [] : [{ type: 'measure', measure: m.id, by, to: steps.at(-1)!.to }];
        });
      return record.event === null ? net(false) : [...net(false), { type: 'event', event: record.event }, ...net(true)];
    });
    expect(expected.some((c) => c.type === 'measure')).toBe(true);
    expect(cues.filter((c) => c.type === 'measure' || c.type === 'event')).toEqual(expected);
  });

  it('never reveals the computer\'s choice in a cue before resolution', () => {
    const { actor, cues } = start(2, 'us');
    actor.send({ type: 'START' });
    expect(cues.some((c) => c.type === 'choice' && c.side === 'china')).toBe(false);
  });

  it.each<[string, GameInput[], GameInput]>([
    ['a choice during the briefing', [], { type: 'CHOOSE', side: 'us', option: 'warm' }],
    ['NEXT while choosing', [{ type: 'START' }], { type: 'NEXT' }],
    ['a choice for the computer\'s side', [{ type: 'START' }], { type: 'CHOOSE', side: 'china', option: 'welcome' }],
    ['an option from another round', [{ type: 'START' }], { type: 'CHOOSE', side: 'us', option: 'separate' }],
    ['a malformed event', [{ type: 'START' }], { type: 'CHOOSE', side: 7, option: null } as unknown as GameInput],
    ['an unknown event', [{ type: 'START' }], { type: 'EXPLODE' } as unknown as GameInput],
    ['START twice', [{ type: 'START' }], { type: 'START' }],
  ])('refuses %s without changing anything', (_, before, bad) => {
    const { actor, cues } = start(5, 'us');
    for (const e of before) actor.send(e);
    const snap = actor.getSnapshot();
    const count = cues.length;
    actor.send(bad);
    expect(actor.getSnapshot().context).toBe(snap.context);
    expect(actor.getSnapshot().value).toBe(snap.value);
    expect(cues.slice(count)).toEqual([{ type: 'refused', reason: expect.any(String) as string }]);
  });

  it('in two-player mode waits for both people', () => {
    const { actor } = start(1, 'two');
    actor.send({ type: 'START' });
    expect(actor.getSnapshot().context.game.pending).toEqual({});
    actor.send({ type: 'CHOOSE', side: 'china', option: 'welcome' });
    expect(phaseOf(actor.getSnapshot())).toBe('choosing');
    actor.send({ type: 'CHOOSE', side: 'us', option: 'warm' });
    expect(phaseOf(actor.getSnapshot())).toBe('report');
  });

  it('continues identically from a persisted snapshot saved as JSON at any point', () => {
    const script: GameInput[] = [
      { type: 'START' },
      { type: 'CHOOSE', side: 'us', option: 'warm' }, { type: 'NEXT' },
      { type: 'CHOOSE', side: 'us', option: 'link-tech' }, { type: 'NEXT' },
      { type: 'CHOOSE', side: 'us', option: 'statement' }, { type: 'NEXT' },
    ];
    const whole = start(77, 'us').actor;
    script.forEach((e) => whole.send(e));
    const expected = hashState(whole.getSnapshot().context.game);
    for (let cut = 0; cut <= script.length; cut++) {
      const first = start(77, 'us').actor;
      script.slice(0, cut).forEach((e) => first.send(e));
      const saved = JSON.parse(JSON.stringify(first.getPersistedSnapshot())) as unknown;
      // xstate types `input` as required even when restoring; the snapshot wins.
      const restored = createActor(machine, { snapshot: validateSnapshot(s, saved), input: undefined });
      restored.start();
      expect(phaseOf(restored.getSnapshot())).toBe(phaseOf(first.getSnapshot()));
      script.slice(cut).forEach((e) => restored.send(e));
      expect(hashState(restored.getSnapshot().context.game)).toBe(expected);
    }
  });

  it('restores from a bare game state', () => {
    const mid = start(4, 'us').actor;
    mid.send({ type: 'START' });
    mid.send({ type: 'CHOOSE', side: 'us', option: 'warm' });
    const restored = createActor(machine, { input: { state: mid.getSnapshot().context.game } });
    restored.start();
    expect(phaseOf(restored.getSnapshot())).toBe('choosing');
    expect(restored.getSnapshot().context.game.round).toBe(1);
  });

  it('refuses snapshots whose phase disagrees with the game', () => {
    const { actor } = start(3, 'us');
    const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) as { value: string };
    saved.value = 'ended';
    expect(() => validateSnapshot(s, saved)).toThrow(StateError);
    expect(() => validateSnapshot(s, { status: 'done' })).toThrow(StateError);
  });
});
