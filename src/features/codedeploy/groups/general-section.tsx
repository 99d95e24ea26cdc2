import { useState } from 'react';
import { Link } from 'react-router';
import { useDeploymentConfigs } from '../../../api/codedeploy/get-deployment-config';
import { useDeploymentConfigNames } from '../../../api/codedeploy/list-deployment-configs';
import { useIamRoles } from '../../../api/iam/list-roles';
import { buttonClass, linkClass } from '../../../components/button-styles';
import { configRule } from '../configs/config-rules';
import { CreateConfigDialog } from '../configs/create-config-dialog';
import { SelectField, TextField } from '../../../components/form-field';
import { configsPath } from '../shared/paths';
import type { GroupForm } from './group-form-model';

type Patch = (p: Partial<GroupForm>) => void;

/** Name, service role and deployment configuration (with a way to make a custom one on the spot). */
export function GeneralSection({
  form,
  patch,
  errorAt,
}: {
  form: GroupForm;
  patch: Patch;
  errorAt: (area: 'name' | 'role' | 'config') => React.ReactNode;
}) {
  const [creatingConfig, setCreatingConfig] = useState(false);
  const roles = useIamRoles();
  const names = useDeploymentConfigNames();
  const configs = useDeploymentConfigs(names.data);
  const forPlatform = (configs.data ?? []).filter((c) => c.computePlatform === form.computePlatform);
  const roleOptions = [
    ['', 'Choose a service role'] as const,
    ...(roles.data ?? []).map((r) => [r.Arn, r.RoleName] as const),
  ];
  if (form.serviceRoleArn && !roleOptions.some(([v]) => v === form.serviceRoleArn))
    roleOptions.push([form.serviceRoleArn, form.serviceRoleArn]);
  const configOptions = forPlatform.map((c) => [c.deploymentConfigName, c.deploymentConfigName] as const);
  if (!configOptions.some(([v]) => v === form.deploymentConfigName))
    configOptions.push([form.deploymentConfigName, form.deploymentConfigName]);
  const chosen = forPlatform.find((c) => c.deploymentConfigName === form.deploymentConfigName);
  const rule = chosen && configRule(chosen);
  return (
    <div className="space-y-4">
      <TextField
        label="Deployment group name"
        value={form.name}
        onChange={(name) => patch({ name })}
        hint="Up to 100 letters, digits and . _ + = , @ -"
        error={errorAt('name')}
      />
      <SelectField
        label="Service role"
        value={form.serviceRoleArn}
        onChange={(serviceRoleArn) => patch({ serviceRoleArn })}
        options={roleOptions}
        hint="The IAM role CodeDeploy assumes to read your instances, load balancers, functions or services."
        error={errorAt('role')}
      />
      <div>
        <div className="flex flex-wrap items-end gap-2">
          <SelectField
            label="Deployment configuration"
            value={form.deploymentConfigName}
            onChange={(deploymentConfigName) => patch({ deploymentConfigName })}
            options={configOptions}
            error={errorAt('config')}
          />
          <button type="button" className={buttonClass('normal')} onClick={() => setCreatingConfig(true)}>
            Create custom configuration
          </button>
        </div>
        {rule && (
          <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
            {rule.pace} {rule.success}{' '}
            <Link to={configsPath()} className={linkClass}>
              All configurations
            </Link>
          </p>
        )}
      </div>
      {creatingConfig && (
        <CreateConfigDialog
          platform={form.computePlatform}
          onClose={() => setCreatingConfig(false)}
          onCreated={(deploymentConfigName) => patch({ deploymentConfigName })}
        />
      )}
    </div>
  );
}
