import {
  CodePipelineClient,
  CreatePipelineCommand,
  DeletePipelineCommand,
  DisableStageTransitionCommand,
  EnableStageTransitionCommand,
  GetPipelineCommand,
  InvalidActionDeclarationException,
  InvalidStructureException,
  ListActionTypesCommand,
  ListPipelinesCommand,
  ListTagsForResourceCommand,
  PipelineNameInUseException,
  PipelineNotFoundException,
  StageNotFoundException,
  UpdatePipelineCommand,
  type PipelineDeclaration,
} from '@aws-sdk/client-codepipeline';
import { describe, expect, it } from 'vitest';
import { ACCOUNT, codepipelineScenario, declaration } from '../../src/engine/codepipeline/test-world';
import { ACTION_TYPES } from '../../src/engine/specs/pipeline/providers';
import { rejection, sdkConfig, serveMockAws } from '../../test/mock-aws';
import { codepipelineApi } from './codepipeline';

const client = new CodePipelineClient(sdkConfig('codepipeline'));
serveMockAws(() => JSON.stringify(codepipelineScenario()));
const start = new Date('2026-01-05T09:00:00Z');
const pipeline = (overrides: Partial<PipelineDeclaration> = {}) =>
  ({ ...declaration(), ...overrides }) as PipelineDeclaration;

describe('CodePipeline through @aws-sdk/client-codepipeline', () => {
  it('declares the control plane and execution operations of the issue', () => {
    expect(codepipelineApi.operations).toHaveLength(19);
  });

  it('creates, reads, updates, lists and deletes a pipeline', async () => {
    const created = await client.send(
      new CreatePipelineCommand({ pipeline: pipeline(), tags: [{ key: 'team', value: 'web' }] }),
    );
    expect(created.pipeline).toMatchObject({ name: 'web-pipeline', version: 1, pipelineType: 'V1' });
    expect(created.tags).toEqual([{ key: 'team', value: 'web' }]);

    const got = await client.send(new GetPipelineCommand({ name: 'web-pipeline' }));
    expect(got.pipeline?.stages?.map((s) => s.name)).toEqual(['Source', 'Build']);
    expect(got.metadata).toEqual({
      pipelineArn: `arn:aws:codepipeline:us-east-1:${ACCOUNT}:web-pipeline`,
      created: start,
      updated: start,
    });
    const tags = await client.send(new ListTagsForResourceCommand({ resourceArn: got.metadata?.pipelineArn }));
    expect(tags.tags).toEqual([{ key: 'team', value: 'web' }]);

    const updated = await client.send(
      new UpdatePipelineCommand({ pipeline: { ...got.pipeline!, executionMode: 'SUPERSEDED' } }),
    );
    expect(updated.pipeline?.version).toBe(2);

    const list = await client.send(new ListPipelinesCommand({}));
    expect(list.pipelines).toEqual([
      {
        name: 'web-pipeline',
        version: 2,
        pipelineType: 'V1',
        executionMode: 'SUPERSEDED',
        created: start,
        updated: start,
      },
    ]);

    await client.send(new DeletePipelineCommand({ name: 'web-pipeline' }));
    const missing = await rejection(client.send(new GetPipelineCommand({ name: 'web-pipeline' })));
    expect(missing).toBeInstanceOf(PipelineNotFoundException);
    expect(missing.message).toBe(`Account '${ACCOUNT}' does not have a pipeline with name 'web-pipeline'`);
  });

  it('refuses what CodePipeline refuses, with its exception types', async () => {
    await client.send(new CreatePipelineCommand({ pipeline: pipeline() }));
    const duplicate = await rejection(client.send(new CreatePipelineCommand({ pipeline: pipeline() })));
    expect(duplicate).toBeInstanceOf(PipelineNameInUseException);
    expect(duplicate.$metadata.httpStatusCode).toBe(400);

    const noRole = await rejection(
      client.send(
        new CreatePipelineCommand({ pipeline: pipeline({ name: 'other', roleArn: `arn:aws:iam::${ACCOUNT}:role/x` }) }),
      ),
    );
    expect(noRole).toBeInstanceOf(InvalidStructureException);

    const noInput = pipeline({ name: 'other' });
    noInput.stages![1] = {
      ...noInput.stages![1]!,
      actions: [{ ...noInput.stages![1]!.actions![0]!, inputArtifacts: [] }],
    };
    const badAction = await rejection(client.send(new CreatePipelineCommand({ pipeline: noInput })));
    expect(badAction).toBeInstanceOf(InvalidActionDeclarationException);
  });

  it('disables and enables stage transitions', async () => {
    await client.send(new CreatePipelineCommand({ pipeline: pipeline() }));
    const transition = { pipelineName: 'web-pipeline', stageName: 'Build', transitionType: 'Inbound' } as const;
    await client.send(new DisableStageTransitionCommand({ ...transition, reason: 'Release freeze' }));
    await client.send(new EnableStageTransitionCommand(transition));
    const unknown = await rejection(
      client.send(new EnableStageTransitionCommand({ ...transition, stageName: 'Deploy' })),
    );
    expect(unknown).toBeInstanceOf(StageNotFoundException);
  });

  it('lists the action types', async () => {
    const { actionTypes } = await client.send(new ListActionTypesCommand({}));
    expect(actionTypes).toHaveLength(ACTION_TYPES.size);
    expect(actionTypes?.find((t) => t.id?.provider === 'CodeDeploy')).toMatchObject({
      id: { category: 'Deploy', owner: 'AWS', provider: 'CodeDeploy', version: '1' },
      inputArtifactDetails: { minimumCount: 1, maximumCount: 1 },
      outputArtifactDetails: { minimumCount: 0, maximumCount: 0 },
    });
  });
});
