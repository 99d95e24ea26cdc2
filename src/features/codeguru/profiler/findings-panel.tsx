import { useRecommendations, useFindingsReports, type TimeRange } from '../../../api/codeguru-profiler/analysis';
import { ErrorCallout } from '../../../components/error-callout';
import { formatDateTime } from '../../../components/format/time';
import { Loading } from '../../../components/loading';
import { Panel } from '../../../components/panel';
import { CODEGURU_PROFILER_ERROR_EXPLANATIONS } from '../../../engine/codeguru-profiler/errors';

const pct = (x: number | undefined) => `${((x ?? 0) * 100).toFixed(1)}%`;

/** GetRecommendations (recommendations and anomalies) and ListFindingsReports for the chosen range. */
export function FindingsPanel({ name, range }: { name: string; range: TimeRange }) {
  const found = useRecommendations(name, range);
  const reports = useFindingsReports(name, range);
  return (
    <Panel title="Recommendations and anomalies">
      {found.isPending ? (
        <Loading />
      ) : found.isError ? (
        <ErrorCallout error={found.error} explanations={CODEGURU_PROFILER_ERROR_EXPLANATIONS} />
      ) : (
        <div className="space-y-4">
          {found.data.recommendations.length === 0 && found.data.anomalies.length === 0 && (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              Nothing found in this range. A recommendation appears when a documented pattern matches the profile (for
              example logging taking 10% or more of the samples); an anomaly when a frame's share jumps against the
              range before.
            </p>
          )}
          {found.data.recommendations.map((r) => (
            <article
              key={r.pattern.id}
              data-testid="recommendation"
              className="rounded-lg border border-amber-300 bg-amber-50 p-3 dark:border-amber-800 dark:bg-amber-950/40"
            >
              <h3 className="font-bold">
                {r.pattern.name}: {pct(r.allMatchesSum)} of the samples
              </h3>
              <p className="mt-1 text-sm">{r.pattern.description}</p>
              <p className="mt-2 text-sm">
                <span className="font-semibold">How to fix it: </span>
                {r.pattern.resolutionSteps}
              </p>
              <ul className="mt-2 space-y-0.5 font-mono text-xs">
                {r.topMatches.map((m) => (
                  <li key={m.frameAddress}>
                    {m.frameAddress} — {pct(m.thresholdBreachValue)}
                  </li>
                ))}
              </ul>
            </article>
          ))}
          {found.data.anomalies.map((a) => (
            <article
              key={a.metric?.frameName}
              data-testid="anomaly"
              className="rounded-lg border border-red-300 bg-red-50 p-3 dark:border-red-900 dark:bg-red-950/40"
            >
              <h3 className="font-mono text-sm font-bold">Anomaly: {a.metric?.frameName}</h3>
              <p className="mt-1 text-sm">{a.reason}</p>
              <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
                {a.instances
                  .map(
                    (i) =>
                      `${formatDateTime(Date.parse(i.startTime))} – ${i.endTime ? formatDateTime(Date.parse(i.endTime)) : 'ongoing'}`,
                  )
                  .join('; ')}
              </p>
            </article>
          ))}
        </div>
      )}
      <h3 className="mt-5 mb-2 font-bold">Findings reports</h3>
      {reports.isError ? (
        <ErrorCallout error={reports.error} explanations={CODEGURU_PROFILER_ERROR_EXPLANATIONS} />
      ) : !reports.data || reports.data.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          None yet: a report covers a whole hour (and a whole day) once it has ended.
        </p>
      ) : (
        <ul className="space-y-1 text-sm">
          {reports.data.map((r) => (
            <li key={r.id}>
              {formatDateTime(Date.parse(r.profileStartTime ?? ''))} –{' '}
              {formatDateTime(Date.parse(r.profileEndTime ?? ''))}:{' '}
              <span className="font-semibold">
                {r.totalNumberOfFindings} finding{r.totalNumberOfFindings === 1 ? '' : 's'}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
