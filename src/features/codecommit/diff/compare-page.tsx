import { Link, useNavigate, useParams } from 'react-router';
import { useBranches } from '../../../api/codecommit/list-branches';
import { buttonClass } from '../../../components/button-styles';
import { ErrorPanel } from '../../../components/error-panel';
import { Loading } from '../../../components/loading';
import { Panel } from '../../../components/panel';
import { comparePath, createPullRequestPath, repositoryPath } from '../paths';
import { useRepositoryParams } from '../use-repository-params';
import { DiffView } from './diff-view';
import { RefPicker } from './ref-picker';

/** Differences between any two commits or branches: `/compare/<before>/<after>`. */
export function ComparePage() {
  const { name, repository } = useRepositoryParams();
  const params = useParams();
  const branches = useBranches(name);
  const navigate = useNavigate();
  const defaultBranch = repository.data?.defaultBranch;

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
  const before = params.before ?? defaultBranch ?? branches.data[0] ?? '';
  const after = params.after ?? branches.data.find((b) => b !== before) ?? before;
  const bothBranches = branches.data.includes(before) && branches.data.includes(after) && before !== after;

  return (
    <Panel
      title="Compare"
      actions={
        bothBranches && (
          <Link to={createPullRequestPath(name, after, before)} className={buttonClass('normal', 'py-1 text-xs')}>
            Create pull request
          </Link>
        )
      }
    >
      <div className="mb-5 flex flex-wrap items-end gap-4">
        <RefPickerPair
          branches={branches.data}
          defaultBranch={defaultBranch}
          before={before}
          after={after}
          onChange={(b, a) => void navigate(comparePath(name, b, a))}
        />
      </div>
      {before && after && <DiffView repositoryName={name} before={before} after={after} />}
    </Panel>
  );
}

interface RefPickerPairProps {
  branches: string[];
  defaultBranch?: string;
  before: string;
  after: string;
  onChange: (before: string, after: string) => void;
}

function RefPickerPair({ branches, defaultBranch, before, after, onChange }: RefPickerPairProps) {
  return (
    <>
      <RefPicker
        label="Destination (before)"
        branches={branches}
        defaultBranch={defaultBranch}
        value={before}
        onChange={(b) => onChange(b, after)}
      />
      <span aria-hidden="true" className="pb-2 text-zinc-500">
        ←
      </span>
      <RefPicker
        label="Source (after)"
        branches={branches}
        defaultBranch={defaultBranch}
        value={after}
        onChange={(a) => onChange(before, a)}
      />
    </>
  );
}
