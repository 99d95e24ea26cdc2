import { useState } from 'react';
import { Link } from 'react-router';
import { useDeleteDeploymentConfig } from '../../../api/codedeploy/delete-deployment-config';
import { useDeploymentConfigs } from '../../../api/codedeploy/get-deployment-config';
import { useDeploymentConfigNames } from '../../../api/codedeploy/list-deployment-configs';
import type { ComputePlatform, DeploymentConfigInfo } from '../../../api/codedeploy/control-types';
import { buttonClass, linkClass } from '../../../components/button-styles';
import { ErrorPanel } from '../../../components/error-panel';
import { Loading } from '../../../components/loading';
import { PageHeader } from '../../../components/page-header';
import { Panel } from '../../../components/panel';
import { TableHead } from '../../../components/table-head';
import { ErrorCallout } from '../shared/error-callout';
import { codedeployHome } from '../shared/paths';
import { PLATFORM_LABEL } from '../shared/platform';
import { configRule, isPredefined } from './config-rules';
import { CreateConfigDialog } from './create-config-dialog';

function RuleCell({ config }: { config: DeploymentConfigInfo }) {
  const rule = configRule(config);
  return (
    <td className="px-4 py-2.5">
      <p>{rule.pace}</p>
      {rule.success && <p className="text-zinc-600 dark:text-zinc-400">{rule.success}</p>}
    </td>
  );
}

function ConfigTable({
  configs,
  caption,
  onDelete,
}: {
  configs: DeploymentConfigInfo[];
  caption: string;
  onDelete?: (name: string) => void;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left">
        <caption className="sr-only">{caption}</caption>
        <TableHead
          columns={onDelete ? ['Name', 'Platform', 'Rule', { label: 'Actions', hidden: true }] : ['Name', 'Rule']}
        />
        <tbody className="divide-y divide-zinc-100 align-top dark:divide-zinc-800">
          {configs.map((c) => (
            <tr key={c.deploymentConfigName}>
              <td className="px-4 py-2.5 font-mono text-xs font-semibold whitespace-nowrap">
                {c.deploymentConfigName}
              </td>
              {onDelete && <td className="px-4 py-2.5">{PLATFORM_LABEL[c.computePlatform]}</td>}
              <RuleCell config={c} />
              {onDelete && (
                <td className="px-4 py-2.5 text-right">
                  <button
                    type="button"
                    className={buttonClass('normal')}
                    onClick={() => onDelete(c.deploymentConfigName)}
                    aria-label={`Delete ${c.deploymentConfigName}`}
                  >
                    Delete
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const PLATFORMS: ComputePlatform[] = ['Server', 'Lambda', 'ECS'];

/** Every predefined configuration with its exact rule, the account's custom ones, create and delete. */
export function ConfigsPage() {
  const [creating, setCreating] = useState(false);
  const names = useDeploymentConfigNames();
  const configs = useDeploymentConfigs(names.data);
  const remove = useDeleteDeploymentConfig();
  const error = names.error ?? configs.error;
  if (error)
    return (
      <ErrorPanel
        error={error}
        subject="Deployment configurations"
        back={{ to: codedeployHome(), label: 'CodeDeploy' }}
      />
    );
  const all = configs.data ?? [];
  const custom = all.filter((c) => !isPredefined(c.deploymentConfigName));
  return (
    <>
      <PageHeader
        title="Deployment configurations"
        description="How fast a deployment goes and when it counts as a success: minimum healthy hosts for EC2 instances, traffic shifting for Lambda and ECS."
        actions={
          <>
            <Link to={codedeployHome()} className={buttonClass('normal')}>
              Applications
            </Link>
            <button type="button" className={buttonClass('primary')} onClick={() => setCreating(true)}>
              Create deployment configuration
            </button>
          </>
        }
      />
      {!configs.data && <Loading label="Reading deployment configurations…" />}
      {configs.data && (
        <div className="space-y-4">
          <Panel title={`Custom configurations (${custom.length})`} flush>
            {remove.error && (
              <div className="p-4">
                <ErrorCallout error={remove.error} />
              </div>
            )}
            {custom.length === 0 ? (
              <p className="px-4 py-3 text-zinc-600 dark:text-zinc-400">
                None yet. A custom configuration sets your own minimum of healthy instances, or your own canary or
                linear traffic shift.
              </p>
            ) : (
              <ConfigTable configs={custom} caption="Custom configurations" onDelete={(n) => remove.mutate(n)} />
            )}
          </Panel>
          {PLATFORMS.map((platform) => (
            <Panel key={platform} title={`Predefined: ${PLATFORM_LABEL[platform]}`} flush>
              <ConfigTable
                caption={`Predefined ${PLATFORM_LABEL[platform]} configurations`}
                configs={all.filter((c) => isPredefined(c.deploymentConfigName) && c.computePlatform === platform)}
              />
            </Panel>
          ))}
          <p className="text-xs text-zinc-600 dark:text-zinc-400">
            Rules from the CodeDeploy user guide. A percentage becomes a number of instances when a deployment starts,
            rounded up; every deployment also needs at least one instance to succeed. See{' '}
            <Link to={codedeployHome()} className={linkClass}>
              your applications
            </Link>{' '}
            to choose one for a deployment group.
          </p>
        </div>
      )}
      {creating && <CreateConfigDialog onClose={() => setCreating(false)} />}
    </>
  );
}
