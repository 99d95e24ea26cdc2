import { useState } from 'react';
import { useCreateSecret } from '../../api/secretsmanager/create-secret';
import { usePutSecretValue } from '../../api/secretsmanager/put-secret-value';
import { Dialog } from '../../components/dialog';
import { TextField } from '../../components/form-field';
import { DialogFooter } from './dialog-parts';
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
            <TextField label="Secret name" value={name} onChange={setName} mono />
            <TextField label="Description" value={description} onChange={setDescription} />
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
        <DialogFooter
          error={error}
          pending={pending}
          submitLabel={existing ? 'Save new value' : 'Store secret'}
          onClose={onClose}
        />
      </form>
    </Dialog>
  );
}
