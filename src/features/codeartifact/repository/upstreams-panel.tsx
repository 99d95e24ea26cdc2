import { useState } from 'react';
import { useUpdateRepository } from '../../../api/codeartifact/update-repository';
import type { RepositoryDescription } from '../../../api/codeartifact/wire-types';
import { buttonClass } from '../../../components/button-styles';
import { Panel } from '../../../components/panel';
import { ErrorCallout } from '../shared/error-callout';
import { UpstreamListEditor } from '../shared/upstream-list-editor';

/** The upstream list, edited as a draft and sent whole with UpdateRepository (the order is the new priority). */
export function UpstreamsPanel({
  domain,
  repository,
  candidates,
}: {
  domain: string;
  repository: RepositoryDescription;
  candidates: string[];
}) {
  const saved = (repository.upstreams ?? []).map((u) => u.repositoryName ?? '');
  const [draft, setDraft] = useState<string[]>();
  const update = useUpdateRepository();
  const value = draft ?? saved;
  const dirty = draft !== undefined && draft.join('\n') !== saved.join('\n');
  return (
    <Panel
      title="Upstream repositories"
      actions={
        dirty && (
          <div className="flex gap-2">
            <button type="button" className={buttonClass('normal', 'px-3 py-1')} onClick={() => setDraft(undefined)}>
              Discard
            </button>
            <button
              type="button"
              className={buttonClass('primary', 'px-3 py-1')}
              aria-disabled={update.isPending}
              onClick={() =>
                update.mutate(
                  {
                    domain,
                    repository: repository.name ?? '',
                    upstreams: value.map((repositoryName) => ({ repositoryName })),
                  },
                  { onSuccess: () => setDraft(undefined) },
                )
              }
            >
              Save upstreams
            </button>
          </div>
        )
      }
    >
      <UpstreamListEditor value={value} onChange={setDraft} candidates={candidates} legendHidden />
      {update.error && (
        <div className="mt-3">
          <ErrorCallout error={update.error} />
        </div>
      )}
    </Panel>
  );
}
