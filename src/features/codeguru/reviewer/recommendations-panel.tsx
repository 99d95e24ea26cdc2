import { useRecommendationFeedback } from '../../../api/codeguru-reviewer/list-recommendation-feedback';
import { useRecommendations } from '../../../api/codeguru-reviewer/list-recommendations';
import { REVIEWER_ERROR_EXPLANATIONS } from '../../../api/codeguru-reviewer/service';
import type { CodeReview } from '../../../api/codeguru-reviewer/wire-types';
import { EmptyState } from '../../../components/empty-state';
import { ErrorCallout } from '../../../components/error-callout';
import { Loading } from '../../../components/loading';
import { Panel } from '../../../components/panel';
import { RecommendationCard } from './recommendation-card';
import { groupByFile } from './recommendation-groups';
import { useCaller } from './use-caller-arn';

/** ListRecommendations grouped by file, with everyone's feedback (ListRecommendationFeedback). */
export function RecommendationsPanel({ review }: { review: CodeReview }) {
  const completed = review.State === 'Completed';
  const recommendations = useRecommendations(review.CodeReviewArn, completed);
  const feedback = useRecommendationFeedback(review.CodeReviewArn, completed);
  const caller = useCaller();
  const revision =
    review.SourceCodeType?.CommitDiff?.SourceCommit ?? review.SourceCodeType?.RepositoryHead?.BranchName ?? '';
  const groups = groupByFile(recommendations.data ?? []);
  return (
    <Panel title={`Recommendations${completed ? ` (${recommendations.data?.length ?? '…'})` : ''}`} flush>
      {review.State === 'Pending' && (
        <EmptyState title="The review is running">
          <p>Recommendations appear when it completes. Advance the simulation clock to get there sooner.</p>
        </EmptyState>
      )}
      {review.State === 'Failed' && (
        <EmptyState title="The review failed">
          <p>{review.StateReason}</p>
        </EmptyState>
      )}
      {completed && recommendations.isPending && <Loading label="Reading recommendations…" />}
      {recommendations.isError && (
        <div className="p-4">
          <ErrorCallout error={recommendations.error} explanations={REVIEWER_ERROR_EXPLANATIONS} />
        </div>
      )}
      {recommendations.isSuccess && groups.length === 0 && (
        <EmptyState title="No recommendations">
          <p>None of the detectors matched the Java and Python code this review analysed.</p>
        </EmptyState>
      )}
      {groups.map((group) => (
        <section key={group.filePath} className="border-t border-zinc-200 first:border-t-0 dark:border-zinc-800">
          <h3 className="bg-zinc-50 px-4 py-2 font-mono text-sm font-semibold dark:bg-zinc-800/50">
            {group.filePath}{' '}
            <span className="font-sans font-normal text-zinc-600 dark:text-zinc-400">
              ({group.recommendations.length})
            </span>
          </h3>
          <div className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {group.recommendations.map((r) => (
              <RecommendationCard
                key={r.RecommendationId}
                recommendation={r}
                codeReviewArn={review.CodeReviewArn}
                repositoryName={review.RepositoryName}
                revision={revision}
                feedback={feedback.data ?? []}
                caller={caller}
              />
            ))}
          </div>
        </section>
      ))}
    </Panel>
  );
}
