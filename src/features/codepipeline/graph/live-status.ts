/**
 * What the live view lays over the graph (built from GetPipelineState by the pipeline page, drawn by the graph):
 * the status of each stage and action of the latest execution, and the transitions that are disabled.
 */
export type LiveStatus =
  'InProgress' | 'Succeeded' | 'Failed' | 'Stopped' | 'Stopping' | 'Abandoned' | 'Cancelled' | 'Skipped' | 'Superseded';

export interface LiveAction {
  status?: LiveStatus;
  /** One line: "Build 7 succeeded", "Waiting for approval (6 days 23 h left)". */
  summary?: string;
  /** In-app link (hash route) to the build, deployment or approval the action ran. */
  href?: string;
  /** The action execution's start, as virtual epoch ms. */
  lastStatusChange?: number;
}

export interface LiveStage {
  status?: LiveStatus;
  pipelineExecutionId?: string;
  actions: Record<string, LiveAction>;
  /** The transition into this stage is disabled (reason as entered). */
  transitionDisabledReason?: string;
  /** Executions waiting to enter the stage. */
  inboundExecutionIds: string[];
}

export interface LiveView {
  stages: Record<string, LiveStage>;
}
