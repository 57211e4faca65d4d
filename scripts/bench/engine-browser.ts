/**
 * Engine speed in Chromium, where players run it: the same games as the Node
 * figures (engine-games.ts), timed in a blank page at full CPU speed, as the
 * Node figures are. Vite builds the page script in memory with no config of
 * the game's, so the game's own build is untouched.
 */
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import type { BrowserContext } from 'playwright-core';

const ENTRY = fileURLToPath(new URL('./engine-page.ts', import.meta.url));

async function pageScript(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: ENTRY, formats: ['iife'], name: 'LinkageEngineBench', fileName: 'engine-bench' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((o): o is Rolldown.OutputChunk => o.type === 'chunk');
  if (!chunk) throw new Error('engine bench: Vite built no script');
  return chunk.code;
}

export async function benchEngineInBrowser(context: BrowserContext): Promise<Record<string, number>> {
  const code = await pageScript();
  const page = await context.newPage();
  try {
    await page.setContent('<!doctype html><title>Engine bench</title>');
    await page.addScriptTag({ content: code });
    const speed = await page.evaluate(() => {
      const run = window.linkageEngineSpeed;
      if (!run) throw new Error('engine bench: the page script did not load');
      return run();
    });
    return { browserPureGamesPerSecond: speed.pureGamesPerSecond, browserMachineGamesPerSecond: speed.machineGamesPerSecond };
  } finally {
    await page.close();
  }
}
