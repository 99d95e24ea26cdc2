import { getOwn } from '../../../core/records';
import type { Operation, SimContext } from '../../../core/simulation';
import { isoAt, MINUTE, simMillis } from '../../../core/time';
import type { ActionTypeId } from '../../../specs/pipeline/types';
import { codepipelineErrors as errors } from '../../errors';
import { epochSeconds, readName, requirePipeline } from '../../operations/common';
import type { ActionExecution } from '../../state';
import type { ActionProvider } from '../contract';
import { emitApprovalNeeded } from '../events';
import { executionErrors } from './errors';
import { actionExecution, completeAction, peekRuntime } from './run';

/**
 * Manual approval (aws-facts §1.8): the action waits, holding its stage, until PutApprovalResult answers it with
 * the token it was given, or until it times out (7 days unless `timeoutInMinutes` says otherwise) and fails like
 * any failed action.
 */

export const APPROVAL_TIMEOUT = 'codepipeline.approval.timeout';
const DEFAULT_TIMEOUT_MINUTES = 7 * 24 * 60;
const SUMMARY_LIMIT = 512;

interface TimeoutPayload {
  actionExecutionId: string;
  token: string;
}

export const isManualApproval = (type: ActionTypeId): boolean =>
  type.category === 'Approval' && type.owner === 'AWS' && type.provider === 'Manual';

/** SNS messages give the expiry to the minute: `2016-07-07T20:22Z`. */
const toMinute = (iso: string) => iso.replace(/:\d{2}\.\d{3}Z$/, 'Z');

export const approvalProvider: ActionProvider = {
  start(ctx, job) {
    const minutes = job.declaration.timeoutInMinutes ?? DEFAULT_TIMEOUT_MINUTES;
    const token = ctx.uuid();
    const expiresAt = simMillis(ctx.now + minutes * MINUTE);
    job.action.approval = { token, expiresAt };
    const payload: TimeoutPayload = { actionExecutionId: job.action.actionExecutionId, token };
    ctx.schedule(minutes * MINUTE, APPROVAL_TIMEOUT, payload);
    const region = ctx.world.account.region;
    const { pipelineName, stageName, actionName } = job.action;
    const consoleLink = `https://console.aws.amazon.com/codepipeline/home?region=${region}#/view/${pipelineName}`;
    const config = job.action.input.resolvedConfiguration;
    emitApprovalNeeded(ctx, {
      region,
      consoleLink,
      ...(config.NotificationArn !== undefined && { notificationArn: config.NotificationArn }),
      approval: {
        pipelineName,
        stageName,
        actionName,
        token,
        expires: toMinute(isoAt(ctx.world.startEpochMs, expiresAt)),
        ...(config.ExternalEntityLink !== undefined && { externalEntityLink: config.ExternalEntityLink }),
        approvalReviewLink: `${consoleLink}/${stageName}/${actionName}/approve/${token}`,
        ...(config.CustomData !== undefined && { customData: config.CustomData }),
      },
    });
  },
};

export function approvalTimedOut(ctx: SimContext, payload: TimeoutPayload): void {
  const action = actionExecution(ctx, payload.actionExecutionId);
  if (!action || action.status !== 'InProgress' || action.approval?.token !== payload.token) return;
  completeAction(ctx, payload.actionExecutionId, {
    result: 'Failed',
    failure: {
      code: 'JobFailed',
      message: `The approval request expired: no one approved or rejected it by ${toMinute(
        isoAt(ctx.world.startEpochMs, action.approval.expiresAt),
      )}.`,
    },
  });
}

function readResult(input: Record<string, unknown>): { status: 'Approved' | 'Rejected'; summary: string } {
  const result = input.result;
  if (result === undefined || result === null) throw errors.required('result');
  if (typeof result !== 'object' || Array.isArray(result))
    throw errors.validation('result', result, 'Member must be a structure');
  const { status, summary } = result as Record<string, unknown>;
  if (status === undefined || status === null) throw errors.required('result.status');
  if (status !== 'Approved' && status !== 'Rejected') {
    throw errors.validation('result.status', status, 'Member must satisfy enum value set: [Approved, Rejected]');
  }
  if (summary === undefined || summary === null) throw errors.required('result.summary');
  if (typeof summary !== 'string' || summary.length > SUMMARY_LIMIT) {
    throw errors.validation(
      'result.summary',
      summary,
      `Member must have length less than or equal to ${SUMMARY_LIMIT}`,
    );
  }
  return { status, summary };
}

function readToken(input: Record<string, unknown>): string {
  const token = input.token;
  if (token === undefined || token === null) throw errors.required('token');
  if (typeof token !== 'string' || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(token)) {
    throw errors.validation(
      'token',
      token,
      'Member must satisfy regular expression pattern: [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    );
  }
  return token;
}

/**
 * PutApprovalResult answers the approval the stage's latest execution is waiting on. A token of an approval that
 * already ended (approved, rejected, timed out or abandoned) is ApprovalAlreadyCompletedException; a token that
 * belongs to no approval of this action, InvalidApprovalTokenException.
 */
export const PutApprovalResult: Operation = (ctx, input) => {
  const pipelineName = readName(input, 'pipelineName');
  const stageName = readName(input, 'stageName');
  const actionName = readName(input, 'actionName');
  const result = readResult(input);
  const token = readToken(input);
  const pipeline = requirePipeline(ctx, pipelineName);
  const stage = pipeline.declaration.stages.find((s) => s.name === stageName);
  if (!stage) throw errors.stageNotFound(stageName, pipelineName);
  if (!stage.actions.some((a) => a.name === actionName)) throw executionErrors.actionNotFound(actionName, stageName);
  const latest = peekRuntime(pipeline, stageName).latestExecutionId;
  const run =
    latest !== undefined ? getOwn(ctx.world.account.codepipeline.executions, latest)?.stages[stageName] : undefined;
  const id = run ? getOwn(run.actionExecutionIds, actionName) : undefined;
  const current = id !== undefined ? actionExecution(ctx, id) : undefined;
  if (current?.approval?.token === token) {
    if (current.status !== 'InProgress') throw executionErrors.approvalCompleted();
    answer(ctx, current, result);
    return { approvedAt: epochSeconds(ctx, ctx.now) };
  }
  const earlier = Object.values(ctx.world.account.codepipeline.actionExecutions).some(
    (a) =>
      a.pipelineName === pipelineName &&
      a.stageName === stageName &&
      a.actionName === actionName &&
      a.approval?.token === token,
  );
  throw earlier ? executionErrors.approvalCompleted() : executionErrors.invalidApprovalToken();
};

function answer(
  ctx: SimContext,
  action: ActionExecution,
  result: { status: 'Approved' | 'Rejected'; summary: string },
) {
  const approval = action.approval;
  if (!approval) return;
  approval.status = result.status;
  approval.summary = result.summary;
  action.updatedBy = ctx.caller.arn;
  completeAction(
    ctx,
    action.actionExecutionId,
    result.status === 'Approved'
      ? { result: 'Succeeded', success: { summary: result.summary } }
      : {
          result: 'Failed',
          failure: { code: 'JobFailed', message: result.summary === '' ? 'Rejected' : `Rejected: ${result.summary}` },
        },
  );
}

export const APPROVAL_TIMERS = { [APPROVAL_TIMEOUT]: approvalTimedOut };
