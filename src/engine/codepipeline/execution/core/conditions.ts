import { getOwn } from '../../../core/records';
import type { SimContext } from '../../../core/simulation';
import type { Condition, StageDeclaration } from '../../../specs/pipeline/types';
import type { PipelineExecution, StageRun } from '../../state';
import { checkDeploymentWindow } from '../../../specs/pipeline/deployment-window';
import { resolveText } from '../variables';

/**
 * Stage conditions (V2, aws-facts §1.14): a condition holds 1–5 rules and is met only if every rule succeeds. The
 * simulator evaluates the rules it can decide at once — VariableCheck (a resolved variable against a value),
 * CloudWatchAlarm (none of the named alarms in ALARM), DeploymentWindow (the virtual clock inside the cron's
 * window) and LambdaInvoke (the outcome the user set for the rule, success when none) — and fails the rules that
 * need a build to run (CodeBuild, Commands) with a plain message, the way it fails an action it cannot run.
 */

export type ConditionKind = 'beforeEntry' | 'onSuccess' | 'onFailure';
type Rule = NonNullable<Condition['rules']>[number];

/** Where SetActionOutcome keeps a LambdaInvoke rule's outcome: `:` never appears in a stage or rule name. */
export const ruleOutcomeKey = (pipelineName: string, stageName: string, kind: ConditionKind, ruleName: string) =>
  `${pipelineName}/${stageName}/${kind}:${ruleName}`;

interface RuleContext {
  stageName: string;
  kind: ConditionKind;
}

function ruleProblem(
  ctx: SimContext,
  execution: PipelineExecution,
  rule: Rule,
  where: RuleContext,
): string | undefined {
  const config = rule.configuration ?? {};
  switch (rule.ruleTypeId.provider) {
    case 'DeploymentWindow': {
      const zone = config.TimeZone ?? 'UTC';
      const check = checkDeploymentWindow(config.Cron ?? '', zone, ctx.world.startEpochMs + ctx.now);
      if (!check.ok) return check.problem;
      return check.open ? undefined : `${check.local} is outside the deployment window '${config.Cron}'`;
    }
    case 'LambdaInvoke': {
      const key = ruleOutcomeKey(execution.pipelineName, where.stageName, where.kind, rule.name);
      const outcome = getOwn(ctx.world.account.codepipeline.actionOutcomes, key);
      if (!outcome || outcome.result === 'Succeeded') return undefined;
      return `the function ${config.FunctionName ?? ''} answered failure${outcome.message ? `: ${outcome.message}` : ''}`;
    }
    case 'VariableCheck': {
      const variable = resolveText(config.Variable ?? '', execution);
      if (variable.unresolved.length > 0) return `${variable.unresolved.join(', ')} could not be resolved`;
      const value = config.Value ?? '';
      const operator = config.Operator ?? 'EQ';
      const holds =
        operator === 'EQ'
          ? variable.value === value
          : operator === 'NE'
            ? variable.value !== value
            : operator === 'CONTAINS'
              ? variable.value.includes(value)
              : operator === 'MATCHES' && safeMatch(value, variable.value);
      return holds ? undefined : `${config.Variable} is '${variable.value}', which is not ${operator} '${value}'`;
    }
    case 'CloudWatchAlarm': {
      const names = (config.AlarmName ?? '')
        .split(',')
        .map((n) => n.trim())
        .filter((n) => n !== '');
      const alarming = names.filter((n) => getOwn(ctx.world.account.fleet.alarms, n)?.state === 'ALARM');
      const missing = names.filter((n) => !getOwn(ctx.world.account.fleet.alarms, n));
      if (missing.length > 0) return `no CloudWatch alarm named ${missing.join(', ')}`;
      return alarming.length > 0 ? `the alarm ${alarming.join(', ')} is in ALARM` : undefined;
    }
    default:
      return `the simulator cannot evaluate ${rule.ruleTypeId.provider} rules`;
  }
}

function safeMatch(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern).test(value);
  } catch {
    return false;
  }
}

/** Evaluates the stage's condition of that kind, records it on the stage run, and says whether it was met. */
export function checkCondition(
  ctx: SimContext,
  execution: PipelineExecution,
  stage: StageDeclaration,
  run: StageRun,
  kind: ConditionKind,
): { condition: Condition; met: boolean } | undefined {
  const condition = stage[kind]?.conditions?.[0];
  if (!condition) return undefined;
  const failed = (condition.rules ?? []).flatMap((rule) => {
    const problem = ruleProblem(ctx, execution, rule, { stageName: stage.name, kind });
    return problem === undefined ? [] : [`Rule ${rule.name} failed: ${problem}.`];
  });
  run.conditions = {
    ...run.conditions,
    [kind]: {
      status: failed.length === 0 ? 'Succeeded' : 'Failed',
      summary: failed.length === 0 ? 'All rules succeeded.' : failed.join(' '),
      lastStatusChange: ctx.now,
    },
  };
  return { condition, met: failed.length === 0 };
}
