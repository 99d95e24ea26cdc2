import { AwsError } from '../../core/aws-error';
import type { Operation } from '../../core/simulation';
import { requireRepository } from '../repository';
import type { RepositoryTrigger } from '../state';

const MAX_TRIGGERS = 10;
const EVENTS = ['all', 'updateReference', 'createReference', 'deleteReference'] as const;

const triggerError = (type: string, message: string) => new AwsError(type, message);

/** Validates one trigger the way PutRepositoryTriggers does, naming the field at fault. */
function readTrigger(raw: unknown): RepositoryTrigger {
  const t = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (typeof t.name !== 'string' || t.name === '')
    throw triggerError(
      'RepositoryTriggerNameRequiredException',
      'A name for the trigger is required, but was not specified.',
    );
  if (typeof t.destinationArn !== 'string' || t.destinationArn === '') {
    throw triggerError(
      'RepositoryTriggerDestinationArnRequiredException',
      `A destination ARN for the target service for trigger ${t.name} is required, but was not specified.`,
    );
  }
  if (!/^arn:aws:(sns|lambda):[a-z0-9-]+:\d{12}:.+$/.test(t.destinationArn)) {
    throw triggerError(
      'InvalidRepositoryTriggerDestinationArnException',
      `The destination ARN ${t.destinationArn} of trigger ${t.name} is not an Amazon SNS topic or AWS Lambda function ARN.`,
    );
  }
  const events = t.events;
  if (!Array.isArray(events) || events.length === 0) {
    throw triggerError(
      'RepositoryTriggerEventsListRequiredException',
      `At least one event for trigger ${t.name} is required, but was not specified.`,
    );
  }
  if (events.some((e) => !EVENTS.includes(e))) {
    throw triggerError(
      'InvalidRepositoryTriggerEventsException',
      `One or more events of trigger ${t.name} are not valid. Valid events: ${EVENTS.join(', ')}.`,
    );
  }
  const branches = t.branches ?? [];
  if (!Array.isArray(branches) || branches.some((b) => typeof b !== 'string')) {
    throw triggerError(
      'InvalidRepositoryTriggerBranchNameException',
      `The branches of trigger ${t.name} must be a list of branch names.`,
    );
  }
  if (typeof t.customData === 'string' && t.customData.length > 1000) {
    throw triggerError(
      'InvalidRepositoryTriggerCustomDataException',
      `The custom data of trigger ${t.name} is longer than 1000 characters.`,
    );
  }
  return {
    name: t.name,
    destinationArn: t.destinationArn,
    ...(typeof t.customData === 'string' && { customData: t.customData }),
    branches: branches as string[],
    events: events as RepositoryTrigger['events'],
  };
}

export const PutRepositoryTriggers: Operation = (ctx, input) => {
  const repo = requireRepository(ctx, input);
  const raw = input.triggers;
  if (!Array.isArray(raw))
    throw triggerError(
      'RepositoryTriggersListRequiredException',
      'The list of triggers for the repository is required, but was not specified.',
    );
  if (raw.length > MAX_TRIGGERS)
    throw triggerError(
      'MaximumRepositoryTriggersExceededException',
      `A repository can have at most ${MAX_TRIGGERS} triggers.`,
    );
  const triggers = raw.map(readTrigger);
  repo.triggers = triggers;
  repo.triggersConfigurationId = ctx.uuid();
  return { configurationId: repo.triggersConfigurationId };
};

export const GetRepositoryTriggers: Operation = (ctx, input) => {
  const repo = requireRepository(ctx, input);
  return { configurationId: repo.triggersConfigurationId, triggers: repo.triggers };
};

/** Checks each trigger would deliver: in the simulated account every SNS topic and Lambda function exists. */
export const TestRepositoryTriggers: Operation = (ctx, input) => {
  requireRepository(ctx, input);
  const raw = input.triggers;
  if (!Array.isArray(raw))
    throw triggerError(
      'RepositoryTriggersListRequiredException',
      'The list of triggers for the repository is required, but was not specified.',
    );
  return { successfulExecutions: raw.map(readTrigger).map((t) => t.name), failedExecutions: [] };
};
