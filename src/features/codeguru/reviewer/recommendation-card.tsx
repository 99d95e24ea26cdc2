import type { RecommendationFeedbackSummary, RecommendationSummary } from '../../../api/codeguru-reviewer/wire-types';
import { CodeText } from '../../../components/code-text';
import { CodeExcerpt } from './code-excerpt';
import { FeedbackButtons } from './feedback-buttons';
import { SeverityPill } from './state-pill';

/** One recommendation: where, how bad, what kind, what to do, the code it is about, and feedback. */
export function RecommendationCard({
  recommendation: r,
  codeReviewArn,
  repositoryName,
  revision,
  feedback,
  caller,
}: {
  recommendation: RecommendationSummary;
  codeReviewArn: string;
  repositoryName: string;
  revision: string;
  feedback: readonly RecommendationFeedbackSummary[];
  caller: { arn: string | undefined; label: string };
}) {
  const lines = r.StartLine === r.EndLine ? `Line ${r.StartLine}` : `Lines ${r.StartLine}–${r.EndLine}`;
  return (
    <article
      className="space-y-3 px-4 py-4"
      aria-label={`${r.RuleMetadata.RuleName} at ${r.FilePath} line ${r.StartLine}`}
    >
      <header className="flex flex-wrap items-center gap-2">
        <SeverityPill severity={r.Severity} />
        <h4 className="font-semibold">{r.RuleMetadata.RuleName}</h4>
        <span className="text-sm text-zinc-600 dark:text-zinc-400">
          {lines} · {r.RecommendationCategory} · <code className="font-mono text-xs">{r.RuleMetadata.RuleId}</code>
        </span>
      </header>
      <p className="text-sm">
        <CodeText text={r.Description} />
      </p>
      <CodeExcerpt
        repositoryName={repositoryName}
        revision={revision}
        filePath={r.FilePath}
        startLine={r.StartLine}
        endLine={r.EndLine}
      />
      <details className="text-sm text-zinc-600 dark:text-zinc-400">
        <summary className="cursor-pointer">About this rule</summary>
        <p className="mt-1">{r.RuleMetadata.LongDescription}</p>
        <p className="mt-1 text-xs">Tags: {r.RuleMetadata.RuleTags.join(', ')}</p>
      </details>
      <FeedbackButtons
        codeReviewArn={codeReviewArn}
        recommendationId={r.RecommendationId}
        feedback={feedback.filter((f) => f.RecommendationId === r.RecommendationId)}
        callerArn={caller.arn}
        callerLabel={caller.label}
      />
    </article>
  );
}
