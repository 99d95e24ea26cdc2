import { useState } from 'react';
import { NavLink, useParams } from 'react-router';
import { usePullRequest } from '../../../api/codecommit/get-pull-request';
import { fromEpochSeconds } from '../../../api/codecommit/service';
import { buttonClass } from '../../../components/button-styles';
import { ErrorPanel } from '../../../components/error-panel';
import { formatDateTime } from '../../../components/format/time';
import { Loading } from '../../../components/loading';
import { Panel } from '../../../components/panel';
import { pullRequestPath, pullRequestsPath } from '../paths';
import { useRepositoryParams } from '../use-repository-params';
import { useActingAs } from './acting-as';
import { ActivityPanel } from './activity-panel';
import { ApprovalsPanel } from './approvals-panel';
import { ChangesPanel } from './changes-panel';
import { ClosePullRequestDialog } from './close-pull-request-dialog';
import { CommentsPanel } from './comments-panel';
import { CodeReviewLink } from './code-review-link';
import { CommitsPanel } from './commits-panel';
import { DetailsPanel } from './details-panel';
import { EditPullRequestDialog } from './edit-pull-request-dialog';
import { MergeDialog } from './merge-dialog';
import { principalName } from './principal-name';
import { PullRequestStatusBadge, branchOf } from './pull-request-status-badge';

const TABS = [
  { tab: 'details', label: 'Details' },
  { tab: 'activity', label: 'Activity' },
  { tab: 'changes', label: 'Changes' },
  { tab: 'commits', label: 'Commits' },
  { tab: 'approvals', label: 'Approvals' },
  { tab: 'comments', label: 'Comments' },
] as const;
type Tab = (typeof TABS)[number]['tab'];

/** One pull request: its header with Merge and Close, and Details / Activity / Changes / Commits / Approvals / Comments. */
export function PullRequestPage() {
  const { name } = useRepositoryParams();
  const params = useParams();
  const id = params.id ?? '';
  const tab: Tab = TABS.find((t) => t.tab === params.tab)?.tab ?? 'details';
  const pr = usePullRequest(id);
  const actingAs = useActingAs();
  const [dialog, setDialog] = useState<'merge' | 'close' | 'edit'>();

  if (pr.isPending) return <Loading label="Reading the pull request…" />;
  if (pr.isError) {
    return (
      <ErrorPanel
        error={pr.error}
        subject={`Pull request ${id}`}
        back={{ to: pullRequestsPath(name), label: 'Back to pull requests' }}
      />
    );
  }
  const p = pr.data;
  const t = p.pullRequestTargets[0];
  const open = p.pullRequestStatus === 'OPEN';
  const merged = t?.mergeMetadata.isMerged ? (t.mergeMetadata.mergedBy ?? p.authorArn) : undefined;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 className="flex flex-wrap items-center gap-2 text-xl font-bold break-words">
            {p.title} <span className="font-normal text-zinc-500">#{p.pullRequestId}</span>
            <PullRequestStatusBadge pullRequest={p} />
          </h2>
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
            {merged
              ? `${principalName(merged)} merged`
              : `${principalName(p.authorArn)} ${open ? 'wants to merge' : 'proposed merging'}`}{' '}
            <code className="font-mono text-zinc-900 dark:text-zinc-100">{t && branchOf(t.sourceReference)}</code> into{' '}
            <code className="font-mono text-zinc-900 dark:text-zinc-100">{t && branchOf(t.destinationReference)}</code>{' '}
            · {merged ? `opened by ${principalName(p.authorArn)}` : 'opened'}{' '}
            {formatDateTime(fromEpochSeconds(p.creationDate).getTime())}
            {!open && !merged && ' · closed without merging'}
          </p>
          {t && <CodeReviewLink repositoryName={t.repositoryName} pullRequestId={p.pullRequestId} />}
        </div>
        {open && (
          <div className="flex gap-2">
            <button type="button" className={buttonClass('normal')} onClick={() => setDialog('edit')}>
              Edit
            </button>
            <button type="button" className={buttonClass('normal')} onClick={() => setDialog('close')}>
              Close pull request
            </button>
            <button type="button" className={buttonClass('primary')} onClick={() => setDialog('merge')}>
              Merge
            </button>
          </div>
        )}
      </div>
      <nav aria-label="Pull request" className="flex flex-wrap gap-1 border-b border-zinc-300 dark:border-zinc-700">
        {TABS.map((item) => (
          <NavLink
            key={item.tab}
            to={pullRequestPath(name, p.pullRequestId, item.tab === 'details' ? undefined : item.tab)}
            end
            aria-current={item.tab === tab ? 'page' : undefined}
            className="-mb-px block border-b-2 border-transparent px-3 py-1.5 text-sm font-semibold text-zinc-600 hover:text-zinc-950 aria-[current=page]:border-accent aria-[current=page]:text-accent dark:text-zinc-400 dark:hover:text-zinc-50 dark:aria-[current=page]:border-accent-night dark:aria-[current=page]:text-accent-night"
          >
            {item.label}
          </NavLink>
        ))}
      </nav>
      <Panel>
        {tab === 'details' && <DetailsPanel pr={p} />}
        {tab === 'activity' && <ActivityPanel pullRequestId={p.pullRequestId} />}
        {tab === 'changes' && <ChangesPanel pr={p} />}
        {tab === 'commits' && <CommitsPanel pr={p} />}
        {tab === 'approvals' && <ApprovalsPanel key={actingAs.label} pr={p} />}
        {tab === 'comments' && <CommentsPanel pr={p} />}
      </Panel>
      {dialog === 'merge' && <MergeDialog pr={p} onClose={() => setDialog(undefined)} />}
      {dialog === 'edit' && <EditPullRequestDialog pr={p} onClose={() => setDialog(undefined)} />}
      {dialog === 'close' && <ClosePullRequestDialog pr={p} onClose={() => setDialog(undefined)} />}
    </div>
  );
}
