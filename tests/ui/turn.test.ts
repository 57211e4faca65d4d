import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import * as engine from '../../src/ui/session.ts';
import { turnKey, turnScreen, type TurnScreen } from '../../src/ui/turn.ts';

const scenario = engine.openScenario(JSON.parse(readFileSync('src/scenarios/beijing-2023.json', 'utf8')));

describe('the screen a session calls for', () => {
  test('one player: briefing, then round and report for each round, then the ending', () => {
    const session = engine.startSession(scenario, 'china', 5);
    expect(turnScreen(session, null)).toEqual({ kind: 'briefing', round: 0 });
    session.send({ type: 'START' });
    const seen: TurnScreen[] = [];
    while (session.phase() !== 'ended') {
      const screen = turnScreen(session, null)!;
      seen.push(screen);
      if (screen.kind === 'round') session.send({ type: 'CHOOSE', side: screen.side, option: session.offered(screen.side)[0]!.id });
      else session.send({ type: 'NEXT' });
    }
    const rounds = scenario.rounds.length;
    expect(seen.filter((s) => s.kind === 'round')).toEqual(Array.from({ length: rounds }, (_, round) => ({ kind: 'round', round, side: 'china' })));
    expect(seen.filter((s) => s.kind === 'report').map((s) => s.kind === 'report' && s.resolved)).toEqual(Array.from({ length: rounds }, (_, i) => i + 1));
    expect(turnScreen(session, null)?.kind).toBe('ended');
  });

  test('two players: the device is passed to each side before it chooses', () => {
    const session = engine.startSession(scenario, 'two', 5);
    session.send({ type: 'START' });
    expect(turnScreen(session, null)).toEqual({ kind: 'pass', round: 0, side: 'us' });
    expect(turnScreen(session, 'us')).toEqual({ kind: 'round', round: 0, side: 'us' });
    session.send({ type: 'CHOOSE', side: 'us', option: session.offered('us')[0]!.id });
    expect(turnScreen(session, 'us')).toEqual({ kind: 'pass', round: 0, side: 'china' });
    expect(turnScreen(session, 'china')).toEqual({ kind: 'round', round: 0, side: 'china' });
  });

  test('the key tells screens apart and is the same for the same screen', () => {
    const screens: TurnScreen[] = [
      { kind: 'briefing', round: 0 },
      { kind: 'pass', round: 0, side: 'us' },
      { kind: 'round', round: 0, side: 'us' },
      { kind: 'round', round: 0, side: 'china' },
      { kind: 'round', round: 1, side: 'us' },
      { kind: 'report', round: 0, resolved: 1 },
      { kind: 'report', round: 1, resolved: 1 },
      { kind: 'ended', round: 5 },
    ];
    expect(new Set(screens.map(turnKey)).size).toBe(screens.length);
    expect(turnKey({ kind: 'round', round: 0, side: 'us' })).toBe(turnKey(screens[2]!));
  });
});
