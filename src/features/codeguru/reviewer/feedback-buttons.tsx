import { usePutRecommendationFeedback } from '../../../api/codeguru-reviewer/put-recommendation-feedback';
import { REVIEWER_ERROR_EXPLANATIONS } from '../../../api/codeguru-reviewer/service';
import type { Reaction, RecommendationFeedbackSummary } from '../../../api/codeguru-reviewer/wire-types';
import { ErrorCallout } from '../../../components/error-callout';

const REACTIONS: { reaction: Reaction; text: string }[] = [
  { reaction: 'ThumbsUp', text: 'Thumbs up' },
  { reaction: 'ThumbsDown', text: 'Thumbs down' },
];

/** PutRecommendationFeedback as the acting identity: one reaction each; choosing it again takes it back. */
export function FeedbackButtons({
  codeReviewArn,
  recommendationId,
  feedback,
  callerArn,
  callerLabel,
}: {
  codeReviewArn: string;
  recommendationId: string;
  feedback: readonly RecommendationFeedbackSummary[];
  callerArn: string | undefined;
  callerLabel: string;
}) {
  const put = usePutRecommendationFeedback();
  const mine = feedback.find((f) => f.UserId === callerArn)?.Reactions[0];
  const count = (reaction: Reaction) => feedback.filter((f) => f.Reactions.includes(reaction)).length;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-zinc-600 dark:text-zinc-400">
          Was this helpful? Feedback as <span className="font-semibold">{callerLabel}</span>:
        </span>
        {REACTIONS.map(({ reaction, text }) => (
          <button
            key={reaction}
            type="button"
            aria-pressed={mine === reaction}
            aria-label={`${text} (${count(reaction)})`}
            disabled={put.isPending}
            onClick={() =>
              put.mutate({ codeReviewArn, recommendationId, reactions: mine === reaction ? [] : [reaction] })
            }
            className="inline-flex items-center gap-1 rounded-full border border-zinc-300 px-2.5 py-0.5 hover:bg-zinc-100 aria-pressed:border-accent aria-pressed:bg-sky-50 aria-pressed:font-semibold dark:border-zinc-700 dark:hover:bg-zinc-800 dark:aria-pressed:border-accent-night dark:aria-pressed:bg-sky-950/50"
          >
            <span aria-hidden="true">{text}</span>
            <span className="tabular-nums">· {count(reaction)}</span>
          </button>
        ))}
      </div>
      {put.error && <ErrorCallout error={put.error} explanations={REVIEWER_ERROR_EXPLANATIONS} compact />}
    </div>
  );
}
