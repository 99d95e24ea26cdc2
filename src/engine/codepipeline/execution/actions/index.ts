import type { EventListener, TimerHandler } from '../../../core/simulation';
import type { ActionTypeId } from '../../../specs/pipeline/types';
import type { ActionProvider } from '../contract';
import { onPipelineEvent, onSourceChange, POLL_TIMER, pollForSourceChanges } from '../triggers';
import { cloudFormationAction } from './cloudformation';
import { codeBuildAction, onBuildStateChange } from './codebuild';
import { codeDeployAction, codeDeployToEcsAction, onDeploymentStateChange } from './codedeploy';
import { ACTION_OUTCOME_TIMER, failSoon, outcomeArrived } from './job';
import { s3Deploy } from './s3-deploy';
import { simulatedAction } from './simulated';
import { codeCommitSource, connectionSource, ecrSource, s3Source } from './sources';

/** An action type the simulated account has nothing to run against: it fails with the reason, in plain words. */
const cannotRun = (why: string): ActionProvider => ({
  start: (ctx, job) => failSoon(ctx, job, 'JobFailed', why),
});

const PROVIDERS: ReadonlyMap<string, ActionProvider> = new Map([
  ['AWS/Source/CodeCommit', codeCommitSource],
  ['AWS/Source/CodeStarSourceConnection', connectionSource],
  ['AWS/Source/S3', s3Source],
  ['AWS/Source/ECR', ecrSource],
  ['AWS/Build/CodeBuild', codeBuildAction],
  ['AWS/Test/CodeBuild', codeBuildAction],
  ['AWS/Deploy/CodeDeploy', codeDeployAction],
  ['AWS/Deploy/S3', s3Deploy],
  ['AWS/Deploy/CloudFormation', cloudFormationAction],
  ['AWS/Deploy/CodeDeployToECS', codeDeployToEcsAction],
  [
    'AWS/Deploy/ECS',
    cannotRun(
      'The simulated ECS services are deployed by CodeDeploy (blue/green) only; an ECS standard deploy from imagedefinitions.json cannot run.',
    ),
  ],
  ['AWS/Deploy/ElasticBeanstalk', simulatedAction],
  ['AWS/Test/DeviceFarm', simulatedAction],
  ['AWS/Invoke/Lambda', simulatedAction],
  ['AWS/Invoke/StepFunctions', simulatedAction],
  ['AWS/Compute/Commands', simulatedAction],
]);

/** The provider that runs actions of this type, or undefined when the simulator has none (the action fails). */
export function providerFor(type: ActionTypeId): ActionProvider | undefined {
  const provider = PROVIDERS.get(`${type.owner}/${type.category}/${type.provider}`);
  if (provider) return provider;
  // A custom action (Jenkins or any other registered provider) has no job worker in the simulator.
  return type.owner === 'Custom' && (type.category === 'Build' || type.category === 'Test')
    ? simulatedAction
    : undefined;
}

/** Builds, deployments and pushes finishing or starting actions and executions (the module's onEvent). */
export const onServiceEvent: EventListener = (ctx, event) => {
  switch (event.source) {
    case 'aws.codebuild':
      onBuildStateChange(ctx, event);
      return;
    case 'aws.codedeploy':
      onDeploymentStateChange(ctx, event);
      return;
    case 'aws.codecommit':
      onSourceChange(ctx, event);
      return;
    case 'aws.codepipeline':
      onPipelineEvent(ctx, event);
      return;
  }
};

export const ACTION_TIMERS: Record<string, TimerHandler> = {
  [ACTION_OUTCOME_TIMER]: outcomeArrived,
  [POLL_TIMER]: pollForSourceChanges,
};
