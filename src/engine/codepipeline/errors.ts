import { AwsError } from '../core/aws-error';

/**
 * CodePipeline's errors (CodePipeline_20150709). Messages follow what the service answers
 * (`Account '123456789012' does not have a pipeline with name 'x'`); `CODEPIPELINE_ERROR_EXPLANATIONS` says in
 * plain words what each type means and how to fix it, for the console to show beside the message.
 */
const error = (type: string, message: string) => new AwsError(type, message);

const shown = (value: unknown) =>
  value === undefined || value === null ? 'null' : typeof value === 'string' ? value : JSON.stringify(value);

export const codepipelineErrors = {
  /** The Coral model check every AWS JSON service runs before the operation itself. */
  validation: (path: string, value: unknown, constraint: string) =>
    error(
      'ValidationException',
      `1 validation error detected: Value '${shown(value)}' at '${path}' failed to satisfy constraint: ${constraint}`,
    ),
  required: (path: string) =>
    error(
      'ValidationException',
      `1 validation error detected: Value null at '${path}' failed to satisfy constraint: Member must not be null`,
    ),
  /** A finding of the declaration checks (specs/pipeline): its message already starts with the exception name. */
  declaration: (type: string, message: string) => error(type, message),
  pipelineNameInUse: (name: string, accountId: string) =>
    error('PipelineNameInUseException', `A pipeline with the name '${name}' already exists in account '${accountId}'`),
  pipelineNotFound: (name: string, accountId: string) =>
    error('PipelineNotFoundException', `Account '${accountId}' does not have a pipeline with name '${name}'`),
  pipelineVersionNotFound: (name: string, version: number) =>
    error('PipelineVersionNotFoundException', `Pipeline '${name}' does not have a version ${version}`),
  pipelineLimit: (limit: number) =>
    error(
      'LimitExceededException',
      `The number of pipelines in this account and Region has reached its limit of ${limit}`,
    ),
  roleNotAssumable: (roleArn: string) =>
    error('InvalidStructureException', `CodePipeline is not authorized to perform AssumeRole on role ${roleArn}`),
  actionRoleNotAssumable: (pipelineRole: string, actionRole: string) =>
    error(
      'InvalidStructureException',
      `Pipeline role ${pipelineRole} is not authorized to perform AssumeRole on action role ${actionRole}`,
    ),
  artifactBucketMissing: (bucket: string, region: string) =>
    error(
      'InvalidStructureException',
      `An error occurred while validating the artifact bucket '${bucket}': No bucket with the name ${bucket} was found. ` +
        `Choose a valid artifact bucket in '${region}', or create a new artifact bucket to use in your pipeline.`,
    ),
  stageNotFound: (stage: string, pipeline: string) =>
    error('StageNotFoundException', `Stage '${stage}' does not exist in pipeline '${pipeline}'`),
  actionNotFound: (action: string, stage: string) =>
    error('ActionNotFoundException', `Action '${action}' does not exist in stage '${stage}'`),
  resourceNotFound: (arn: string) =>
    error('ResourceNotFoundException', `The resource with the ARN ${arn} was not found.`),
  invalidArn: (arn: string) => error('InvalidArnException', `The ARN ${arn} is not valid.`),
  tooManyTags: (limit: number) =>
    error('TooManyTagsException', `A resource can have at most ${limit} tags; the request would exceed that limit.`),
  invalidTags: (message: string) => error('InvalidTagsException', message),
  invalidNextToken: () => error('InvalidNextTokenException', 'The next token was specified in an invalid format.'),
} as const;

/** What each refusal means and what to do about it, in plain words. */
export const CODEPIPELINE_ERROR_EXPLANATIONS: Readonly<Record<string, string>> = {
  ValidationException:
    'A field of the request does not fit the API model: a required field is missing, or a value is too long, ' +
    'has characters it may not have, or is not one of the allowed values.',
  InvalidStructureException:
    'The pipeline as a whole is not one CodePipeline accepts: its stages, artifact store, service role or artifact ' +
    'bucket. The message says which.',
  InvalidStageDeclarationException: 'A stage of the pipeline is not valid (its name, its actions or its conditions).',
  InvalidActionDeclarationException:
    'An action of the pipeline is not valid: its type, its configuration keys or its input/output artifacts.',
  InvalidBlockerDeclarationException: 'A stage blocker is not valid.',
  LimitExceededException:
    'A quota was reached: at most 50 stages, 50 actions per stage, 500 actions per pipeline and 1,000 pipelines ' +
    'per Region.',
  PipelineNameInUseException:
    'A pipeline of that name exists already in this account and Region. Pick another name, or update the existing one.',
  PipelineNotFoundException:
    'There is no pipeline of that name in this account and Region. Names are case-sensitive; list the pipelines to ' +
    'see the ones there are.',
  PipelineVersionNotFoundException:
    'The pipeline never had that version. Versions start at 1 and grow by 1 per update.',
  StageNotFoundException: 'The pipeline has no stage of that name. Stage names are case-sensitive.',
  ActionNotFoundException: 'The stage has no action of that name. Action names are case-sensitive.',
  ResourceNotFoundException: 'No pipeline has that ARN in this account and Region.',
  InvalidArnException: 'A CodePipeline ARN looks like arn:aws:codepipeline:us-east-1:123456789012:my-pipeline.',
  TooManyTagsException: 'A pipeline can have at most 50 tags.',
  InvalidTagsException:
    'Tag keys are 1-128 characters and values 0-256; keys starting with "aws:" are reserved for AWS.',
  InvalidNextTokenException: 'Pass back the nextToken a previous call returned, unchanged.',
};
