import type { SimContext } from '../../core/simulation';
import type { ActionDeclaration } from '../../specs/pipeline/types';
import type { ActionExecution, ArtifactLocation, PipelineExecution } from '../state';

/**
 * The seam between the execution core (stages, runOrder, modes, stop, retry: execution/core) and the
 * providers that really do an action's work (execution/actions). The core creates the ActionExecution,
 * resolves variables and input artifacts, then calls the provider's `start`; the provider finishes the
 * action, now or later (a build's or deployment's events, a timer), through `completeAction`.
 */
export interface ActionJob {
  execution: PipelineExecution;
  action: ActionExecution;
  declaration: ActionDeclaration;
  /** The pipeline's artifact store bucket for the action's Region. */
  artifactBucket: string;
}

export interface ActionProvider {
  start(ctx: SimContext, job: ActionJob): void;
  /** Stop and abandon: end the work in the other service (stop the build, the deployment) if it can be. */
  abandon?(ctx: SimContext, job: ActionJob): void;
}

export interface ActionSuccess {
  summary?: string;
  externalExecutionId?: string;
  externalExecutionUrl?: string;
  outputArtifacts?: { name: string; location: ArtifactLocation }[];
  outputVariables?: Record<string, string>;
  /** Source actions: the revision the execution records in `sourceRevisions`. */
  sourceRevision?: { revisionId: string; revisionSummary?: string; revisionUrl?: string };
}

export interface ActionFailure {
  /** FailureType (`JobFailed`, `ConfigurationError`, `PermissionError`, `RevisionUnavailable`, ...). */
  code: string;
  message: string;
  externalExecutionId?: string;
  externalExecutionUrl?: string;
}

export type ActionOutcome =
  { result: 'Succeeded'; success: ActionSuccess } | { result: 'Failed'; failure: ActionFailure };
