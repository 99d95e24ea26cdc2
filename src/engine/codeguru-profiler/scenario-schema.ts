import { z } from 'zod';
import { DEFAULT_AGENT_PARAMETERS } from './state';

/**
 * The `codeguruProfiler` part of a scenario: profiling groups, each optionally bound to the CodeDeploy deployment
 * group whose instances run the profiled application (the simulator's stand-in for installing the agent there).
 */
const name = z.string().regex(/^[\w-]{1,255}$/, 'Profiling group names are 1-255 letters, digits, _ and -');

const agentParameters = z.strictObject({
  SamplingIntervalInMilliseconds: z.number().int().min(10).max(60_000).optional(),
  ReportingIntervalInMilliseconds: z.number().int().min(1_000).max(3_600_000).optional(),
  MinimumTimeForReportingInMilliseconds: z.number().int().min(1_000).max(3_600_000).optional(),
  MemoryUsageLimitPercent: z.number().int().min(1).max(100).optional(),
  MaxStackDepth: z.number().int().min(1).max(10_000).optional(),
});

const profilingGroup = z.strictObject({
  name,
  computePlatform: z.enum(['Default', 'AWSLambda']).default('Default'),
  profilingEnabled: z.boolean().default(true),
  tags: z.record(z.string(), z.string()).default({}),
  agentParameters: agentParameters
    .optional()
    .describe(`Overrides of the agent defaults (${JSON.stringify(DEFAULT_AGENT_PARAMETERS)}).`),
  agent: z
    .strictObject({ applicationName: z.string(), deploymentGroupName: z.string() })
    .optional()
    .describe(
      'The CodeDeploy deployment group whose instances run the profiled application: the agent reports from each running instance a deployment of that group installed.',
    ),
});

export const CodeGuruProfilerScenarioSchema = z
  .strictObject({ profilingGroups: z.array(profilingGroup).default([]) })
  .describe('CodeGuru Profiler profiling groups (docs/codeguru-profiler.md).');

export const EMPTY_CODEGURU_PROFILER_SCENARIO = { profilingGroups: [] };

export type CodeGuruProfilerScenario = z.infer<typeof CodeGuruProfilerScenarioSchema>;
