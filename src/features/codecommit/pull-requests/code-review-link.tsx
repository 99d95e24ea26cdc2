import { Link } from 'react-router';
import { useCodeReviews } from '../../../api/codeguru-reviewer/list-code-reviews';
import { linkClass } from '../../../components/button-styles';

/** The latest CodeGuru Reviewer code review of this pull request, when its repository is associated. */
export function CodeReviewLink({ repositoryName, pullRequestId }: { repositoryName: string; pullRequestId: string }) {
  const reviews = useCodeReviews('PullRequest');
  const latest = reviews.data?.find((r) => r.RepositoryName === repositoryName && r.PullRequestId === pullRequestId);
  if (!latest) return null;
  const findings = latest.MetricsSummary?.FindingsCount;
  return (
    <p className="mt-1 text-sm">
      <Link className={linkClass} to={`/codeguru/reviewer/code-reviews/${encodeURIComponent(latest.CodeReviewArn)}`}>
        CodeGuru Reviewer code review
      </Link>{' '}
      <span className="text-zinc-600 dark:text-zinc-400">
        · {latest.State}
        {findings !== undefined && ` · ${findings} recommendation${findings === 1 ? '' : 's'}`}
      </span>
    </p>
  );
}
