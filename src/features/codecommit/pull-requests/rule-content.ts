/**
 * Approval rule content (aws-facts §4.1): what the approval rule and template forms build, and how
 * existing rules read back. Pool members come in two forms: `CodeCommitApprovers:<account>:<name>`
 * (an IAM user, or an assumed-role session as `Role/Session` or with a wildcard) and a full IAM or
 * STS ARN, wildcards allowed.
 */
export const RULE_CONTENT_VERSION = '2018-11-08';

export type PoolMember = { form: 'approver'; account: string; name: string } | { form: 'arn'; arn: string };

export interface RuleContentFields {
  numberOfApprovalsNeeded: number;
  members: PoolMember[];
  /** Templates only: the destination branches (`refs/heads/main`) the template applies to. */
  destinationReferences?: string[];
}

const APPROVER = /^CodeCommitApprovers:(\d{12}):(.+)$/;

export const memberText = (m: PoolMember) =>
  m.form === 'approver' ? `CodeCommitApprovers:${m.account}:${m.name}` : m.arn;

/** One pool member as written in a form line: the short form, or anything else as an ARN. */
export function parseMember(text: string): PoolMember {
  const short = APPROVER.exec(text.trim());
  return short
    ? { form: 'approver', account: short[1] ?? '', name: short[2] ?? '' }
    : { form: 'arn', arn: text.trim() };
}

/** `main` → `refs/heads/main`; full references and wildcards are kept as written. */
export const toReference = (branch: string) => (branch.startsWith('refs/') ? branch : `refs/heads/${branch.trim()}`);

/** The rule content JSON, with keys in the order the console writes them. */
export function buildRuleContent(fields: RuleContentFields): string {
  const statement = {
    Type: 'Approvers',
    NumberOfApprovalsNeeded: fields.numberOfApprovalsNeeded,
    ...(fields.members.length > 0 && { ApprovalPoolMembers: fields.members.map(memberText) }),
  };
  return JSON.stringify({
    Version: RULE_CONTENT_VERSION,
    ...(fields.destinationReferences &&
      fields.destinationReferences.length > 0 && { DestinationReferences: fields.destinationReferences }),
    Statements: [statement],
  });
}

/** Reads rule content back for display; undefined when it is not in the shape the service accepts. */
export function parseRuleContentFields(content: string): RuleContentFields | undefined {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    return undefined;
  }
  if (typeof json !== 'object' || json === null) return undefined;
  const { DestinationReferences, Statements } = json as Record<string, unknown>;
  const statement = Array.isArray(Statements) ? (Statements[0] as Record<string, unknown> | undefined) : undefined;
  const needed = statement?.NumberOfApprovalsNeeded;
  if (typeof needed !== 'number') return undefined;
  const pool = Array.isArray(statement?.ApprovalPoolMembers) ? (statement.ApprovalPoolMembers as unknown[]) : [];
  return {
    numberOfApprovalsNeeded: needed,
    members: pool.filter((m): m is string => typeof m === 'string').map(parseMember),
    ...(Array.isArray(DestinationReferences) && {
      destinationReferences: DestinationReferences.filter((r): r is string => typeof r === 'string'),
    }),
  };
}

const memberLabel = (m: PoolMember) => (m.form === 'approver' ? m.name : m.arn);

/** `1 approval from ben or cleo`, `2 approvals from anyone with access`. */
export function describeRule(fields: RuleContentFields): string {
  const n = fields.numberOfApprovalsNeeded;
  const count = `${n} ${n === 1 ? 'approval' : 'approvals'}`;
  if (fields.members.length === 0) return `${count} from anyone with access to the repository`;
  const names = fields.members.map(memberLabel);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
  return `${count} from ${list}`;
}
