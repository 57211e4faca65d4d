/**
 * scripts/serve.mjs as a static host: only GET and HEAD, nothing outside its
 * folder (symbolic links included), the security headers on every reply
 * (Node's own 400 and 431 too), and precompressed files for clients that accept them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { startServer, type RunningServer } from '../../scripts/test-server.ts';

let base: string;
let server: RunningServer;
let port: number;
const SCRIPT = 'console.log("the game");'.repeat(50);

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'linkage-serve-'));
  const site = join(base, 'site');
  mkdirSync(join(site, 'assets'), { recursive: true });
  mkdirSync(join(site, 'docs'));
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>Linkage</title>');
  writeFileSync(join(site, 'docs', 'index.html'), '<p>docs</p>');
  writeFileSync(join(site, 'assets', 'game.js'), SCRIPT);
  writeFileSync(join(site, 'assets', 'game.js.br'), brotliCompressSync(SCRIPT));
  writeFileSync(join(site, 'assets', 'game.js.gz'), gzipSync(SCRIPT));
  writeFileSync(join(site, 'plain.txt'), 'no variants');
  writeFileSync(join(base, 'secret.txt'), 'outside the folder');
  symlinkSync(join(base, 'secret.txt'), join(site, 'leak.txt'));
  symlinkSync(base, join(site, 'up'));
  symlinkSync(join(site, 'plain.txt'), join(site, 'alias.txt'));
  // A precompressed variant that is a link out of the folder is not served either.
  writeFileSync(join(site, 'linked.txt'), 'the real text');
  writeFileSync(join(base, 'evil.br'), brotliCompressSync('outside'));
  symlinkSync(join(base, 'evil.br'), join(site, 'linked.txt.br'));
  server = await startServer(site);
  port = Number(new URL(server.url).port);
});
afterAll(() => {
  server?.stop();
  rmSync(base, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function get(path: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

/** Writes raw bytes and returns the raw reply: for requests Node's client would refuse to send. */
function raw(bytes: string): Promise<string> {
  return new Promise((done, fail) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    let out = '';
    socket.on('data', (c: Buffer) => (out += c.toString('latin1')));
    socket.on('end', () => done(out));
    socket.on('error', fail);
  });
}

function expectSecurityHeaders(headers: IncomingHttpHeaders): void {
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-frame-options']).toBe('DENY');
}

describe('serve.mjs: methods', () => {
  it('answers GET with the file and the security headers', async () => {
    const r = await get('/');
    expect(r.status).toBe(200);
    expect(r.body.toString()).toContain('<title>Linkage</title>');
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expectSecurityHeaders(r.headers);
    expect((await get('/docs/')).body.toString()).toBe('<p>docs</p>');
  });

  it('answers HEAD with the headers and no body', async () => {
    const r = await get('/assets/game.js', { method: 'HEAD' });
    expect(r.status).toBe(200);
    expect(r.headers['content-length']).toBe(String(SCRIPT.length));
    expect(r.body.length).toBe(0);
    expectSecurityHeaders(r.headers);
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE'])('refuses %s with 405, Allow and the security headers', async (method) => {
    const r = await get('/index.html', { method });
    expect(r.status).toBe(405);
    expect(r.headers.allow).toBe('GET, HEAD');
    expect(r.body.toString()).not.toContain('Linkage');
    expectSecurityHeaders(r.headers);
  });
});

describe('serve.mjs: the folder and nothing else', () => {
  it.each(['/leak.txt', '/up/secret.txt', '/../secret.txt', '/%2e%2e/secret.txt', '/nothing-here', '/index.html%00.txt'])('%s is 404 with the security headers', async (path) => {
    const r = await get(path);
    expect(r.status).toBe(404);
    expect(r.body.toString()).not.toContain('outside');
    expectSecurityHeaders(r.headers);
  });

  it('follows a symbolic link that stays inside the folder', async () => {
    expect((await get('/alias.txt')).body.toString()).toBe('no variants');
  });

  it('does not serve a precompressed variant that links out of the folder', async () => {
    const r = await get('/linked.txt', { headers: { 'Accept-Encoding': 'br' } });
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.body.toString()).toBe('the real text');
  });

  it('answers a malformed escape with 400 and the security headers', async () => {
    const r = await get('/%E0%A4%A');
    expect(r.status).toBe(400);
    expectSecurityHeaders(r.headers);
  });
});

describe("serve.mjs: Node's own error replies carry the headers", () => {
  it('a request that is not HTTP gets 400 with the security headers', async () => {
    const reply = await raw('NOT HTTP AT ALL\r\n\r\n');
    expect(reply).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(reply).toContain("Content-Security-Policy: default-src 'self'");
    expect(reply).toContain('X-Content-Type-Options: nosniff');
  });

  it('headers over the size limit get 431 with the security headers', async () => {
    const reply = await raw(`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(reply).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
    expect(reply).toContain("frame-ancestors 'none'");
    expect(reply).toContain('Referrer-Policy: no-referrer');
  });
});

describe('serve.mjs: precompressed files', () => {
  it.each([
    ['br', 'br'],
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['*', 'br'],
    ['gzip;q=0, *', 'br'],
    ['identity', undefined],
    ['', undefined],
  ])('Accept-Encoding %j gets %s', async (accept, encoding) => {
    const r = await get('/assets/game.js', { headers: accept ? { 'Accept-Encoding': accept } : {} });
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe(encoding);
    expect(r.headers.vary).toBe('Accept-Encoding');
    expect(r.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(Number(r.headers['content-length'])).toBe(r.body.length);
    expectSecurityHeaders(r.headers);
    expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const text = encoding === 'br' ? brotliDecompressSync(r.body) : encoding === 'gzip' ? gunzipSync(r.body) : r.body;
    expect(text.toString()).toBe(SCRIPT);
    if (encoding) expect(r.body.length).toBeLessThan(SCRIPT.length);
  });

  it('sends the file itself when there is no variant', async () => {
    const r = await get('/plain.txt', { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.body.toString()).toBe('no variants');
  });
});
