import { Link } from 'react-router';
import type { Resolution } from '../../../engine/codeartifact/public';
import { AwsApiError } from '../../../api/aws-call';
import { linkClass } from '../../../components/button-styles';
import { ErrorCallout } from '../shared/error-callout';
import { repositoryPath } from '../shared/paths';
import { OUTCOME_LABEL, type SearchRow } from './explorer-model';

const OUTCOME_TONE: Record<SearchRow['outcome'], string> = {
  found: 'text-emerald-800 dark:text-emerald-300',
  'fetched-from-external-connection': 'text-emerald-800 dark:text-emerald-300',
  'not-found': 'text-zinc-600 dark:text-zinc-400',
  'not-searched': 'text-zinc-500 dark:text-zinc-500',
  'blocked-by-origin-controls': 'text-red-800 dark:text-red-300',
};

/** The search path as a numbered list, growing with the animation, then the answer and what was retained where. */
export function SearchSteps({
  domain,
  rows,
  shown,
  resolution,
  fetched,
}: {
  domain: string;
  rows: readonly SearchRow[];
  shown: number;
  resolution: Resolution;
  /** The result of Fetch (applied), not of Explain (a dry run). */
  fetched: boolean;
}) {
  const done = shown >= rows.length;
  return (
    <div className="space-y-3">
      <ol aria-label="Search path" className="space-y-1.5">
        {rows.slice(0, shown).map((row, i) => (
          <li key={i} className="flex items-baseline gap-2" style={{ paddingLeft: `${row.depth * 0.75}rem` }}>
            <span className="w-5 shrink-0 text-right text-xs text-zinc-500">{i + 1}.</span>
            <span className="min-w-0">
              <span className="font-mono font-semibold break-all">{row.label}</span>{' '}
              <span className={`text-sm ${OUTCOME_TONE[row.outcome]}`}>
                {OUTCOME_LABEL[row.outcome]}
                {row.through && ` (external connection of ${row.through})`}
              </span>
            </span>
          </li>
        ))}
      </ol>
      {done && (
        <div role="status" className="space-y-2 border-t border-zinc-200 pt-3 text-sm dark:border-zinc-700">
          {resolution.found ? (
            <p>
              Version <strong>{resolution.found.version}</strong> found in{' '}
              <strong>{resolution.found.externalConnection ?? resolution.found.repository}</strong>
              {resolution.found.via === 'upstream' && ' (an upstream)'}
              {resolution.found.via === 'external-connection' && ` through ${resolution.found.repository}`}.
            </p>
          ) : (
            !resolution.error && <p>No repository on the path holds this version.</p>
          )}
          {resolution.error && (
            <ErrorCallout
              error={new AwsApiError(resolution.error.type, resolution.error.message, resolution.error.status)}
            />
          )}
          {resolution.retainedIn.length > 0 && (
            <p>
              {fetched ? 'Now retained in ' : 'A fetch would retain it in '}
              {resolution.retainedIn.map((r, i) => (
                <span key={r}>
                  {i > 0 && (i === resolution.retainedIn.length - 1 ? ' and ' : ', ')}
                  <Link to={repositoryPath(domain, r)} className={`${linkClass} font-semibold`}>
                    {r}
                  </Link>
                </span>
              ))}
              {fetched ? '.' : ' (Explain changes nothing).'}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
