import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SOUND_CUES } from '../../src/audio/sound.ts';
import { SilentSound } from '../../src/audio/silent-sound.ts';
import { SPRITE } from '../../src/audio/sprite-map.ts';

type Opts = {
  src: string[];
  sprite: Record<string, unknown>;
  html5: boolean;
  onloaderror?: (id: number, err: unknown) => void;
  onplayerror?: (id: number, err: unknown) => void;
};

/** A fake of the howler module: records what HowlerSound asks of it. */
const fake = vi.hoisted(() => {
  const state = {
    instances: [] as { opts: Opts; plays: string[]; stops: number[]; unloaded: boolean }[],
    volume: [] as number[],
    mute: [] as boolean[],
    resumes: 0,
    throwOnPlay: false,
    ctx: { state: 'suspended', resume: () => { state.resumes++; state.ctx.state = 'running'; return Promise.resolve(); } },
    nextId: 1000,
  };
  const Howler = {
    autoSuspend: true,
    noAudio: false,
    get ctx() { return state.ctx; },
    volume: (v: number) => { state.volume.push(v); },
    mute: (m: boolean) => { state.mute.push(m); },
  };
  const Howl = function (this: Record<string, unknown>, opts: Opts) {
    const rec = { opts, plays: [] as string[], stops: [] as number[], unloaded: false };
    state.instances.push(rec);
    this.play = (name: string) => {
      if (state.throwOnPlay) throw new Error('boom');
      rec.plays.push(name);
      return state.nextId++;
    };
    this.stop = (id: number) => { rec.stops.push(id); };
    this.unload = () => { rec.unloaded = true; };
  };
  return { state, Howler, Howl };
});

vi.mock('howler', () => ({ Howl: fake.Howl, Howler: fake.Howler, default: { Howl: fake.Howl, Howler: fake.Howler } }));

const { HowlerSound } = await import('../../src/audio/howler-sound.ts');
const { createSound } = await import('../../src/audio/create-sound.ts');
const mod = { Howl: fake.Howl, Howler: fake.Howler } as unknown as ConstructorParameters<typeof HowlerSound>[0];

beforeEach(() => {
  const s = fake.state;
  s.instances.length = 0;
  s.volume.length = 0;
  s.mute.length = 0;
  s.resumes = 0;
  s.throwOnPlay = false;
  s.ctx.state = 'suspended';
  fake.Howler.autoSuspend = true;
  fake.Howler.noAudio = false;
});

describe('HowlerSound', () => {
  it('creates one Web Audio Howl with the sprite and serves many plays from it', () => {
    const sound = new HowlerSound(mod);
    sound.unlock();
    for (let i = 0; i < 20; i++) for (const cue of SOUND_CUES) sound.play(cue);
    expect(fake.state.instances).toHaveLength(1);
    const h = fake.state.instances[0]!;
    expect(h.opts.html5).toBe(false);
    expect(h.opts.src).toEqual(['audio/sprite.mp3']);
    expect(Object.keys(h.opts.sprite).sort()).toEqual([...SOUND_CUES, 'room'].sort());
    expect(h.plays).toHaveLength(20 * SOUND_CUES.length);
    expect(fake.Howler.autoSuspend).toBe(false);
    expect(sound.failed).toBe(false);
  });

  it('forwards volume (clamped) and mute to Howler; plays nothing while muted', () => {
    const sound = new HowlerSound(mod);
    sound.unlock();
    sound.setVolume(0.4);
    sound.setVolume(7);
    sound.setVolume(-1);
    expect(fake.state.volume).toEqual([0.4, 1, 0]);
    sound.setMuted(true);
    sound.play('click');
    expect(fake.state.mute).toEqual([true]);
    expect(fake.state.instances[0]!.plays).toEqual([]);
    sound.setMuted(false);
    sound.play('click');
    expect(fake.state.mute).toEqual([true, false]);
    expect(fake.state.instances[0]!.plays).toEqual(['click']);
  });

  it('waits for unlock: drops cues before it, defers the room tone, resumes the context', () => {
    const sound = new HowlerSound(mod);
    sound.play('event');
    sound.startRoom();
    const h = fake.state.instances[0]!;
    expect(h.plays).toEqual([]);
    sound.unlock();
    expect(fake.state.resumes).toBe(1);
    expect(h.plays).toEqual(['room']);
    sound.unlock();
    sound.startRoom();
    expect(fake.state.resumes).toBe(1);
    expect(h.plays).toEqual(['room']);
    sound.stopRoom();
    expect(h.stops).toHaveLength(1);
    sound.startRoom();
    expect(h.plays).toEqual(['room', 'room']);
  });

  it('on a load error becomes failed and stays silent without throwing', () => {
    const sound = new HowlerSound(mod);
    sound.unlock();
    const h = fake.state.instances[0]!;
    h.opts.onloaderror?.(0, 'decode');
    expect(sound.failed).toBe(true);
    expect(h.unloaded).toBe(true);
    expect(() => {
      for (const cue of SOUND_CUES) sound.play(cue);
      sound.startRoom();
      sound.stopRoom();
      sound.setVolume(0.5);
      sound.setMuted(true);
      sound.unlock();
    }).not.toThrow();
    expect(h.plays).toEqual([]);
  });

  it('on a play error or a throwing howler becomes failed, never throws', () => {
    const a = new HowlerSound(mod);
    fake.state.instances[0]!.opts.onplayerror?.(1, 'locked');
    expect(a.failed).toBe(true);
    const b = new HowlerSound(mod);
    b.unlock();
    fake.state.throwOnPlay = true;
    expect(() => b.play('up')).not.toThrow();
    expect(b.failed).toBe(true);
  });
});

describe('createSound', () => {
  it('imports howler lazily and returns a working HowlerSound', async () => {
    const sound = await createSound();
    expect(sound).toBeInstanceOf(HowlerSound);
    expect(sound.failed).toBe(false);
  });

  it('returns a silent Sound when howler has no audio', async () => {
    fake.Howler.noAudio = true;
    const sound = await createSound();
    expect(sound).toBeInstanceOf(SilentSound);
    expect(sound.failed).toBe(true);
    expect(() => sound.play('click')).not.toThrow();
  });
});

describe('the audio sprite made by scripts/make-audio.ts', () => {
  const dir = join(import.meta.dirname, '..', '..', 'public', 'audio');
  const json = JSON.parse(readFileSync(join(dir, 'sprite.json'), 'utf8')) as { sprite: Record<string, number[] | [number, number, boolean]> };

  it('covers every cue plus the looping room tone, and matches the typed map', () => {
    expect(Object.keys(json.sprite).sort()).toEqual([...SOUND_CUES, 'room'].sort());
    expect(json.sprite).toEqual(SPRITE);
    expect(json.sprite.room![2]).toBe(true);
    for (const cue of SOUND_CUES) expect(json.sprite[cue]![2]).toBeUndefined();
  });

  it('has the intended durations, no overlaps, and stays inside the file', () => {
    const s = json.sprite;
    expect(s.room![1]).toBeGreaterThanOrEqual(4000);
    expect(s.room![1]).toBeLessThanOrEqual(6000);
    expect(s.click![1]).toBeLessThanOrEqual(200);
    expect(s.event![1]).toBeGreaterThanOrEqual(1000);
    expect(s.event![1]).toBeLessThanOrEqual(1800);
    for (const e of ['ending-good', 'ending-mixed', 'ending-bad']) {
      expect(s[e]![1]).toBeGreaterThanOrEqual(2000);
      expect(s[e]![1]).toBeLessThanOrEqual(3500);
    }
    const spans = Object.values(s).map(([a, d]) => [a, a + d] as const).sort((x, y) => x[0] - y[0]);
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1]);
    // 80 kbit/s = 10 bytes per ms: the last cue ends inside the file.
    const bytes = statSync(join(dir, 'sprite.mp3')).size;
    expect(spans.at(-1)![1] * 10).toBeLessThanOrEqual(bytes + 2000);
  });

  it('keeps the whole audio payload within 400 KB and is a real MP3', () => {
    const files = ['sprite.mp3', 'sprite.json'];
    const total = files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
    expect(total).toBeLessThanOrEqual(400 * 1024);
    const head = readFileSync(join(dir, 'sprite.mp3')).subarray(0, 2);
    expect(head[0]).toBe(0xff);
    expect(head[1]! & 0xe0).toBe(0xe0); // MPEG frame sync
  });
});

describe('scripts/make-audio.ts', () => {
  it('reproduces the committed sprite exactly, with modest levels and no clipping', async () => {
    const { renderSprite, encodeMp3 } = await import('../../scripts/make-audio.ts');
    const { pcm, levels } = renderSprite();
    let peak = 0;
    for (const v of pcm) peak = Math.max(peak, Math.abs(v));
    expect(peak).toBeLessThan(10 ** (-8 / 20));
    expect(levels.room!.peak).toBeLessThan(10 ** (-20 / 20));
    const committed = readFileSync(join(import.meta.dirname, '..', '..', 'public', 'audio', 'sprite.mp3'));
    expect(Buffer.from(encodeMp3(pcm)).equals(committed)).toBe(true);
  });
});

describe('the sprite file a browser fetches', async () => {
  const { spriteSource } = await import('../../src/audio/sprite-source.ts');

  it('Opus in WebM where it plays, with the MP3 behind it; the MP3 alone elsewhere', () => {
    expect(spriteSource((type) => type === 'audio/webm; codecs="opus"')).toEqual({ src: ['audio/sprite.webm', 'audio/sprite.mp3'], format: ['webm', 'mp3'] });
    expect(spriteSource(() => false)).toEqual({ src: ['audio/sprite.mp3'], format: ['mp3'] });
  });

  it('the WebM is Opus in a WebM (EBML) file, much smaller than the MP3', () => {
    const dir = join(import.meta.dirname, '..', '..', 'public', 'audio');
    const webm = readFileSync(join(dir, 'sprite.webm'));
    expect([...webm.subarray(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
    expect(webm.includes(Buffer.from('A_OPUS'))).toBe(true);
    expect(webm.includes(Buffer.from('OpusHead'))).toBe(true);
    expect(webm.length).toBeLessThan(statSync(join(dir, 'sprite.mp3')).size * 0.6);
  });
});
