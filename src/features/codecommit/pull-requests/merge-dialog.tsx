import { useId, useState } from 'react';
import { useMergeConflicts } from '../../../api/codecommit/get-merge-conflicts';
import { useMergePullRequest } from '../../../api/codecommit/merge-pull-request';
import type {
  ConflictDetailLevel,
  ConflictResolutionStrategy,
  MergeOption,
  PullRequest,
} from '../../../api/codecommit/pull-request-types';
import { buttonClass, inputClass } from '../../../components/button-styles';
import { Dialog, DialogActions } from '../../../components/dialog';
import { useStatusStore } from '../../../stores/status-store';
import { ErrorLine } from '../diff/error-line';
import { ActingAsNote } from './acting-as';
import { MergeCheck } from './merge-check';
import { DETAIL_LEVELS, MERGE_OPTIONS, RESOLUTION_STRATEGIES } from './merge-options';
import { ApprovalGateLine, useApprovalGate } from './merge-readiness';
import { branchOf } from './pull-request-status-badge';

/**
 * Merge with a strategy (fast-forward by default, as in the console). Before merging it shows what
 * GetMergeConflicts says and whether approval rules allow it; the button stays off while either
 * blocks, with the reason beside it.
 */
export function MergeDialog({ pr, onClose }: { pr: PullRequest; onClose: () => void }) {
  const t = pr.pullRequestTargets[0];
  const ids = { level: useId(), strategy: useId(), message: useId(), author: useId(), email: useId(), reason: useId() };
  const [mergeOption, setMergeOption] = useState<MergeOption>('FAST_FORWARD_MERGE');
  const [level, setLevel] = useState<ConflictDetailLevel>('FILE_LEVEL');
  const [strategy, setStrategy] = useState<ConflictResolutionStrategy>('NONE');
  const [commitMessage, setCommitMessage] = useState('');
  const [authorName, setAuthorName] = useState('');
  const [email, setEmail] = useState('');
  const conflicts = useMergeConflicts(
    t?.repositoryName ?? '',
    branchOf(t?.destinationReference ?? ''),
    t?.sourceCommit ?? '',
    {
      mergeOption,
      conflictDetailLevel: level,
      conflictResolutionStrategy: strategy,
    },
  );
  const gate = useApprovalGate(pr);
  const merge = useMergePullRequest();
  if (!t) return null;

  const withCommit = mergeOption !== 'FAST_FORWARD_MERGE';
  const notMergeable = conflicts.data?.mergeable === false;
  const blocked = gate.blocked || notMergeable || conflicts.isPending || gate.evaluation.isPending;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (blocked || merge.isPending) return;
    merge.mutate(
      {
        mergeOption,
        pullRequestId: pr.pullRequestId,
        repositoryName: t.repositoryName,
        sourceCommitId: t.sourceCommit,
        ...(withCommit && {
          conflictDetailLevel: level,
          conflictResolutionStrategy: strategy,
          ...(commitMessage !== '' && { commitMessage }),
          ...(authorName !== '' && { authorName }),
          ...(email !== '' && { email }),
        }),
      },
      {
        onSuccess: () => {
          useStatusStore.getState().show(`Merged pull request #${pr.pullRequestId}`);
          onClose();
        },
      },
    );
  };

  return (
    <Dialog title={`Merge pull request #${pr.pullRequestId}`} onClose={onClose} size="wide">
      <form onSubmit={submit} className="space-y-4">
        <p>
          Merge <code className="font-mono">{branchOf(t.sourceReference)}</code> into{' '}
          <code className="font-mono">{branchOf(t.destinationReference)}</code>.
        </p>
        <fieldset className="space-y-2">
          <legend className="mb-1 font-semibold">Merge strategy</legend>
          {MERGE_OPTIONS.map((o) => (
            <label key={o.value} className="flex items-start gap-2">
              <input
                type="radio"
                name="merge-option"
                value={o.value}
                checked={mergeOption === o.value}
                onChange={() => setMergeOption(o.value)}
                className="mt-1"
              />
              <span>
                <span className="font-semibold">{o.label}</span>
                <span className="block text-xs text-zinc-600 dark:text-zinc-400">{o.help}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {withCommit && (
          <div className="grid gap-3 sm:grid-cols-2">
            <div>
              <label htmlFor={ids.level} className="mb-1 block text-sm font-semibold">
                Conflict detail level
              </label>
              <p className="mb-1 text-xs text-zinc-600 dark:text-zinc-400">
                File level: both sides changed the file. Line level: both changed the same lines.
              </p>
              <select
                id={ids.level}
                value={level}
                onChange={(e) => setLevel(e.target.value as ConflictDetailLevel)}
                className={`${inputClass} w-full`}
              >
                {DETAIL_LEVELS.map((d) => (
                  <option key={d.value} value={d.value}>
                    {d.label}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor={ids.strategy} className="mb-1 block text-sm font-semibold">
                Conflict resolution strategy
              </label>
              <p className="mb-1 text-xs text-zinc-600 dark:text-zinc-400">
                None leaves conflicts to be resolved by hand, which blocks the merge.
              </p>
              <select
                id={ids.strategy}
                value={strategy}
                onChange={(e) => setStrategy(e.target.value as ConflictResolutionStrategy)}
                className={`${inputClass} w-full`}
              >
                {RESOLUTION_STRATEGIES.map((s) => (
                  <option key={s.value} value={s.value}>
                    {s.label}
                  </option>
                ))}
              </select>
            </div>
            <div className="sm:col-span-2">
              <label htmlFor={ids.message} className="mb-1 block text-sm font-semibold">
                Commit message{' '}
                <span className="font-normal text-zinc-600 dark:text-zinc-400">
                  (optional; the service writes one otherwise)
                </span>
              </label>
              <textarea
                id={ids.message}
                rows={2}
                value={commitMessage}
                onChange={(e) => setCommitMessage(e.target.value)}
                className={`${inputClass} w-full`}
              />
            </div>
            <div>
              <label htmlFor={ids.author} className="mb-1 block text-sm font-semibold">
                Author name <span className="font-normal text-zinc-600 dark:text-zinc-400">(optional)</span>
              </label>
              <input
                id={ids.author}
                value={authorName}
                onChange={(e) => setAuthorName(e.target.value)}
                className={`${inputClass} w-full`}
              />
            </div>
            <div>
              <label htmlFor={ids.email} className="mb-1 block text-sm font-semibold">
                Email <span className="font-normal text-zinc-600 dark:text-zinc-400">(optional)</span>
              </label>
              <input
                id={ids.email}
                type="email"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                className={`${inputClass} w-full`}
              />
            </div>
          </div>
        )}
        <MergeCheck conflicts={conflicts} mergeOption={mergeOption} />
        <ApprovalGateLine pr={pr} id={ids.reason} />
        {merge.isError && <ErrorLine error={merge.error} />}
        <ActingAsNote action="The merge" />
        <DialogActions>
          <button type="button" className={buttonClass('normal')} onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            className={buttonClass('primary')}
            disabled={blocked}
            aria-describedby={ids.reason}
            aria-disabled={merge.isPending}
          >
            Merge pull request
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
