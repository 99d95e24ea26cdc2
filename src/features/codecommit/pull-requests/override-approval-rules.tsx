import { useOverrideState } from '../../../api/codecommit/get-pull-request-override-state';
import { useOverridePullRequestApprovalRules } from '../../../api/codecommit/override-pull-request-approval-rules';
import type { PullRequest } from '../../../api/codecommit/pull-request-types';
import { buttonClass } from '../../../components/button-styles';
import { useStatusStore } from '../../../stores/status-store';
import { ErrorLine } from '../diff/error-line';
import { useActingAs } from './acting-as';
import { useApprovalGate } from './merge-readiness';
import { principalName } from './principal-name';

/**
 * OverridePullRequestApprovalRules: set the rules aside for this revision when they are not met,
 * or revoke an override. A push to the source branch makes a new revision, and the rules apply again.
 */
export function OverrideApprovalRules({ pr }: { pr: PullRequest }) {
  const open = pr.pullRequestStatus === 'OPEN';
  const { blocked } = useApprovalGate(pr);
  const state = useOverrideState(pr.pullRequestId, open ? pr.revisionId : undefined);
  const override = useOverridePullRequestApprovalRules();
  const actingAs = useActingAs();
  if (!open || !state.data) return state.isError ? <ErrorLine error={state.error} /> : null;
  const overridden = state.data.overridden;
  if (!overridden && !blocked) return null;

  const set = (overrideStatus: 'OVERRIDE' | 'REVOKE') =>
    override.mutate(
      { pullRequestId: pr.pullRequestId, revisionId: pr.revisionId, overrideStatus },
      {
        onSuccess: () =>
          useStatusStore
            .getState()
            .show(
              `${actingAs.label} ${overrideStatus === 'OVERRIDE' ? 'overrode' : 'revoked the override of'} the approval rules of #${pr.pullRequestId}`,
            ),
      },
    );

  return (
    <div className="flex flex-wrap items-center gap-3">
      {overridden ? (
        <>
          <p>
            Approval rules overridden for this revision by{' '}
            <span className="font-semibold">{principalName(state.data.overrider ?? '')}</span>.
          </p>
          <button
            type="button"
            className={buttonClass('normal')}
            onClick={() => set('REVOKE')}
            aria-disabled={override.isPending}
          >
            Revoke override
          </button>
        </>
      ) : (
        <>
          <button
            type="button"
            className={buttonClass('normal')}
            onClick={() => set('OVERRIDE')}
            aria-disabled={override.isPending}
          >
            Override approval rules
          </button>
          <span className="text-xs text-zinc-600 dark:text-zinc-400">
            as <span className="font-semibold">{actingAs.label}</span>: lets this revision merge without the approvals;
            the override is recorded in the activity.
          </span>
        </>
      )}
      {override.isError && <ErrorLine error={override.error} />}
    </div>
  );
}
