import { useId, useState } from 'react';
import { useCreateSecret } from '../../api/secretsmanager/create-secret';
import { usePutSecretValue } from '../../api/secretsmanager/put-secret-value';
import { buttonClass, inputClass } from '../../components/button-styles';
import { Dialog, DialogActions } from '../../components/dialog';
import { errorText } from '../../components/error-text';
import { pairsToJson, parsePairs, type Pair } from './secret-pairs';
import { SecretValueEditor } from './secret-value-editor';

/** Create a secret, or store a new value for one (PutSecretValue makes it AWSCURRENT). */
export function SecretDialog({
  existing,
  initialValue,
  onClose,
}: {
  existing?: string;
  initialValue?: string;
  onClose: () => void;
}) {
  const id = useId();
  const create = useCreateSecret();
  const put = usePutSecretValue();
  const initialPairs = parsePairs(initialValue ?? '');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [mode, setMode] = useState<'pairs' | 'text'>(initialPairs ? 'pairs' : 'text');
  const [pairs, setPairs] = useState<Pair[]>(
    initialPairs && initialPairs.length > 0 ? initialPairs : [{ key: '', value: '' }],
  );
  const [text, setText] = useState(initialValue ?? '');
  const pending = create.isPending || put.isPending;
  const error = create.error ?? put.error;

  const switchMode = (next: 'pairs' | 'text') => {
    if (next === 'text') setText(pairsToJson(pairs));
    else setPairs(parsePairs(text) ?? pairs);
    setMode(next);
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const SecretString = mode === 'pairs' ? pairsToJson(pairs) : text;
    if (existing) put.mutate({ SecretId: existing, SecretString }, { onSuccess: onClose });
    else
      create.mutate(
        { Name: name, SecretString, ...(description !== '' && { Description: description }) },
        { onSuccess: onClose },
      );
  };
  return (
    <Dialog title={existing ? `New value for ${existing}` : 'Store a new secret'} onClose={onClose} size="wide">
      <form onSubmit={submit} className="space-y-4">
        {!existing && (
          <>
            <div>
              <label htmlFor={`${id}-name`} className="mb-1 block font-semibold">
                Secret name
              </label>
              <input
                id={`${id}-name`}
                value={name}
                onChange={(e) => setName(e.target.value)}
                className={`${inputClass} w-full font-mono`}
                spellCheck={false}
              />
            </div>
            <div>
              <label htmlFor={`${id}-description`} className="mb-1 block font-semibold">
                Description
              </label>
              <input
                id={`${id}-description`}
                value={description}
                onChange={(e) => setDescription(e.target.value)}
                className={`${inputClass} w-full`}
              />
            </div>
          </>
        )}
        <SecretValueEditor
          mode={mode}
          onMode={switchMode}
          pairs={pairs}
          onPairs={setPairs}
          text={text}
          onText={setText}
        />
        {error && (
          <p role="alert" className="font-mono text-xs text-red-700 dark:text-red-300">
            {errorText(error)}
          </p>
        )}
        <DialogActions>
          <button type="button" className={buttonClass('normal')} onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className={buttonClass('primary')} aria-disabled={pending}>
            {existing ? 'Save new value' : 'Store secret'}
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
