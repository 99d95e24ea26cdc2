import { useMergeConflicts } from '../../../api/codecommit/get-merge-conflicts';
import { ErrorLine } from '../diff/error-line';

const options = {
  mergeOption: 'THREE_WAY_MERGE',
  conflictDetailLevel: 'FILE_LEVEL',
  conflictResolutionStrategy: 'NONE',
} as const;

/** Whether the branches merge without conflicts (GetMergeConflicts), as the create form says. */
export function MergeabilityLine(props: { repositoryName: string; destination: string; source: string }) {
  const conflicts = useMergeConflicts(props.repositoryName, props.destination, props.source, options);
  if (conflicts.isPending) return <p className="text-sm text-zinc-600 dark:text-zinc-400">Checking for conflicts…</p>;
  if (conflicts.isError) return <ErrorLine error={conflicts.error} />;
  const files = conflicts.data.conflictMetadataList.map((c) => c.filePath);
  return conflicts.data.mergeable ? (
    <p className="text-sm text-emerald-800 dark:text-emerald-300">Mergeable: no merge conflicts.</p>
  ) : (
    <p className="text-sm text-amber-900 dark:text-amber-300">
      Merge conflicts in {files.join(', ')}. The pull request can be created; it cannot be merged until they are
      resolved.
    </p>
  );
}
