import type { SimMillis } from '../core/time';

/**
 * CodeGuru Profiler's slice of the account: profiling groups, what their simulated agents are doing, and the
 * aggregated profiles they reported (docs/codeguru-profiler.md).
 */

export type ComputePlatform = 'Default' | 'AWSLambda';

/** The five `AgentParameterField` values ConfigureAgent hands the agent (aws-facts §6.2). */
export interface AgentParameters {
  SamplingIntervalInMilliseconds: number;
  ReportingIntervalInMilliseconds: number;
  MinimumTimeForReportingInMilliseconds: number;
  MemoryUsageLimitPercent: number;
  MaxStackDepth: number;
}

export type AgentParameterField = keyof AgentParameters;

/** The agent's own defaults (aws-facts §6.2): sample every second, report every 5 minutes. */
export const DEFAULT_AGENT_PARAMETERS: AgentParameters = {
  SamplingIntervalInMilliseconds: 1000,
  ReportingIntervalInMilliseconds: 300_000,
  MinimumTimeForReportingInMilliseconds: 30_000,
  MemoryUsageLimitPercent: 10,
  MaxStackDepth: 1000,
};

/** A CodeDeploy deployment group whose instances run the profiled application (simulator-only binding). */
export interface AgentBinding {
  applicationName: string;
  deploymentGroupName: string;
}

/** One class in a heap summary (the Java agent's "heap summary by class"). */
export interface HeapClass {
  className: string;
  instanceCount: number;
  totalBytes: number;
}

/**
 * Samples of every report submitted in one 5-minute window, merged: `stacks` maps a stack (frames from the
 * entry frame down, joined by `;`) to its sample count.
 */
export interface ProfileBucket {
  /** Epoch milliseconds, a multiple of 5 minutes. */
  start: number;
  /** Virtual time the aggregation makes it visible (15 minutes after its last report). */
  visibleAt: SimMillis;
  stacks: Record<string, number>;
  samples: number;
  revisionKeys: string[];
  heap: HeapClass[];
}

/** One report an agent submitted (PostAgentProfile), kept for the console's agent activity list. */
export interface AgentReport {
  at: SimMillis;
  instanceId: string;
  revisionKey: string;
  /** Samples taken since the previous report. */
  samples: number;
  /** Samples beyond the MemoryUsageLimitPercent buffer, dropped before the report. */
  dropped: number;
  maxStackDepth: number;
}

export interface AgentState {
  running: boolean;
  /** Bumped whenever the agent (re)starts, so a timer scheduled before is ignored. */
  generation: number;
  /** When sampling for the next report began. */
  since?: SimMillis;
  nextReportAt?: SimMillis;
}

export interface ProfilingGroup {
  name: string;
  arn: string;
  computePlatform: ComputePlatform;
  profilingEnabled: boolean;
  createdAt: SimMillis;
  updatedAt: SimMillis;
  tags: Record<string, string>;
  agentParameters: AgentParameters;
  binding?: AgentBinding;
  agent: AgentState;
  latestAgentProfileReportedAt?: SimMillis;
  latestAgentOrchestratedAt?: SimMillis;
  buckets: ProfileBucket[];
  reports: AgentReport[];
}

export interface CodeGuruProfilerState {
  profilingGroups: Record<string, ProfilingGroup>;
}

export const emptyCodeGuruProfilerState = (): CodeGuruProfilerState => ({ profilingGroups: {} });

/** Profiling groups per account (aws-facts §6.2, the 2023 quota). */
export const MAX_PROFILING_GROUPS = 50;
