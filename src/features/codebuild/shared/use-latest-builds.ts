import { useBuilds } from '../../../api/codebuild/batch-get-builds';
import { useBuildIds } from '../../../api/codebuild/list-builds';
import type { Build } from '../../../api/codebuild/types';

/** The account's newest builds (up to 100), newest first, and each project's latest one. */
export function useLatestBuilds() {
  const ids = useBuildIds();
  const builds = useBuilds(ids.data);
  const latestByProject = new Map<string, Build>();
  for (const b of builds.data ?? []) if (!latestByProject.has(b.projectName)) latestByProject.set(b.projectName, b);
  return {
    builds: builds.data,
    latestByProject,
    error: ids.error ?? builds.error,
    isPending: ids.isPending || builds.isPending,
  };
}
