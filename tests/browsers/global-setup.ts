/** Serves the built site once for the other engines' tests, on a free port of its own. */
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/test-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const server = await startServer();
  project.provide('baseUrl', server.url);
  return () => server.stop();
}
