import { useId } from 'react';
import { inputClass } from '../../../components/button-styles';

/** "Number of approvals needed", as both the approval rule and the template forms ask it (console default 1). */
export function ApprovalsNeededField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-semibold">
        Number of approvals needed
      </label>
      <input
        id={id}
        type="number"
        min={1}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className={`${inputClass} w-24`}
      />
    </div>
  );
}

/** The JSON the form will send, folded away until asked for. */
export function RuleContentPreview({ summary, content }: { summary: string; content: string }) {
  return (
    <details>
      <summary className="cursor-pointer text-sm font-semibold">{summary}</summary>
      <pre className="mt-2 overflow-x-auto rounded-lg bg-zinc-50 p-3 font-mono text-xs dark:bg-zinc-950">
        {JSON.stringify(JSON.parse(content), null, 2)}
      </pre>
    </details>
  );
}
