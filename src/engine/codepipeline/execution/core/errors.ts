import { AwsError } from '../../../core/aws-error';

/**
 * The refusals of the execution APIs (StartPipelineExecution, StopPipelineExecution, RetryStageExecution,
 * PutApprovalResult and the execution reads). The pipeline-level ones (PipelineNotFoundException,
 * StageNotFoundException, ValidationException) are in ../../errors.ts. Messages follow the API reference's
 * description of each exception; `EXECUTION_ERROR_EXPLANATIONS` says what to do about them.
 */
const error = (type: string, message: string) => new AwsError(type, message);

export const executionErrors = {
  executionNotFound: (id: string, pipeline: string) =>
    error(
      'PipelineExecutionNotFoundException',
      `Pipeline execution with id '${id}' does not exist in pipeline with name '${pipeline}'`,
    ),
  notStoppable: (id: string, why: string) =>
    error('PipelineExecutionNotStoppableException', `Unable to stop the pipeline execution ${id}: ${why}`),
  duplicatedStop: (id: string) =>
    error(
      'DuplicatedStopRequestException',
      `The pipeline execution ${id} is already in a Stopping state. You already chose to stop and wait; ` +
        'you can stop and abandon it now.',
    ),
  stageNotRetryable: (why: string) => error('StageNotRetryableException', `Unable to retry. ${why}`),
  notLatest: (stage: string, id: string) =>
    error(
      'NotLatestPipelineExecutionException',
      `The stage ${stage} has run in a later execution of the pipeline; the pipeline execution ID ${id} is out of date.`,
    ),
  actionNotFound: (action: string, stage: string) =>
    error('ActionNotFoundException', `Action '${action}' does not exist in stage '${stage}'`),
  invalidApprovalToken: () =>
    error('InvalidApprovalTokenException', 'The approval request already received a response or has expired.'),
  approvalCompleted: () =>
    error('ApprovalAlreadyCompletedException', 'The approval action has already been approved or rejected.'),
} as const;

export const EXECUTION_ERROR_EXPLANATIONS: Readonly<Record<string, string>> = {
  PipelineExecutionNotFoundException:
    'No execution of this pipeline has that ID. Execution IDs belong to one pipeline; list its executions to see them.',
  PipelineExecutionNotStoppableException:
    'Only an execution that is InProgress (or Stopping, to abandon it) can be stopped.',
  DuplicatedStopRequestException:
    'The execution is already stopping and waiting for its actions. Stop it again with "abandon" to end them now.',
  StageNotRetryableException:
    'Only a stage that failed or was stopped can be retried, and only while the pipeline still has the structure the ' +
    'execution ran with.',
  NotLatestPipelineExecutionException:
    'A newer execution has entered this stage since; only the latest execution of a stage can be retried.',
  ActionNotFoundException: 'The stage has no action of that name. Action names are case-sensitive.',
  InvalidApprovalTokenException:
    'The token does not belong to the approval that is waiting. Take the current token from GetPipelineState.',
  ApprovalAlreadyCompletedException: 'Someone already approved or rejected this approval, or it timed out.',
};
