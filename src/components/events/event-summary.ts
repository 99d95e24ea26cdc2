import type { EventBridgeEvent } from '../../engine/core/events';

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const short = (id: string | undefined) => (id ? id.slice(0, 7) : '?');

function referenceSummary(detail: Record<string, unknown>): string | undefined {
  const repo = str(detail.repositoryName);
  const ref = str(detail.referenceName);
  if (!repo || !ref) return undefined;
  const kind = str(detail.referenceType) === 'tag' ? 'tag' : 'branch';
  switch (detail.event) {
    case 'referenceCreated':
      return `${repo}: ${kind} ${ref} created at ${short(str(detail.commitId))}`;
    case 'referenceUpdated':
      return `${repo}: ${ref} updated to ${short(str(detail.commitId))}`;
    case 'referenceDeleted':
      return `${repo}: ${kind} ${ref} deleted`;
    default:
      return undefined;
  }
}

/** The first few `key: value` pairs of a detail, for events this view has no wording for yet. */
function genericSummary(detail: Record<string, unknown>): string {
  const parts = Object.entries(detail)
    .filter(([, v]) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
    .slice(0, 4)
    .map(([k, v]) => `${k}: ${String(v)}`);
  return parts.length > 0 ? parts.join(', ') : 'No detail fields';
}

/** One line that says what happened, e.g. `demo-webapp: main updated to dbafc3b`. */
export function summarizeEvent(event: EventBridgeEvent): string {
  const { detail } = event;
  switch (event['detail-type']) {
    case 'CodeCommit Repository State Change':
      return referenceSummary(detail) ?? genericSummary(detail);
    case 'Scripted Push Failed':
      return `Scripted push to ${str(detail.repositoryName) ?? '?'}/${str(detail.branch) ?? '?'} failed: ${str(detail.reason) ?? 'no reason given'}`;
    case 'Scripted Command Failed':
      return `Scripted ${str(detail.service) ?? '?'} ${str(detail.operation) ?? '?'} failed: ${str(detail.errorCode) ?? 'error'}: ${str(detail.errorMessage) ?? ''}`.trim();
    default:
      return genericSummary(detail);
  }
}

/** Virtual milliseconds since the world began at which an event happened (its `time` is to the second). */
export const eventElapsed = (event: EventBridgeEvent, startEpochMs: number): number =>
  Date.parse(event.time) - startEpochMs;

/** `demo-webapp` from `arn:aws:codecommit:us-east-1:123456789012:demo-webapp`: the part people read. */
export function shortResource(arn: string): string {
  const parts = arn.split(':');
  return parts.length >= 6 ? parts.slice(5).join(':') : arn;
}
