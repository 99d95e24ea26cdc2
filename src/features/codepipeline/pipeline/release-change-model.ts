import type { SourceRevisionOverride, PipelineVariable } from '@aws-sdk/client-codepipeline';
import type { ActionDeclaration, PipelineDeclaration } from '../../../engine/specs/pipeline/types';

type RevisionType = NonNullable<SourceRevisionOverride['revisionType']>;

/** Which kind of revision each source provider can be started with (StartPipelineExecution `sourceRevisions`). */
const REVISION_TYPE: Record<string, RevisionType> = {
  CodeCommit: 'COMMIT_ID',
  CodeStarSourceConnection: 'COMMIT_ID',
  GitHub: 'COMMIT_ID',
  ECR: 'IMAGE_DIGEST',
  S3: 'S3_OBJECT_VERSION_ID',
};

export interface SourceChoice {
  action: ActionDeclaration;
  revisionType: RevisionType;
}

/** The pipeline's source actions (the first stage holds only those) and the revision each can take. */
export const sourceChoices = (declaration: PipelineDeclaration): SourceChoice[] =>
  (declaration.stages[0]?.actions ?? [])
    .filter((a) => a.actionTypeId.category === 'Source')
    .map((action) => ({ action, revisionType: REVISION_TYPE[action.actionTypeId.provider] ?? 'COMMIT_ID' }));

export interface ReleaseChangeForm {
  /** Source action name → the revision typed or picked; empty means each source's latest. */
  revisions: Record<string, string>;
  /** Pipeline variable name → the value for this execution; empty means its default. */
  variables: Record<string, string>;
}

/**
 * StartPipelineExecution's overrides from the form: only revisions that were chosen and variables whose value
 * differs from the default, trimmed, as the service takes them.
 */
export function releaseChangeInput(
  declaration: PipelineDeclaration,
  form: ReleaseChangeForm,
): { sourceRevisions?: SourceRevisionOverride[]; variables?: PipelineVariable[] } {
  const sourceRevisions = sourceChoices(declaration).flatMap(({ action, revisionType }) => {
    const value = form.revisions[action.name]?.trim();
    return value ? [{ actionName: action.name, revisionType, revisionValue: value }] : [];
  });
  const variables = (declaration.variables ?? []).flatMap((v) => {
    const value = form.variables[v.name];
    return value !== undefined && value !== '' && value !== v.defaultValue ? [{ name: v.name, value }] : [];
  });
  return {
    ...(sourceRevisions.length > 0 ? { sourceRevisions } : {}),
    ...(variables.length > 0 ? { variables } : {}),
  };
}
