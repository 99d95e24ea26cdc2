import type { RepositoryMetadata } from '../../api/codecommit/types';
import { CopyButton } from '../../components/copy-button';
import { Panel } from '../../components/panel';

/** A repository with no commits has nothing to browse; this says how to put the first file in. */
export function EmptyRepository({ repository }: { repository: RepositoryMetadata }) {
  const name = repository.repositoryName;
  const commands = [
    `git clone ${repository.cloneUrlHttp}`,
    `cd ${name}`,
    `echo "# ${name}" > README.md`,
    'git add README.md',
    'git commit -m "Add README"',
    'git push origin HEAD:main',
  ].join('\n');

  return (
    <Panel title="This repository is empty">
      <p className="max-w-3xl">
        It has no commits and no branches yet. Clone it, add a first file and push: the first branch you push becomes
        the default branch, and the push appears in Events as a CodeCommit Repository State Change.
      </p>
      <h3 className="mt-4 mb-1 font-semibold">Clone URL (HTTPS)</h3>
      <div className="flex flex-wrap items-center gap-3">
        <code className="rounded bg-zinc-100 px-2 py-1 font-mono text-xs dark:bg-zinc-800">
          {repository.cloneUrlHttp}
        </code>
        <CopyButton text={repository.cloneUrlHttp} label="Copy URL" />
      </div>
      <h3 className="mt-4 mb-1 font-semibold">Add the first file</h3>
      <pre className="overflow-x-auto rounded-lg border border-zinc-200 bg-zinc-50 p-3 font-mono text-xs leading-relaxed dark:border-zinc-800 dark:bg-zinc-950">
        {commands}
      </pre>
      <div className="mt-2">
        <CopyButton text={commands} label="Copy commands" />
      </div>
    </Panel>
  );
}
