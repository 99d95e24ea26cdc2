import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Principal } from '../../iam/state';

/** The approval rule content JSON (aws-facts §4.1). */
export interface RuleContent {
  destinationReferences?: string[];
  numberOfApprovalsNeeded: number;
  approvalPoolMembers: string[];
}

export const ruleContentSha256 = (content: string) => bytesToHex(sha256(utf8ToBytes(content)));

/** Parses rule content, or says what is wrong with it (for InvalidApprovalRule...ContentException). */
export function parseRuleContent(content: string): RuleContent | string {
  if (content.length > 3000) return 'Rule content can be at most 3000 characters.';
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    return 'The rule content is not valid JSON.';
  }
  if (typeof json !== 'object' || json === null) return 'The rule content must be a JSON object.';
  const { Version, DestinationReferences, Statements } = json as Record<string, unknown>;
  if (Version !== '2018-11-08') return 'The rule content must have "Version": "2018-11-08".';
  if (!Array.isArray(Statements) || Statements.length !== 1)
    return 'The rule content must have exactly one statement in "Statements".';
  const statement = Statements[0] as Record<string, unknown>;
  if (statement.Type !== 'Approvers') return 'The statement "Type" must be "Approvers".';
  const needed = statement.NumberOfApprovalsNeeded;
  if (typeof needed !== 'number' || !Number.isInteger(needed) || needed < 1) {
    return '"NumberOfApprovalsNeeded" must be a whole number of at least 1.';
  }
  const pool = statement.ApprovalPoolMembers ?? [];
  if (!Array.isArray(pool) || pool.some((m) => typeof m !== 'string'))
    return '"ApprovalPoolMembers" must be a list of strings.';
  if (pool.length > 50) return 'An approval pool can have at most 50 members.';
  if (
    DestinationReferences !== undefined &&
    (!Array.isArray(DestinationReferences) || DestinationReferences.some((r) => typeof r !== 'string'))
  ) {
    return '"DestinationReferences" must be a list of references such as "refs/heads/main".';
  }
  return {
    ...(DestinationReferences !== undefined && { destinationReferences: DestinationReferences as string[] }),
    numberOfApprovalsNeeded: needed,
    approvalPoolMembers: pool as string[],
  };
}

const wildcard = (pattern: string, value: string) =>
  new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\?]/g, '\\$&').replace(/\*/g, '.*')}$`).test(value);

/**
 * Whether an approver belongs to a pool member entry: `CodeCommitApprovers:<account>:<name>`
 * names a user (or, with a wildcard or as `Role/Session`, an assumed-role session); anything
 * else is an IAM or STS ARN, wildcards allowed.
 */
export function inPool(member: string, approver: Principal, accountId: string): boolean {
  const short = /^CodeCommitApprovers:(\d{12}):(.+)$/.exec(member);
  if (short) return short[1] === accountId && wildcard(short[2] as string, approver.name);
  return wildcard(member, approver.arn);
}

/** `refs/heads/main` against a template's DestinationReferences (wildcards allowed). */
export const matchesReference = (references: string[] | undefined, ref: string) =>
  references === undefined || references.some((r) => wildcard(r, ref));
