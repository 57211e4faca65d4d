/**
 * Synthesises Linkage's one audio sprite: no samples, no downloads.
 *
 *   npm run audio   →  public/audio/sprite.mp3 + public/audio/sprite.json
 *
 * Everything is additive / FM synthesis and seeded filtered noise, shaped by
 * envelopes and a small deterministic Schroeder reverb. The same script gives
 * the same PCM every time (seeded PRNG, no clock, no Math.random).
 *
 * Encoding: 44.1 kHz mono MP3 at 80 kbit/s through @breezystack/lamejs (pure JS).
 * A 16-bit WAV of the ~19 s sprite would be ~1.7 MB at 44.1 kHz (~840 KB at
 * 22 kHz): far over the 400 KB budget. 8-bit or 8 kHz would hiss and dull the
 * chimes. MP3 decodes in every browser the game targets (Chromebooks included).
 *
 * MP3 adds a small encoder delay; the cues are separated by silence and the
 * room tone is rendered as an exactly periodic signal that extends past both
 * ends of its sprite region, so a loop window shifted by a few milliseconds
 * still loops seamlessly.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Mp3Encoder } from '@breezystack/lamejs';
import { mulberry32 } from './lib/mulberry32.ts';

export const SAMPLE_RATE = 44_100;
export const KBPS = 80;
/** Silence around every cue, in ms (multiples of 10 ms are whole samples). */
const GAP_MS = 300;
/**
 * LAME's encoder delay (576 + 529 = 1105 samples = 25.06 ms), measured by
 * decoding sprite.mp3 with decodeAudioData in Chromium and cross-correlating
 * with the PCM: sprite.json's start times include it.
 */
export const MP3_DELAY_MS = 25;
/** Room-tone loop length: whole ms and whole samples. */
const ROOM_MS = 6_000;
/** Extra periodic room tone rendered before and after its sprite region. */
const ROOM_GUARD_MS = 200;

type Buf = Float32Array;
const TAU = 2 * Math.PI;

// ---------------------------------------------------------------- helpers

/** Deterministic PRNG for scattered details and noise. */
const rng = mulberry32;

const secs = (s: number): number => Math.round(s * SAMPLE_RATE);
const buf = (s: number): Buf => new Float32Array(secs(s));
const midi = (n: number): number => 440 * 2 ** ((n - 69) / 12);

/** Attack / exponential-decay envelope value at time t (s). */
function adEnv(t: number, attack: number, decay: number): number {
  if (t < 0) return 0;
  if (t < attack) return 0.5 - 0.5 * Math.cos((Math.PI * t) / attack);
  return Math.exp(-(t - attack) / decay);
}

/** Attack / hold / release envelope (raised-cosine ramps). */
function ahrEnv(t: number, attack: number, hold: number, release: number): number {
  if (t < 0) return 0;
  if (t < attack) return 0.5 - 0.5 * Math.cos((Math.PI * t) / attack);
  if (t < attack + hold) return 1;
  const r = t - attack - hold;
  if (r < release) return 0.5 + 0.5 * Math.cos((Math.PI * r) / release);
  return 0;
}

/** Add a bell/celesta-like note: a few harmonic partials with their own decays. */
function bell(out: Buf, at: number, freq: number, amp: number, decay = 0.9): void {
  const partials: [number, number, number][] = [
    [1, 1, 1], [2, 0.32, 0.55], [3, 0.12, 0.35], [4.2, 0.05, 0.2], [5.4, 0.025, 0.12],
  ];
  const start = secs(at);
  const len = secs(decay * 6);
  for (let i = 0; i < len && start + i < out.length; i++) {
    const t = i / SAMPLE_RATE;
    let v = 0;
    for (const [ratio, a, d] of partials) {
      v += a * Math.sin(TAU * freq * ratio * t) * adEnv(t, 0.004, decay * d);
    }
    out[start + i]! += amp * v;
  }
}

/** Add a soft FM voice (carrier:modulator 1:1, index follows the envelope): warm brass/pad. */
function fmVoice(
  out: Buf, at: number, dur: number, freq: number, amp: number,
  opts: { attack?: number; release?: number; index?: number; vibrato?: number; glideTo?: number } = {},
): void {
  const attack = opts.attack ?? 0.08;
  const release = opts.release ?? 0.4;
  const index = opts.index ?? 1.2;
  const hold = Math.max(0, dur - attack - release);
  const start = secs(at);
  const len = secs(dur);
  let phase = 0;
  for (let i = 0; i < len && start + i < out.length; i++) {
    const t = i / SAMPLE_RATE;
    const env = ahrEnv(t, attack, hold, release);
    const f = opts.glideTo === undefined ? freq : freq * (opts.glideTo / freq) ** Math.min(1, t / dur);
    const vib = 1 + (opts.vibrato ?? 0) * Math.sin(TAU * 5 * t) * Math.min(1, t / 0.4);
    phase += (TAU * f * vib) / SAMPLE_RATE;
    const mod = index * env * Math.sin(phase);
    out[start + i]! += amp * env * Math.sin(phase + mod);
  }
}

/** One-pole low-pass in place. */
function lowpass(x: Buf, cutoff: number): Buf {
  const a = 1 - Math.exp((-TAU * cutoff) / SAMPLE_RATE);
  let y = 0;
  for (let i = 0; i < x.length; i++) {
    y += a * (x[i]! - y);
    x[i] = y;
  }
  return x;
}

/** One-pole high-pass in place. */
function highpass(x: Buf, cutoff: number): Buf {
  const a = 1 - Math.exp((-TAU * cutoff) / SAMPLE_RATE);
  let lp = 0;
  for (let i = 0; i < x.length; i++) {
    lp += a * (x[i]! - lp);
    x[i] = x[i]! - lp;
  }
  return x;
}

/** Pink-ish noise (Paul Kellet's economy filter) from a seed. */
function pinkNoise(len: number, seed: number): Buf {
  const r = rng(seed);
  const out = new Float32Array(len);
  let b0 = 0, b1 = 0, b2 = 0;
  for (let i = 0; i < len; i++) {
    const w = r() * 2 - 1;
    b0 = 0.99765 * b0 + w * 0.099046;
    b1 = 0.963 * b1 + w * 0.2965164;
    b2 = 0.57 * b2 + w * 1.0526913;
    out[i] = (b0 + b1 + b2 + w * 0.1848) * 0.2;
  }
  return out;
}

/** Small Schroeder reverb (4 combs + 2 all-passes), mixed in place. */
function reverb(x: Buf, wet: number, size = 1): Buf {
  const combs = [1116, 1188, 1277, 1356].map((d) => Math.round(d * size));
  const aps = [556, 441];
  const out = new Float32Array(x.length);
  for (const d of combs) {
    const line = new Float32Array(d);
    let idx = 0;
    let damp = 0;
    for (let i = 0; i < x.length; i++) {
      const y = line[idx]!;
      damp = y * 0.7 + damp * 0.3;
      line[idx] = x[i]! + damp * 0.82;
      idx = (idx + 1) % d;
      out[i]! += y * 0.25;
    }
  }
  for (const d of aps) {
    const line = new Float32Array(d);
    let idx = 0;
    for (let i = 0; i < out.length; i++) {
      const b = line[idx]!;
      const v = out[i]!;
      line[idx] = v + b * 0.5;
      out[i] = b - v;
      idx = (idx + 1) % d;
    }
  }
  for (let i = 0; i < x.length; i++) x[i] = x[i]! * (1 - wet * 0.5) + out[i]! * wet;
  return x;
}

function peak(x: Buf): number {
  let p = 0;
  for (const v of x) p = Math.max(p, Math.abs(v));
  return p;
}

function rms(x: Buf): number {
  let s = 0;
  for (const v of x) s += v * v;
  return Math.sqrt(s / Math.max(1, x.length));
}

/** Scale so the peak sits at `db` dBFS, then fade the last 30 ms to zero. */
function normalise(x: Buf, db: number): Buf {
  const p = peak(x);
  const g = p > 0 ? 10 ** (db / 20) / p : 0;
  const fade = secs(0.03);
  for (let i = 0; i < x.length; i++) {
    const tail = x.length - i;
    x[i] = x[i]! * g * (tail < fade ? tail / fade : 1);
  }
  return x;
}

// ---------------------------------------------------------------- the cues

/**
 * Room tone: a quiet, low open-fifth pad (D2–A2–E3) with slow swells plus soft
 * low-passed air. Every pad frequency is a whole multiple of 1/6 Hz and every
 * swell divides 6 s, so the pad is exactly periodic; the air noise is made
 * periodic by cross-fading its tail into its head.
 */
function room(): Buf {
  const n = secs(ROOM_MS / 1000);
  const period = new Float32Array(n);
  const q = (f: number): number => Math.round(f * 6) / 6;
  const voices: [number, number, number][] = [
    [q(midi(38)), 0.5, 1], [q(midi(38)) + 1 / 6, 0.35, 2],
    [q(midi(45)), 0.32, 1], [q(midi(45)) + 1 / 3, 0.22, 3],
    [q(midi(52)), 0.14, 2], [q(midi(57)), 0.07, 3],
  ];
  for (let i = 0; i < n; i++) {
    const t = i / SAMPLE_RATE;
    let v = 0;
    for (const [f, a, swell] of voices) {
      const lfo = 0.75 + 0.25 * Math.sin((TAU * swell * t) / 6 + f);
      v += a * lfo * (Math.sin(TAU * f * t) + 0.18 * Math.sin(TAU * 2 * f * t));
    }
    period[i] = v;
  }
  // Air: pink noise, low-passed, looped by an equal-power crossfade.
  const xf = secs(1);
  const air = lowpass(lowpass(pinkNoise(n + xf, 2023_07_16), 700), 900);
  highpass(air, 60);
  for (let i = 0; i < n; i++) {
    let a = air[i]!;
    if (i < xf) {
      const w = i / xf;
      a = air[i]! * Math.sin((w * Math.PI) / 2) + air[n + i]! * Math.cos((w * Math.PI) / 2);
    }
    period[i]! += a * 1.6;
  }
  return period;
}

function click(): Buf {
  const x = buf(0.12);
  const noise = pinkNoise(x.length, 7);
  highpass(noise, 1500);
  for (let i = 0; i < x.length; i++) {
    const t = i / SAMPLE_RATE;
    x[i] = 0.6 * Math.sin(TAU * 1320 * t) * adEnv(t, 0.001, 0.018)
      + 0.35 * Math.sin(TAU * 2640 * t) * adEnv(t, 0.0005, 0.008)
      + 0.5 * noise[i]! * adEnv(t, 0.0005, 0.006);
  }
  return normalise(reverb(x, 0.08, 0.5), -12);
}

function up(): Buf {
  const x = buf(1.1);
  bell(x, 0.0, midi(76), 0.8, 0.5); // E5
  bell(x, 0.11, midi(81), 0.9, 0.6); // A5
  return normalise(reverb(x, 0.25), -11);
}

function down(): Buf {
  const x = buf(1.0);
  fmVoice(x, 0.0, 0.7, midi(69), 0.6, { attack: 0.03, release: 0.45, index: 0.6, glideTo: midi(64) });
  fmVoice(x, 0.0, 0.7, midi(57), 0.3, { attack: 0.05, release: 0.45, index: 0.3, glideTo: midi(52) });
  lowpass(x, 2500);
  return normalise(reverb(x, 0.25), -12);
}

function event(): Buf {
  const x = buf(1.6);
  // Low drum: a pitch-dropping sine with a noise skin.
  const skin = lowpass(pinkNoise(x.length, 99), 400);
  let ph = 0;
  for (let i = 0; i < secs(0.9); i++) {
    const t = i / SAMPLE_RATE;
    ph += (TAU * (55 + 40 * Math.exp(-t / 0.05))) / SAMPLE_RATE;
    x[i]! += 0.9 * Math.sin(ph) * adEnv(t, 0.003, 0.28) + 0.5 * skin[i]! * adEnv(t, 0.001, 0.05);
  }
  // Suspended brass swell: D–G–A over D, FM index following the envelope.
  for (const [n, a] of [[50, 0.28], [55, 0.22], [57, 0.22], [62, 0.16]] as const) {
    fmVoice(x, 0.04, 1.15, midi(n), a, { attack: 0.18, release: 0.6, index: 1.6, vibrato: 0.003 });
  }
  bell(x, 0.05, midi(81), 0.12, 0.5);
  lowpass(x, 5000);
  return normalise(reverb(x, 0.3), -9);
}

function ending(kind: 'good' | 'mixed' | 'bad'): Buf {
  const x = buf(3.2);
  if (kind === 'good') {
    // Rising D major arpeggio resolving onto a warm D add9 pad.
    [62, 66, 69, 74].forEach((n, i) => bell(x, i * 0.16, midi(n), 0.55, 0.7));
    for (const n of [50, 57, 62, 66, 76]) fmVoice(x, 0.5, 2.6, midi(n), 0.16, { attack: 0.4, release: 1.4, index: 0.8, vibrato: 0.002 });
    bell(x, 0.64, midi(78), 0.35, 1.1);
  } else if (kind === 'mixed') {
    // Arpeggio that lands on an unresolved suspension (Dsus2 over B).
    [62, 64, 69, 71].forEach((n, i) => bell(x, i * 0.18, midi(n), 0.5, 0.65));
    for (const n of [47, 57, 62, 64]) fmVoice(x, 0.55, 2.5, midi(n), 0.16, { attack: 0.45, release: 1.4, index: 0.7 });
    bell(x, 0.9, midi(76), 0.25, 0.9);
  } else {
    // Descending D minor with a darkening low pad and a fading b6.
    [69, 65, 62, 58].forEach((n, i) => fmVoice(x, i * 0.22, 0.7, midi(n), 0.4, { attack: 0.03, release: 0.5, index: 0.5 }));
    for (const n of [38, 45, 50, 53]) fmVoice(x, 0.6, 2.5, midi(n), 0.2, { attack: 0.5, release: 1.5, index: 0.9, glideTo: midi(n) * 0.985 });
    lowpass(x, 1800);
  }
  return normalise(reverb(x, 0.35, 1.2), kind === 'bad' ? -10 : -9);
}

// ---------------------------------------------------------------- sprite

export const CUES = ['room', 'click', 'up', 'down', 'event', 'ending-good', 'ending-mixed', 'ending-bad'] as const;
export type SpriteName = (typeof CUES)[number];
export type SpriteJson = { sprite: Record<SpriteName, [number, number] | [number, number, boolean]> };

export function renderSprite(): { pcm: Buf; sprite: SpriteJson; levels: Record<string, { peak: number; rms: number }> } {
  // The room period is scaled without normalise()'s tail fade: it must stay periodic.
  const roomPeriod = room();
  const g = 10 ** (-24 / 20) / peak(roomPeriod);
  for (let i = 0; i < roomPeriod.length; i++) roomPeriod[i] = roomPeriod[i]! * g;

  const cues: [SpriteName, Buf][] = [
    ['click', click()], ['up', up()], ['down', down()], ['event', event()],
    ['ending-good', ending('good')], ['ending-mixed', ending('mixed')], ['ending-bad', ending('bad')],
  ];
  const levels: Record<string, { peak: number; rms: number }> = {
    room: { peak: peak(roomPeriod), rms: rms(roomPeriod) },
  };

  // Layout in ms; every start is a multiple of 10 ms.
  const ceil10 = (ms: number): number => Math.ceil(ms / 10) * 10;
  const sprite = {} as SpriteJson['sprite'];
  let cursor = GAP_MS + ROOM_GUARD_MS;
  sprite.room = [cursor + MP3_DELAY_MS, ROOM_MS, true];
  const roomStart = cursor;
  cursor += ROOM_MS + ROOM_GUARD_MS + GAP_MS;
  const placed: [number, Buf][] = [];
  for (const [name, pcm] of cues) {
    const dur = ceil10((pcm.length / SAMPLE_RATE) * 1000);
    sprite[name] = [cursor + MP3_DELAY_MS, dur];
    placed.push([cursor, pcm]);
    levels[name] = { peak: peak(pcm), rms: rms(pcm) };
    cursor += dur + GAP_MS;
  }
  const pcm = new Float32Array(secs(cursor / 1000));
  // Room: tile the periodic signal over [start - guard, end + guard], fading in/out at the guards' outer edges.
  const r0 = secs((roomStart - ROOM_GUARD_MS) / 1000);
  const r1 = secs((roomStart + ROOM_MS + ROOM_GUARD_MS) / 1000);
  const rs = secs(roomStart / 1000);
  const fade = secs(ROOM_GUARD_MS / 2000);
  for (let i = r0; i < r1; i++) {
    const k = (((i - rs) % roomPeriod.length) + roomPeriod.length) % roomPeriod.length;
    const edge = Math.min(i - r0, r1 - 1 - i);
    pcm[i] = roomPeriod[k]! * (edge < fade ? edge / fade : 1);
  }
  for (const [startMs, cue] of placed) pcm.set(cue, secs(startMs / 1000));
  return { pcm, sprite: { sprite }, levels };
}

export function encodeMp3(pcm: Buf): Uint8Array {
  const enc = new Mp3Encoder(1, SAMPLE_RATE, KBPS);
  const block = 1152;
  const chunks: Uint8Array[] = [];
  const i16 = new Int16Array(pcm.length);
  for (let i = 0; i < pcm.length; i++) i16[i] = Math.max(-32768, Math.min(32767, Math.round(pcm[i]! * 32767)));
  for (let i = 0; i < i16.length; i += block) {
    const c = enc.encodeBuffer(i16.subarray(i, i + block));
    if (c.length) chunks.push(new Uint8Array(c));
  }
  const tail = enc.flush();
  if (tail.length) chunks.push(new Uint8Array(tail));
  const total = chunks.reduce((s, c) => s + c.length, 0);
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

function main(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const outDir = join(root, 'public', 'audio');
  mkdirSync(outDir, { recursive: true });
  const { pcm, sprite, levels } = renderSprite();
  const p = peak(pcm);
  if (p >= 1) throw new Error(`clipping: peak ${p}`);
  const mp3 = encodeMp3(pcm);
  writeFileSync(join(outDir, 'sprite.mp3'), mp3);
  writeFileSync(join(outDir, 'sprite.json'), `${JSON.stringify(sprite, null, 2)}\n`);
  writeFileSync(join(root, 'src', 'audio', 'sprite-map.ts'), spriteModule(sprite));
  if (process.argv.includes('--wav')) writeFileSync('/tmp/linkage-sprite.wav', wav(pcm));
  const db = (v: number): string => (20 * Math.log10(Math.max(v, 1e-9))).toFixed(1);
  console.log(`sprite: ${(pcm.length / SAMPLE_RATE).toFixed(2)} s, ${(mp3.length / 1024).toFixed(1)} KiB mp3 @ ${KBPS} kbit/s`);
  for (const [name, l] of Object.entries(levels)) {
    console.log(`  ${name.padEnd(13)} peak ${db(l.peak)} dBFS  rms ${db(l.rms)} dBFS  ${JSON.stringify(sprite.sprite[name as SpriteName])}`);
  }
}

/** The sprite map as a typed module for src/audio (no fetch of sprite.json at run time). */
function spriteModule(sprite: SpriteJson): string {
  const rows = CUES.map((name) => `  '${name}': ${JSON.stringify(sprite.sprite[name])},`).join('\n');
  return `// Generated by scripts/make-audio.ts (npm run audio): do not edit.
// [start ms, duration ms, loop?] in public/audio/sprite.mp3; same as public/audio/sprite.json.
import type { SoundCue } from './types.ts';

export type SpriteKey = SoundCue | 'room';

export const SPRITE: Record<SpriteKey, [number, number] | [number, number, boolean]> = {
${rows}
};
`;
}

/** 16-bit PCM WAV, only for local inspection (--wav). */
function wav(pcm: Buf): Uint8Array {
  const b = new ArrayBuffer(44 + pcm.length * 2);
  const v = new DataView(b);
  const s = (o: number, t: string): void => { for (let i = 0; i < t.length; i++) v.setUint8(o + i, t.charCodeAt(i)); };
  s(0, 'RIFF'); v.setUint32(4, 36 + pcm.length * 2, true); s(8, 'WAVE'); s(12, 'fmt ');
  v.setUint32(16, 16, true); v.setUint16(20, 1, true); v.setUint16(22, 1, true);
  v.setUint32(24, SAMPLE_RATE, true); v.setUint32(28, SAMPLE_RATE * 2, true);
  v.setUint16(32, 2, true); v.setUint16(34, 16, true); s(36, 'data'); v.setUint32(40, pcm.length * 2, true);
  for (let i = 0; i < pcm.length; i++) v.setInt16(44 + i * 2, Math.round(pcm[i]! * 32767), true);
  return new Uint8Array(b);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
