import { z } from 'zod';
import { ScenarioSchema, SCENARIO_VERSION } from '../src/engine';

/** The JSON Schema of scenario files, as committed in docs/ (a test keeps the two in step). */
export function scenarioJsonSchema(): string {
  const schema = z.toJSONSchema(ScenarioSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ title: `CI/CD Lab scenario, version ${SCENARIO_VERSION}`, ...schema }, null, 2)}\n`;
}
