import { useState } from 'react';
import { Link } from 'react-router';
import { useDeletePipeline } from '../../api/codepipeline/delete-pipeline';
import { useLatestPipelineExecutions } from '../../api/codepipeline/list-pipeline-executions';
import { usePipelines } from '../../api/codepipeline/list-pipelines';
import { buttonClass } from '../../components/button-styles';
import { CicdFlow } from '../../components/cicd-flow';
import { ConfirmDeleteDialog } from '../../components/confirm-delete-dialog';
import { EmptyState } from '../../components/empty-state';
import { ErrorPanel } from '../../components/error-panel';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { Panel } from '../../components/panel';
import { PipelinesTable, type LatestExecutions } from './pipelines/pipelines-table';
import { CODEPIPELINE_EXPLANATIONS } from './shared/explanations';
import { newPipelinePath, templatesPath } from './shared/paths';

function DeletePipelineDialog({ name, onClose }: { name: string; onClose: () => void }) {
  const remove = useDeletePipeline();
  return (
    <ConfirmDeleteDialog
      title={`Delete ${name}?`}
      confirmLabel="Delete pipeline"
      error={remove.error}
      explanations={CODEPIPELINE_EXPLANATIONS}
      onConfirm={() => remove.mutate(name, { onSuccess: onClose })}
      onClose={onClose}
    >
      <p>
        The pipeline and its execution history are deleted. Its artifacts stay in the artifact bucket, and the
        repositories, build projects and deployment groups its actions used are not touched.
      </p>
    </ConfirmDeleteDialog>
  );
}

/** CodePipeline's home: the account's pipelines with their latest execution, and where to create one. */
export function CodePipelinePage() {
  const [deleting, setDeleting] = useState<string>();
  const pipelines = usePipelines();
  const names = pipelines.data?.map((p) => p.name ?? '') ?? [];
  const latestQueries = useLatestPipelineExecutions(names);
  const latest: LatestExecutions = Object.fromEntries(names.map((name, i) => [name, latestQueries[i]?.data]));
  if (pipelines.error)
    return (
      <ErrorPanel
        error={pipelines.error}
        subject="The pipeline list"
        back={{ to: '/', label: 'Back to the dashboard' }}
      />
    );
  const create = (
    <>
      <Link to={templatesPath()} className={buttonClass('normal')}>
        Create from template
      </Link>
      <Link to={newPipelinePath()} className={buttonClass('primary')}>
        Create pipeline
      </Link>
    </>
  );
  return (
    <>
      <PageHeader
        title="CodePipeline"
        description="A pipeline models a release process as stages of actions; each change flows through them as one execution."
        actions={create}
      />
      <div className="space-y-4">
        <CicdFlow current="pipeline" />
        <Panel title={pipelines.data ? `Pipelines (${pipelines.data.length})` : 'Pipelines'} flush>
          {pipelines.isPending && (
            <div className="px-4">
              <Loading label="Reading pipelines…" />
            </div>
          )}
          {pipelines.data?.length === 0 && (
            <EmptyState title="No pipelines in this account" action={create}>
              <p>
                CodePipeline models a release process as stages of actions: a change enters at the Source stage and
                flows through build, test and deploy stages towards production, one execution per change.
              </p>
              <p>
                It is what connects the other services: a push to a CodeCommit branch starts an execution, CodeBuild and
                CodeDeploy run as its actions, and manual approvals can hold a change before it reaches production.
              </p>
            </EmptyState>
          )}
          {pipelines.data && pipelines.data.length > 0 && (
            <PipelinesTable pipelines={pipelines.data} latest={latest} onDelete={setDeleting} />
          )}
        </Panel>
      </div>
      {deleting && <DeletePipelineDialog name={deleting} onClose={() => setDeleting(undefined)} />}
    </>
  );
}
