import type { PipelineExecutionSummaryWire } from '../../../api/codepipeline/list-pipeline-executions';

const COMMIT_ID = /^[0-9a-f]{40}$/;

/** A Git commit ID as the console shows it (7 characters); other revisions (S3 versions, image digests) whole. */
export const shortRevision = (revisionId: string) => (COMMIT_ID.test(revisionId) ? revisionId.slice(0, 7) : revisionId);

/** The first line of a commit message (source revision summaries carry the whole message). */
export const firstLine = (text: string | undefined) => text?.split('\n', 1)[0]?.trim() ?? '';

/** `arn:aws:iam::123456789012:user/ana` → `ana`; an ARN's resource name reads better in a table. */
export const arnName = (value: string) => (value.startsWith('arn:') ? (value.split(/[:/]/).pop() ?? value) : value);

/** How the execution started, in the console's words: "StartPipelineExecution", with who or what as detail. */
export function triggerText(trigger: PipelineExecutionSummaryWire['trigger']): { type: string; detail?: string } {
  if (!trigger?.triggerType) return { type: '–' };
  return { type: trigger.triggerType, detail: trigger.triggerDetail ? arnName(trigger.triggerDetail) : undefined };
}

/** Wire epoch seconds to epoch milliseconds. */
export const epochMs = (seconds: number | undefined) =>
  seconds === undefined ? undefined : Math.round(seconds * 1000);

const EXECUTION_ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

/** A superseded execution's summary names the execution that replaced it; that ID, if it does. */
export const supersedingExecutionId = (statusSummary: string | undefined) => statusSummary?.match(EXECUTION_ID)?.[0];

/** Only web links are offered as links; anything else (`javascript:`, `data:`) is shown as text. */
export const isWebLink = (value: string) => /^https?:\/\//i.test(value.trim());
