import { useId } from 'react';
import { inputClass } from '../../components/button-styles';
import { shortId } from './commit-format';

interface BranchSelectorProps {
  branches: string[];
  /** A branch name, or a commit ID when browsing a commit. */
  value: string;
  defaultBranch: string | undefined;
  onChange: (ref: string) => void;
}

const COMMIT_ID = /^[0-9a-f]{40}$/;

export function BranchSelector({ branches, value, defaultBranch, onChange }: BranchSelectorProps) {
  const id = useId();
  const isCommit = COMMIT_ID.test(value) && !branches.includes(value);
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="font-semibold">
        Branch
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} className={`${inputClass} min-w-48`}>
        {isCommit && <option value={value}>Commit {shortId(value)}</option>}
        {[...branches].sort().map((b) => (
          <option key={b} value={b}>
            {b === defaultBranch ? `${b} (default)` : b}
          </option>
        ))}
      </select>
    </div>
  );
}
