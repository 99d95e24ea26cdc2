import { useQueries } from '@tanstack/react-query';
import type { PipelineDeclaration } from '../../engine/specs/pipeline/types';
import { getPipelineQueryOptions } from './get-pipeline';
import { getPipelineStateQueryOptions, type PipelineStateWire } from './get-pipeline-state';
import { usePipelines } from './list-pipelines';

/** A manual approval default timeout: 7 days (aws-facts §1.8). */
export const DEFAULT_APPROVAL_TIMEOUT_MINUTES = 7 * 24 * 60;

export interface PendingApproval {
  pipelineName: string;
  stageName: string;
  actionName: string;
  /** What PutApprovalResult must quote. */
  token: string;
  pipelineExecutionId?: string;
  /** Epoch ms the action started waiting. */
  since?: number;
  /** Epoch ms the approval fails on its own unless answered. */
  expiresAt?: number;
}

/**
 * The manual approvals of a pipeline that wait for an answer: Approval actions whose latest run is in progress
 * with a token. The expiry is the action's start plus its `timeoutInMinutes` (default 7 days).
 */
export function pendingApprovals(declaration: PipelineDeclaration, state: PipelineStateWire): PendingApproval[] {
  const pending: PendingApproval[] = [];
  for (const stage of declaration.stages) {
    const stageState = state.stageStates?.find((s) => s.stageName === stage.name);
    for (const action of stage.actions) {
      if (action.actionTypeId.category !== 'Approval') continue;
      const latest = stageState?.actionStates?.find((a) => a.actionName === action.name)?.latestExecution;
      if (latest?.status !== 'InProgress' || !latest.token) continue;
      const since = latest.lastStatusChange === undefined ? undefined : Math.round(latest.lastStatusChange * 1000);
      const timeout = action.timeoutInMinutes ?? DEFAULT_APPROVAL_TIMEOUT_MINUTES;
      pending.push({
        pipelineName: declaration.name,
        stageName: stage.name,
        actionName: action.name,
        token: latest.token,
        pipelineExecutionId: stageState?.latestExecution?.pipelineExecutionId,
        since,
        expiresAt: since === undefined ? undefined : since + timeout * 60_000,
      });
    }
  }
  return pending;
}

/** Every approval waiting in the account, soonest to expire first. */
export function usePendingApprovals() {
  const pipelines = usePipelines();
  const names = pipelines.data?.map((p) => p.name ?? '') ?? [];
  const declarations = useQueries({ queries: names.map((name) => getPipelineQueryOptions(name)) });
  const states = useQueries({ queries: names.map((name) => getPipelineStateQueryOptions(name)) });
  const approvals: PendingApproval[] = [];
  names.forEach((_, i) => {
    const declaration = declarations[i]?.data?.pipeline;
    const state = states[i]?.data;
    if (declaration && state) approvals.push(...pendingApprovals(declaration, state));
  });
  approvals.sort((a, b) => (a.expiresAt ?? Infinity) - (b.expiresAt ?? Infinity));
  const error = pipelines.error ?? declarations.find((q) => q.error)?.error ?? states.find((q) => q.error)?.error;
  const isPending = pipelines.isPending || declarations.some((q) => q.isPending) || states.some((q) => q.isPending);
  return { approvals, error, isPending };
}
