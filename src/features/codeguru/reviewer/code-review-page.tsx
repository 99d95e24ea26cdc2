import { Link, useParams } from 'react-router';
import { useCodeReview } from '../../../api/codeguru-reviewer/describe-code-review';
import { fromEpochSeconds } from '../../../api/codecommit/service';
import { linkClass } from '../../../components/button-styles';
import { ErrorPanel } from '../../../components/error-panel';
import { formatDateTime } from '../../../components/format/time';
import { KeyValueList } from '../../../components/key-value-list';
import { Loading } from '../../../components/loading';
import { PageHeader } from '../../../components/page-header';
import { Panel } from '../../../components/panel';
import { pullRequestPath, repositoryPath, reviewerPath } from './paths';
import { RecommendationsPanel } from './recommendations-panel';
import { StatePill } from './state-pill';

const time = (s: number) => formatDateTime(fromEpochSeconds(s).getTime());

/** DescribeCodeReview: what was reviewed, its state and metrics, then the recommendations by file. */
export function CodeReviewPage() {
  const arn = useParams().codeReviewArn ?? '';
  const review = useCodeReview(arn);
  if (review.isPending) return <Loading label="Reading the code review…" />;
  if (review.isError)
    return (
      <ErrorPanel
        error={review.error}
        subject="Code review"
        back={{ to: reviewerPath, label: 'Back to CodeGuru Reviewer' }}
      />
    );
  const r = review.data;
  const diff = r.SourceCodeType?.CommitDiff;
  const m = r.Metrics;
  return (
    <div className="space-y-5">
      <PageHeader
        title={r.Name}
        description={
          r.Type === 'PullRequest' ? 'Incremental code review of a pull request' : 'Full repository analysis'
        }
      />
      <Panel title="Code review details" actions={<StatePill state={r.State} />}>
        <KeyValueList
          items={[
            { label: 'State reason', value: r.StateReason ?? '–' },
            {
              label: 'Repository',
              value: (
                <Link className={linkClass} to={repositoryPath(r.RepositoryName)}>
                  {r.RepositoryName}
                </Link>
              ),
            },
            {
              label: 'Source',
              value:
                r.PullRequestId !== undefined ? (
                  <Link className={linkClass} to={pullRequestPath(r.RepositoryName, r.PullRequestId)}>
                    Pull request #{r.PullRequestId}
                  </Link>
                ) : (
                  <span>
                    Branch <code className="font-mono">{r.SourceCodeType?.RepositoryHead?.BranchName}</code>
                  </span>
                ),
            },
            ...(diff
              ? [
                  {
                    label: 'Commits',
                    value: (
                      <code className="font-mono text-xs">
                        {diff.SourceCommit?.slice(0, 12)} → {diff.DestinationCommit?.slice(0, 12)}
                      </code>
                    ),
                  },
                ]
              : []),
            { label: 'Created', value: time(r.CreatedTimeStamp) },
            { label: 'Last updated', value: time(r.LastUpdatedTimeStamp) },
            { label: 'Analysis types', value: (r.AnalysisTypes ?? []).join(', ') },
            { label: 'Configuration file (aws-codeguru-reviewer.yml)', value: r.ConfigFileState ?? '–' },
            { label: 'Code review ARN', value: <code className="font-mono text-xs break-all">{r.CodeReviewArn}</code> },
          ]}
        />
      </Panel>
      <Panel title="Metrics">
        <dl className="grid grid-cols-3 gap-4 text-center">
          {[
            ['Lines of code analysed', m?.MeteredLinesOfCodeCount],
            ['Lines suppressed by excludeFiles', m?.SuppressedLinesOfCodeCount],
            ['Recommendations', m?.FindingsCount],
          ].map(([label, value]) => (
            <div key={label as string}>
              <dt className="text-xs font-semibold text-zinc-600 dark:text-zinc-400">{label}</dt>
              <dd className="text-2xl font-bold tabular-nums">{value ?? '–'}</dd>
            </div>
          ))}
        </dl>
      </Panel>
      <RecommendationsPanel review={r} />
      <p className="text-sm">
        <Link className={linkClass} to={reviewerPath}>
          All code reviews
        </Link>
      </p>
    </div>
  );
}
