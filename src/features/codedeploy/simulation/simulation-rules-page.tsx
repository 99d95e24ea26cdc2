import { Link } from 'react-router';
import { SIMULATED_DEPLOYMENT_RULES, TRAFFIC_RULES } from '../../../engine/codedeploy/deployment/rules';
import { buttonClass } from '../../../components/button-styles';
import { PageHeader } from '../../../components/page-header';
import { Panel } from '../../../components/panel';
import { RulesTable } from '../../../components/rules-table';
import { CodeText } from '../../../components/code-text';
import { codedeployHome, fleetPath } from '../shared/paths';

/**
 * The rules the simulator invents for deployments (how long events take, how scripts and hooks
 * behave, when agents fail), so outcomes are never a mystery: the same table the engine's rules
 * file holds and docs/codedeploy-simulation.md prints.
 */
export function SimulationRulesPage() {
  return (
    <>
      <PageHeader
        title="How deployments are simulated"
        description="Deployments run on a simulated fleet: lifecycle events follow the CodeDeploy documentation, and where AWS leaves something to the real world (how long a script takes, whether your application answers) the simulator decides it by the fixed rules below. Nothing is random: the same scenario gives the same deployment, second by second."
        actions={
          <>
            <Link to={fleetPath('faults')} className={buttonClass('normal')}>
              Fleet and faults
            </Link>
            <Link to={codedeployHome()} className={buttonClass('normal')}>
              Applications
            </Link>
          </>
        }
      />
      <div className="space-y-5">
        <Panel title="Simulated rules" flush>
          <RulesTable caption="Simulated deployment rules" columns={['What', 'Rule', 'Simulated time']}>
            {SIMULATED_DEPLOYMENT_RULES.map((rule) => (
              <tr key={rule.subject}>
                <th scope="row" className="w-56 px-4 py-2.5 text-left font-semibold">
                  <CodeText text={rule.subject} />
                </th>
                <td className="px-4 py-2.5">
                  <CodeText text={rule.rule} />
                </td>
                <td className="px-4 py-2.5 text-zinc-700 dark:text-zinc-300">
                  <CodeText text={rule.duration} />
                </td>
              </tr>
            ))}
          </RulesTable>
        </Panel>
        <Panel title="Traffic and alarms">
          <p>{TRAFFIC_RULES}</p>
        </Panel>
      </div>
    </>
  );
}
