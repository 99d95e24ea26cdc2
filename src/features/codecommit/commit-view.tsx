import { Link, useParams } from 'react-router';
import { useCommit } from '../../api/codecommit/get-commit';
import { buttonClass, linkClass } from '../../components/button-styles';
import { CopyButton } from '../../components/copy-button';
import { ErrorPanel } from '../../components/error-panel';
import { KeyValueList } from '../../components/key-value-list';
import { Loading } from '../../components/loading';
import { Panel } from '../../components/panel';
import { firstLine, formatSignature, shortId } from './commit-format';
import { browsePath, commitPath, commitsPath, comparePath } from './paths';

export function CommitView() {
  const params = useParams();
  const name = params.name ?? '';
  const id = params.id ?? '';
  const commit = useCommit(name, id);

  if (commit.isPending) return <Loading label="Reading the commit…" />;
  if (commit.isError) {
    return (
      <ErrorPanel
        error={commit.error}
        subject={`Commit ${id}`}
        back={{ to: commitsPath(name), label: 'Back to commits' }}
      />
    );
  }

  const c = commit.data;
  return (
    <Panel
      title={firstLine(c.message) || `Commit ${shortId(c.commitId)}`}
      actions={
        <span className="flex gap-2">
          {c.parents[0] && (
            <Link to={comparePath(name, c.parents[0], c.commitId)} className={buttonClass('normal', 'py-1 text-xs')}>
              Compare with parent
            </Link>
          )}
          <Link to={browsePath(name, c.commitId)} className={buttonClass('normal', 'py-1 text-xs')}>
            Browse files at this commit
          </Link>
        </span>
      }
    >
      <pre className="mb-5 rounded-lg border border-zinc-200 bg-zinc-50 p-3 font-mono text-xs whitespace-pre-wrap dark:border-zinc-800 dark:bg-zinc-950">
        {c.message}
      </pre>
      <KeyValueList
        items={[
          {
            label: 'Commit ID',
            value: (
              <span className="flex flex-wrap items-center gap-2">
                <code className="font-mono text-xs">{c.commitId}</code>
                <CopyButton text={c.commitId} label="Copy ID" />
              </span>
            ),
          },
          { label: 'Tree ID', value: <code className="font-mono text-xs">{c.treeId}</code> },
          { label: 'Author', value: formatSignature(c.author) },
          { label: 'Committer', value: formatSignature(c.committer) },
          {
            label: c.parents.length === 1 ? 'Parent' : 'Parents',
            value:
              c.parents.length === 0 ? (
                'None: this is the first commit'
              ) : (
                <span className="flex flex-wrap gap-3">
                  {c.parents.map((parent) => (
                    <Link
                      key={parent}
                      to={commitPath(name, parent)}
                      className={`${linkClass} font-mono`}
                      title={parent}
                    >
                      {shortId(parent)}
                    </Link>
                  ))}
                </span>
              ),
          },
        ]}
      />
    </Panel>
  );
}
