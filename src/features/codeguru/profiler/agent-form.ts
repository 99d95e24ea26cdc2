import type { AgentParameterField } from '../../../api/codeguru-profiler/wire-types';
import { AGENT_PARAMETER_RANGES } from '../../../engine/codeguru-profiler/operations';

/** The five agent parameters in the order the form shows them, with what each changes. */
export const AGENT_FIELDS: readonly (readonly [AgentParameterField, string])[] = [
  [
    'SamplingIntervalInMilliseconds',
    'How often the agent takes a sample of every thread. Halve it and each report holds twice the samples.',
  ],
  [
    'ReportingIntervalInMilliseconds',
    'How often the agent submits what it sampled (periodInSeconds in ConfigureAgent).',
  ],
  [
    'MinimumTimeForReportingInMilliseconds',
    'The agent does not report less than this much data; the reporting interval may not be shorter.',
  ],
  [
    'MemoryUsageLimitPercent',
    'Caps the sample buffer: 60 samples per percent per report; samples beyond it are dropped.',
  ],
  ['MaxStackDepth', 'Frames kept per stack, counted from the entry frame: 2 keeps A and B of A→B→C→D.'],
];

/**
 * Each field's problem, or none: whole numbers in the simulator's range. Whether the reporting interval is at least
 * the minimum reporting time is left to the agent, so its own refusal is what the user sees.
 */
export function agentFormProblems(
  values: Record<AgentParameterField, string>,
): Partial<Record<AgentParameterField, string>> {
  const problems: Partial<Record<AgentParameterField, string>> = {};
  for (const [field] of AGENT_FIELDS) {
    const text = values[field].trim();
    const [min, max] = AGENT_PARAMETER_RANGES[field];
    if (!/^\d+$/.test(text)) problems[field] = 'Enter a whole number.';
    else if (Number(text) < min || Number(text) > max) problems[field] = `Between ${min} and ${max}.`;
  }
  return problems;
}
