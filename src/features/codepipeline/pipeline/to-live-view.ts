import type { PipelineStateWire } from '../../../api/codepipeline/get-pipeline-state';
import type { ActionExecutionDetailWire } from '../../../api/codepipeline/list-action-executions';
import { pendingApprovals } from '../../../api/codepipeline/pending-approvals';
import { formatCountdown } from '../../../components/format/time';
import type { PipelineDeclaration } from '../../../engine/specs/pipeline/types';
import type { LiveAction, LiveStage, LiveStatus, LiveView } from '../graph/live-status';
import { epochMs } from '../shared/format';
import { buildPath, deploymentPath, reviewPath } from '../shared/paths';

/** Where an action's external run lives in this console, by provider: the build or the deployment. */
function externalPath(provider: string, externalExecutionId: string | undefined): string | undefined {
  if (!externalExecutionId) return undefined;
  if (provider === 'CodeBuild') return buildPath(externalExecutionId);
  if (provider === 'CodeDeploy' || provider === 'CodeDeployToECS') return deploymentPath(externalExecutionId);
  return undefined;
}

/**
 * What the graph lays over the declaration, from GetPipelineState: each stage's and action's latest status,
 * one line of summary (a countdown for a waiting approval), a link to the build, deployment or review,
 * disabled transitions and the executions waiting to enter. ListActionExecutions fills in the external IDs
 * the state does not carry.
 */
export function toLiveView(
  declaration: PipelineDeclaration,
  state: PipelineStateWire,
  actionExecutions: readonly ActionExecutionDetailWire[],
  nowMs: number | undefined,
): LiveView {
  const approvals = pendingApprovals(declaration, state);
  const stages: Record<string, LiveStage> = {};
  for (const stage of declaration.stages) {
    const stageState = state.stageStates?.find((s) => s.stageName === stage.name);
    const latestExecutionId = stageState?.latestExecution?.pipelineExecutionId;
    const actions: Record<string, LiveAction> = {};
    for (const action of stage.actions) {
      const latest = stageState?.actionStates?.find((a) => a.actionName === action.name)?.latestExecution;
      if (!latest) {
        actions[action.name] = {};
        continue;
      }
      const detail = actionExecutions.find(
        (d) =>
          d.stageName === stage.name &&
          d.actionName === action.name &&
          (latest.actionExecutionId ? d.actionExecutionId === latest.actionExecutionId : true),
      );
      const externalId = latest.externalExecutionId ?? detail?.output?.executionResult?.externalExecutionId;
      const approval = approvals.find((a) => a.stageName === stage.name && a.actionName === action.name);
      const path = approval
        ? reviewPath(declaration.name, stage.name, action.name)
        : externalPath(action.actionTypeId.provider, externalId);
      actions[action.name] = {
        status: latest.status as LiveStatus | undefined,
        summary:
          approval?.expiresAt !== undefined && nowMs !== undefined
            ? `Waiting for approval (${formatCountdown(approval.expiresAt - nowMs)} left)`
            : (latest.errorDetails?.message ?? latest.summary),
        href: path && `#${path}`,
        lastStatusChange: epochMs(latest.lastStatusChange),
      };
    }
    const inbound =
      stageState?.inboundExecutions ?? (stageState?.inboundExecution ? [stageState.inboundExecution] : []);
    stages[stage.name] = {
      status: stageState?.latestExecution?.status as LiveStatus | undefined,
      pipelineExecutionId: latestExecutionId,
      actions,
      transitionDisabledReason:
        stageState?.inboundTransitionState?.enabled === false
          ? (stageState.inboundTransitionState.disabledReason ?? '')
          : undefined,
      inboundExecutionIds: inbound.flatMap((e) => (e.pipelineExecutionId ? [e.pipelineExecutionId] : [])),
    };
  }
  return { stages };
}
