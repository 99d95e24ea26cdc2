import { useState } from 'react';
import { useApprovalStates } from '../../../api/codecommit/get-pull-request-approval-states';
import type { PullRequest } from '../../../api/codecommit/pull-request-types';
import { useUpdatePullRequestApprovalState } from '../../../api/codecommit/update-pull-request-approval-state';
import { buttonClass } from '../../../components/button-styles';
import { useStatusStore } from '../../../stores/status-store';
import { ErrorLine } from '../diff/error-line';
import { ToneBadge } from '../diff/tone-badge';
import { useActingAs } from './acting-as';
import { CreateApprovalRuleDialog } from './create-approval-rule-dialog';
import { ApprovalGateLine, useApprovalGate } from './merge-readiness';
import { OverrideApprovalRules } from './override-approval-rules';
import { principalName } from './principal-name';
import { describeRule, parseRuleContentFields } from './rule-content';

/**
 * The rules (satisfied or not, from EvaluatePullRequestApprovalRules), who approved this revision
 * (GetPullRequestApprovalStates), and approve / revoke as the acting identity.
 */
export function ApprovalsPanel({ pr }: { pr: PullRequest }) {
  const open = pr.pullRequestStatus === 'OPEN';
  const { evaluation } = useApprovalGate(pr);
  const approvals = useApprovalStates(pr.pullRequestId, pr.revisionId);
  const update = useUpdatePullRequestApprovalState();
  const actingAs = useActingAs();
  const [creating, setCreating] = useState(false);
  const approvers = approvals.data?.filter((a) => a.approvalState === 'APPROVE') ?? [];
  const approvedByMe = actingAs.arn !== undefined && approvers.some((a) => a.userArn === actingAs.arn);

  const setState = (approvalState: 'APPROVE' | 'REVOKE') =>
    update.mutate(
      { pullRequestId: pr.pullRequestId, revisionId: pr.revisionId, approvalState },
      {
        onSuccess: () =>
          useStatusStore
            .getState()
            .show(
              `${actingAs.label} ${approvalState === 'APPROVE' ? 'approved' : 'revoked their approval of'} #${pr.pullRequestId}`,
            ),
      },
    );

  const statusOf = (ruleName: string) => {
    if (!open || !evaluation.data) return undefined;
    if (evaluation.data.approvalRulesSatisfied.includes(ruleName)) return <ToneBadge tone="green">Satisfied</ToneBadge>;
    if (evaluation.data.approvalRulesNotSatisfied.includes(ruleName))
      return <ToneBadge tone="amber">Not satisfied</ToneBadge>;
    return undefined;
  };

  return (
    <div className="space-y-5">
      <ApprovalGateLine pr={pr} />
      <section aria-labelledby={`rules-${pr.pullRequestId}`} className="space-y-2">
        <div className="flex items-center justify-between gap-3">
          <h3 id={`rules-${pr.pullRequestId}`} className="font-bold">
            Approval rules ({pr.approvalRules.length})
          </h3>
          {open && (
            <button type="button" className={buttonClass('normal', 'py-1 text-xs')} onClick={() => setCreating(true)}>
              Create approval rule
            </button>
          )}
        </div>
        {pr.approvalRules.length === 0 ? (
          <p className="text-zinc-600 dark:text-zinc-400">
            No approval rules: the pull request can merge without approvals.
          </p>
        ) : (
          <ul className="divide-y divide-zinc-100 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-700">
            {pr.approvalRules.map((rule) => {
              const fields = parseRuleContentFields(rule.approvalRuleContent);
              return (
                <li key={rule.approvalRuleId} className="flex flex-wrap items-center gap-3 px-3 py-2.5">
                  <span className="font-semibold">{rule.approvalRuleName}</span>
                  {statusOf(rule.approvalRuleName)}
                  <span className="text-sm text-zinc-700 dark:text-zinc-300">
                    {fields ? describeRule(fields) : rule.approvalRuleContent}
                  </span>
                  {rule.originApprovalRuleTemplate && (
                    <span className="text-xs text-zinc-600 dark:text-zinc-400">
                      from template {rule.originApprovalRuleTemplate.approvalRuleTemplateName}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        {pr.approvalRules.length > 0 && <OverrideApprovalRules pr={pr} />}
      </section>
      <section aria-labelledby={`approvals-${pr.pullRequestId}`} className="space-y-2">
        <h3 id={`approvals-${pr.pullRequestId}`} className="font-bold">
          Approvals of this revision
        </h3>
        {approvals.isError && <ErrorLine error={approvals.error} />}
        {approvals.data &&
          (approvers.length === 0 ? (
            <p className="text-zinc-600 dark:text-zinc-400">Nobody has approved this revision yet.</p>
          ) : (
            <ul aria-label="Approved by" className="flex flex-wrap gap-2">
              {approvers.map((a) => (
                <li key={a.userArn}>
                  <ToneBadge tone="green" title={a.userArn}>
                    Approved by {principalName(a.userArn)}
                  </ToneBadge>
                </li>
              ))}
            </ul>
          ))}
        {open && (
          <div className="flex flex-wrap items-center gap-3 pt-1">
            {approvedByMe ? (
              <button
                type="button"
                className={buttonClass('normal')}
                onClick={() => setState('REVOKE')}
                aria-disabled={update.isPending}
              >
                Revoke approval
              </button>
            ) : (
              <button
                type="button"
                className={buttonClass('primary')}
                onClick={() => setState('APPROVE')}
                aria-disabled={update.isPending}
              >
                Approve
              </button>
            )}
            <span className="text-xs text-zinc-600 dark:text-zinc-400">
              as <span className="font-semibold">{actingAs.label}</span>
            </span>
          </div>
        )}
        {update.isError && <ErrorLine error={update.error} />}
      </section>
      {creating && <CreateApprovalRuleDialog pr={pr} onClose={() => setCreating(false)} />}
    </div>
  );
}
