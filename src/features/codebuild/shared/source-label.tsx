import { Link } from 'react-router';
import type { ProjectSource } from '../../../api/codebuild/types';
import { linkClass } from '../../../components/button-styles';
import { repositoryOfLocation } from './paths';

/** A project's source as the list shows it: the CodeCommit repository (linked), or the source type. */
export function SourceLabel({ source, version }: { source: ProjectSource; version?: string }) {
  if (source.type === 'CODECOMMIT') {
    const repository = repositoryOfLocation(source.location) ?? '';
    return (
      <span>
        <Link to={`/codecommit/repositories/${encodeURIComponent(repository)}`} className={linkClass}>
          {repository}
        </Link>
        {version && <span className="ml-1 font-mono text-xs text-zinc-600 dark:text-zinc-400">@ {version}</span>}
      </span>
    );
  }
  if (source.type === 'NO_SOURCE') return <>No source</>;
  return <>{source.type}</>;
}
