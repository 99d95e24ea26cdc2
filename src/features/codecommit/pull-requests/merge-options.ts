import type {
  ConflictDetailLevel,
  ConflictResolutionStrategy,
  MergeOption,
} from '../../../api/codecommit/pull-request-types';

export const MERGE_OPTIONS: { value: MergeOption; label: string; help: string }[] = [
  {
    value: 'FAST_FORWARD_MERGE',
    label: 'Fast forward merge',
    help: 'Moves the destination branch to the source tip. No merge commit; works only when the destination has not moved on.',
  },
  {
    value: 'SQUASH_MERGE',
    label: 'Squash and merge',
    help: 'One new commit on the destination with all the source changes; the source commits are not kept.',
  },
  {
    value: 'THREE_WAY_MERGE',
    label: '3-way merge',
    help: 'A merge commit on the destination that keeps the individual source commits.',
  },
];

export const DETAIL_LEVELS: { value: ConflictDetailLevel; label: string }[] = [
  { value: 'FILE_LEVEL', label: 'File level' },
  { value: 'LINE_LEVEL', label: 'Line level' },
];

export const RESOLUTION_STRATEGIES: { value: ConflictResolutionStrategy; label: string }[] = [
  { value: 'NONE', label: 'None' },
  { value: 'ACCEPT_SOURCE', label: 'Accept source' },
  { value: 'ACCEPT_DESTINATION', label: 'Accept destination' },
  { value: 'AUTOMERGE', label: 'Automerge' },
];

const OPERATIONS: Record<string, string> = { A: 'added', M: 'modified', D: 'deleted' };

/** `{source: 'M', destination: 'M'}` → `modified in source, modified in destination`. */
export function describeMergeOperations(ops: { source?: string; destination?: string }): string {
  const parts = [
    ops.source && `${OPERATIONS[ops.source] ?? ops.source} in source`,
    ops.destination && `${OPERATIONS[ops.destination] ?? ops.destination} in destination`,
  ].filter(Boolean);
  return parts.join(', ') || 'no change';
}
