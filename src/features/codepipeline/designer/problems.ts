import type { DeclarationDiagnostic } from '../../../engine/specs/pipeline/validate-declaration';
import { nodeIdForPath } from '../graph/node-ids';

export interface Problem {
  /** The exception CreatePipeline / UpdatePipeline would answer with, when it would refuse. */
  exception?: string;
  /** The finding without the exception name in front. */
  message: string;
  severity: DeclarationDiagnostic['severity'];
  /** The node the finding is about (none for pipeline-level fields). */
  nodeId?: string;
  /** What to do about it, in plain words. */
  explanation?: string;
  path: DeclarationDiagnostic['path'];
  code: string;
}

const EXPLANATIONS: Record<string, string> = {
  'input-not-produced':
    'Drag from the output handle (right edge) of an earlier action to this action, or pick an input artifact in its properties. Inputs must come from an earlier stage or a lower runOrder.',
  'input-artifact-count':
    'Drag from the output handle (right edge) of an earlier action onto this action, or tick an input artifact in its properties.',
  'output-artifact-count': 'Add or remove output artifacts in the action’s properties.',
  'missing-configuration': 'Fill in the required field (marked *) in the action’s properties.',
  'empty-stage': 'Drag an action from the palette onto the stage, or remove the stage.',
  'too-few-stages': 'A pipeline needs a source stage and at least one more stage.',
  'first-stage-not-source': 'The first stage may hold only source actions (CodeCommit, S3, ECR, connections).',
  'source-not-first': 'Move the source action to the first stage, or use another kind of action here.',
  'duplicate-output-artifact': 'Rename one of the output artifacts: artifact names are unique in the whole pipeline.',
  'duplicate-action-name': 'Rename one of the actions: names are unique within a stage.',
  'duplicate-stage-name': 'Rename one of the stages: stage names are unique in the pipeline.',
  'invalid-run-order': 'runOrder is a whole number from 1 to 999.',
  'invalid-name': 'Use letters, digits and . @ - _ only, at most 100 characters.',
  'invalid-artifact-name': 'Artifact names use letters, digits, - and _ only (no dots).',
  'invalid-namespace': 'Namespaces use letters, digits, @ - and _ only (no dots).',
  'missing-artifact-store': 'Choose the S3 bucket CodePipeline keeps artifacts in, in the pipeline settings.',
  'invalid-store-location': 'The artifact bucket name must follow S3’s naming rules.',
  'cross-region-not-allowed':
    'Clear the Region of this action: source, ThirdParty and Custom actions run in the pipeline’s Region.',
  'missing-region-store': 'Add an artifact bucket for that Region, or clear the action’s Region.',
  'too-many-actions': 'Split the actions over more stages.',
  'too-many-stages': 'A pipeline has at most 50 stages.',
};

const EXCEPTION = /^([A-Za-z]+Exception): ([\s\S]*)$/;

/** The validation's findings as the designer shows them: split into exception and words, tied to a node. */
export function toProblems(diagnostics: readonly DeclarationDiagnostic[]): Problem[] {
  return diagnostics.map((d) => {
    const match = EXCEPTION.exec(d.message);
    return {
      exception: match?.[1],
      message: match?.[2] ?? d.message,
      severity: d.severity,
      nodeId: nodeIdForPath(d.path),
      explanation: EXPLANATIONS[d.code],
      path: d.path,
      code: d.code,
    };
  });
}

/** Tooltip lines per node for the graph's badges. */
export function problemsByNode(problems: readonly Problem[]): Record<string, string[]> {
  const byNode: Record<string, string[]> = {};
  for (const problem of problems) {
    if (!problem.nodeId) continue;
    (byNode[problem.nodeId] ??= []).push(
      problem.exception ? `${problem.exception}: ${problem.message}` : problem.message,
    );
  }
  return byNode;
}

/** The findings that make CreatePipeline / UpdatePipeline refuse the declaration. */
export const blocking = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'error');
