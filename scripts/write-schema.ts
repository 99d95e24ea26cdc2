/** `npm run schema`: writes docs/scenario.schema.json from the scenario format's definition. */
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from './scenario-json-schema';

const path = new URL('../docs/scenario.schema.json', import.meta.url);
writeFileSync(path, scenarioJsonSchema());
process.stdout.write(`wrote ${path.pathname}\n`);
