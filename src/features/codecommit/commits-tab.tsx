import { Link, useNavigate } from 'react-router';
import { useBranches } from '../../api/codecommit/list-branches';
import { linkClass } from '../../components/button-styles';
import { EmptyState } from '../../components/empty-state';
import { ErrorPanel } from '../../components/error-panel';
import { Loading } from '../../components/loading';
import { BranchSelector } from './branch-selector';
import { CommitHistory } from './commit-history';
import { commitsPath, repositoryPath } from './paths';
import { useRepositoryParams } from './use-repository-params';

export function CommitsTab() {
  const { name, ref, repository } = useRepositoryParams();
  const branches = useBranches(name);
  const navigate = useNavigate();

  if (branches.isPending || !repository.data) return <Loading label="Reading branches…" />;
  if (branches.isError) {
    return (
      <ErrorPanel
        error={branches.error}
        subject="The branch list"
        back={{ to: '/codecommit', label: 'Back to repositories' }}
      />
    );
  }
  const gitRef = ref ?? branches.data[0];
  if (gitRef === undefined) {
    return (
      <EmptyState title="No commits yet">
        <p>
          This repository has no commits.{' '}
          <Link to={repositoryPath(name)} className={linkClass}>
            See how to add the first file
          </Link>
          .
        </p>
      </EmptyState>
    );
  }

  return (
    <div className="space-y-4">
      <BranchSelector
        branches={branches.data}
        value={gitRef}
        defaultBranch={repository.data.defaultBranch}
        onChange={(next) => void navigate(commitsPath(name, next))}
      />
      <CommitHistory name={name} gitRef={gitRef} />
    </div>
  );
}
