import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { awsCall } from '../../../api/aws-call';
import { ErrorPanel } from '../../../components/error-panel';
import { Loading } from '../../../components/loading';
import { PageHeader } from '../../../components/page-header';
import { codepipelineHome } from '../shared/paths';
import {
  accountContext,
  defaultArtifactBucket,
  defaultRole,
  defaultSiteBucket,
  type AccountChoices,
  type AccountReadings,
} from './account-context';
import { PROJECT_TEMPLATES } from './catalog';
import { nameProblems, takenNameProblems } from './names';
import { PlanPanel, type RunPhase } from './plan-panel';
import { ProjectForm } from './project-form';
import { pendingRuns, runPlan, undoRuns, type CallService, type StepRun } from './run-plan';
import { TemplateCard } from './template-card';
import { useAccountReadings } from './use-account-readings';

/** `arn:aws:iam::<account>:role/<name>` → the account */
const accountIdOf = (roleArn: string) => roleArn.split(':')[4] ?? '';

const callService: CallService = (call) => awsCall<Record<string, unknown>>(call.endpoint, call.operation, call.input);

export function TemplatesPage() {
  const readings = useAccountReadings();
  return (
    <div>
      <PageHeader
        title="Create a project from a template"
        description="One step creates a repository with a sample app and its buildspec and AppSpec, a build project, the fleet, a deployment group and a pipeline whose first execution starts at once. Every resource is created with the services' own API calls, listed before anything runs."
      />
      {readings.isPending ? (
        <Loading label="Reading the account…" />
      ) : readings.isError ? (
        <ErrorPanel
          error={readings.error}
          subject="The account's roles, buckets and fleet"
          back={{ to: codepipelineHome(), label: 'Back to CodePipeline' }}
        />
      ) : (
        <TemplateWizard readings={readings.data} />
      )}
    </div>
  );
}

function initialChoices(readings: AccountReadings): AccountChoices {
  const artifactBucket = defaultArtifactBucket(readings.buckets) ?? '';
  const siteBucket = defaultSiteBucket(readings.buckets, artifactBucket);
  return { serviceRoleArn: defaultRole(readings.roleArns) ?? '', artifactBucket, ...(siteBucket && { siteBucket }) };
}

function TemplateWizard({ readings }: { readings: AccountReadings }) {
  const queryClient = useQueryClient();
  const [templateId, setTemplateId] = useState(PROJECT_TEMPLATES[0]!.id);
  const [projectName, setProjectName] = useState('my-web-app');
  const [choices, setChoices] = useState(() => initialChoices(readings));
  const [runs, setRuns] = useState<StepRun[]>();
  const [phase, setPhase] = useState<RunPhase>('planning');

  const account = useMemo(() => accountContext(readings, choices), [readings, choices]);
  const template = PROJECT_TEMPLATES.find((t) => t.id === templateId)!;
  const names = template.names(projectName);
  const problems = [
    ...nameProblems(names),
    ...takenNameProblems(names, readings.takenNames ?? {}, accountIdOf(choices.serviceRoleArn)),
  ];
  const planned = useMemo(() => template.plan({ projectName, account }), [template, projectName, account]);
  const blocked =
    projectName === ''
      ? 'Enter a project name.'
      : problems.length > 0
        ? 'Change the project name: a service would refuse a name made from it.'
        : !choices.serviceRoleArn || !choices.artifactBucket
          ? 'The account needs an IAM role and an S3 bucket for the pipeline.'
          : template.unavailable(account);

  const create = async () => {
    setPhase('running');
    const finished = await runPlan(planned, callService, setRuns);
    setPhase(finished.some((r) => r.status === 'failed') ? 'failed' : 'succeeded');
    void queryClient.invalidateQueries();
  };
  const deleteCreated = async () => {
    if (!runs) return;
    setPhase('deleting');
    await undoRuns(runs, callService, setRuns);
    setPhase('deleted');
    void queryClient.invalidateQueries();
  };
  const reset = () => {
    setRuns(undefined);
    setPhase('planning');
  };
  const locked = phase !== 'planning';

  return (
    <div className="space-y-5">
      <section aria-label="Templates" className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
        {PROJECT_TEMPLATES.map((t) => (
          <TemplateCard
            key={t.id}
            template={t}
            selected={t.id === templateId}
            unavailable={t.unavailable(account)}
            onSelect={() => !locked && setTemplateId(t.id)}
          />
        ))}
      </section>
      <ProjectForm
        projectName={projectName}
        onProjectName={setProjectName}
        problems={problems}
        choices={choices}
        onChoices={setChoices}
        roleArns={readings.roleArns}
        buckets={readings.buckets}
        needsSiteBucket={template.id === 'static-site'}
        disabled={locked}
      />
      <PlanPanel
        runs={runs ?? pendingRuns(planned)}
        phase={phase}
        pipelineName={`${projectName}-pipeline`}
        blocked={blocked}
        onCreate={() => void create()}
        onDelete={() => void deleteCreated()}
        onReset={reset}
      />
    </div>
  );
}
