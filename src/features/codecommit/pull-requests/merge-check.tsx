import type { UseQueryResult } from '@tanstack/react-query';
import type { MergeConflicts } from '../../../api/codecommit/get-merge-conflicts';
import type { MergeOption } from '../../../api/codecommit/pull-request-types';
import { ErrorLine } from '../diff/error-line';
import { describeMergeOperations } from './merge-options';

/** GetMergeConflicts for the chosen strategy: mergeable, or which files conflict and how. */
export function MergeCheck({
  conflicts,
  mergeOption,
}: {
  conflicts: UseQueryResult<MergeConflicts>;
  mergeOption: MergeOption;
}) {
  if (conflicts.isPending) return <p role="status">Checking whether the branches merge…</p>;
  if (conflicts.isError) return <ErrorLine error={conflicts.error} />;
  const c = conflicts.data;
  if (c.mergeable) {
    return (
      <p role="status" className="text-emerald-800 dark:text-emerald-300">
        Mergeable: no conflicts with this strategy.
      </p>
    );
  }
  if (c.conflictMetadataList.length === 0) {
    return (
      <p role="status" className="text-amber-900 dark:text-amber-300">
        {mergeOption === 'FAST_FORWARD_MERGE'
          ? 'Not mergeable by fast-forward: the destination has commits the source does not. Choose squash or 3-way merge.'
          : 'Not mergeable with this strategy.'}
      </p>
    );
  }
  return (
    <div role="status" className="space-y-2">
      <p className="text-amber-900 dark:text-amber-300">
        Not mergeable: {c.conflictMetadataList.length} conflicting{' '}
        {c.conflictMetadataList.length === 1 ? 'file' : 'files'}. Choose a conflict resolution strategy or resolve them
        in the branches.
      </p>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Conflicting files</caption>
        <thead className="text-xs text-zinc-600 dark:text-zinc-400">
          <tr>
            <th scope="col" className="py-1 pr-3 font-semibold">
              File
            </th>
            <th scope="col" className="py-1 pr-3 font-semibold">
              Conflicts
            </th>
            <th scope="col" className="py-1 font-semibold">
              Merge operations
            </th>
          </tr>
        </thead>
        <tbody>
          {c.conflictMetadataList.map((f) => (
            <tr key={f.filePath}>
              <td className="py-1 pr-3 font-mono text-xs">{f.filePath}</td>
              <td className="py-1 pr-3">{f.numberOfConflicts}</td>
              <td className="py-1">{describeMergeOperations(f.mergeOperations)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
