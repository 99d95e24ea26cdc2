import { useState } from 'react';
import { useDeleteParameter } from '../../api/ssm/delete-parameter';
import { useParameters } from '../../api/ssm/describe-parameters';
import { useParameterValue } from '../../api/ssm/get-parameter';
import type { ParameterMetadata } from '../../api/ssm/types';
import { buttonClass } from '../../components/button-styles';
import { EmptyState } from '../../components/empty-state';
import { errorText } from '../../components/error-text';
import { formatDateTime } from '../../components/format/time';
import { Loading } from '../../components/loading';
import { Panel } from '../../components/panel';
import { ConfirmDeleteDialog } from './confirm-delete-dialog';
import { MaskedValue } from './masked-value';
import { loadParameterValue, ParameterDialog } from './parameter-dialog';
import { TableHead } from '../../components/table-head';

function ParameterValue({ p }: { p: ParameterMetadata }) {
  const useValue = (enabled: boolean) => {
    const q = useParameterValue(p.Name, enabled);
    return { data: q.data?.Value, error: q.error, isFetching: q.isFetching };
  };
  if (p.Type === 'SecureString') return <MaskedValue name={p.Name} useValue={useValue} />;
  return <PlainParameterValue name={p.Name} />;
}

function PlainParameterValue({ name }: { name: string }) {
  const q = useParameterValue(name, true);
  return <span className="font-mono text-xs break-all">{q.data?.Value ?? '…'}</span>;
}

/** Parameter Store: the values buildspec `parameter-store` variables and PARAMETER_STORE variables read. */
export function ParametersPanel() {
  const parameters = useParameters();
  const remove = useDeleteParameter();
  const [dialog, setDialog] = useState<
    { kind: 'create' } | { kind: 'edit' | 'delete'; p: ParameterMetadata; value?: string }
  >();
  const [loadError, setLoadError] = useState<unknown>();
  const edit = async (p: ParameterMetadata) => {
    try {
      setDialog({ kind: 'edit', p, value: await loadParameterValue(p.Name) });
    } catch (e) {
      setLoadError(e);
    }
  };
  const close = () => {
    setDialog(undefined);
    remove.reset();
  };
  return (
    <Panel
      title={parameters.data ? `Parameters (${parameters.data.length})` : 'Parameters'}
      actions={
        <button type="button" className={buttonClass('primary')} onClick={() => setDialog({ kind: 'create' })}>
          Create parameter
        </button>
      }
      flush
    >
      {parameters.isPending && (
        <div className="px-4">
          <Loading label="Reading parameters…" />
        </div>
      )}
      {(parameters.error ?? loadError) ? (
        <p role="alert" className="px-4 py-2 font-mono text-xs text-red-700 dark:text-red-300">
          {errorText(parameters.error ?? loadError)}
        </p>
      ) : null}
      {parameters.data?.length === 0 && (
        <EmptyState title="No parameters">
          <p>
            Parameters hold configuration a build reads by name (buildspec <code>env: parameter-store:</code>).
          </p>
        </EmptyState>
      )}
      {parameters.data && parameters.data.length > 0 && (
        <table className="w-full text-left">
          <caption className="sr-only">Parameters</caption>
          <TableHead
            columns={['Name', 'Type', 'Value', 'Version', 'Last modified', { label: 'Actions', hidden: true }]}
          />
          <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
            {parameters.data.map((p) => (
              <tr key={p.Name}>
                <td className="px-4 py-2.5">
                  <span className="font-mono text-xs font-semibold">{p.Name}</span>
                  {p.Description && <p className="text-xs text-zinc-600 dark:text-zinc-400">{p.Description}</p>}
                </td>
                <td className="px-4 py-2.5">{p.Type}</td>
                <td className="px-4 py-2.5">
                  <ParameterValue p={p} />
                </td>
                <td className="px-4 py-2.5 tabular-nums">{p.Version}</td>
                <td className="px-4 py-2.5 whitespace-nowrap">{formatDateTime(p.LastModifiedDate * 1000)}</td>
                <td className="px-4 py-2.5 text-right whitespace-nowrap">
                  <button
                    type="button"
                    aria-label={`Edit ${p.Name}`}
                    className={buttonClass('normal', 'px-3 py-1 text-xs')}
                    onClick={() => void edit(p)}
                  >
                    Edit
                  </button>{' '}
                  <button
                    type="button"
                    aria-label={`Delete ${p.Name}`}
                    className={buttonClass('normal', 'px-3 py-1 text-xs')}
                    onClick={() => setDialog({ kind: 'delete', p })}
                  >
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {dialog?.kind === 'create' && <ParameterDialog onClose={close} />}
      {dialog?.kind === 'edit' && <ParameterDialog existing={dialog.p} initialValue={dialog.value} onClose={close} />}
      {dialog?.kind === 'delete' && (
        <ConfirmDeleteDialog
          title={`Delete ${dialog.p.Name}`}
          error={remove.error}
          pending={remove.isPending}
          onConfirm={() => remove.mutate(dialog.p.Name, { onSuccess: close })}
          onClose={close}
        >
          <p>Builds that read this parameter will fail in DOWNLOAD_SOURCE until it exists again.</p>
        </ConfirmDeleteDialog>
      )}
    </Panel>
  );
}
