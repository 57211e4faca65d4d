/** `npm run schema`: writes public/scenario.schema.json from the zod schema, for editor completion and checks. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { Scenario } from '../src/engine/schema.ts';

const out = fileURLToPath(new URL('../public/scenario.schema.json', import.meta.url));
// "input": what an author writes (optional keys may be left out), not what the parser returns.
const schema = z.toJSONSchema(Scenario, { io: 'input', unrepresentable: 'any' });
mkdirSync(fileURLToPath(new URL('../public/', import.meta.url)), { recursive: true });
writeFileSync(out, `${JSON.stringify({ ...schema, title: 'Linkage scenario (format 1)' }, null, 2)}\n`);
console.log(`wrote ${out}`);
