/**
 * `npx tsx scripts/codedeploy-rules-doc.ts`: writes the table of simulated deployment rules
 * (src/engine/codedeploy/deployment/rules.ts) into docs/codedeploy-simulation.md, between its
 * BEGIN/END markers, formatted as prettier would.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { SIMULATED_DEPLOYMENT_RULES, TRAFFIC_RULES } from '../src/engine/codedeploy/deployment/rules';

export const BEGIN = '<!-- BEGIN rules table: generated from src/engine/codedeploy/deployment/rules.ts -->';
export const END = '<!-- END rules table -->';

const cell = (text: string) => text.replace(/\|/g, '\\|');

const table = [
  '| What | Rule | Simulated time |',
  '| --- | --- | --- |',
  ...SIMULATED_DEPLOYMENT_RULES.map((r) => `| ${cell(r.subject)} | ${cell(r.rule)} | ${cell(r.duration)} |`),
  '',
  `Traffic: ${TRAFFIC_RULES}`,
].join('\n');

const path = new URL('../docs/codedeploy-simulation.md', import.meta.url);
const doc = readFileSync(path, 'utf8');
const start = doc.indexOf(BEGIN);
const end = doc.indexOf(END);
if (start < 0 || end < start) throw new Error(`docs/codedeploy-simulation.md needs the lines ${BEGIN} and ${END}`);
const updated = `${doc.slice(0, start + BEGIN.length)}\n\n${table}\n\n${doc.slice(end)}`;
const options = await resolveConfig(path.pathname);
writeFileSync(path, await format(updated, { ...options, filepath: path.pathname }));
process.stdout.write(`wrote ${path.pathname}\n`);
