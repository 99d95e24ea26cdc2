import { useState } from 'react';
import { useBranches } from '../../../api/codecommit/list-branches';
import { useUpdateDefaultBranch } from '../../../api/codecommit/update-default-branch';
import { buttonClass } from '../../../components/button-styles';
import { EmptyState } from '../../../components/empty-state';
import { ErrorPanel } from '../../../components/error-panel';
import { Loading } from '../../../components/loading';
import { Panel } from '../../../components/panel';
import { useStatusStore } from '../../../stores/status-store';
import { ErrorLine } from '../diff/error-line';
import { ActingAsNote } from '../pull-requests/acting-as';
import { repositoryPath } from '../paths';
import { useRepositoryParams } from '../use-repository-params';
import { BranchRow } from './branch-row';
import { CreateBranchDialog } from './create-branch-dialog';
import { DeleteBranchDialog } from './delete-branch-dialog';
import { TableHead } from '../../../components/table-head';

const COLUMNS = ['Branch', 'Tip commit'];

/** ListBranches with each tip; create, delete, and choose the default branch. */
export function BranchesTab() {
  const { name, repository } = useRepositoryParams();
  const branches = useBranches(name);
  const makeDefault = useUpdateDefaultBranch();
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<string>();

  if (branches.isPending || !repository.data) return <Loading label="Reading branches…" />;
  if (branches.isError) {
    return (
      <ErrorPanel
        error={branches.error}
        subject="The branch list"
        back={{ to: repositoryPath(name), label: 'Back to the code' }}
      />
    );
  }
  const defaultBranch = repository.data.defaultBranch;
  const sorted = [...branches.data].sort((a, b) =>
    a === defaultBranch ? -1 : b === defaultBranch ? 1 : a.localeCompare(b),
  );
  const create = (
    <button type="button" className={buttonClass('primary', 'py-1 text-xs')} onClick={() => setCreating(true)}>
      Create branch
    </button>
  );

  return (
    <div className="space-y-3">
      <Panel title={`Branches (${branches.data.length})`} actions={create} flush>
        {branches.data.length === 0 ? (
          <EmptyState title="No branches yet">
            <p>The first commit creates the first branch, which becomes the default.</p>
          </EmptyState>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left">
              <caption className="sr-only">Branches of {name}, the default first</caption>
              <TableHead columns={[...COLUMNS, { label: 'Actions', hidden: true }]} />
              <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
                {sorted.map((b) => (
                  <BranchRow
                    key={b}
                    repositoryName={name}
                    branchName={b}
                    defaultBranch={defaultBranch}
                    onDelete={() => setDeleting(b)}
                    onMakeDefault={() =>
                      makeDefault.mutate(
                        { repositoryName: name, defaultBranchName: b },
                        { onSuccess: () => useStatusStore.getState().show(`${b} is now the default branch`) },
                      )
                    }
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Panel>
      {makeDefault.isError && <ErrorLine error={makeDefault.error} />}
      <ActingAsNote action="Creating, deleting or changing the default branch" />
      {creating && (
        <CreateBranchDialog
          repositoryName={name}
          branches={branches.data}
          defaultBranch={defaultBranch}
          onClose={() => setCreating(false)}
        />
      )}
      {deleting !== undefined && (
        <DeleteBranchDialog repositoryName={name} branchName={deleting} onClose={() => setDeleting(undefined)} />
      )}
    </div>
  );
}
