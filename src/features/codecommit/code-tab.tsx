import { useNavigate } from 'react-router';
import { useBranches } from '../../api/codecommit/list-branches';
import { buttonClass } from '../../components/button-styles';
import { ErrorPanel } from '../../components/error-panel';
import { MenuButton } from '../../components/menu-button';
import { Loading } from '../../components/loading';
import { BranchSelector } from './branch-selector';
import { newFilePath, uploadPath } from './edit/edit-paths';
import { FILE_TEMPLATES } from './edit/templates';
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
      <div className="flex flex-wrap items-center justify-between gap-3">
        <BranchSelector
          branches={branches.data}
          value={gitRef}
          defaultBranch={repository.data.defaultBranch}
          onChange={(next) => void navigate(browsePath(name, next, path))}
        />
        {branches.data.includes(gitRef) && (
          // The menu is as wide as its longest item, not as the button.
          <div className="[&_ul]:w-80">
            <MenuButton
              label="Add file"
              className={buttonClass('normal')}
              items={[
                { label: 'Create file', onSelect: () => void navigate(newFilePath(name, gitRef, path)) },
                { label: 'Upload files', onSelect: () => void navigate(uploadPath(name, gitRef, path)) },
                ...FILE_TEMPLATES.map((t) => ({
                  label: `New file from template: ${t.label}`,
                  onSelect: () => void navigate(newFilePath(name, gitRef, path, t.id)),
                })),
              ]}
            />
          </div>
        )}
      </div>
      <FolderListing name={name} gitRef={gitRef} path={path} />
    </div>
  );
}
