// Serves the built game (dist/) on localhost the way a careful static host would:
// the site's security headers on every reply (Node's own 400/431 included),
// only GET and HEAD, nothing outside the folder (symbolic links included), and
// the build's precompressed .br/.gz files to clients that accept them.
// Usage: node scripts/serve.mjs [--port N] [--host H] [--dir D]
import { createServer, STATUS_CODES } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import { Buffer } from 'node:buffer';
import { realpathSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4173' },
    host: { type: 'string', default: '127.0.0.1' },
    dir: { type: 'string', default: 'dist' },
  },
});

const root = resolve(values.dir);
let realRoot;
try {
  realRoot = realpathSync(root);
} catch {
  console.error(`Nothing to serve: ${root} does not exist (run \`npm run build\` first).`);
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.ogg': 'audio/ogg',
  '.webm': 'audio/webm',
  '.webmanifest': 'application/manifest+json',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
};

// The same policy index.html carries as a meta tag, plus what only a header can say.
const CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data: blob:",
  "media-src 'self' data: blob:", "connect-src 'self'", "font-src 'self'", "object-src 'none'",
  "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
].join('; ');

/** Sent with every reply, errors included. README.md lists them for other hosts. */
const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-cache',
};

/** Precompressed variants, best first, as the build writes them next to each file. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
];

/** Whether Accept-Encoding allows `name` (a q of 0 refuses it; `*` stands for any other). */
function accepts(header, name) {
  let star = false;
  for (const part of String(header ?? '').split(',')) {
    const [token = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const allowed = q === undefined || Number(q.slice(2)) > 0;
    if (token === name) return allowed;
    if (token === '*') star = allowed;
  }
  return star;
}

/** The real path of `path` if it exists and, all links followed, is still inside the folder; else null. */
async function inside(path) {
  try {
    const real = await realpath(path);
    return real === realRoot || real.startsWith(realRoot + sep) ? real : null;
  } catch {
    return null;
  }
}

async function fileFor(urlPath) {
  const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  if (decoded.includes('\0')) return null;
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root + sep)) return null; // no escaping dist/
  const real = await inside(candidate);
  if (!real) return null;
  const info = await stat(real);
  if (info.isDirectory()) return inside(join(real, 'index.html'));
  return info.isFile() ? real : null;
}

function reply(res, status, extra = {}) {
  const body = `${STATUS_CODES[status] ?? 'Error'}\n`;
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(body), ...extra });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

const server = createServer(async (req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    reply(res, 405, { Allow: 'GET, HEAD' });
    return;
  }
  let file;
  try {
    file = await fileFor(req.url ?? '/');
  } catch {
    reply(res, 400); // a malformed %-escape
    return;
  }
  if (!file) {
    reply(res, 404);
    return;
  }
  try {
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const cache = file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
    const headers = { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': cache, Vary: 'Accept-Encoding' };
    let body;
    for (const encoding of ENCODINGS) {
      if (!accepts(req.headers['accept-encoding'], encoding.name)) continue;
      const variant = await inside(file + encoding.suffix);
      if (!variant) continue;
      body = await readFile(variant);
      headers['Content-Encoding'] = encoding.name;
      break;
    }
    body ??= await readFile(file);
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    reply(res, 404);
  }
});

// Node answers malformed requests itself (400, or 431 for oversized headers) with
// no headers at all; this writes those replies with the security headers instead.
server.on('clientError', (error, socket) => {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const body = `${STATUS_CODES[status]}\n`;
  const headers = { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(body), Connection: 'close' };
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('');
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${head}\r\n${body}`);
});

server.on('error', (error) => {
  console.error(`Could not serve on ${values.host}:${values.port}: ${error.message}`);
  process.exit(1);
});
server.listen(Number(values.port), values.host, () => {
  console.log(`Linkage is being served at http://${values.host}:${values.port}/ (Ctrl+C to stop)`);
});
