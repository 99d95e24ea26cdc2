import { useId } from 'react';
import { inputClass } from '../../../components/button-styles';

const COMMIT_ID = /^[0-9a-f]{40}$/;

interface RefPickerProps {
  label: string;
  branches: string[];
  /** A branch name, or a commit ID that is offered as itself. */
  value: string;
  defaultBranch?: string;
  onChange: (ref: string) => void;
}

/** A labelled branch picker that can also hold a commit ID (from a commit's "compare" link). */
export function RefPicker({ label, branches, value, defaultBranch, onChange }: RefPickerProps) {
  const id = useId();
  const isCommit = COMMIT_ID.test(value) && !branches.includes(value);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-semibold text-zinc-700 dark:text-zinc-300">
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} className={`${inputClass} min-w-52`}>
        {value === '' && <option value="">Choose a branch</option>}
        {isCommit && <option value={value}>Commit {value.slice(0, 7)}</option>}
        {[...branches].sort().map((b) => (
          <option key={b} value={b}>
            {b === defaultBranch ? `${b} (default)` : b}
          </option>
        ))}
      </select>
    </div>
  );
}
