import { useId, useState } from 'react';
import { getParameter } from '../../api/ssm/get-parameter';
import { usePutParameter } from '../../api/ssm/put-parameter';
import type { ParameterMetadata, ParameterType } from '../../api/ssm/types';
import { inputClass } from '../../components/button-styles';
import { Dialog } from '../../components/dialog';
import { TextField } from '../../components/form-field';
import { DialogFooter } from './dialog-parts';

/** Create a parameter, or edit one's value (PutParameter with Overwrite); the service decides what is valid. */
export function ParameterDialog({
  existing,
  initialValue,
  onClose,
}: {
  existing?: ParameterMetadata;
  initialValue?: string;
  onClose: () => void;
}) {
  const id = useId();
  const put = usePutParameter();
  const [name, setName] = useState(existing?.Name ?? '');
  const [type, setType] = useState<ParameterType>(existing?.Type ?? 'String');
  const [description, setDescription] = useState(existing?.Description ?? '');
  const [value, setValue] = useState(initialValue ?? '');
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (put.isPending) return;
    put.mutate(
      {
        Name: name,
        Value: value,
        Type: type,
        ...(description !== '' && { Description: description }),
        ...(existing && { Overwrite: true }),
      },
      { onSuccess: onClose },
    );
  };
  return (
    <Dialog title={existing ? `Edit ${existing.Name}` : 'Create parameter'} onClose={onClose}>
      <form onSubmit={submit} className="space-y-4">
        {!existing && <TextField label="Name" value={name} onChange={setName} mono placeholder="/app/env" />}
        <TextField label="Description" value={description} onChange={setDescription} />
        <fieldset>
          <legend className="mb-1 font-semibold">Type</legend>
          <div className="flex gap-4">
            {(['String', 'StringList', 'SecureString'] as const).map((t) => (
              <label key={t} className="flex items-center gap-1.5">
                <input type="radio" name={`${id}-type`} value={t} checked={type === t} onChange={() => setType(t)} />
                {t}
              </label>
            ))}
          </div>
        </fieldset>
        <div>
          <label htmlFor={`${id}-value`} className="mb-1 block font-semibold">
            Value
          </label>
          <textarea
            id={`${id}-value`}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            rows={3}
            className={`${inputClass} w-full font-mono`}
            spellCheck={false}
          />
          {type === 'StringList' && (
            <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">Comma-separated values.</p>
          )}
        </div>
        <DialogFooter
          error={put.error}
          pending={put.isPending}
          submitLabel={existing ? 'Save changes' : 'Create parameter'}
          onClose={onClose}
        />
      </form>
    </Dialog>
  );
}

/** Reads the current value before opening the edit dialog, so editing starts from it. */
export async function loadParameterValue(name: string) {
  return (await getParameter(name)).Value;
}
