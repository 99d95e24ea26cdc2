import { useId, useState } from 'react';
import type { RepositoryTrigger, TriggerEvent } from '../../../api/codecommit/pull-request-types';
import { buttonClass, inputClass } from '../../../components/button-styles';

const EVENTS: { value: TriggerEvent; label: string }[] = [
  { value: 'all', label: 'All repository events' },
  { value: 'updateReference', label: 'Push to existing branch' },
  { value: 'createReference', label: 'Create branch or tag' },
  { value: 'deleteReference', label: 'Delete branch or tag' },
];

interface TriggerFormProps {
  branches: string[];
  busy: boolean;
  onSave: (trigger: RepositoryTrigger) => void;
  onTest: (trigger: RepositoryTrigger) => void;
  onCancel: () => void;
}

/** A trigger as the service takes it; the service validates (ARN shape, events, custom data length). */
export function TriggerForm({ branches, busy, onSave, onTest, onCancel }: TriggerFormProps) {
  const ids = { name: useId(), arn: useId(), branches: useId(), data: useId(), branchList: useId() };
  const [name, setName] = useState('');
  const [destinationArn, setDestinationArn] = useState('');
  const [branchText, setBranchText] = useState('');
  const [events, setEvents] = useState<TriggerEvent[]>(['all']);
  const [customData, setCustomData] = useState('');
  const trigger = (): RepositoryTrigger => ({
    name,
    destinationArn,
    branches: branchText
      .split(',')
      .map((b) => b.trim())
      .filter(Boolean),
    events,
    ...(customData !== '' && { customData }),
  });

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSave(trigger());
      }}
      className="space-y-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-700"
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={ids.name} className="mb-1 block text-sm font-semibold">
            Trigger name
          </label>
          <input
            id={ids.name}
            value={name}
            onChange={(e) => setName(e.target.value)}
            className={`${inputClass} w-full`}
          />
        </div>
        <div>
          <label htmlFor={ids.arn} className="mb-1 block text-sm font-semibold">
            Destination ARN (SNS topic or Lambda function)
          </label>
          <input
            id={ids.arn}
            value={destinationArn}
            onChange={(e) => setDestinationArn(e.target.value)}
            placeholder="arn:aws:sns:us-east-1:123456789012:repo-notifications"
            spellCheck={false}
            className={`${inputClass} w-full font-mono`}
          />
        </div>
        <div>
          <label htmlFor={ids.branches} className="mb-1 block text-sm font-semibold">
            Branch names{' '}
            <span className="font-normal text-zinc-600 dark:text-zinc-400">(comma-separated; empty = all)</span>
          </label>
          <input
            id={ids.branches}
            value={branchText}
            list={ids.branchList}
            onChange={(e) => setBranchText(e.target.value)}
            spellCheck={false}
            className={`${inputClass} w-full font-mono`}
          />
          <datalist id={ids.branchList}>
            {branches.map((b) => (
              <option key={b} value={b} />
            ))}
          </datalist>
        </div>
        <div>
          <label htmlFor={ids.data} className="mb-1 block text-sm font-semibold">
            Custom data{' '}
            <span className="font-normal text-zinc-600 dark:text-zinc-400">(optional, up to 1000 characters)</span>
          </label>
          <input
            id={ids.data}
            value={customData}
            onChange={(e) => setCustomData(e.target.value)}
            className={`${inputClass} w-full`}
          />
        </div>
      </div>
      <fieldset>
        <legend className="mb-1 text-sm font-semibold">Events</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {EVENTS.map((ev) => (
            <label key={ev.value} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={events.includes(ev.value)}
                onChange={(e) =>
                  setEvents((list) => (e.target.checked ? [...list, ev.value] : list.filter((x) => x !== ev.value)))
                }
              />
              {ev.label} <code className="font-mono text-xs text-zinc-500">{ev.value}</code>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap gap-2">
        <button type="submit" className={buttonClass('primary', 'py-1 text-xs')} aria-disabled={busy}>
          Create trigger
        </button>
        <button type="button" className={buttonClass('normal', 'py-1 text-xs')} onClick={() => onTest(trigger())}>
          Test trigger
        </button>
        <button type="button" className={buttonClass('normal', 'py-1 text-xs')} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
