/** Serves the built site once for all browser tests, on a free port of its own. */
import type { TestProject } from 'vitest/node';
import { findChromium } from '../../scripts/chromium.ts';
import { startServer } from '../../scripts/test-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  findChromium(); // fail first, with install instructions, when there is no browser
  const server = await startServer();
  project.provide('baseUrl', server.url);
  return () => server.stop();
}
