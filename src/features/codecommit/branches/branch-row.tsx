import { Link } from 'react-router';
import { useBranch } from '../../../api/codecommit/get-branch';
import { useQuery } from '@tanstack/react-query';
import { getCommitQueryOptions } from '../../../api/codecommit/get-commit';
import { buttonClass, linkClass } from '../../../components/button-styles';
import { formatDateTime, formatRelative } from '../../../components/format/time';
import { useSimNow } from '../../../components/simulation/use-sim-now';
import { firstLine, shortId, signedAt } from '../commit-format';
import { ToneBadge } from '../diff/tone-badge';
import { browsePath, commitPath, comparePath } from '../paths';

interface BranchRowProps {
  repositoryName: string;
  branchName: string;
  defaultBranch: string | undefined;
  onDelete: () => void;
  onMakeDefault: () => void;
}

/** A branch with its tip commit (GetBranch, then GetCommit) and what can be done with it. */
export function BranchRow({ repositoryName, branchName, defaultBranch, onDelete, onMakeDefault }: BranchRowProps) {
  const branch = useBranch(repositoryName, branchName);
  const tipId = branch.data?.commitId;
  const tip = useQuery({ ...getCommitQueryOptions(repositoryName, tipId ?? ''), enabled: tipId !== undefined });
  const now = useSimNow();
  const isDefault = branchName === defaultBranch;
  const at = tip.data ? signedAt(tip.data.author) : undefined;

  return (
    <tr className="hover:bg-zinc-50 dark:hover:bg-zinc-800/40">
      <th scope="row" className="px-4 py-2.5 text-left font-normal">
        <span className="flex items-center gap-2 whitespace-nowrap">
          <Link to={browsePath(repositoryName, branchName)} className={`${linkClass} font-semibold`}>
            {branchName}
          </Link>
          {isDefault && <ToneBadge tone="blue">Default</ToneBadge>}
        </span>
      </th>
      <td className="px-4 py-2.5">
        {tipId ? (
          <>
            <span className="flex min-w-0 items-center gap-2">
              <Link to={commitPath(repositoryName, tipId)} className={`${linkClass} font-mono`} title={tipId}>
                {shortId(tipId)}
              </Link>
              <span className="max-w-md truncate">{tip.data ? firstLine(tip.data.message) : ''}</span>
            </span>
            {tip.data && (
              <span
                className="text-xs text-zinc-600 dark:text-zinc-400"
                title={at === undefined ? undefined : formatDateTime(at)}
              >
                {tip.data.author.name}
                {at !== undefined && ` · ${now === undefined ? formatDateTime(at) : formatRelative(at, now)}`}
              </span>
            )}
          </>
        ) : (
          <span className="text-zinc-500">{branch.isError ? 'Could not be read' : '…'}</span>
        )}
      </td>
      <td className="px-4 py-2.5">
        <span className="flex flex-wrap justify-end gap-2">
          {!isDefault && defaultBranch && (
            <Link
              to={comparePath(repositoryName, defaultBranch, branchName)}
              className={buttonClass('normal', 'px-3 py-1 text-xs')}
              aria-label={`Compare ${branchName} with ${defaultBranch}`}
            >
              Compare
            </Link>
          )}
          {!isDefault && (
            <button
              type="button"
              className={buttonClass('normal', 'px-3 py-1 text-xs')}
              onClick={onMakeDefault}
              aria-label={`Make ${branchName} the default branch`}
            >
              Make default
            </button>
          )}
          <button
            type="button"
            className={buttonClass('normal', 'px-3 py-1 text-xs')}
            onClick={onDelete}
            aria-label={`Delete branch ${branchName}`}
          >
            Delete
          </button>
        </span>
      </td>
    </tr>
  );
}
