/** Starts scripts/serve.mjs on a free port of 127.0.0.1, for the browser tests and the benchmark. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

function waitForServer(server: ChildProcess): Promise<void> {
  return new Promise((ready, fail) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`The server did not start:\n${output}`)), 15_000);
    server.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('http://')) {
        clearTimeout(timer);
        ready();
      }
    });
    server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`The server exited (${code}):\n${output}`));
    });
  });
}

export interface RunningServer {
  url: string;
  stop(): void;
}

/** Serves dist/ (which must already be built), or another folder. */
export async function startServer(dir = 'dist'): Promise<RunningServer> {
  if (!existsSync(`${dir}/index.html`)) throw new Error(dir === 'dist' ? 'No build found: run `npm run build` first.' : `No index.html in ${dir}.`);
  const port = await freePort();
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port), '--host', '127.0.0.1', '--dir', dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await waitForServer(server);
  return { url: `http://127.0.0.1:${port}/`, stop: () => server.kill() };
}
