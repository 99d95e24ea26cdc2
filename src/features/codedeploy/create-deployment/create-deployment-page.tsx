import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { AwsApiError } from '../../../api/aws-call';
import { useApplication } from '../../../api/codedeploy/batch-get-applications';
import { createDeployment } from '../../../api/codedeploy/create-deployment';
import type { ApplicationInfo, AutoRollbackEvent, RevisionInfo } from '../../../api/codedeploy/control-types';
import { useDeploymentConfigs } from '../../../api/codedeploy/get-deployment-config';
import { useApplicationRevisions } from '../../../api/codedeploy/list-application-revisions';
import { useDeploymentConfigNames } from '../../../api/codedeploy/list-deployment-configs';
import { useDeploymentGroupNames } from '../../../api/codedeploy/list-deployment-groups';
import { buttonClass } from '../../../components/button-styles';
import { ErrorPanel } from '../../../components/error-panel';
import { Loading } from '../../../components/loading';
import { PageHeader } from '../../../components/page-header';
import { Panel } from '../../../components/panel';
import { ErrorCallout } from '../shared/error-callout';
import { areaOf } from '../shared/explain-error';
import { CheckField, RadioGroup, SelectField, TextField } from '../../../components/form-field';
import { applicationPath, codedeployHome, deploymentPath } from '../shared/paths';
import { RevisionPicker } from '../shared/revision-picker';
import {
  emptyCreateDeploymentForm,
  toCreateDeploymentInput,
  type CreateDeploymentForm,
} from './create-deployment-model';

const ROLLBACK_EVENTS: [AutoRollbackEvent, string][] = [
  ['DEPLOYMENT_FAILURE', 'Roll back when the deployment fails'],
  ['DEPLOYMENT_STOP_ON_ALARM', 'Roll back when alarm thresholds are met'],
  ['DEPLOYMENT_STOP_ON_REQUEST', 'Roll back when the deployment is stopped by request'],
];

function CreateDeploymentView({
  application,
  revisions,
  initialGroup,
}: {
  application: ApplicationInfo;
  revisions: RevisionInfo[];
  initialGroup: string;
}) {
  const navigate = useNavigate();
  const platform = application.computePlatform;
  const groups = useDeploymentGroupNames(application.applicationName);
  const configNames = useDeploymentConfigNames();
  const configs = useDeploymentConfigs(configNames.data);
  const [form, setForm] = useState<CreateDeploymentForm>(() =>
    emptyCreateDeploymentForm(application.applicationName, initialGroup, platform, revisions.length),
  );
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const patch = (p: Partial<CreateDeploymentForm>) => setForm((f) => ({ ...f, ...p }));
  // An application with a single deployment group deploys to it unless another is chosen.
  const groupName = form.deploymentGroupName || (groups.data?.length === 1 ? (groups.data[0] ?? '') : '');
  const groupOptions = [['', 'Choose a deployment group'] as const, ...(groups.data ?? []).map((g) => [g, g] as const)];
  if (groupName && !groupOptions.some(([g]) => g === groupName)) groupOptions.push([groupName, groupName]);
  const configOptions = [
    ['', 'The deployment group’s configuration'] as const,
    ...(configs.data ?? [])
      .filter((c) => c.computePlatform === platform)
      .map((c) => [c.deploymentConfigName, c.deploymentConfigName] as const),
  ];
  const area = areaOf(error);
  const groupError = error instanceof AwsApiError && error.type.startsWith('DeploymentGroup');

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setError(undefined);
    try {
      const id = await createDeployment(
        toCreateDeploymentInput({ ...form, deploymentGroupName: groupName }, platform, revisions),
      );
      void navigate(deploymentPath(id));
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} className="space-y-4">
      <PageHeader
        title="Create deployment"
        description={`Application ${application.applicationName}. CreateDeployment checks the group and the revision; if it refuses, the form keeps what you chose.`}
      />
      <Panel title="Deployment settings">
        <div className="space-y-4">
          <SelectField
            label="Deployment group"
            value={groupName}
            onChange={(deploymentGroupName) => patch({ deploymentGroupName })}
            options={groupOptions}
            error={groupError ? <ErrorCallout error={error} compact /> : undefined}
          />
          <SelectField
            label="Deployment configuration"
            value={form.deploymentConfigName}
            onChange={(deploymentConfigName) => patch({ deploymentConfigName })}
            options={configOptions}
            error={area === 'config' || area === 'minimumHealthy' ? <ErrorCallout error={error} compact /> : undefined}
          />
          <TextField
            label="Description (optional)"
            value={form.description}
            onChange={(description) => patch({ description })}
            hint="Up to 256 characters."
            error={area === 'description' ? <ErrorCallout error={error} compact /> : undefined}
          />
        </div>
      </Panel>
      <Panel title="Revision">
        <RevisionPicker
          platform={platform}
          registered={revisions}
          form={form.revision}
          patch={(p) => setForm((f) => ({ ...f, revision: { ...f.revision, ...p } }))}
        />
        {area === 'revision' && (
          <div className="mt-4">
            <ErrorCallout error={error} />
          </div>
        )}
      </Panel>
      <Panel title="Deployment behaviour">
        <div className="space-y-4">
          {platform === 'Server' && (
            <>
              <CheckField
                label="Don't fail the deployment to an instance if the ApplicationStop lifecycle event fails"
                checked={form.ignoreApplicationStopFailures}
                onChange={(ignoreApplicationStopFailures) => patch({ ignoreApplicationStopFailures })}
              />
              <RadioGroup
                legend="Content options: when a file already exists where the revision installs one"
                value={form.fileExistsBehavior}
                onChange={(fileExistsBehavior) => patch({ fileExistsBehavior })}
                options={[
                  { value: 'DISALLOW', label: 'Fail the deployment', hint: 'The default.' },
                  { value: 'OVERWRITE', label: 'Overwrite the content' },
                  { value: 'RETAIN', label: 'Retain the content', hint: 'Keeps the existing file.' },
                ]}
              />
            </>
          )}
          <CheckField
            label="Override the deployment group's rollback settings"
            checked={form.overrideRollback}
            onChange={(overrideRollback) => patch({ overrideRollback })}
          />
          {form.overrideRollback && (
            <div className="ml-6 space-y-2">
              <CheckField
                label="Roll back automatically"
                checked={form.rollbackEnabled}
                onChange={(rollbackEnabled) => patch({ rollbackEnabled })}
              />
              {form.rollbackEnabled &&
                ROLLBACK_EVENTS.map(([event, label]) => (
                  <CheckField
                    key={event}
                    label={label}
                    checked={form.rollbackEvents.includes(event)}
                    onChange={(on) =>
                      patch({
                        rollbackEvents: on
                          ? [...form.rollbackEvents, event]
                          : form.rollbackEvents.filter((e) => e !== event),
                      })
                    }
                  />
                ))}
            </div>
          )}
        </div>
      </Panel>
      {error !== undefined && !groupError && area !== 'revision' && area !== 'config' && area !== 'description' && (
        <ErrorCallout error={error} />
      )}
      <div className="flex justify-end gap-2">
        <button
          type="button"
          className={buttonClass('normal')}
          onClick={() => void navigate(applicationPath(application.applicationName))}
        >
          Cancel
        </button>
        <button type="submit" className={buttonClass('primary')} aria-disabled={saving}>
          Create deployment
        </button>
      </div>
    </form>
  );
}

export function CreateDeploymentPage() {
  const { name = '' } = useParams();
  const [search] = useSearchParams();
  const application = useApplication(name);
  const revisions = useApplicationRevisions(name);
  const error = application.error ?? revisions.error;
  if (error)
    return (
      <ErrorPanel
        error={error}
        subject={`Application ${name}`}
        back={{ to: codedeployHome(), label: 'Applications' }}
      />
    );
  if (!application.data || !revisions.data) return <Loading label="Reading the application…" />;
  return (
    <CreateDeploymentView
      application={application.data}
      revisions={revisions.data}
      initialGroup={search.get('group') ?? ''}
    />
  );
}
