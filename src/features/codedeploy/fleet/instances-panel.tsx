import { useState } from 'react';
import { useInjectFault } from '../../../api/fleet/simulator-faults';
import type { Instance } from '../../../api/fleet/types';
import { buttonClass } from '../../../components/button-styles';
import { Panel } from '../../../components/panel';
import { TableHead } from '../../../components/table-head';
import { ErrorCallout } from '../shared/error-callout';
import { versionName } from '../shared/revision-label';
import { StatusPill } from '../shared/status-pill';

const COLUMNS = [
  'Instance ID',
  'State',
  'Availability Zone',
  'Tags',
  'CodeDeploy agent',
  'Installed revision',
  'Clock skew',
  { label: 'Actions', hidden: true },
] as const;

const AGENT_LABEL = { running: 'Running', stopped: 'Stopped', 'not-installed': 'Not installed' } as const;

/** EC2 instances with what CodeDeploy cares about: agent, installed revision, clock; the agent can be stopped here. */
export function InstancesPanel({ instances }: { instances: Instance[] }) {
  const fault = useInjectFault();
  const [error, setError] = useState<unknown>();
  const toggleAgent = (i: Instance) => {
    setError(undefined);
    const operation = i.SimulatorState.CodeDeployAgent === 'running' ? 'StopCodeDeployAgent' : 'StartCodeDeployAgent';
    fault.mutateAsync({ operation, InstanceIds: [i.InstanceId] }).catch(setError);
  };
  return (
    <Panel title={`EC2 instances (${instances.length})`} flush>
      {error !== undefined && (
        <div className="p-4">
          <ErrorCallout error={error} />
        </div>
      )}
      <div className="overflow-x-auto">
        <table className="w-full text-left">
          <caption className="sr-only">EC2 instances</caption>
          <TableHead columns={COLUMNS} />
          <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
            {instances.map((i) => {
              const agent = i.SimulatorState.CodeDeployAgent;
              const skew = i.SimulatorState.ClockSkewSeconds;
              return (
                <tr key={i.InstanceId}>
                  <td className="px-4 py-2 font-mono text-xs whitespace-nowrap">{i.InstanceId}</td>
                  <td className="px-4 py-2">
                    <StatusPill status={i.State.Name} />
                  </td>
                  <td className="px-4 py-2">{i.Placement.AvailabilityZone}</td>
                  <td className="px-4 py-2 font-mono text-xs">{i.Tags.map((t) => `${t.Key}=${t.Value}`).join(', ')}</td>
                  <td className="px-4 py-2">
                    <StatusPill status={agent === 'running' ? 'running' : agent} label={AGENT_LABEL[agent]} />
                  </td>
                  <td
                    className="max-w-xs truncate px-4 py-2 font-mono text-xs"
                    title={i.SimulatorState.InstalledRevision?.RevisionKey}
                  >
                    {i.SimulatorState.InstalledRevision ? (
                      versionName(i.SimulatorState.InstalledRevision.RevisionKey)
                    ) : (
                      <span className="text-zinc-500">None yet</span>
                    )}
                  </td>
                  <td
                    className={`px-4 py-2 ${Math.abs(skew) > 900 ? 'font-semibold text-red-800 dark:text-red-300' : ''}`}
                  >
                    {skew === 0 ? 'In sync' : `${skew > 0 ? '+' : ''}${skew} s`}
                  </td>
                  <td className="px-4 py-2 text-right">
                    {agent !== 'not-installed' && (
                      <button
                        type="button"
                        className={buttonClass('normal')}
                        onClick={() => toggleAgent(i)}
                        aria-label={`${agent === 'running' ? 'Stop' : 'Start'} the CodeDeploy agent on ${i.InstanceId}`}
                      >
                        {agent === 'running' ? 'Stop agent' : 'Start agent'}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Panel>
  );
}
