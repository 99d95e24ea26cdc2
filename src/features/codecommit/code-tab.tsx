import { useNavigate } from 'react-router';
import { useBranches } from '../../api/codecommit/list-branches';
import { ErrorPanel } from '../../components/error-panel';
import { Loading } from '../../components/loading';
import { BranchSelector } from './branch-selector';
import { EmptyRepository } from './empty-repository';
import { FolderListing } from './folder-listing';
import { browsePath } from './paths';
import { useRepositoryParams } from './use-repository-params';

export function CodeTab() {
  const { name, ref, path, repository } = useRepositoryParams();
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
  if (gitRef === undefined) return <EmptyRepository repository={repository.data} />;

  return (
    <div className="space-y-4">
      <BranchSelector
        branches={branches.data}
        value={gitRef}
        defaultBranch={repository.data.defaultBranch}
        onChange={(next) => void navigate(browsePath(name, next, path))}
      />
      <FolderListing name={name} gitRef={gitRef} path={path} />
    </div>
  );
}
