import { describe, expect, it } from 'vitest';
import type { ActionDeclaration, PipelineDeclaration } from '../../../engine/specs/pipeline/types';
import { validateDeclaration } from '../../../engine/specs/pipeline/validate-declaration';
import { coalescingFrom, useDraftStore } from '../draft/draft-store';
import { paletteItem } from './catalog';
import {
  addAction,
  availableInputs,
  connectArtifact,
  moveAction,
  pasteAction,
  removeInputArtifact,
  renameAction,
  renameOutputArtifact,
  stepAction,
  uniqueName,
} from './edits';

const build = (name: string, runOrder: number, over: Partial<ActionDeclaration> = {}): ActionDeclaration => ({
  name,
  actionTypeId: { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' },
  runOrder,
  configuration: { ProjectName: 'demo-webapp-build' },
  inputArtifacts: [{ name: 'SourceArtifact' }],
  ...over,
});

const pipeline = (buildActions: ActionDeclaration[]): PipelineDeclaration => ({
  name: 'web',
  roleArn: 'arn:aws:iam::123456789012:role/pipeline',
  artifactStore: { type: 'S3', location: 'demo-artifacts-123456789012' },
  stages: [
    {
      name: 'Source',
      actions: [
        {
          name: 'Source',
          actionTypeId: { category: 'Source', owner: 'AWS', provider: 'CodeCommit', version: '1' },
          configuration: { RepositoryName: 'demo-webapp', BranchName: 'main' },
          outputArtifacts: [{ name: 'SourceArtifact' }],
        },
      ],
    },
    { name: 'Build', actions: buildActions },
  ],
  triggers: [],
});

/** `name@runOrder` per action of the Build stage, in declaration order. */
const buildStage = (d: PipelineDeclaration) => d.stages[1]!.actions.map((a) => `${a.name}@${a.runOrder}`);

describe('designer edits', () => {
  it('adds a palette item after the actions of the stage it is dropped on', () => {
    const edit = addAction(pipeline([build('Unit', 1)]), paletteItem('AWS/Build/CodeBuild')!, 1);
    expect(buildStage(edit.declaration)).toEqual(['Unit@1', 'Build@2']);
    expect(edit.declaration.stages[1]!.actions[1]!.outputArtifacts).toEqual([{ name: 'BuildArtifact' }]);
    expect(edit.label).toBe('add action Build');
    expect(edit.select).toBe('action-1-1');
  });

  it('makes a new stage, named for the action, when dropped on the empty canvas', () => {
    const edit = addAction(pipeline([build('Unit', 1)]), paletteItem('AWS/Approval/Manual')!, undefined);
    expect(edit.declaration.stages.map((s) => s.name)).toEqual(['Source', 'Build', 'Approval']);
    expect(edit.declaration.stages[2]!.actions.map((a) => a.name)).toEqual(['Approval']);
  });

  it('keeps fields it does not model and the identity of untouched stages', () => {
    const before = pipeline([build('Unit', 1)]);
    const after = addAction(before, paletteItem('AWS/Build/CodeBuild')!, 1).declaration;
    expect(after.triggers).toBe(before.triggers);
    expect(after.stages[0]).toBe(before.stages[0]);
  });

  it('pastes a copy with a unique name, output artifact and namespace', () => {
    const original = build('Package', 1, { outputArtifacts: [{ name: 'BuildArtifact' }], namespace: 'BuildVariables' });
    const edit = pasteAction(pipeline([original]), original, 1)!;
    const copy = edit.declaration.stages[1]!.actions[1]!;
    expect(copy.name).toBe('Package-2');
    expect(copy.outputArtifacts).toEqual([{ name: 'BuildArtifact-2' }]);
    expect(copy.namespace).toBe('BuildVariables-2');
    expect(validateDeclaration(edit.declaration).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('joins a runOrder group (parallel) or makes a new one between two', () => {
    const d = pipeline([build('A', 1), build('B', 2), build('C', 3)]);
    expect(
      buildStage(
        moveAction(d, { stageIndex: 1, actionIndex: 2 }, { stageIndex: 1, groupIndex: 0, mode: 'join' })!.declaration,
      ),
    ).toEqual(['A@1', 'C@1', 'B@2']);
    // No number is free between 1 and 2: the stage is numbered again, C alone between A and B.
    expect(
      buildStage(
        moveAction(d, { stageIndex: 1, actionIndex: 2 }, { stageIndex: 1, groupIndex: 1, mode: 'insert' })!.declaration,
      ),
    ).toEqual(['A@1', 'C@2', 'B@3']);
  });

  it('keeps the numbers already written when there is room', () => {
    const d = pipeline([build('A', 1), build('B', 5)]);
    const moved = moveAction(d, { stageIndex: 1, actionIndex: 1 }, { stageIndex: 1, groupIndex: 0, mode: 'insert' });
    expect(buildStage(moved!.declaration)).toEqual(['B@1', 'A@2']);
    const later = moveAction(d, { stageIndex: 1, actionIndex: 0 }, { stageIndex: 1, groupIndex: 1, mode: 'insert' });
    expect(buildStage(later!.declaration)).toEqual(['B@5', 'A@6']);
  });

  it('Run later: alone it first runs in parallel with the next group, then after it', () => {
    let d = pipeline([build('A', 1), build('B', 2)]);
    d = stepAction(d, 1, 0, 1)!.declaration;
    expect(buildStage(d)).toEqual(['B@2', 'A@2']);
    d = stepAction(d, 1, 1, 1)!.declaration;
    expect(buildStage(d)).toEqual(['B@2', 'A@3']);
    expect(stepAction(d, 1, 1, 1)).toBeUndefined();
  });

  it('Run earlier out of a parallel group runs the action alone before it', () => {
    const d = pipeline([build('A', 1), build('B', 1)]);
    expect(buildStage(stepAction(d, 1, 1, -1)!.declaration)).toEqual(['B@1', 'A@2']);
  });

  it('connects an artifact once and disconnects it again', () => {
    const d = pipeline([build('Unit', 1, { inputArtifacts: [] })]);
    const connected = connectArtifact(d, 'SourceArtifact', { stageIndex: 1, actionIndex: 0 })!;
    expect(connected.declaration.stages[1]!.actions[0]!.inputArtifacts).toEqual([{ name: 'SourceArtifact' }]);
    expect(connectArtifact(connected.declaration, 'SourceArtifact', { stageIndex: 1, actionIndex: 0 })).toBeUndefined();
    const removed = removeInputArtifact(connected.declaration, { stageIndex: 1, actionIndex: 0, inputIndex: 0 })!;
    expect(removed.declaration.stages[1]!.actions[0]!.inputArtifacts).toEqual([]);
    expect(removed.label).toBe('disconnect SourceArtifact from Unit');
  });

  it('renames an output artifact and the inputs that consume it', () => {
    const d = pipeline([build('Unit', 1)]);
    const edit = renameOutputArtifact(d, { stageIndex: 0, actionIndex: 0, outputIndex: 0 }, 'Code')!;
    expect(edit.declaration.stages[0]!.actions[0]!.outputArtifacts).toEqual([{ name: 'Code' }]);
    expect(edit.declaration.stages[1]!.actions[0]!.inputArtifacts).toEqual([{ name: 'Code' }]);
  });

  it('offers as inputs only what runs before the action', () => {
    const d = pipeline([
      build('A', 1, { outputArtifacts: [{ name: 'A' }] }),
      build('B', 2, { outputArtifacts: [{ name: 'B' }] }),
    ]);
    expect(availableInputs(d, 1, 0)).toEqual(['SourceArtifact']);
    expect(availableInputs(d, 1, 1)).toEqual(['SourceArtifact', 'A']);
  });

  it('makes names unique within 100 characters', () => {
    expect(uniqueName('Build', new Set(['Build', 'Build-2']))).toBe('Build-3');
    expect(uniqueName('x'.repeat(100), new Set(['x'.repeat(100)]))).toHaveLength(100);
  });
});

describe('renaming an action', () => {
  const connection = (name: string): ActionDeclaration => ({
    name,
    actionTypeId: { category: 'Source', owner: 'AWS', provider: 'CodeStarSourceConnection', version: '1' },
    configuration: {
      ConnectionArn: 'arn:aws:codeconnections:us-east-1:123456789012:connection/x',
      FullRepositoryId: 'o/r',
      BranchName: 'main',
    },
    outputArtifacts: [{ name: `${name}Out` }],
  });
  const withTriggers = (): PipelineDeclaration => ({
    ...pipeline([build('Unit', 1, { inputArtifacts: [{ name: 'AppOut' }] })]),
    pipelineType: 'V2',
    stages: [
      { name: 'Source', actions: [connection('App'), connection('Lib')] },
      { name: 'Build', actions: [build('Unit', 1, { inputArtifacts: [{ name: 'AppOut' }] })] },
    ],
    triggers: [
      {
        providerType: 'CodeStarSourceConnection',
        gitConfiguration: { sourceActionName: 'App', push: [{ branches: { includes: ['main'] } }] },
      },
      { providerType: 'CodeStarSourceConnection', gitConfiguration: { sourceActionName: 'Lib' } },
    ],
  });
  const sourceActionNames = (d: PipelineDeclaration) => d.triggers!.map((t) => t.gitConfiguration.sourceActionName);

  it("takes the triggers that name it along, keeping each trigger's filters, and passes the checks", () => {
    const edit = renameAction(withTriggers(), 0, 0, 'WebApp')!;
    expect(edit.declaration.stages[0]!.actions[0]!.name).toBe('WebApp');
    expect(sourceActionNames(edit.declaration)).toEqual(['WebApp', 'Lib']);
    expect(edit.declaration.triggers![0]!.gitConfiguration.push).toEqual([{ branches: { includes: ['main'] } }]);
    expect(edit.label).toBe('rename action App');
    expect(validateDeclaration(edit.declaration).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it("typed a keystroke at a time is one undo step, and passing through another action's name leaves its trigger alone", () => {
    useDraftStore.getState().load(withTriggers(), 'web');
    // App → Li → Lib (the other source's name) → Lib2: the triggers end where they should.
    for (const name of ['Ap', 'A', 'L', 'Li', 'Lib', 'Lib2']) {
      const state = useDraftStore.getState();
      const edit = renameAction(state.declaration!, 0, 0, name, coalescingFrom(state, 'action-0-0:name'))!;
      state.apply(edit.declaration, edit.label, 'action-0-0:name');
    }
    expect(sourceActionNames(useDraftStore.getState().declaration!)).toEqual(['Lib2', 'Lib']);
    expect(useDraftStore.getState().past).toHaveLength(1);
    useDraftStore.getState().undo();
    expect(sourceActionNames(useDraftStore.getState().declaration!)).toEqual(['App', 'Lib']);
  });
});
