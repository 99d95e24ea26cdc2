/** The wire shapes of CodeGuru Profiler (timestamps are ISO strings on the wire). */
import type {
  Anomaly as SdkAnomaly,
  FindingsReportSummary as SdkFindingsReportSummary,
  Recommendation as SdkRecommendation,
} from '@aws-sdk/client-codeguruprofiler';

type Wire<T> = {
  [K in keyof T]: T[K] extends Date | undefined ? string : T[K] extends (infer U)[] | undefined ? Wire<U>[] : T[K];
};

export interface ProfilingGroupDescription {
  name: string;
  arn: string;
  computePlatform: 'Default' | 'AWSLambda';
  agentOrchestrationConfig: { profilingEnabled: boolean };
  createdAt: string;
  updatedAt: string;
  profilingStatus: {
    latestAgentProfileReportedAt?: string;
    latestAggregatedProfile?: { start: string; period: string };
    latestAgentOrchestratedAt?: string;
  };
  tags: Record<string, string>;
}

export type Recommendation = Omit<Wire<SdkRecommendation>, 'pattern' | 'topMatches'> & {
  pattern: NonNullable<SdkRecommendation['pattern']>;
  topMatches: NonNullable<SdkRecommendation['topMatches']>;
};
export type Anomaly = Omit<SdkAnomaly, 'instances'> & {
  instances: { id: string; startTime: string; endTime?: string }[];
};
export type FindingsReportSummary = Wire<SdkFindingsReportSummary>;

export type AgentParameterField =
  | 'SamplingIntervalInMilliseconds'
  | 'ReportingIntervalInMilliseconds'
  | 'MinimumTimeForReportingInMilliseconds'
  | 'MemoryUsageLimitPercent'
  | 'MaxStackDepth';

/** The simulator's view of a group's agent (DescribeSimulatedAgent). */
export interface SimulatedAgent {
  profilingGroupName: string;
  agentParameters: Record<AgentParameterField, number>;
  defaults: Record<AgentParameterField, number>;
  configuration: { shouldProfile: boolean; periodInSeconds: number; agentParameters: Record<string, string> };
  binding?: { applicationName: string; deploymentGroupName: string };
  running: boolean;
  nextReportAt?: string;
  instanceIds: string[];
  reports: {
    at: string;
    instanceId: string;
    revisionKey: string;
    samples: number;
    dropped: number;
    maxStackDepth: number;
  }[];
}

export interface CallGraphNode {
  counts?: { WALL_TIME: number };
  children?: Record<string, CallGraphNode>;
}

/** GetProfile's JSON document (docs/codeguru-profiler.md). */
export interface ProfileDocument {
  start: number;
  end: number;
  agentMetadata: { sampleWeights: { WALL_TIME: number }; durationInMs: number; totalSampleCount: number };
  callgraph: CallGraphNode;
  heapSummary: { className: string; instanceCount: number; totalBytes: number }[];
  revisions: string[];
}
