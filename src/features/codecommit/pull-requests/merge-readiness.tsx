import { useApprovalEvaluation } from '../../../api/codecommit/evaluate-pull-request-approval-rules';
import type { PullRequest } from '../../../api/codecommit/pull-request-types';
import { ErrorLine } from '../diff/error-line';

/** EvaluatePullRequestApprovalRules for the current revision: whether approval rules let the pull request merge. */
export function useApprovalGate(pr: PullRequest) {
  const evaluation = useApprovalEvaluation(
    pr.pullRequestId,
    pr.pullRequestStatus === 'OPEN' ? pr.revisionId : undefined,
  );
  const blockedBy = evaluation.data && !evaluation.data.approved ? evaluation.data.approvalRulesNotSatisfied : [];
  return { evaluation, blocked: blockedBy.length > 0, blockedBy };
}

/** The approval rules' verdict in a sentence; the names of unmet rules are the reason a merge is blocked. */
export function ApprovalGateLine({ pr, id }: { pr: PullRequest; id?: string }) {
  const { evaluation, blocked, blockedBy } = useApprovalGate(pr);
  if (pr.pullRequestStatus !== 'OPEN') return null;
  if (evaluation.isPending) return <p id={id}>Evaluating approval rules…</p>;
  if (evaluation.isError) return <ErrorLine error={evaluation.error} />;
  const e = evaluation.data;
  if (blocked) {
    return (
      <p
        id={id}
        className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
      >
        <strong>Merge blocked:</strong> approval rules not satisfied: {blockedBy.join(', ')}.
      </p>
    );
  }
  const satisfied = e.approvalRulesSatisfied;
  return (
    <p
      id={id}
      className="rounded-lg border border-emerald-300 bg-emerald-50 px-3 py-2 text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950/40 dark:text-emerald-100"
    >
      {e.overridden
        ? 'Approval rules were overridden for this revision.'
        : satisfied.length === 0
          ? 'No approval rules apply: the pull request can merge without approvals.'
          : `Approval rules satisfied: ${satisfied.join(', ')}.`}
    </p>
  );
}
