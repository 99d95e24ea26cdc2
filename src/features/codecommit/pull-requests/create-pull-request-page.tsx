import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useCreatePullRequest } from '../../../api/codecommit/create-pull-request';
import { useBranches } from '../../../api/codecommit/list-branches';
import { buttonClass } from '../../../components/button-styles';
import { ErrorPanel } from '../../../components/error-panel';
import { Loading } from '../../../components/loading';
import { Panel } from '../../../components/panel';
import { useStatusStore } from '../../../stores/status-store';
import { DiffView } from '../diff/diff-view';
import { ErrorLine } from '../diff/error-line';
import { RefPicker } from '../diff/ref-picker';
import { pullRequestPath, pullRequestsPath } from '../paths';
import { useRepositoryParams } from '../use-repository-params';
import { ActingAsNote } from './acting-as';
import { TitleDescriptionFields } from './title-description-fields';
import { MergeabilityLine } from './mergeability-line';

/**
 * Source and destination branches, their differences, then title and description. The service
 * decides what is valid; its refusal is shown as sent and the form keeps everything typed.
 */
export function CreatePullRequestPage() {
  const { name, repository } = useRepositoryParams();
  const branches = useBranches(name);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const create = useCreatePullRequest();
  const defaultBranch = repository.data?.defaultBranch;
  const [destination, setDestination] = useState(params.get('destination') ?? '');
  const [source, setSource] = useState(params.get('source') ?? '');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [token] = useState(() => crypto.randomUUID());

  if (branches.isPending || !repository.data) return <Loading label="Reading branches…" />;
  if (branches.isError) {
    return (
      <ErrorPanel
        error={branches.error}
        subject="The branch list"
        back={{ to: pullRequestsPath(name), label: 'Back to pull requests' }}
      />
    );
  }
  const dest = destination || defaultBranch || '';
  const src = source || branches.data.find((b) => b !== dest) || '';

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    create.mutate(
      {
        title,
        ...(description !== '' && { description }),
        targets: [{ repositoryName: name, sourceReference: src, destinationReference: dest }],
        clientRequestToken: `${token}-${src}-${dest}`,
      },
      {
        onSuccess: (pr) => {
          useStatusStore.getState().show(`Created pull request #${pr.pullRequestId}`);
          void navigate(pullRequestPath(name, pr.pullRequestId));
        },
      },
    );
  };

  return (
    <div className="space-y-5">
      <Panel title="Create pull request">
        <form onSubmit={submit} className="space-y-4">
          <div className="flex flex-wrap items-end gap-4">
            <RefPicker
              label="Destination"
              branches={branches.data}
              defaultBranch={defaultBranch}
              value={dest}
              onChange={setDestination}
            />
            <span aria-hidden="true" className="pb-2 text-zinc-500">
              ←
            </span>
            <RefPicker
              label="Source"
              branches={branches.data}
              defaultBranch={defaultBranch}
              value={src}
              onChange={setSource}
            />
          </div>
          {src && dest && src !== dest && <MergeabilityLine repositoryName={name} destination={dest} source={src} />}
          <TitleDescriptionFields
            title={title}
            description={description}
            onTitle={setTitle}
            onDescription={setDescription}
          />
          {create.isError && <ErrorLine error={create.error} />}
          <ActingAsNote action="Creating the pull request" />
          <div className="flex gap-2">
            <button type="submit" className={buttonClass('primary')} aria-disabled={create.isPending}>
              Create pull request
            </button>
            <button
              type="button"
              className={buttonClass('normal')}
              onClick={() => void navigate(pullRequestsPath(name))}
            >
              Cancel
            </button>
          </div>
        </form>
      </Panel>
      {src && dest && src !== dest && (
        <Panel title={`Changes: ${dest} ← ${src}`}>
          <DiffView repositoryName={name} before={dest} after={src} />
        </Panel>
      )}
    </div>
  );
}
