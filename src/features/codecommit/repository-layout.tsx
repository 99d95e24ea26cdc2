import { Suspense, useId } from 'react';
import { Outlet, useLocation } from 'react-router';
import { ErrorPanel } from '../../components/error-panel';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import {
  branchesPath,
  browsePath,
  commitsPath,
  pullRequestsPath,
  repositoryPath,
  settingsPath,
  tabOf,
  type RepositoryTab,
} from './paths';
import { RepositoryTabs, panelId, tabId } from './repository-tabs';
import { useRepositoryParams } from './use-repository-params';

/** A repository's header and its tabs (Code, Pull requests, Commits, Branches, Settings); the tab's page renders below. */
export function RepositoryLayout() {
  const { name, ref, repository } = useRepositoryParams();
  const { pathname } = useLocation();
  const current = tabOf(pathname);
  const idBase = useId();

  if (repository.isError) {
    return (
      <ErrorPanel
        error={repository.error}
        subject={`Repository ${name}`}
        back={{ to: '/codecommit', label: 'Back to repositories' }}
      />
    );
  }

  const tabs: Record<RepositoryTab, string> = {
    code: ref ? browsePath(name, ref) : repositoryPath(name),
    'pull-requests': pullRequestsPath(name),
    commits: ref ? commitsPath(name, ref) : commitsPath(name),
    branches: branchesPath(name),
    settings: settingsPath(name),
  };

  return (
    <>
      <PageHeader title={name} description={repository.data?.repositoryDescription} />
      <RepositoryTabs current={current} targets={tabs} idBase={idBase} />
      <div id={panelId(idBase)} role="tabpanel" aria-labelledby={tabId(idBase, current)}>
        {repository.isPending ? (
          <Loading label="Reading the repository…" />
        ) : (
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        )}
      </div>
    </>
  );
}
