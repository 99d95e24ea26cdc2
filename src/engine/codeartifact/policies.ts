import { AwsError } from '../core/aws-error';
import type { Principal } from '../iam/state';
import type { World } from '../world';
import type { ResourcePolicy } from './state';

/**
 * Domain and repository permissions policies. The simulated account's identity policies grant everything but
 * explicit denies, so a resource policy is what decides here: when a repository (or domain) has one, a principal
 * may do what one of its Allow statements names it for, unless a Deny statement names it; with no policy the
 * account's own principals may do everything. Policies name repositories, not packages: a principal reads all
 * packages of a repository or none.
 */

interface Statement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Principal?: '*' | { AWS: string | string[] };
  Action: string | string[];
  Resource?: string | string[];
}

const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function wildcard(pattern: string, value: string, ignoreCase: boolean): boolean {
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${source}$`, ignoreCase ? 'i' : '').test(value);
}

/** Problems with a policy document, as PutRepositoryPermissionsPolicy refuses them; empty when it is usable. */
export function policyProblems(text: string): string | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return `Policy document is not valid JSON: ${(e as Error).message}`;
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return 'Policy document must be a JSON object';
  const statements = (doc as { Statement?: unknown }).Statement;
  const all = Array.isArray(statements) ? statements : statements === undefined ? undefined : [statements];
  if (!all || all.length === 0) return 'Policy document must contain at least one Statement';
  for (const [i, s] of all.entries()) {
    const where = `Statement[${i}]`;
    if (typeof s !== 'object' || s === null) return `${where} must be an object`;
    const st = s as Partial<Statement>;
    if (st.Effect !== 'Allow' && st.Effect !== 'Deny') return `${where}.Effect must be Allow or Deny`;
    if (st.Principal === undefined) return `${where} has no Principal: a resource policy must name who it applies to`;
    if (st.Principal !== '*' && (typeof st.Principal !== 'object' || !('AWS' in st.Principal)))
      return `${where}.Principal must be "*" or {"AWS": ...}`;
    if (list(st.Action).length === 0) return `${where} has no Action`;
    if (list(st.Action).some((a) => typeof a !== 'string' || !/^(codeartifact|sts):|^\*$/i.test(a)))
      return `${where}.Action names an action outside codeartifact (and sts:GetServiceBearerToken)`;
  }
  return undefined;
}

const statementsOf = (policy: ResourcePolicy): Statement[] => {
  const doc = JSON.parse(policy.document) as { Statement: Statement | Statement[] };
  return Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
};

/** Whether a statement's Principal names this caller: `*`, the account (ID or root), the user, or the role. */
function namesPrincipal(world: World, statement: Statement, principal: Principal): boolean {
  if (statement.Principal === '*') return true;
  const account = world.account.accountId;
  const roleArn = /^arn:aws:sts::(\d+):assumed-role\/([^/]+)\//.exec(principal.arn);
  const arns = [principal.arn, ...(roleArn ? [`arn:aws:iam::${roleArn[1]}:role/${roleArn[2]}`] : [])];
  return list(statement.Principal?.AWS).some(
    (p) =>
      p === '*' || p === account || p === `arn:aws:iam::${account}:root` || arns.some((a) => wildcard(p, a, false)),
  );
}

const namesAction = (s: Statement, action: string) => list(s.Action).some((a) => wildcard(a, action, true));
const namesResource = (s: Statement, resource: string) =>
  s.Resource === undefined || list(s.Resource).some((r) => wildcard(r, resource, false));

/**
 * Refuses `action` on `resourceArn` when the resource's policy does not allow the principal (or denies it),
 * with the message AWS gives and which policy decided.
 */
export function authorizeByPolicy(
  world: World,
  policy: ResourcePolicy | undefined,
  principal: Principal,
  action: string,
  resourceArn: string,
): void {
  if (!policy) return;
  const applying = statementsOf(policy).filter(
    (s) => namesAction(s, action) && namesResource(s, resourceArn) && namesPrincipal(world, s, principal),
  );
  if (applying.some((s) => s.Effect === 'Deny')) {
    throw new AwsError(
      'AccessDeniedException',
      `User: ${principal.arn} is not authorized to perform: ${action} on resource: ${resourceArn} with an explicit deny in a resource-based policy`,
      403,
    );
  }
  if (!applying.some((s) => s.Effect === 'Allow')) {
    throw new AwsError(
      'AccessDeniedException',
      `User: ${principal.arn} is not authorized to perform: ${action} on resource: ${resourceArn} because no resource-based policy allows the ${action} action`,
      403,
    );
  }
}
