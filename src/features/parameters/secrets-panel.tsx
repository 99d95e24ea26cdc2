import { useState } from 'react';
import { useDeleteSecret } from '../../api/secretsmanager/delete-secret';
import { getSecretValue, useSecretValue } from '../../api/secretsmanager/get-secret-value';
import { useSecrets, type SecretListEntry } from '../../api/secretsmanager/list-secrets';
import { useRestoreSecret } from '../../api/secretsmanager/restore-secret';
import { buttonClass } from '../../components/button-styles';
import { EmptyState } from '../../components/empty-state';
import { errorText } from '../../components/error-text';
import { formatDateTime } from '../../components/format/time';
import { Loading } from '../../components/loading';
import { Panel } from '../../components/panel';
import { ConfirmDeleteDialog } from './confirm-delete-dialog';
import { MaskedValue } from './masked-value';
import { SecretDialog } from './secret-dialog';
import { TableHead } from '../../components/table-head';

function SecretValue({ name }: { name: string }) {
  const useValue = (enabled: boolean) => {
    const q = useSecretValue(name, enabled);
    return { data: q.data?.SecretString, error: q.error, isFetching: q.isFetching };
  };
  return <MaskedValue name={name} useValue={useValue} />;
}

/** Secrets Manager: the values buildspec `secrets-manager` variables read (masked in build logs). */
export function SecretsPanel() {
  const secrets = useSecrets();
  const remove = useDeleteSecret();
  const restore = useRestoreSecret();
  const [dialog, setDialog] = useState<
    { kind: 'create' } | { kind: 'update' | 'delete'; s: SecretListEntry; value?: string }
  >();
  const [loadError, setLoadError] = useState<unknown>();
  const update = async (s: SecretListEntry) => {
    try {
      setDialog({ kind: 'update', s, value: (await getSecretValue(s.Name)).SecretString ?? '' });
    } catch (e) {
      setLoadError(e);
    }
  };
  const close = () => {
    setDialog(undefined);
    remove.reset();
  };
  const error = secrets.error ?? loadError ?? restore.error;
  return (
    <Panel
      title={secrets.data ? `Secrets (${secrets.data.length})` : 'Secrets'}
      actions={
        <button type="button" className={buttonClass('primary')} onClick={() => setDialog({ kind: 'create' })}>
          Store a new secret
        </button>
      }
      flush
    >
      {secrets.isPending && (
        <div className="px-4">
          <Loading label="Reading secrets…" />
        </div>
      )}
      {error ? (
        <p role="alert" className="px-4 py-2 font-mono text-xs text-red-700 dark:text-red-300">
          {errorText(error)}
        </p>
      ) : null}
      {secrets.data?.length === 0 && (
        <EmptyState title="No secrets">
          <p>
            Secrets hold credentials a build reads (buildspec <code>env: secrets-manager:</code>); their values are
            masked in logs.
          </p>
        </EmptyState>
      )}
      {secrets.data && secrets.data.length > 0 && (
        <table className="w-full text-left">
          <caption className="sr-only">Secrets</caption>
          <TableHead columns={['Secret name', 'Value', 'Last changed', { label: 'Actions', hidden: true }]} />
          <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
            {secrets.data.map((s) => (
              <tr key={s.ARN}>
                <td className="px-4 py-2.5">
                  <span className="font-mono text-xs font-semibold">{s.Name}</span>
                  {s.Description && <p className="text-xs text-zinc-600 dark:text-zinc-400">{s.Description}</p>}
                  {s.DeletedDate !== undefined && (
                    <p className="text-xs font-semibold text-red-700 dark:text-red-300">
                      Deletion scheduled for {formatDateTime(s.DeletedDate * 1000)}
                    </p>
                  )}
                </td>
                <td className="px-4 py-2.5">{s.DeletedDate === undefined ? <SecretValue name={s.Name} /> : '–'}</td>
                <td className="px-4 py-2.5 whitespace-nowrap">
                  {s.LastChangedDate ? formatDateTime(s.LastChangedDate * 1000) : '–'}
                </td>
                <td className="px-4 py-2.5 text-right whitespace-nowrap">
                  {s.DeletedDate === undefined ? (
                    <>
                      <button
                        type="button"
                        aria-label={`Update value of ${s.Name}`}
                        className={buttonClass('normal', 'px-3 py-1 text-xs')}
                        onClick={() => void update(s)}
                      >
                        Update value
                      </button>{' '}
                      <button
                        type="button"
                        aria-label={`Delete ${s.Name}`}
                        className={buttonClass('normal', 'px-3 py-1 text-xs')}
                        onClick={() => setDialog({ kind: 'delete', s })}
                      >
                        Delete
                      </button>
                    </>
                  ) : (
                    <button
                      type="button"
                      aria-label={`Cancel deletion of ${s.Name}`}
                      className={buttonClass('normal', 'px-3 py-1 text-xs')}
                      onClick={() => restore.mutate({ SecretId: s.Name })}
                    >
                      Cancel deletion
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {dialog?.kind === 'create' && <SecretDialog onClose={close} />}
      {dialog?.kind === 'update' && (
        <SecretDialog existing={dialog.s.Name} initialValue={dialog.value} onClose={close} />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDeleteDialog
          title={`Delete ${dialog.s.Name}`}
          error={remove.error}
          pending={remove.isPending}
          onConfirm={() => remove.mutate({ SecretId: dialog.s.Name, RecoveryWindowInDays: 7 }, { onSuccess: close })}
          onClose={close}
        >
          <p>The secret is scheduled for deletion after a 7-day recovery window; until then it can be restored.</p>
          <p>Builds that read it fail in DOWNLOAD_SOURCE meanwhile.</p>
        </ConfirmDeleteDialog>
      )}
    </Panel>
  );
}
