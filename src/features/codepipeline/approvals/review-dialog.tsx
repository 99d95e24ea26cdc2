import { useState } from 'react';
import { usePipelineExecution } from '../../../api/codepipeline/get-pipeline-execution';
import { useActionExecutions } from '../../../api/codepipeline/list-action-executions';
import type { PendingApproval } from '../../../api/codepipeline/pending-approvals';
import { usePutApprovalResult } from '../../../api/codepipeline/put-approval-result';
import { buttonClass, linkClass } from '../../../components/button-styles';
import { Dialog, DialogActions } from '../../../components/dialog';
import { ErrorCallout } from '../../../components/error-callout';
import { formatCountdown } from '../../../components/format/time';
import { KeyValueList } from '../../../components/key-value-list';
import { useSimNow } from '../../../components/simulation/use-sim-now';
import type { ActionDeclaration } from '../../../engine/specs/pipeline/types';
import { CODEPIPELINE_EXPLANATIONS } from '../shared/explanations';
import { firstLine, isWebLink, shortRevision } from '../shared/format';
import { ActingAsField } from './acting-as-field';

/** PutApprovalResult's summary is at most 512 characters (aws-facts §1.8). */
const SUMMARY_MAX = 512;

/** Review a manual approval: what it asks, for which change, then approve or reject with a comment. */
export function ReviewDialog({
  approval,
  action,
  onClose,
}: {
  approval: PendingApproval;
  action: ActionDeclaration | undefined;
  onClose: () => void;
}) {
  const put = usePutApprovalResult();
  const now = useSimNow(1000);
  const [comment, setComment] = useState('');
  const execution = usePipelineExecution(approval.pipelineName, approval.pipelineExecutionId);
  const details = useActionExecutions(approval.pipelineName, approval.pipelineExecutionId);
  const detail = details.data?.find((d) => d.stageName === approval.stageName && d.actionName === approval.actionName);
  const configuration = detail?.input?.resolvedConfiguration ?? action?.configuration ?? {};
  const link = configuration.ExternalEntityLink;
  const tooLong = comment.length > SUMMARY_MAX;
  const answer = (status: 'Approved' | 'Rejected') =>
    !put.isPending &&
    !tooLong &&
    put.mutate(
      {
        pipelineName: approval.pipelineName,
        stageName: approval.stageName,
        actionName: approval.actionName,
        token: approval.token,
        result: { status, summary: comment },
      },
      { onSuccess: onClose },
    );
  return (
    <Dialog title={`Review ${approval.stageName} / ${approval.actionName}`} onClose={onClose} size="wide">
      <KeyValueList
        items={[
          { label: 'Pipeline', value: approval.pipelineName },
          {
            label: 'Time left',
            value:
              approval.expiresAt !== undefined && now !== undefined ? (
                <span data-testid="approval-countdown">
                  {formatCountdown(approval.expiresAt - now)} (then the approval fails)
                </span>
              ) : (
                '–'
              ),
          },
          { label: 'Comments from the pipeline (CustomData)', value: configuration.CustomData ?? '–' },
          {
            label: 'URL for review (ExternalEntityLink)',
            value: link ? (
              isWebLink(link) ? (
                <a href={link} target="_blank" rel="noopener noreferrer" className={`${linkClass} break-all`}>
                  {link}
                </a>
              ) : (
                <span className="font-mono break-all">{link}</span>
              )
            ) : (
              '–'
            ),
          },
          {
            label: 'Source revisions',
            value: (
              <ul>
                {(execution.data?.artifactRevisions ?? []).map((r) => (
                  <li key={r.name}>
                    <span className="text-zinc-600 dark:text-zinc-400">{r.name}: </span>
                    <span className="font-mono text-xs">{r.revisionId ? shortRevision(r.revisionId) : '–'}</span>{' '}
                    {firstLine(r.revisionSummary)}
                  </li>
                ))}
                {execution.data && (execution.data.artifactRevisions ?? []).length === 0 && <li>–</li>}
              </ul>
            ),
          },
        ]}
      />
      <div className="mt-5 space-y-4">
        <ActingAsField />
        <div>
          <label htmlFor="approval-comment" className="mb-1 block font-semibold">
            Comment
          </label>
          <textarea
            id="approval-comment"
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            rows={3}
            aria-invalid={tooLong || undefined}
            className="block w-full rounded-md border border-zinc-400 bg-white px-2.5 py-1.5 text-sm dark:border-zinc-500 dark:bg-zinc-900"
          />
          <p
            className={`mt-1 text-xs ${tooLong ? 'text-red-800 dark:text-red-300' : 'text-zinc-600 dark:text-zinc-400'}`}
          >
            {comment.length} / {SUMMARY_MAX} characters
          </p>
        </div>
      </div>
      {put.error ? (
        <div className="mt-4">
          <ErrorCallout error={put.error} explanations={CODEPIPELINE_EXPLANATIONS} />
        </div>
      ) : null}
      <DialogActions>
        <button type="button" className={buttonClass('normal')} onClick={onClose}>
          Cancel
        </button>
        <button type="button" className={buttonClass('danger')} onClick={() => answer('Rejected')}>
          Reject
        </button>
        <button type="button" className={buttonClass('primary')} onClick={() => answer('Approved')}>
          Approve
        </button>
      </DialogActions>
    </Dialog>
  );
}
