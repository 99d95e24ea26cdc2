import { Simulation, type ServiceModule, type SimContext } from '../core/simulation';
import { simMillis } from '../core/time';
import { SERVICES } from '../index';
import type { ActionDeclaration, ActionTypeId, PipelineDeclaration, StageDeclaration } from '../specs/pipeline/types';
import { scenario, SimDriver } from './driver';
import { createWorld, loadScenario } from '../index';
import type { PipelineExecution } from '../codepipeline/state';
import { OUTCOME_TIMER, type OutcomePayload } from './codepipeline-fake-provider';
import {
  completeAction,
  EXECUTION_OPERATIONS,
  EXECUTION_TIMERS,
  releaseInbound,
} from '../codepipeline/execution/core/index';

/**
 * Helpers for the execution core's tests: a world with pipelines written straight into the CodePipeline slice
 * (no control plane needed), declaration builders, and the timer that delivers the stand-in provider's outcomes
 * (codepipeline-fake-provider.ts).
 */

export const ACCOUNT = '123456789012';
export const BUCKET = 'codepipeline-us-east-1-123456789012';
const type = (category: ActionTypeId['category'], provider: string): ActionTypeId => ({
  category,
  owner: 'AWS',
  provider,
  version: '1',
});

export const source = (name = 'Source', extra: Partial<ActionDeclaration> = {}): ActionDeclaration => ({
  name,
  actionTypeId: type('Source', 'CodeCommit'),
  runOrder: 1,
  configuration: { RepositoryName: 'app', BranchName: 'main' },
  outputArtifacts: [{ name: 'SourceArtifact' }],
  ...extra,
});

export const build = (name: string, extra: Partial<ActionDeclaration> = {}): ActionDeclaration => ({
  name,
  actionTypeId: type('Build', 'CodeBuild'),
  runOrder: 1,
  configuration: { ProjectName: name },
  inputArtifacts: [{ name: 'SourceArtifact' }],
  ...extra,
});

export const approval = (name = 'Approve', extra: Partial<ActionDeclaration> = {}): ActionDeclaration => ({
  name,
  actionTypeId: type('Approval', 'Manual'),
  runOrder: 1,
  ...extra,
});

export const stage = (name: string, ...actions: ActionDeclaration[]): StageDeclaration => ({ name, actions });

export function declaration(
  stages: StageDeclaration[],
  extra: Partial<PipelineDeclaration> = {},
  name = 'app-pipeline',
): PipelineDeclaration {
  return {
    name,
    roleArn: `arn:aws:iam::${ACCOUNT}:role/CodePipelineServiceRole`,
    artifactStore: { type: 'S3', location: BUCKET },
    stages,
    version: 1,
    executionMode: 'SUPERSEDED',
    pipelineType: 'V2',
    ...extra,
  };
}

const RELEASE_TIMER = 'test.codepipeline.release';

/**
 * What EnableStageTransition does after removing the disabled transition (the test removes it itself): the
 * waiting execution is released, at the current virtual time.
 */
export function enableTransition(driver: SimDriver, stageName: string, pipelineName = 'app-pipeline') {
  driver.sim.schedule(0, RELEASE_TIMER, { pipelineName, stageName });
  driver.advance('0s');
}

const testModule: ServiceModule = {
  service: 'codepipeline',
  operations: EXECUTION_OPERATIONS,
  timers: {
    ...EXECUTION_TIMERS,
    [OUTCOME_TIMER]: (ctx: SimContext, p: OutcomePayload) => completeAction(ctx, p.actionExecutionId, p.outcome),
    [RELEASE_TIMER]: (ctx: SimContext, p: { pipelineName: string; stageName: string }) =>
      releaseInbound(ctx, p.pipelineName, p.stageName),
  },
};

/** A driver on an empty account holding `pipelines` (no execution started), with the stand-in's timer. */
export function pipelineDriver(...pipelines: PipelineDeclaration[]): SimDriver {
  const loaded = loadScenario(JSON.stringify(scenario()));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  const world = createWorld(loaded.scenario);
  const registered = SERVICES.find((m) => m.service === 'codepipeline');
  const module: ServiceModule = registered
    ? {
        ...registered,
        operations: { ...registered.operations, ...EXECUTION_OPERATIONS },
        timers: { ...registered.timers, ...testModule.timers },
      }
    : testModule;
  const driver = new SimDriver(new Simulation(world, [...SERVICES.filter((m) => m !== registered), module]));
  for (const d of pipelines) {
    world.account.codepipeline.pipelines[d.name] = {
      declaration: d,
      pipelineArn: `arn:aws:codepipeline:us-east-1:${ACCOUNT}:${d.name}`,
      created: simMillis(0),
      updated: simMillis(0),
      tags: [],
      disabledTransitions: {},
      stages: {},
      lastSeenSourceRevisions: {},
    };
  }
  return driver;
}

export const start = (driver: SimDriver, name = 'app-pipeline', input: Record<string, unknown> = {}) =>
  driver.ok<{ pipelineExecutionId: string }>('codepipeline', 'StartPipelineExecution', { name, ...input })
    .pipelineExecutionId;

export function executionOf(driver: SimDriver, id: string): PipelineExecution {
  const e = driver.sim.world.account.codepipeline.executions[id];
  if (!e) throw new Error(`no execution ${id}`);
  return e;
}

/** The CodePipeline events of the log as `stage/action STATE` lines (`pipeline STARTED`, `Build STARTED`, ...). */
export function timeline(driver: SimDriver, executionId?: string): string[] {
  return driver.log
    .filter((e) => e.source === 'aws.codepipeline')
    .filter((e) => executionId === undefined || e.detail['execution-id'] === executionId)
    .map((e) => {
      const d = e.detail as { stage?: string; action?: string; state: string };
      const what = d.action !== undefined ? `${d.stage}/${d.action}` : (d.stage ?? 'pipeline');
      return `${what} ${d.state}`;
    });
}

/** Sets what an action of the stand-in answers (`actionOutcomes`), by `<stage>/<action>` of `app-pipeline`. */
export function plan(
  driver: SimDriver,
  path: string,
  outcome: {
    result: 'Succeeded' | 'Failed';
    durationSeconds?: number;
    message?: string;
    outputVariables?: Record<string, string>;
  },
  pipelineName = 'app-pipeline',
) {
  driver.sim.world.account.codepipeline.actionOutcomes[`${pipelineName}/${path}`] = {
    durationSeconds: 10,
    ...outcome,
  };
}
