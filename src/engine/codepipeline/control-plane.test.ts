import { describe, expect, it } from 'vitest';
import { ACTION_TYPES } from '../specs/pipeline/providers';
import { SimDriver } from '../testing/driver';
import { ACCOUNT, codepipelineScenario, declaration, ROLE_ARN } from './test-world';

const driver = () => SimDriver.from(codepipelineScenario());
const ok = <T = Record<string, unknown>>(d: SimDriver, operation: string, input: Record<string, unknown> = {}) =>
  d.ok<T>('codepipeline', operation, input);
const errorOf = (d: SimDriver, operation: string, input: Record<string, unknown>) => {
  const result = d.call('codepipeline', operation, input);
  if (result.ok) throw new Error(`${operation} succeeded`);
  return result.error;
};
const START = Date.parse('2026-01-05T09:00:00Z') / 1000;

describe('CodePipeline pipelines', () => {
  it('creates a pipeline at version 1 with the defaults and starts its first execution as the caller', () => {
    const d = driver();
    const { pipeline } = ok<{ pipeline: Record<string, unknown> }>(d, 'CreatePipeline', {
      pipeline: declaration(),
      tags: [{ key: 'team', value: 'web' }],
    });
    expect(pipeline).toMatchObject({
      name: 'web-pipeline',
      version: 1,
      pipelineType: 'V1',
      executionMode: 'SUPERSEDED',
    });
    const { pipelineExecutionSummaries } = ok<{ pipelineExecutionSummaries: Record<string, unknown>[] }>(
      d,
      'ListPipelineExecutions',
      { pipelineName: 'web-pipeline' },
    );
    expect(pipelineExecutionSummaries).toMatchObject([
      {
        status: 'InProgress',
        trigger: { triggerType: 'CreatePipeline', triggerDetail: `arn:aws:iam::${ACCOUNT}:user/cicdlab-user` },
      },
    ]);

    const got = ok<{ pipeline: Record<string, unknown>; metadata: Record<string, unknown> }>(d, 'GetPipeline', {
      name: 'web-pipeline',
    });
    expect(got.pipeline).toEqual(pipeline);
    expect(got.metadata).toEqual({
      pipelineArn: `arn:aws:codepipeline:us-east-1:${ACCOUNT}:web-pipeline`,
      created: START,
      updated: START,
    });
    expect(ok(d, 'ListTagsForResource', { resourceArn: got.metadata.pipelineArn }).tags).toEqual([
      { key: 'team', value: 'web' },
    ]);
  });

  it('makes a pipeline that uses V2 features V2 when it names no type', () => {
    const d = driver();
    const created = ok<{ pipeline: Record<string, unknown> }>(d, 'CreatePipeline', {
      pipeline: declaration({ executionMode: 'QUEUED' }),
    });
    expect(created.pipeline).toMatchObject({ pipelineType: 'V2', executionMode: 'QUEUED' });
  });

  it('updates to a new version, keeps the creation time and refuses a pipeline that does not exist', () => {
    const d = driver();
    ok(d, 'CreatePipeline', { pipeline: declaration() });
    d.advance('10m');
    const changed = declaration();
    changed.stages[1]!.actions[0]!.name = 'Compile';
    const { pipeline } = ok<{ pipeline: Record<string, unknown> }>(d, 'UpdatePipeline', {
      pipeline: { ...changed, version: 1 },
    });
    expect(pipeline.version).toBe(2);
    const got = ok<{ pipeline: { version: number }; metadata: Record<string, number> }>(d, 'GetPipeline', {
      name: 'web-pipeline',
    });
    expect(got.pipeline.version).toBe(2);
    expect(got.metadata.updated! - got.metadata.created!).toBe(600);
    const first = ok<{ pipeline: { version: number; stages: { actions: { name: string }[] }[] } }>(d, 'GetPipeline', {
      name: 'web-pipeline',
      version: 1,
    });
    expect([first.pipeline.version, first.pipeline.stages[1]!.actions[0]!.name]).toEqual([1, 'Build']);
    expect(errorOf(d, 'GetPipeline', { name: 'web-pipeline', version: 3 })).toMatchObject({
      type: 'PipelineVersionNotFoundException',
    });
    expect(errorOf(d, 'UpdatePipeline', { pipeline: declaration({ name: 'other' }) })).toEqual({
      type: 'PipelineNotFoundException',
      message: `Account '${ACCOUNT}' does not have a pipeline with name 'other'`,
      status: 400,
    });
  });

  it('lists pipelines by name with their type and mode, a page at a time, and deletes them', () => {
    const d = driver();
    for (const name of ['b-pipe', 'a-pipe', 'c-pipe']) ok(d, 'CreatePipeline', { pipeline: declaration({ name }) });
    const first = ok<{ pipelines: { name: string }[]; nextToken: string }>(d, 'ListPipelines', { maxResults: 2 });
    expect(first.pipelines.map((p) => p.name)).toEqual(['a-pipe', 'b-pipe']);
    expect(first.pipelines[0]).toEqual({
      name: 'a-pipe',
      version: 1,
      pipelineType: 'V1',
      executionMode: 'SUPERSEDED',
      created: START,
      updated: START,
    });
    const second = ok<{ pipelines: { name: string }[]; nextToken?: string }>(d, 'ListPipelines', {
      nextToken: first.nextToken,
    });
    expect(second).toEqual({ pipelines: [expect.objectContaining({ name: 'c-pipe' })] });

    ok(d, 'DeletePipeline', { name: 'b-pipe' });
    ok(d, 'DeletePipeline', { name: 'b-pipe' });
    expect(ok<{ pipelines: { name: string }[] }>(d, 'ListPipelines').pipelines.map((p) => p.name)).toEqual([
      'a-pipe',
      'c-pipe',
    ]);
    expect(errorOf(d, 'GetPipeline', { name: 'b-pipe' }).type).toBe('PipelineNotFoundException');
  });
});

describe('CodePipeline refusals', () => {
  it('refuses a name in use, with nothing changed', () => {
    const d = driver();
    ok(d, 'CreatePipeline', { pipeline: declaration() });
    expect(errorOf(d, 'CreatePipeline', { pipeline: declaration() })).toMatchObject({
      type: 'PipelineNameInUseException',
      message: `A pipeline with the name 'web-pipeline' already exists in account '${ACCOUNT}'`,
    });
  });

  it('answers the first finding of the declaration checks with its exception', () => {
    const d = driver();
    const oneStage = declaration();
    oneStage.stages = oneStage.stages.slice(0, 1);
    const refusal = errorOf(d, 'CreatePipeline', { pipeline: oneStage });
    expect(refusal.type).toBe('InvalidStructureException');
    expect(refusal.message).toMatch(/at least 2/);

    const badCount = declaration();
    badCount.stages[1]!.actions[0]!.inputArtifacts = [];
    expect(errorOf(d, 'CreatePipeline', { pipeline: badCount }).type).toBe('InvalidActionDeclarationException');
    expect(errorOf(d, 'CreatePipeline', {})).toMatchObject({
      type: 'ValidationException',
      message:
        "1 validation error detected: Value null at 'pipeline' failed to satisfy constraint: Member must not be null",
    });
    expect(d.sim.world.account.codepipeline.pipelines).toEqual({});
  });

  it('needs a service role of the account and an artifact bucket that exists', () => {
    const d = driver();
    const missingRole = `arn:aws:iam::${ACCOUNT}:role/NoSuchRole`;
    expect(errorOf(d, 'CreatePipeline', { pipeline: declaration({ roleArn: missingRole }) })).toEqual({
      type: 'InvalidStructureException',
      message: `CodePipeline is not authorized to perform AssumeRole on role ${missingRole}`,
      status: 400,
    });
    const noBucket = declaration({ artifactStore: { type: 'S3', location: 'no-such-bucket' } });
    expect(errorOf(d, 'CreatePipeline', { pipeline: noBucket })).toMatchObject({
      type: 'InvalidStructureException',
      message:
        "An error occurred while validating the artifact bucket 'no-such-bucket': No bucket with the name no-such-bucket " +
        "was found. Choose a valid artifact bucket in 'us-east-1', or create a new artifact bucket to use in your pipeline.",
    });
    const actionRole = declaration();
    actionRole.stages[1]!.actions[0]!.roleArn = missingRole;
    expect(errorOf(d, 'CreatePipeline', { pipeline: actionRole }).message).toBe(
      `Pipeline role ${ROLE_ARN} is not authorized to perform AssumeRole on action role ${missingRole}`,
    );
  });

  it('checks names and tags the way the API model does', () => {
    const d = driver();
    expect(errorOf(d, 'GetPipeline', { name: 'my pipeline' }).message).toBe(
      "1 validation error detected: Value 'my pipeline' at 'name' failed to satisfy constraint: " +
        'Member must satisfy regular expression pattern: [A-Za-z0-9.@\\-_]+',
    );
    const tags = Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, value: '' }));
    expect(errorOf(d, 'CreatePipeline', { pipeline: declaration(), tags }).type).toBe('TooManyTagsException');
    expect(errorOf(d, 'CreatePipeline', { pipeline: declaration(), tags: [{ key: 'aws:x', value: '' }] }).type).toBe(
      'InvalidTagsException',
    );
  });
});

describe('CodePipeline stage transitions', () => {
  it('disables and enables the transition into a stage, by who and when', () => {
    const d = driver();
    ok(d, 'CreatePipeline', { pipeline: declaration() });
    d.advance('1m');
    ok(d, 'DisableStageTransition', {
      pipelineName: 'web-pipeline',
      stageName: 'Build',
      transitionType: 'Inbound',
      reason: 'Freeze (release 1.2)',
    });
    expect(d.sim.world.account.codepipeline.pipelines['web-pipeline']!.disabledTransitions).toEqual({
      Build: {
        reason: 'Freeze (release 1.2)',
        lastChangedBy: `arn:aws:iam::${ACCOUNT}:user/cicdlab-user`,
        lastChangedAt: 60_000,
      },
    });
    ok(d, 'EnableStageTransition', { pipelineName: 'web-pipeline', stageName: 'Build', transitionType: 'Inbound' });
    expect(d.sim.world.account.codepipeline.pipelines['web-pipeline']!.disabledTransitions).toEqual({});
  });

  it('holds the execution in front of a disabled stage and lets it in when the transition is enabled', () => {
    const d = driver();
    const pipeline = declaration();
    ok(d, 'CreatePipeline', { pipeline });
    const transition = { pipelineName: 'web-pipeline', stageName: 'Build', transitionType: 'Inbound' };
    ok(d, 'DisableStageTransition', { ...transition, reason: 'Hold' });
    d.advance('1m');
    const buildStatus = () =>
      ok<{ stageStates: { stageName: string; latestExecution?: { status: string } }[] }>(d, 'GetPipelineState', {
        name: 'web-pipeline',
      }).stageStates.find((s) => s.stageName === 'Build')?.latestExecution?.status;
    expect(buildStatus()).toBeUndefined();
    ok(d, 'EnableStageTransition', transition);
    expect(buildStatus()).toBe('InProgress');
  });

  it("takes a stage's Outbound transition as the next stage's Inbound one", () => {
    const d = driver();
    ok(d, 'CreatePipeline', { pipeline: declaration() });
    const disable = (stageName: string) =>
      ok(d, 'DisableStageTransition', {
        pipelineName: 'web-pipeline',
        stageName,
        transitionType: 'Outbound',
        reason: 'Hold',
      });
    disable('Source');
    disable('Build');
    expect(Object.keys(d.sim.world.account.codepipeline.pipelines['web-pipeline']!.disabledTransitions)).toEqual([
      'Build',
    ]);
  });

  it('refuses unknown stages, transition types and reasons outside the pattern', () => {
    const d = driver();
    ok(d, 'CreatePipeline', { pipeline: declaration() });
    const input = { pipelineName: 'web-pipeline', stageName: 'Build', transitionType: 'Inbound', reason: 'Hold' };
    expect(errorOf(d, 'DisableStageTransition', { ...input, stageName: 'Deploy' })).toMatchObject({
      type: 'StageNotFoundException',
      message: "Stage 'Deploy' does not exist in pipeline 'web-pipeline'",
    });
    expect(errorOf(d, 'DisableStageTransition', { ...input, transitionType: 'Sideways' }).type).toBe(
      'ValidationException',
    );
    expect(errorOf(d, 'DisableStageTransition', { ...input, reason: 'no_underscores' }).message).toMatch(
      /regular expression pattern/,
    );
    expect(errorOf(d, 'DisableStageTransition', { ...input, reason: 'x'.repeat(301) }).message).toMatch(
      /length between 1 and 300/,
    );
    expect(errorOf(d, 'EnableStageTransition', { ...input, pipelineName: 'nope' }).type).toBe(
      'PipelineNotFoundException',
    );
  });
});

describe('ListActionTypes', () => {
  type ActionType = {
    id: { owner: string; category: string; provider: string; version: string };
    actionConfigurationProperties: { name: string; required: boolean }[];
    inputArtifactDetails: { minimumCount: number; maximumCount: number };
    outputArtifactDetails: { minimumCount: number; maximumCount: number };
  };

  it('lists every action type of the provider table with its artifact counts and required keys', () => {
    const d = driver();
    const { actionTypes } = ok<{ actionTypes: ActionType[] }>(d, 'ListActionTypes');
    expect(actionTypes).toHaveLength(ACTION_TYPES.size);
    for (const type of actionTypes) {
      const rule = ACTION_TYPES.get(`${type.id.owner}/${type.id.category}/${type.id.provider}`)!;
      expect(type.id.version).toBe('1');
      expect([type.inputArtifactDetails.minimumCount, type.inputArtifactDetails.maximumCount]).toEqual(rule.inputs);
      expect([type.outputArtifactDetails.minimumCount, type.outputArtifactDetails.maximumCount]).toEqual(rule.outputs);
      const required = type.actionConfigurationProperties.filter((p) => p.required).map((p) => p.name);
      expect(required.sort()).toEqual([...rule.required].sort());
    }
    const codeCommit = actionTypes.find((t) => t.id.provider === 'CodeCommit')!;
    expect(codeCommit.actionConfigurationProperties.map((p) => p.name)).toEqual([
      'RepositoryName',
      'BranchName',
      'PollForSourceChanges',
      'OutputArtifactFormat',
    ]);
  });

  it('filters by owner', () => {
    const d = driver();
    const owners = (filter: string) =>
      ok<{ actionTypes: ActionType[] }>(d, 'ListActionTypes', { actionOwnerFilter: filter }).actionTypes.map(
        (t) => t.id.provider,
      );
    expect(owners('ThirdParty')).toEqual(['GitHub', 'AlexaSkillsKit']);
    expect(owners('Custom')).toEqual([]);
    expect(errorOf(d, 'ListActionTypes', { actionOwnerFilter: 'Nobody' }).type).toBe('ValidationException');
  });
});

describe('CodePipeline ARNs', () => {
  it('tags and untags by ARN and refuses ARNs of no pipeline', () => {
    const d = driver();
    ok(d, 'CreatePipeline', { pipeline: declaration() });
    const resourceArn = `arn:aws:codepipeline:us-east-1:${ACCOUNT}:web-pipeline`;
    ok(d, 'TagResource', { resourceArn, tags: [{ key: 'env', value: 'prod' }] });
    ok(d, 'TagResource', {
      resourceArn,
      tags: [
        { key: 'env', value: 'test' },
        { key: 'team', value: 'web' },
      ],
    });
    ok(d, 'UntagResource', { resourceArn, tagKeys: ['team'] });
    expect(ok(d, 'ListTagsForResource', { resourceArn }).tags).toEqual([{ key: 'env', value: 'test' }]);
    expect(errorOf(d, 'TagResource', { resourceArn: `${resourceArn}-x`, tags: [] }).type).toBe(
      'ResourceNotFoundException',
    );
    expect(errorOf(d, 'ListTagsForResource', { resourceArn: 'not-an-arn' }).type).toBe('InvalidArnException');
  });
});

describe('SetActionOutcome (simulator)', () => {
  const withInvoke = () => {
    const d = driver();
    const pipeline = declaration();
    pipeline.stages[1] = {
      name: 'Check',
      actions: [
        {
          name: 'Smoke',
          actionTypeId: { category: 'Invoke', owner: 'AWS', provider: 'Lambda', version: '1' },
          configuration: { FunctionName: 'smoke-test' },
        },
      ],
    };
    ok(d, 'CreatePipeline', { pipeline });
    return d;
  };
  const target = { pipelineName: 'web-pipeline', stageName: 'Check', actionName: 'Smoke' };

  it('makes the Lambda action answer what the user set, and clears it', () => {
    const d = withInvoke();
    ok(d, 'SetActionOutcome', {
      ...target,
      outcome: { result: 'Failed', durationSeconds: 5, message: 'smoke failed' },
    });
    d.advance('1m');
    const [latest] = ok<{ pipelineExecutionSummaries: { status: string }[] }>(d, 'ListPipelineExecutions', {
      pipelineName: 'web-pipeline',
    }).pipelineExecutionSummaries;
    expect(latest?.status).toBe('Failed');
    ok(d, 'SetActionOutcome', target);
    expect(d.sim.world.account.codepipeline.actionOutcomes).toEqual({});
  });

  it('refuses actions the pipeline does not have and outcomes it cannot be', () => {
    const d = withInvoke();
    expect(errorOf(d, 'SetActionOutcome', { ...target, actionName: 'Nope' })).toMatchObject({
      type: 'ActionNotFoundException',
      message: "Action 'Nope' does not exist in stage 'Check'",
    });
    expect(errorOf(d, 'SetActionOutcome', { ...target, outcome: { result: 'Maybe', durationSeconds: 1 } }).type).toBe(
      'ValidationException',
    );
    expect(errorOf(d, 'SetActionOutcome', { ...target, outcome: { result: 'Failed', durationSeconds: -1 } }).type).toBe(
      'ValidationException',
    );
  });
});
