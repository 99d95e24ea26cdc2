import { useState } from 'react';
import { useExplainPackageVersionResolution } from '../../../api/codeartifact/explain-package-version-resolution';
import { useFetchPackageVersion } from '../../../api/codeartifact/fetch-package-version';
import type { PackageFormat, RepositoryDescription } from '../../../api/codeartifact/wire-types';
import type { PackageRequest, Resolution } from '../../../engine/codeartifact/public';
import { buttonClass } from '../../../components/button-styles';
import { SelectField, TextField } from '../../../components/form-field';
import { ErrorCallout } from '../shared/error-callout';
import { PACKAGE_FORMATS } from '../shared/external-connections';
import { DomainGraph } from './domain-graph';
import { nodeStatesAt, packageCoordinates, searchRows, walkedEdgesAt } from './explorer-model';
import { SearchSteps } from './search-steps';
import { toDomainGraph } from './to-domain-graph';
import { useStepAnimation } from './use-step-animation';

interface Result {
  resolution: Resolution;
  fetched: boolean;
  run: number;
}

/**
 * The domain graph with a package request explorer: pick where a package manager asks and for what, then
 * Explain (a dry run) or Fetch (done, as a package manager would). The search path lights up node by node in
 * the documented depth-first order, with the list of steps beside the graph.
 */
export function PackageExplorer({ domain, repositories }: { domain: string; repositories: RepositoryDescription[] }) {
  const names = repositories.map((r) => r.name ?? '');
  const [repository, setRepository] = useState(names[0] ?? '');
  const [format, setFormat] = useState<PackageFormat>('npm');
  const [namespace, setNamespace] = useState('');
  const [pkg, setPkg] = useState('');
  const [version, setVersion] = useState('');
  const [result, setResult] = useState<Result>();
  const explain = useExplainPackageVersionResolution();
  const fetchVersion = useFetchPackageVersion();
  const chosen = names.includes(repository) ? repository : (names[0] ?? '');

  const rows = result ? searchRows(result.resolution) : [];
  const { shown, skip } = useStepAnimation(rows.length, result?.run ?? 0);
  const edges = toDomainGraph(repositories).edges;

  const request = (): PackageRequest => ({
    domain,
    repository: chosen,
    format,
    ...packageCoordinates(format, namespace, pkg),
    version: version.trim() || undefined,
  });
  const run = (fetched: boolean) => {
    const mutation = fetched ? fetchVersion : explain;
    (fetched ? explain : fetchVersion).reset();
    mutation.mutate(request(), {
      onSuccess: (resolution) => setResult((r) => ({ resolution, fetched, run: (r?.run ?? 0) + 1 })),
    });
  };
  const failure = explain.error ?? fetchVersion.error;
  const busy = explain.isPending || fetchVersion.isPending;

  return (
    <div className="space-y-4">
      <form
        className="grid items-end gap-3 md:grid-cols-[repeat(5,minmax(0,1fr))_auto]"
        onSubmit={(e) => {
          e.preventDefault();
          run(false);
        }}
      >
        <SelectField
          label="Ask repository"
          value={chosen}
          onChange={setRepository}
          options={names.map((n) => [n, n] as const)}
        />
        <SelectField
          label="Format"
          value={format}
          onChange={setFormat}
          options={PACKAGE_FORMATS.map((f) => [f, f] as const)}
        />
        <TextField
          label="Namespace (optional)"
          value={namespace}
          onChange={setNamespace}
          mono
          placeholder="scope, group ID"
        />
        <TextField label="Package" value={pkg} onChange={setPkg} mono placeholder="lodash, @scope/name" />
        <TextField label="Version" value={version} onChange={setVersion} mono placeholder="newest" />
        <div className="flex gap-2 pb-px">
          <button type="submit" className={buttonClass('normal')} aria-disabled={busy}>
            Explain
          </button>
          <button type="button" className={buttonClass('primary')} aria-disabled={busy} onClick={() => run(true)}>
            Fetch
          </button>
        </div>
      </form>
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        Explain shows what a package manager’s request to the chosen repository would do and changes nothing. Fetch
        makes the request as you: the version is retained where CodeArtifact’s rules say. Leave the version empty for
        the newest Published one.
      </p>
      {failure && <ErrorCallout error={failure} />}
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="overflow-hidden rounded-lg border border-zinc-200 dark:border-zinc-800">
          <DomainGraph
            repositories={repositories}
            states={nodeStatesAt(rows, shown)}
            walkedEdges={walkedEdgesAt(rows, shown, edges)}
            retainedIn={result && shown >= rows.length && result.fetched ? result.resolution.retainedIn : undefined}
            chosenRepository={chosen}
            onChooseRepository={setRepository}
          />
        </div>
        <aside aria-label="Search steps" className="min-w-0">
          <div className="mb-2 flex items-center justify-between">
            <h3 className="font-bold">{result ? (result.fetched ? 'Fetch' : 'Explain') : 'Search path'}</h3>
            {result && shown < rows.length && (
              <button type="button" className={buttonClass('normal', 'px-3 py-1 text-xs')} onClick={skip}>
                Show all steps
              </button>
            )}
          </div>
          {result ? (
            <SearchSteps
              domain={domain}
              rows={rows}
              shown={shown}
              resolution={result.resolution}
              fetched={result.fetched}
            />
          ) : (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              Choose a repository (or click one in the graph), name a package and a version, then Explain. The
              repositories are searched depth-first: the repository, then upstream 1 and everything above it, then
              upstream 2, and the external connection of each after its upstreams.
            </p>
          )}
        </aside>
      </div>
    </div>
  );
}
