import type { DeploymentInfo, LifecycleEvent } from '../../../api/codedeploy/deployment-types';

/** A failure told plainly: what happened, why CodeDeploy did it, and what to change. */
export interface FailureExplanation {
  title: string;
  what: string;
  why: string;
  fix: string;
}

const DEPLOYMENT_ERRORS: Record<string, FailureExplanation> = {
  HEALTH_CONSTRAINTS: {
    title: 'Too few healthy instances',
    what: 'The deployment stopped because too many instances failed, or too few healthy instances were left.',
    why: 'CodeDeploy never lets the number of healthy instances fall below the minimum the deployment configuration sets. When a batch fails and the healthy count reaches that minimum, it cancels the remaining batches.',
    fix: 'Open the failed targets below and read the first failed lifecycle event: a script that exits non-zero, a script that runs past its timeout, an agent that is not running, or a DownloadBundle the instance cannot read. Fix that cause, then redeploy.',
  },
  HEALTH_CONSTRAINTS_INVALID: {
    title: 'The minimum healthy hosts cannot be met',
    what: 'The deployment failed before touching any instance.',
    why: 'The minimum number of healthy instances is computed when the deployment starts (a percentage rounds up). If the group already has no more healthy instances than that, deploying to even one would break the rule.',
    fix: 'Lower the minimum healthy hosts (use a configuration such as HalfAtATime or a custom one) or add instances to the deployment group.',
  },
  NO_INSTANCES: {
    title: 'No instances to deploy to',
    what: 'The deployment found no instances.',
    why: "No running instance matched the deployment group's tag filters, and its Auto Scaling groups had no instances.",
    fix: 'Check the tag filters (keys and values are case sensitive) or the Auto Scaling group names of the deployment group, and that the instances are running.',
  },
  ALARM_ACTIVE: {
    title: 'An alarm stopped the deployment',
    what: 'A CloudWatch alarm watched by the deployment group went into ALARM, so CodeDeploy stopped the deployment.',
    why: 'Alarms in the deployment group are checked during the deployment; one in ALARM means the new revision is hurting the application (for example its error rate rose).',
    fix: 'Look at the errors per version on the traffic chart, fix the revision, and deploy again. With rollback on alarm enabled, CodeDeploy already redeployed the last good revision.',
  },
  MANUAL_STOP: {
    title: 'Stopped by a user',
    what: 'Someone stopped the deployment (StopDeployment).',
    why: 'Instances that had already finished keep the new revision; the ones in progress stop where they were. A rollback happens only if it was asked for or the group rolls back on stop.',
    fix: 'Retry the deployment, or redeploy the last good revision if the fleet is left with mixed revisions.',
  },
  AGENT_ISSUE: {
    title: 'The CodeDeploy agent did not answer',
    what: 'The deployment could not run because the CodeDeploy agent is not installed or not running on the instances.',
    why: 'Every lifecycle event on an EC2 instance is carried out by the agent, which polls CodeDeploy for work.',
    fix: 'Install and start the agent (sudo service codedeploy-agent start) and make sure it starts at boot.',
  },
  TIMEOUT: {
    title: 'The deployment timed out',
    what: 'The deployment ran past the time CodeDeploy allows.',
    why: 'Each lifecycle event has a one-hour window, and each kind of deployment has an overall limit.',
    fix: 'Look for a lifecycle event that never finished (an instance that disappeared, an agent that stopped, a hook that never reported its status).',
  },
  HOOK_EXECUTION_FAILURE: {
    title: 'A lifecycle hook failed',
    what: 'A lifecycle hook function reported Failed, or never reported within an hour.',
    why: 'For Lambda and ECS, each hook is a Lambda function that must call PutLifecycleEventHookExecutionStatus with Succeeded or Failed.',
    fix: "Read the hook function's logs, fix the check it makes, and make sure it always reports its status.",
  },
  IAM_ROLE_MISSING: {
    title: 'The service role is missing',
    what: "CodeDeploy could not assume the deployment group's service role.",
    why: 'CodeDeploy acts on your instances, load balancers and functions through that role.',
    fix: 'Create the role with the AWSCodeDeployRole policy and a trust policy for codedeploy.amazonaws.com, and set it on the deployment group.',
  },
  IAM_ROLE_PERMISSIONS: {
    title: 'The service role lacks permissions',
    what: 'The service role did not allow an action CodeDeploy needed.',
    why: 'CodeDeploy works through the role; anything it may not do fails the deployment.',
    fix: 'Attach the managed policy for the platform (AWSCodeDeployRole, AWSCodeDeployRoleForLambda or AWSCodeDeployRoleForECS).',
  },
  OVER_MAX_INSTANCES: {
    title: 'Too many instances',
    what: 'The deployment targeted more instances than one deployment may.',
    why: 'A deployment may target at most 1,000 instances.',
    fix: 'Narrow the tag filters or split the fleet into several deployment groups.',
  },
  APPLICATION_MISSING: {
    title: 'The application was deleted',
    what: 'The application was deleted after the deployment was created.',
    why: 'A deployment needs its application until it finishes.',
    fix: 'Create the application again and deploy again.',
  },
  DEPLOYMENT_GROUP_MISSING: {
    title: 'The deployment group was deleted',
    what: 'The deployment group was deleted after the deployment was created.',
    why: 'A deployment needs its deployment group until it finishes.',
    fix: 'Create the deployment group again and deploy again.',
  },
  REVISION_MISSING: {
    title: 'The revision is missing',
    what: 'The revision could not be found where the deployment said it was.',
    why: 'CodeDeploy reads the bundle from S3 (or the inline AppSpec) when the deployment runs.',
    fix: 'Upload the bundle again (check the bucket, key, version and ETag) and deploy again.',
  },
};

const SCRIPT_ERRORS: Record<string, Omit<FailureExplanation, 'what'>> = {
  ScriptFailed: {
    title: 'A script failed',
    why: 'The script named by the hook exited with a non-zero status; CodeDeploy treats that as a failure of the lifecycle event.',
    fix: 'Read the log tail below, fix the script (or the application it checks), and redeploy. Scripts must exit 0 on success.',
  },
  ScriptTimedOut: {
    title: 'A script ran past its timeout',
    why: "Each hook script has a timeout (the appspec's timeout, at most 3600 seconds); when it runs longer, the agent stops waiting and fails the event.",
    fix: 'Make the script finish sooner (do not wait for something that never comes), or raise its timeout in appspec.yml.',
  },
  ScriptMissing: {
    title: 'A script is missing',
    why: 'The appspec names a script that is not in the revision at that path.',
    fix: 'Add the script to the bundle or correct its location in appspec.yml (paths are relative to the revision root).',
  },
  ScriptNotExecutable: {
    title: 'A script is not executable',
    why: 'The agent runs scripts directly, so they need the executable bit.',
    fix: 'chmod +x the script before bundling, or set its mode in the appspec permissions section.',
  },
};

const NOT_OPENED_FOR_READING: Omit<FailureExplanation, 'what'> = {
  title: 'The instance could not download the revision',
  why: 'DownloadBundle fails with "not opened for reading" when the instance profile may not read the revision from S3 (s3:GetObject), or when the bucket is in another Region than the instances; rarely it is an internal S3 error.',
  fix: "Give the instance profile s3:GetObject on the revision bucket and keep the bucket in the instances' Region, then redeploy.",
};

const CLOCK_SKEW: Omit<FailureExplanation, 'what'> = {
  title: 'The instance clock is wrong',
  why: 'The agent signs every call to CodeDeploy with the instance time; when the clock is off by more than 15 minutes the signature is refused ("Signature expired"), so the agent never receives its work.',
  fix: 'Synchronise the instance clock (chrony, NTP or the Amazon Time Sync Service), then redeploy.',
};

const AGENT_NOT_RUNNING: Omit<FailureExplanation, 'what'> = {
  title: 'The CodeDeploy agent is not running',
  why: 'On EC2 every lifecycle event is run by the agent; with no agent polling, the events never start and are reported as failed or skipped.',
  fix: 'Install the agent and start it (sudo service codedeploy-agent start); check that the instance can reach CodeDeploy and S3 on port 443.',
};

/** Explains one failed lifecycle event from its diagnostics, most specific cause first. */
export function explainLifecycleFailure(event: LifecycleEvent): FailureExplanation | undefined {
  const d = event.diagnostics;
  if (event.status !== 'Failed' || !d) return undefined;
  const where = `${event.lifecycleEventName} failed${d.scriptName ? ` in ${d.scriptName}` : ''}: ${d.message ?? d.errorCode ?? 'no message'}`;
  const text = `${d.message ?? ''}\n${d.logTail ?? ''}`;
  if (/signature expired|InvalidSignatureException/i.test(text)) return { ...CLOCK_SKEW, what: where };
  if (/not opened for reading/i.test(text)) return { ...NOT_OPENED_FOR_READING, what: where };
  if (/agent/i.test(text) && /not (running|installed)|no agent|stopped/i.test(text))
    return { ...AGENT_NOT_RUNNING, what: where };
  const script = d.errorCode ? SCRIPT_ERRORS[d.errorCode] : undefined;
  return script ? { ...script, what: where } : undefined;
}

/** Explains a deployment's errorInformation; unknown codes still show the service's own message. */
export function explainDeploymentError(error: NonNullable<DeploymentInfo['errorInformation']>): FailureExplanation {
  const known = error.code ? DEPLOYMENT_ERRORS[error.code] : undefined;
  if (known) return known;
  return {
    title: error.code ?? 'The deployment failed',
    what: error.message ?? 'CodeDeploy gave no message.',
    why: 'See the message from CodeDeploy above.',
    fix: 'Open the failed targets below for the first lifecycle event that failed.',
  };
}

/** The first failed lifecycle event across targets: the place to start reading. */
export function firstFailedEvent(
  targets: { targetId: string; lifecycleEvents?: LifecycleEvent[] }[],
): { targetId: string; event: LifecycleEvent } | undefined {
  let first: { targetId: string; event: LifecycleEvent } | undefined;
  for (const t of targets) {
    for (const event of t.lifecycleEvents ?? []) {
      if (event.status !== 'Failed') continue;
      if (!first || (event.startTime ?? Infinity) < (first.event.startTime ?? Infinity))
        first = { targetId: t.targetId, event };
    }
  }
  return first;
}
