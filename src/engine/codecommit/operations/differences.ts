import { optionalInteger, optionalString, requiredString } from '../../core/input';
import type { Operation } from '../../core/simulation';
import { codecommitErrors as errors } from '../errors';
import type { TreeEntry } from '../git-objects';
import { requireRepository } from '../repository';
import { filesAt, requirePath, resolveCommit } from '../resolve';

interface BlobMetadata {
  blobId: string;
  path: string;
  mode: string;
}

interface Difference {
  beforeBlob?: BlobMetadata;
  afterBlob?: BlobMetadata;
  changeType: 'A' | 'M' | 'D';
}

const blob = (path: string, e: TreeEntry): BlobMetadata => ({ blobId: e.id, path, mode: e.mode });

/**
 * The files that differ between two commits (A added, M modified, D deleted), optionally under
 * a path. Without a "before" commit everything in "after" counts as added.
 */
export const GetDifferences: Operation = (ctx, input) => {
  const repo = requireRepository(ctx, input);
  const afterSpecifier = requiredString(input, 'afterCommitSpecifier', errors.commitRequired);
  const beforeSpecifier = optionalString(input, 'beforeCommitSpecifier');
  const after = filesAt(repo, resolveCommit(repo, afterSpecifier).id);
  const before =
    beforeSpecifier === undefined
      ? new Map<string, TreeEntry>()
      : filesAt(repo, resolveCommit(repo, beforeSpecifier).id);
  const underPath = (field: string) => {
    const raw = optionalString(input, field);
    const path = raw === undefined ? '' : requirePath(raw);
    return (p: string) => path === '' || p === path || p.startsWith(`${path}/`);
  };
  const inBefore = underPath('beforePath');
  const inAfter = underPath('afterPath');
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
  const differences = paths.flatMap((path): Difference[] => {
    const b = inBefore(path) ? before.get(path) : undefined;
    const a = inAfter(path) ? after.get(path) : undefined;
    if (a && b)
      return a.id === b.id && a.mode === b.mode
        ? []
        : [{ beforeBlob: blob(path, b), afterBlob: blob(path, a), changeType: 'M' }];
    if (a) return [{ afterBlob: blob(path, a), changeType: 'A' }];
    if (b) return [{ beforeBlob: blob(path, b), changeType: 'D' }];
    return [];
  });
  const max = optionalInteger(input, 'MaxResults') ?? 100;
  const start = Number(optionalString(input, 'NextToken') ?? '0');
  if (!Number.isSafeInteger(start) || start < 0) throw errors.invalidContinuationToken();
  const page = differences.slice(start, start + max);
  return { differences: page, ...(start + max < differences.length && { NextToken: String(start + max) }) };
};
