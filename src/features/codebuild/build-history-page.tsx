import { Link } from 'react-router';
import { buttonClass } from '../../components/button-styles';
import { EmptyState } from '../../components/empty-state';
import { ErrorPanel } from '../../components/error-panel';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { Panel } from '../../components/panel';
import { BuildTable } from './shared/build-table';
import { codebuildHome } from './shared/paths';
import { useLatestBuilds } from './shared/use-latest-builds';

/** Every build of the account, newest first; builds in progress move as their events arrive. */
export function BuildHistoryPage() {
  const { builds, error, isPending } = useLatestBuilds();
  if (error)
    return (
      <ErrorPanel error={error} subject="The build history" back={{ to: codebuildHome(), label: 'Build projects' }} />
    );
  return (
    <>
      <PageHeader
        title="Build history"
        description="Every build of the account, newest first (the latest 100)."
        actions={
          <Link to={codebuildHome()} className={buttonClass('normal')}>
            Build projects
          </Link>
        }
      />
      <Panel title={builds ? `Builds (${builds.length})` : 'Builds'} flush>
        {isPending && (
          <div className="px-4">
            <Loading label="Reading builds…" />
          </div>
        )}
        {builds?.length === 0 && (
          <EmptyState title="No builds yet">
            <p>Start a build from a project, or push to a branch a project builds on push.</p>
          </EmptyState>
        )}
        {builds && builds.length > 0 && <BuildTable builds={builds} caption="Build history" showProject />}
      </Panel>
    </>
  );
}
