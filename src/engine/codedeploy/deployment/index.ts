import type { EventListener, TimerHandler } from '../../core/simulation';
import { getOwn } from '../../core/records';
import { CreateDeployment } from './create';
import {
  BatchGetDeploymentInstances,
  BatchGetDeploymentTargets,
  BatchGetDeployments,
  ContinueDeployment,
  GetDeployment,
  GetDeploymentInstance,
  GetDeploymentTarget,
  InjectDeploymentFault,
  ListDeploymentInstances,
  ListDeployments,
  ListDeploymentTargets,
  PutLifecycleEventHookExecutionStatus,
  StopDeployment,
} from './operations';
import {
  HOOK_REPORT_TIMER,
  HOOK_TIMEOUT_TIMER,
  SHIFT_TIMER,
  START_TIMER,
  STEP_TIMER,
  WAIT_TIMER,
  deploymentStarted,
  hookReportTimer,
  hookTimedOut,
  isActive,
  shiftTimer,
  stepTimer,
  stopOnAlarm,
  waitTimer,
} from './run';

/** The deployment operations CodeDeploy's module registers (plus the simulator's fault operation). */
export const DEPLOYMENT_OPERATIONS = {
  CreateDeployment,
  GetDeployment,
  BatchGetDeployments,
  ListDeployments,
  StopDeployment,
  ContinueDeployment,
  ListDeploymentTargets,
  BatchGetDeploymentTargets,
  GetDeploymentTarget,
  ListDeploymentInstances,
  BatchGetDeploymentInstances,
  GetDeploymentInstance,
  PutLifecycleEventHookExecutionStatus,
  InjectDeploymentFault,
};

export const DEPLOYMENT_TIMERS: Record<string, TimerHandler> = {
  [START_TIMER]: deploymentStarted,
  [STEP_TIMER]: stepTimer,
  [SHIFT_TIMER]: shiftTimer,
  [HOOK_REPORT_TIMER]: hookReportTimer,
  [HOOK_TIMEOUT_TIMER]: hookTimedOut,
  [WAIT_TIMER]: waitTimer,
};

/** An alarm went into ALARM: stop the running deployments of the groups that watch it (ALARM_ACTIVE). */
export const onAlarmStateChange: EventListener = (ctx, event) => {
  if (event.source !== 'aws.cloudwatch' || event.detailType !== 'CloudWatch Alarm State Change') return;
  const state = event.detail.state as { value?: string } | undefined;
  if (state?.value !== 'ALARM') return;
  const codedeploy = ctx.world.account.codedeploy;
  for (const id of codedeploy.deploymentOrder) {
    const d = getOwn(codedeploy.deployments, id);
    if (d && isActive(d) && d.execution) stopOnAlarm(ctx, d);
  }
};
