import { useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useApplication } from '../../../api/codedeploy/batch-get-applications';
import { createDeploymentGroup } from '../../../api/codedeploy/create-deployment-group';
import type { ApplicationInfo, DeploymentGroupInfo } from '../../../api/codedeploy/control-types';
import { useDeploymentGroup } from '../../../api/codedeploy/get-deployment-group';
import { codedeployKeys } from '../../../api/codedeploy/keys';
import { updateDeploymentGroup } from '../../../api/codedeploy/update-deployment-group';
import { buttonClass } from '../../../components/button-styles';
import { ErrorPanel } from '../../../components/error-panel';
import { Loading } from '../../../components/loading';
import { PageHeader } from '../../../components/page-header';
import { Panel } from '../../../components/panel';
import { ErrorCallout } from '../shared/error-callout';
import { areaOf, type FormArea } from '../shared/explain-error';
import { applicationPath, codedeployHome, groupPath } from '../shared/paths';
import { PLATFORM_LABEL } from '../shared/platform';
import { AlarmsSection, RollbackSection } from './alarms-section';
import { EcsSection } from './ecs-section';
import { GeneralSection } from './general-section';
import { emptyGroupForm, fromDeploymentGroup, toDeploymentGroupInput, type GroupForm } from './group-form-model';
import { TargetsSection } from './targets-section';
import { ServerTrafficSection } from './traffic-section';
import { useFleetOptions } from './use-fleet-options';

/** Areas whose errors are shown inside a panel; the rest go under the form. */
const PANEL_OF: Partial<Record<FormArea, string>> = {
  targets: 'environment',
  autoScaling: 'environment',
  style: 'traffic',
  loadBalancer: 'traffic',
  blueGreen: 'traffic',
  ecs: 'traffic',
  alarms: 'alarms',
  rollback: 'rollback',
};

function GroupFormView({ application, existing }: { application: ApplicationInfo; existing?: DeploymentGroupInfo }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const fleet = useFleetOptions();
  const platform = application.computePlatform;
  const [form, setForm] = useState<GroupForm>(() =>
    existing ? fromDeploymentGroup(existing) : emptyGroupForm(application.applicationName, platform),
  );
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const patch = (p: Partial<GroupForm>) => setForm((f) => ({ ...f, ...p }));
  const formRef = useRef<HTMLFormElement>(null);
  // A refusal sits beside the field it is about, which may be far above the button that was pressed.
  useEffect(() => {
    if (error !== undefined) formRef.current?.querySelector('[role="alert"]')?.scrollIntoView({ block: 'center' });
  }, [error]);
  const area = areaOf(error);
  const errorAt = (a: FormArea) =>
    error !== undefined && area === a ? <ErrorCallout error={error} compact /> : undefined;
  const panelError = (panel: string) =>
    error !== undefined && area && PANEL_OF[area] === panel ? (
      <div className="mt-4">
        <ErrorCallout error={error} />
      </div>
    ) : undefined;
  const shownElsewhere = area === 'name' || area === 'role' || area === 'config' || (area && PANEL_OF[area]);

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setError(undefined);
    try {
      const input = toDeploymentGroupInput(form);
      if (existing) await updateDeploymentGroup(existing.deploymentGroupName, input);
      else await createDeploymentGroup(input);
      await queryClient.invalidateQueries({ queryKey: codedeployKeys.all });
      void navigate(groupPath(application.applicationName, input.deploymentGroupName));
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form ref={formRef} onSubmit={(e) => void save(e)} className="space-y-4">
      <PageHeader
        title={existing ? `Edit ${existing.deploymentGroupName}` : 'Create deployment group'}
        description={`Application ${application.applicationName} · ${PLATFORM_LABEL[platform]}. The service checks every value; what it refuses is shown beside the field, and the form keeps what you typed.`}
      />
      <Panel title="Deployment group">
        <GeneralSection form={form} patch={patch} errorAt={errorAt} />
      </Panel>
      {platform === 'Server' && (
        <Panel title="Environment configuration">
          <TargetsSection form={form} patch={patch} fleet={fleet} />
          {panelError('environment')}
        </Panel>
      )}
      {platform === 'Server' && (
        <Panel title="Deployment type and load balancer">
          <ServerTrafficSection form={form} patch={patch} fleet={fleet} />
          {panelError('traffic')}
        </Panel>
      )}
      {platform === 'ECS' && (
        <Panel title="Service, load balancer and blue/green">
          <EcsSection form={form} patch={patch} fleet={fleet} />
          {panelError('traffic')}
        </Panel>
      )}
      {platform === 'Lambda' && (
        <Panel title="Function and alias">
          <p>
            A Lambda deployment group names no function: each revision&apos;s AppSpec says which function and alias to
            shift (Resources → Name, Alias, CurrentVersion, TargetVersion), and the deployment configuration says how
            fast. Deployments are always blue/green with traffic control.
          </p>
          {panelError('traffic')}
        </Panel>
      )}
      <Panel title="Alarms">
        <AlarmsSection form={form} patch={patch} fleet={fleet} />
        {panelError('alarms')}
      </Panel>
      <Panel title="Rollbacks">
        <RollbackSection form={form} patch={patch} />
        {panelError('rollback')}
      </Panel>
      {error !== undefined && !shownElsewhere && <ErrorCallout error={error} />}
      {error !== undefined && shownElsewhere && (
        <p role="status" className="text-sm text-red-800 dark:text-red-300">
          Not saved: see the message beside the field it concerns.
        </p>
      )}
      <div className="flex justify-end gap-2">
        <button
          type="button"
          className={buttonClass('normal')}
          onClick={() =>
            void navigate(
              existing
                ? groupPath(application.applicationName, existing.deploymentGroupName)
                : applicationPath(application.applicationName),
            )
          }
        >
          Cancel
        </button>
        <button type="submit" className={buttonClass('primary')} aria-disabled={saving}>
          {existing ? 'Save changes' : 'Create deployment group'}
        </button>
      </div>
    </form>
  );
}

export function CreateGroupPage() {
  const { name = '' } = useParams();
  const application = useApplication(name);
  if (application.error)
    return (
      <ErrorPanel
        error={application.error}
        subject={`Application ${name}`}
        back={{ to: codedeployHome(), label: 'Applications' }}
      />
    );
  if (application.isPending) return <Loading label="Reading the application…" />;
  return <GroupFormView application={application.data} />;
}

export function EditGroupPage() {
  const { name = '', group = '' } = useParams();
  const application = useApplication(name);
  const existing = useDeploymentGroup(name, group);
  const error = application.error ?? existing.error;
  if (error)
    return (
      <ErrorPanel
        error={error}
        subject={`Deployment group ${group}`}
        back={{ to: applicationPath(name), label: name }}
      />
    );
  if (!application.data || !existing.data) return <Loading label="Reading the deployment group…" />;
  return (
    <GroupFormView key={existing.data.deploymentGroupId} application={application.data} existing={existing.data} />
  );
}
