import { AwsError } from '../../core/aws-error';
import { optionalString, requiredString } from '../../core/input';
import { deleteOwn, getOwn, setOwn } from '../../core/records';
import type { Operation, SimContext } from '../../core/simulation';
import { epochSecondsAt } from '../../core/time';
import { parseRuleContent, ruleContentSha256 } from '../pull-requests/approval-rule-content';
import { requireRepository } from '../repository';
import type { ApprovalRuleTemplate } from '../state';

const MAX_TEMPLATES = 1000;
const TEMPLATE_NAME = /^[\w. -]{1,100}$/;

const templateErrors = {
  nameRequired: () =>
    new AwsError(
      'ApprovalRuleTemplateNameRequiredException',
      'An approval rule template name is required, but was not specified.',
    ),
  invalidName: (name: string) =>
    new AwsError(
      'InvalidApprovalRuleTemplateNameException',
      `The name '${name}' is not valid: use 1-100 letters, digits, spaces, periods, underscores and dashes.`,
    ),
  nameExists: (name: string) =>
    new AwsError(
      'ApprovalRuleTemplateNameAlreadyExistsException',
      `You cannot create an approval rule template with that name because a template with that name already exists in this AWS Region for your AWS account: ${name}.`,
    ),
  doesNotExist: (name: string) =>
    new AwsError(
      'ApprovalRuleTemplateDoesNotExistException',
      `The specified approval rule template does not exist: ${name}. Verify that the name is correct and that you are signed in to the AWS Region where the template was created, and then try again.`,
    ),
  contentRequired: () =>
    new AwsError(
      'ApprovalRuleTemplateContentRequiredException',
      'The content for the approval rule template is empty. You must provide some content for an approval rule template.',
    ),
  invalidContent: (reason: string) =>
    new AwsError(
      'InvalidApprovalRuleTemplateContentException',
      `The content of the approval rule template is not valid. ${reason}`,
    ),
  tooMany: () =>
    new AwsError(
      'NumberOfRuleTemplatesExceededException',
      `The maximum number of approval rule templates (${MAX_TEMPLATES}) has been reached for this AWS Region.`,
    ),
  inUse: (name: string) =>
    new AwsError(
      'ApprovalRuleTemplateInUseException',
      `The approval rule template ${name} is associated with one or more repositories. Disassociate it from all repositories before you delete it.`,
    ),
};

function requireTemplate(ctx: SimContext, input: Record<string, unknown>): ApprovalRuleTemplate {
  const name = requiredString(input, 'approvalRuleTemplateName', templateErrors.nameRequired);
  if (!TEMPLATE_NAME.test(name)) throw templateErrors.invalidName(name);
  const template = getOwn(ctx.world.account.codecommit.approvalRuleTemplates, name);
  if (!template) throw templateErrors.doesNotExist(name);
  return template;
}

function templateWire(ctx: SimContext, t: ApprovalRuleTemplate) {
  const { repositories: _repositories, ...rest } = t;
  return {
    ...rest,
    creationDate: epochSecondsAt(ctx.world.startEpochMs, t.creationDate),
    lastModifiedDate: epochSecondsAt(ctx.world.startEpochMs, t.lastModifiedDate),
  };
}

function templateChanged(ctx: SimContext, t: ApprovalRuleTemplate, event: string, repositories: string[]): void {
  const all = ctx.world.account.codecommit.repositories;
  ctx.emit({
    source: 'aws.codecommit',
    detailType: 'CodeCommit Approval Rule Template Change',
    resources: repositories.map((r) => ctx.arn('codecommit', r)),
    detail: {
      event,
      approvalRuleTemplateId: t.approvalRuleTemplateId,
      approvalRuleTemplateName: t.approvalRuleTemplateName,
      callerUserArn: ctx.caller.arn,
      repositories: Object.fromEntries(repositories.map((r) => [r, getOwn(all, r)?.repositoryId])),
      notificationBody: `An approval rule template event occurred in the AWS CodeCommit approval rule template ${t.approvalRuleTemplateName}. User: ${ctx.caller.arn}. Event: ${event}.`,
    },
  });
}

export const CreateApprovalRuleTemplate: Operation = (ctx, input) => {
  const name = requiredString(input, 'approvalRuleTemplateName', templateErrors.nameRequired);
  if (!TEMPLATE_NAME.test(name)) throw templateErrors.invalidName(name);
  const content = requiredString(input, 'approvalRuleTemplateContent', templateErrors.contentRequired);
  const parsed = parseRuleContent(content);
  if (typeof parsed === 'string') throw templateErrors.invalidContent(parsed);
  const templates = ctx.world.account.codecommit.approvalRuleTemplates;
  if (getOwn(templates, name)) throw templateErrors.nameExists(name);
  if (Object.keys(templates).length >= MAX_TEMPLATES) throw templateErrors.tooMany();
  const template: ApprovalRuleTemplate = {
    approvalRuleTemplateId: ctx.uuid(),
    approvalRuleTemplateName: name,
    approvalRuleTemplateDescription: optionalString(input, 'approvalRuleTemplateDescription') ?? '',
    approvalRuleTemplateContent: content,
    ruleContentSha256: ruleContentSha256(content),
    creationDate: ctx.now,
    lastModifiedDate: ctx.now,
    lastModifiedUser: ctx.caller.arn,
    repositories: [],
  };
  setOwn(templates, name, template);
  templateChanged(ctx, template, 'approvalRuleTemplateCreated', []);
  return { approvalRuleTemplate: templateWire(ctx, template) };
};

export const GetApprovalRuleTemplate: Operation = (ctx, input) => ({
  approvalRuleTemplate: templateWire(ctx, requireTemplate(ctx, input)),
});

export const ListApprovalRuleTemplates: Operation = (ctx) => ({
  approvalRuleTemplateNames: Object.keys(ctx.world.account.codecommit.approvalRuleTemplates).sort(),
});

export const DeleteApprovalRuleTemplate: Operation = (ctx, input) => {
  const name = requiredString(input, 'approvalRuleTemplateName', templateErrors.nameRequired);
  const template = getOwn(ctx.world.account.codecommit.approvalRuleTemplates, name);
  if (!template) return {};
  if (template.repositories.length > 0) throw templateErrors.inUse(name);
  deleteOwn(ctx.world.account.codecommit.approvalRuleTemplates, name);
  templateChanged(ctx, template, 'approvalRuleTemplateDeleted', []);
  return { approvalRuleTemplateId: template.approvalRuleTemplateId };
};

export const AssociateApprovalRuleTemplateWithRepository: Operation = (ctx, input) => {
  const template = requireTemplate(ctx, input);
  const repo = requireRepository(ctx, input);
  if (!template.repositories.includes(repo.repositoryName)) {
    template.repositories.push(repo.repositoryName);
    templateChanged(ctx, template, 'approvalRuleTemplateAssociatedWithRepository', [repo.repositoryName]);
  }
  return {};
};

export const DisassociateApprovalRuleTemplateFromRepository: Operation = (ctx, input) => {
  const template = requireTemplate(ctx, input);
  const repo = requireRepository(ctx, input);
  if (template.repositories.includes(repo.repositoryName)) {
    template.repositories = template.repositories.filter((r) => r !== repo.repositoryName);
    templateChanged(ctx, template, 'approvalRuleTemplateDisassociatedFromRepository', [repo.repositoryName]);
  }
  return {};
};

export const ListAssociatedApprovalRuleTemplatesForRepository: Operation = (ctx, input) => {
  const repo = requireRepository(ctx, input);
  return {
    approvalRuleTemplateNames: Object.values(ctx.world.account.codecommit.approvalRuleTemplates)
      .filter((t) => t.repositories.includes(repo.repositoryName))
      .map((t) => t.approvalRuleTemplateName)
      .sort(),
  };
};

export const ListRepositoriesForApprovalRuleTemplate: Operation = (ctx, input) => ({
  repositoryNames: [...requireTemplate(ctx, input).repositories].sort(),
});
