import { z } from 'zod';

/** CodeGuru Profiler's slice of a saved world; mirrors state.ts. */

const time = z.number();
const parameters = z.strictObject({
  SamplingIntervalInMilliseconds: z.number().int(),
  ReportingIntervalInMilliseconds: z.number().int(),
  MinimumTimeForReportingInMilliseconds: z.number().int(),
  MemoryUsageLimitPercent: z.number().int(),
  MaxStackDepth: z.number().int(),
});
const heapClass = z.strictObject({ className: z.string(), instanceCount: z.number(), totalBytes: z.number() });

const profilingGroup = z.strictObject({
  name: z.string(),
  arn: z.string(),
  computePlatform: z.enum(['Default', 'AWSLambda']),
  profilingEnabled: z.boolean(),
  createdAt: time,
  updatedAt: time,
  tags: z.record(z.string(), z.string()),
  agentParameters: parameters,
  binding: z.strictObject({ applicationName: z.string(), deploymentGroupName: z.string() }).optional(),
  agent: z.strictObject({
    running: z.boolean(),
    generation: z.number().int(),
    since: time.optional(),
    nextReportAt: time.optional(),
  }),
  latestAgentProfileReportedAt: time.optional(),
  latestAgentOrchestratedAt: time.optional(),
  buckets: z.array(
    z.strictObject({
      start: z.number(),
      visibleAt: time,
      stacks: z.record(z.string(), z.number()),
      samples: z.number(),
      revisionKeys: z.array(z.string()),
      heap: z.array(heapClass),
    }),
  ),
  reports: z.array(
    z.strictObject({
      at: time,
      instanceId: z.string(),
      revisionKey: z.string(),
      samples: z.number(),
      dropped: z.number(),
      maxStackDepth: z.number(),
    }),
  ),
});

export const CodeGuruProfilerStateSchema = z.strictObject({
  profilingGroups: z.record(z.string(), profilingGroup),
});
