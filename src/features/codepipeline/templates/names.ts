import type { DerivedName, NameRule } from './plan';

/** A derived name a service would refuse: the exception it would answer with, its message and why. */
export interface NameProblem extends DerivedName {
  exception: string;
  message: string;
}

interface Rule {
  valid: (name: string) => boolean;
  exception: string;
  message: (name: string) => string;
}

const validation = (name: string, path: string, constraint: string) =>
  `1 validation error detected: Value '${name}' at '${path}' failed to satisfy constraint: ${constraint}`;

const codedeployName = (n: string) => n.length >= 1 && n.length <= 100 && /^[A-Za-z0-9._+=,@-]+$/.test(n);

/** Each service's name rule (aws-facts §1, §2.3, §3, §4) and the answer it gives a name that breaks it. */
const RULES: Record<NameRule, Rule> = {
  repository: {
    valid: (n) => n.length >= 1 && n.length <= 100 && /^[\w.-]+$/.test(n) && !n.endsWith('.git'),
    exception: 'InvalidRepositoryNameException',
    message: (n) =>
      `The repository name '${n}' is not valid. Repository names can be any valid combination of letters, numbers, periods, underscores, and dashes between 1 and 100 characters in length, and cannot end in .git. Names are case sensitive.`,
  },
  buildProject: {
    valid: (n) => /^[A-Za-z0-9][A-Za-z0-9\-_]{1,149}$/.test(n),
    exception: 'InvalidInputException',
    message: (n) =>
      validation(n, 'name', 'Member must satisfy regular expression pattern: [A-Za-z0-9][A-Za-z0-9\\-_]{1,149}'),
  },
  application: {
    valid: codedeployName,
    exception: 'InvalidApplicationNameException',
    message: (n) => `Application name is invalid: ${n}`,
  },
  deploymentGroup: {
    valid: codedeployName,
    exception: 'InvalidDeploymentGroupNameException',
    message: (n) => `Deployment group name is invalid: ${n}`,
  },
  pipeline: {
    valid: (n) => n.length >= 1 && n.length <= 100 && /^[A-Za-z0-9.@\-_]+$/.test(n),
    exception: 'ValidationException',
    message: (n) =>
      n.length > 100
        ? validation(n, 'pipeline.name', 'Member must have length less than or equal to 100')
        : validation(n, 'pipeline.name', 'Member must satisfy regular expression pattern: [A-Za-z0-9.@\\-_]+'),
  },
  autoScalingGroup: {
    valid: (n) => n.length >= 1 && n.length <= 255,
    exception: 'ValidationError',
    message: (n) => validation(n, 'autoScalingGroupName', 'Member must have length less than or equal to 255'),
  },
  alarm: {
    valid: (n) => n.length >= 1 && n.length <= 255,
    exception: 'ValidationError',
    message: (n) => validation(n, 'alarmName', 'Member must have length less than or equal to 255'),
  },
};

/** The derived names the services would refuse, before anything is created. */
export function nameProblems(names: DerivedName[]): NameProblem[] {
  return names.flatMap((derived) => {
    const rule = RULES[derived.rule];
    return rule.valid(derived.name)
      ? []
      : [{ ...derived, exception: rule.exception, message: rule.message(derived.name) }];
  });
}

/** The names the account already uses, by rule: creating another would be refused. */
export type TakenNames = Partial<Record<NameRule, readonly string[]>>;

/** The exception and message each service answers a create with when the name is taken. */
const TAKEN: Partial<Record<NameRule, { exception: string; message: (name: string, accountId: string) => string }>> = {
  repository: { exception: 'RepositoryNameExistsException', message: (n) => `Repository named ${n} already exists` },
  buildProject: {
    exception: 'ResourceAlreadyExistsException',
    message: (n, account) => `Project already exists: arn:aws:codebuild:us-east-1:${account}:project/${n}`,
  },
  application: { exception: 'ApplicationAlreadyExistsException', message: (n) => `Application ${n} already exists.` },
  pipeline: {
    exception: 'PipelineNameInUseException',
    message: (n, account) => `A pipeline with the name '${n}' already exists in account '${account}'`,
  },
  autoScalingGroup: {
    exception: 'AlreadyExists',
    message: (n) => `AutoScalingGroup by this name already exists - A group with the name ${n} already exists`,
  },
};

/** The derived names the account already uses, so the plan is refused before it creates half a project. */
export function takenNameProblems(names: DerivedName[], taken: TakenNames, accountId: string): NameProblem[] {
  return names.flatMap((derived) => {
    const answer = TAKEN[derived.rule];
    if (!answer || !taken[derived.rule]?.includes(derived.name)) return [];
    return [{ ...derived, exception: answer.exception, message: answer.message(derived.name, accountId) }];
  });
}
