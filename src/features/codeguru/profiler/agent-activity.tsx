import type { SimulatedAgent } from '../../../api/codeguru-profiler/wire-types';
import { formatWallClock } from '../../../components/format/time';
import { Panel } from '../../../components/panel';
import { TableHead } from '../../../components/table-head';

/** Where the simulated agent runs, its latest reports, and how it samples (docs/codeguru-profiler.md). */
export function AgentActivity({ agent }: { agent: SimulatedAgent }) {
  const where = agent.binding
    ? `the instances a deployment of ${agent.binding.applicationName} / ${agent.binding.deploymentGroupName} installed`
    : 'instances whose installed revision sets AWS_CODEGURU_PROFILER_GROUP_NAME to this group';
  return (
    <Panel title="Simulated agent" flush>
      <div className="space-y-2 p-4 text-sm">
        <p>
          Runs in {where}.{' '}
          {agent.running
            ? `Running on ${agent.instanceIds.length} instance${agent.instanceIds.length === 1 ? '' : 's'}.`
            : 'Not running: nothing bound to this group is running yet (deploy the application).'}
        </p>
        <details className="rounded-md border border-zinc-200 p-3 dark:border-zinc-700">
          <summary className="cursor-pointer font-semibold">How the simulated agent samples</summary>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            <li>
              The call tree comes from the installed revision's source files: each function (JavaScript, Python or
              Java), who calls whom, and a request handler where a server is created. Runtime frames sit above it.
            </li>
            <li>
              A logging call costs a little; inside a loop it costs 20 times as much; with DEBUG logging configured
              (LOG_LEVEL=DEBUG and the like) every logging call costs 8 times more. That is what the "CPU spent in
              logging" recommendation finds.
            </li>
            <li>
              Every ReportingIntervalInMilliseconds each instance reports (time since its last report) ÷
              SamplingIntervalInMilliseconds samples, at most MemoryUsageLimitPercent × 60; each stack is cut to
              MaxStackDepth frames from the entry frame. The first report comes one interval after the deployment.
            </li>
            <li>
              Samples are drawn from a generator seeded by the revision, the instance and the time: the same world
              always gives the same profile. Aggregation makes a report visible 15 minutes after it arrives.
            </li>
          </ul>
        </details>
      </div>
      {agent.reports.length > 0 && (
        <table className="w-full text-left text-sm">
          <TableHead columns={['Reported', 'Instance', 'Samples', 'Dropped', 'MaxStackDepth', 'Revision']} />
          <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {agent.reports.slice(0, 12).map((r) => (
              <tr key={`${r.at}-${r.instanceId}`}>
                <td className="px-4 py-2 whitespace-nowrap">{formatWallClock(Date.parse(r.at))}</td>
                <td className="px-4 py-2 font-mono text-xs">{r.instanceId}</td>
                <td className="px-4 py-2">{r.samples}</td>
                <td className="px-4 py-2">{r.dropped}</td>
                <td className="px-4 py-2">{r.maxStackDepth}</td>
                <td className="max-w-xs truncate px-4 py-2 font-mono text-xs" title={r.revisionKey}>
                  {r.revisionKey}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
