import { describe, expect, it } from 'vitest';
import type { ActionDeclaration, PipelineDeclaration } from '../../../engine/specs/pipeline/types';
import { toFlowGraph, type ActionFlowNode, type ArtifactEdge, type TransitionEdge } from './to-flow-graph';

const action = (name: string, provider: string, over: Partial<ActionDeclaration> = {}): ActionDeclaration => ({
  name,
  actionTypeId: { category: 'Build', owner: 'AWS', provider, version: '1' },
  ...over,
});

const pipeline: PipelineDeclaration = {
  name: 'web',
  roleArn: 'arn:aws:iam::111122223333:role/pipeline',
  stages: [
    {
      name: 'Source',
      actions: [action('Source', 'CodeCommit', { outputArtifacts: [{ name: 'SourceArtifact' }] })],
    },
    {
      name: 'Build',
      actions: [
        action('Unit', 'CodeBuild', { runOrder: 1, inputArtifacts: [{ name: 'SourceArtifact' }] }),
        action('Lint', 'CodeBuild', { runOrder: 1, inputArtifacts: [{ name: 'SourceArtifact' }] }),
        action('Package', 'CodeBuild', {
          runOrder: 2,
          inputArtifacts: [{ name: 'SourceArtifact' }],
          outputArtifacts: [{ name: 'BuildArtifact' }],
        }),
      ],
    },
    { name: 'Deploy', actions: [action('Deploy', 'CodeDeploy', { inputArtifacts: [{ name: 'BuildArtifact' }] })] },
  ],
};

const actionNode = (nodes: ReturnType<typeof toFlowGraph>['nodes'], name: string) =>
  nodes.find((n): n is ActionFlowNode => n.type === 'action' && n.data.action.name === name)!;

describe('toFlowGraph', () => {
  it('puts the stages left to right in declaration order', () => {
    const { nodes } = toFlowGraph(pipeline);
    const stages = nodes.filter((n) => n.type === 'stage');
    expect(stages.map((s) => s.data.stage.name)).toEqual(['Source', 'Build', 'Deploy']);
    expect(stages[0]!.position.x).toBeLessThan(stages[1]!.position.x);
    expect(stages[1]!.position.x + stages[1]!.width!).toBeLessThan(stages[2]!.position.x);
  });

  it('places actions with the same runOrder side by side and a higher runOrder below them', () => {
    const { nodes } = toFlowGraph(pipeline);
    const unit = actionNode(nodes, 'Unit');
    const lint = actionNode(nodes, 'Lint');
    const pack = actionNode(nodes, 'Package');
    expect(unit.parentId).toBe('stage-1');
    expect(unit.position.y).toBe(lint.position.y);
    expect(lint.position.x).toBeGreaterThan(unit.position.x);
    expect(pack.position.y).toBeGreaterThan(unit.position.y + unit.height!);
    expect(unit.data.box.parallel).toBe(2);
    expect(pack.data.box.parallel).toBe(1);
  });

  it('draws one edge per input artifact from the action that outputs it', () => {
    const { edges } = toFlowGraph(pipeline);
    const artifacts = edges.filter((e): e is ArtifactEdge => e.type === 'artifact');
    expect(artifacts.map((e) => [e.source, e.target, e.data!.artifact])).toEqual([
      ['action-0-0', 'action-1-0', 'SourceArtifact'],
      ['action-0-0', 'action-1-1', 'SourceArtifact'],
      ['action-0-0', 'action-1-2', 'SourceArtifact'],
      ['action-1-2', 'action-2-0', 'BuildArtifact'],
    ]);
  });

  it('leaves out an input no action outputs (validation reports it instead)', () => {
    const broken = structuredClone(pipeline);
    broken.stages[2]!.actions[0]!.inputArtifacts = [{ name: 'Missing' }];
    const { edges } = toFlowGraph(broken);
    expect(edges.some((e) => e.target === 'action-2-0' && e.type === 'artifact')).toBe(false);
  });

  it('marks the transition into a stage disabled when the live view says so', () => {
    const { edges } = toFlowGraph(pipeline, {
      live: {
        stages: {
          Deploy: { actions: {}, inboundExecutionIds: [], transitionDisabledReason: 'Freeze until Monday' },
        },
      },
    });
    const transitions = edges.filter((e): e is TransitionEdge => e.type === 'transition');
    expect(transitions.map((t) => [t.source, t.target, t.data!.disabledReason])).toEqual([
      ['stage-0', 'stage-1', undefined],
      ['stage-1', 'stage-2', 'Freeze until Monday'],
    ]);
  });

  it('carries live statuses and problems to the nodes they are about', () => {
    const { nodes } = toFlowGraph(pipeline, {
      live: {
        stages: {
          Build: { status: 'InProgress', actions: { Lint: { status: 'Failed' } }, inboundExecutionIds: [] },
        },
      },
      problems: { 'action-2-0': ['InvalidActionDeclarationException: ...'] },
    });
    expect(actionNode(nodes, 'Lint').data.live?.status).toBe('Failed');
    expect(actionNode(nodes, 'Deploy').data.problems).toHaveLength(1);
    expect(nodes.find((n) => n.id === 'stage-1')!.data.live?.status).toBe('InProgress');
  });

  it('declares the handles where the node draws them, one output handle per output artifact', () => {
    const { nodes } = toFlowGraph(pipeline);
    const pack = actionNode(nodes, 'Package');
    expect(pack.handles!.map((h) => [h.type, h.id])).toEqual([
      ['target', 'in'],
      ['source', 'out:BuildArtifact'],
    ]);
  });
});
