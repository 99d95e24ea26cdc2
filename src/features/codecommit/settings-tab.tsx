import { useState } from 'react';
import { fromEpochSeconds } from '../../api/codecommit/service';
import { buttonClass } from '../../components/button-styles';
import { CopyButton } from '../../components/copy-button';
import { formatDateTime } from '../../components/format/time';
import { KeyValueList } from '../../components/key-value-list';
import { Loading } from '../../components/loading';
import { Panel } from '../../components/panel';
import { DeleteRepositoryDialog } from './delete-repository-dialog';
import { TriggersPanel } from './triggers/triggers-panel';
import { useRepositoryParams } from './use-repository-params';

function Copyable({ text, label }: { text: string; label: string }) {
  return (
    <span className="flex flex-wrap items-center gap-2">
      <code className="font-mono text-xs break-all">{text}</code>
      <CopyButton text={text} label={label} />
    </span>
  );
}

export function SettingsTab() {
  const { name, repository } = useRepositoryParams();
  const [confirming, setConfirming] = useState(false);
  const repo = repository.data;
  if (!repo) return <Loading />;

  return (
    <div className="space-y-5">
      <Panel title="Repository details">
        <KeyValueList
          items={[
            { label: 'Name', value: repo.repositoryName },
            { label: 'Repository ID', value: <code className="font-mono text-xs">{repo.repositoryId}</code> },
            { label: 'ARN', value: <Copyable text={repo.Arn} label="Copy ARN" /> },
            {
              label: 'Default branch',
              value: repo.defaultBranch ?? 'None yet: the first branch pushed becomes the default',
            },
            { label: 'Clone URL (HTTPS)', value: <Copyable text={repo.cloneUrlHttp} label="Copy HTTPS URL" /> },
            { label: 'Clone URL (SSH)', value: <Copyable text={repo.cloneUrlSsh} label="Copy SSH URL" /> },
            { label: 'Created', value: formatDateTime(fromEpochSeconds(repo.creationDate).getTime()) },
            { label: 'Last modified', value: formatDateTime(fromEpochSeconds(repo.lastModifiedDate).getTime()) },
            { label: 'Description', value: repo.repositoryDescription ?? 'None' },
            ...(repo.kmsKeyId
              ? [
                  {
                    label: 'Encryption key',
                    value: <code className="font-mono text-xs break-all">{repo.kmsKeyId}</code>,
                  },
                ]
              : []),
          ]}
        />
      </Panel>
      <TriggersPanel repositoryName={name} />
      <Panel title="Delete repository">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="max-w-2xl text-zinc-700 dark:text-zinc-300">
            Removes the repository with all its files, branches and history. This cannot be undone.
          </p>
          <button type="button" className={buttonClass('danger')} onClick={() => setConfirming(true)}>
            Delete repository
          </button>
        </div>
      </Panel>
      {confirming && <DeleteRepositoryDialog name={name} onClose={() => setConfirming(false)} />}
    </div>
  );
}
