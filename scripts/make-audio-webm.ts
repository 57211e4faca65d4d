/**
 * The sound sprite as Opus in WebM (public/audio/sprite.webm), for browsers that
 * play it: about 40% of the MP3's bytes at a quality that holds for these
 * synthesised cues. The PCM is the MP3's (scripts/make-audio.ts renderSprite),
 * delayed by the MP3 encoder's delay so one sprite map (sprite-map.ts) fits both
 * files; the Opus encoder's own delay is in the file's pre-skip, which decoders
 * remove. The encoder is libopus in the system Chromium (WebCodecs), at 48 kHz;
 * webm-muxer writes the container. Run by `npm run audio` after make-audio.ts.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ArrayBufferTarget, Muxer } from 'webm-muxer';
import { openBrowser } from './chromium.ts';
import { MP3_DELAY_MS, renderSprite, SAMPLE_RATE } from './make-audio.ts';

export const OPUS_KBPS = 32;
const OPUS_RATE = 48_000;

interface Encoded { chunks: { data: string; timestamp: number; duration: number }[]; description: string | null }

/** Runs in the page: resample to 48 kHz, encode to Opus. Base64 across the boundary. */
const ENCODE = `async ({ samples, rate, bitrate }) => {
  const pcm = Float32Array.from(samples);
  const seconds = pcm.length / rate;
  const offline = new OfflineAudioContext(1, Math.ceil(seconds * 48000), 48000);
  const source = offline.createBufferSource();
  const buffer = offline.createBuffer(1, pcm.length, rate);
  buffer.copyToChannel(pcm, 0);
  source.buffer = buffer;
  source.connect(offline.destination);
  source.start();
  const resampled = (await offline.startRendering()).getChannelData(0);
  const b64 = (bytes) => { let s = ''; for (const b of bytes) s += String.fromCharCode(b); return btoa(s); };
  const chunks = [];
  let description = null;
  const encoder = new AudioEncoder({
    output: (chunk, meta) => {
      const data = new Uint8Array(chunk.byteLength);
      chunk.copyTo(data);
      chunks.push({ data: b64(data), timestamp: chunk.timestamp, duration: chunk.duration ?? 0 });
      if (meta?.decoderConfig?.description && description === null) description = b64(new Uint8Array(meta.decoderConfig.description));
    },
    error: (e) => { throw e; },
  });
  encoder.configure({ codec: 'opus', sampleRate: 48000, numberOfChannels: 1, bitrate, opus: { application: 'audio', complexity: 10 } });
  const frame = 960 * 50;
  for (let i = 0; i < resampled.length; i += frame) {
    const part = resampled.subarray(i, Math.min(resampled.length, i + frame));
    encoder.encode(new AudioData({ format: 'f32-planar', sampleRate: 48000, numberOfFrames: part.length, numberOfChannels: 1, timestamp: Math.round((i / 48000) * 1e6), data: part }));
  }
  await encoder.flush();
  return { chunks, description };
}`;

export async function encodeOpusWebm(pcm: Float32Array): Promise<Uint8Array> {
  // The MP3 decodes with MP3_DELAY_MS of encoder delay ahead of the audio; the same silence here.
  const delayed = new Float32Array(pcm.length + Math.round((MP3_DELAY_MS / 1000) * SAMPLE_RATE));
  delayed.set(pcm, delayed.length - pcm.length);
  const browser = await openBrowser();
  let encoded: Encoded;
  try {
    const page = await browser.context.newPage();
    // WebCodecs needs a secure context: localhost is one (served by the route, no server).
    await page.route('http://localhost/', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>encode</title>' }));
    await page.goto('http://localhost/');
    encoded = await page.evaluate<Encoded>(`(${ENCODE})(${JSON.stringify({ samples: Array.from(delayed), rate: SAMPLE_RATE, bitrate: OPUS_KBPS * 1000 })})`);
  } finally {
    await browser.close();
  }
  if (!encoded.description) throw new Error('The Opus encoder gave no OpusHead.');
  const muxer = new Muxer({ target: new ArrayBufferTarget(), audio: { codec: 'A_OPUS', numberOfChannels: 1, sampleRate: OPUS_RATE } });
  const meta = { decoderConfig: { codec: 'opus', sampleRate: OPUS_RATE, numberOfChannels: 1, description: Buffer.from(encoded.description, 'base64') } };
  encoded.chunks.forEach((chunk, i) => {
    muxer.addAudioChunkRaw(new Uint8Array(Buffer.from(chunk.data, 'base64')), 'key', chunk.timestamp, i === 0 ? meta : undefined);
  });
  muxer.finalize();
  return new Uint8Array(muxer.target.buffer);
}

async function main(): Promise<void> {
  const out = fileURLToPath(new URL('../public/audio/sprite.webm', import.meta.url));
  const webm = await encodeOpusWebm(renderSprite().pcm);
  writeFileSync(out, webm);
  console.log(`sprite: ${(webm.length / 1024).toFixed(1)} KiB Opus/WebM @ ${OPUS_KBPS} kbit/s`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
