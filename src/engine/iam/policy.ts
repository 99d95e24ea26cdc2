import { AwsError } from '../core/aws-error';
import type { PolicyStatement, Principal } from './state';

/** IAM wildcards: `*` any run of characters, `?` one character; case-insensitive for actions. */
function wildcard(pattern: string, value: string, ignoreCase: boolean): boolean {
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${source}$`, ignoreCase ? 'i' : '').test(value);
}

const list = (v: string | string[]) => (Array.isArray(v) ? v : [v]);

export type ConditionContext = Record<string, string[] | undefined>;

/** The condition operators branch-protection policies use (aws-facts §4.3), and their IfExists forms. */
function conditionHolds(
  operator: string,
  key: string,
  expected: string | string[],
  context: ConditionContext,
): boolean {
  const values = context[key];
  const wanted = list(expected);
  if (operator === 'Null') return (values === undefined) === (wanted[0] === 'true');
  const ifExists = operator.endsWith('IfExists');
  if (values === undefined) return ifExists;
  const base = ifExists ? operator.slice(0, -'IfExists'.length) : operator;
  const matches = (v: string) =>
    base === 'StringEquals'
      ? wanted.includes(v)
      : base === 'StringLike'
        ? wanted.some((w) => wildcard(w, v, false))
        : base === 'StringNotEquals'
          ? !wanted.includes(v)
          : base === 'StringNotLike'
            ? !wanted.some((w) => wildcard(w, v, false))
            : false;
  return values.some(matches);
}

function statementApplies(s: PolicyStatement, action: string, resource: string, context: ConditionContext): boolean {
  if (!list(s.Action).some((a) => wildcard(a, action, true))) return false;
  if (!list(s.Resource).some((r) => wildcard(r, resource, false))) return false;
  return Object.entries(s.Condition ?? {}).every(([operator, keys]) =>
    Object.entries(keys).every(([key, expected]) => conditionHolds(operator, key, expected, context)),
  );
}

/**
 * Refuses the call when one of the principal's policies explicitly denies it. The simulated
 * account grants everything else, so only denies (branch protection and the like) are modelled.
 */
export function authorize(
  principal: Principal,
  action: string,
  resource: string,
  context: ConditionContext = {},
): void {
  const denied = principal.policies.some((p) =>
    p.Statement.some((s) => s.Effect === 'Deny' && statementApplies(s, action, resource, context)),
  );
  if (denied) {
    throw new AwsError(
      'AccessDeniedException',
      `User: ${principal.arn} is not authorized to perform: ${action} on resource: ${resource} with an explicit deny in an identity-based policy`,
    );
  }
}
