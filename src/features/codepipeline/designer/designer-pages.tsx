import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { usePipeline } from '../../../api/codepipeline/get-pipeline';
import { usePipelineExecutions } from '../../../api/codepipeline/list-pipeline-executions';
import { listRolesQueryOptions } from '../../../api/iam/list-roles';
import { listBucketsQueryOptions } from '../../../api/s3/list-buckets';
import { buttonClass } from '../../../components/button-styles';
import { ErrorPanel } from '../../../components/error-panel';
import { errorText } from '../../../components/error-text';
import { Loading } from '../../../components/loading';
import { PageHeader } from '../../../components/page-header';
import { ExportPipelineMenu } from '../code-view/export-pipeline-menu';
import { ImportPipelineButton } from '../code-view/import-pipeline-button';
import { useStatusStore } from '../../../stores/status-store';
import { useDraftStore } from '../draft/draft-store';
import { codepipelineHome, pipelinePath } from '../shared/paths';
import { Designer } from './designer';
import { LeaveGuard } from '../../../components/leave-guard';
import type { Problem } from './problems';
import { defaultArtifactBucket, defaultRoleArn, pipelineSkeleton } from './skeleton';
import { useSaveDraft, type SaveState } from './use-save-draft';

const unsaved = () => {
  const { declaration, saved } = useDraftStore.getState();
  return declaration !== saved;
};

/** `codepipeline/new`: a skeleton, or the import / template the draft store was handed. */
export function CreatePipelinePage() {
  const navigate = useNavigate();
  const roles = useQuery(listRolesQueryOptions());
  const buckets = useQuery(listBucketsQueryOptions());
  const declaration = useDraftStore((s) => s.declaration);
  const forNew = useDraftStore((s) => s.pipelineName === undefined);
  const ready = !roles.isPending && !buckets.isPending;

  useEffect(() => {
    if (!ready || (declaration && forNew)) return;
    const role = defaultRoleArn((roles.data ?? []).map((r) => r.Arn));
    useDraftStore.getState().load(pipelineSkeleton(role, defaultArtifactBucket(buckets.data ?? [])));
  }, [ready, declaration, forNew, roles.data, buckets.data]);

  const saving = useSaveDraft('create', (saved) => {
    useStatusStore.getState().show(`Created pipeline ${saved.name}`);
    navigate(pipelinePath(saved.name));
  });

  if (!declaration || !forNew) return <Loading label="Preparing a new pipeline…" />;
  return (
    <DesignerFrame title="Create pipeline" saveLabel="Create pipeline" cancelTo={codepipelineHome()} saving={saving}>
      <Designer nameLocked={false} />
    </DesignerFrame>
  );
}

/** `codepipeline/pipelines/:name/edit`: GetPipeline into the draft (an unsaved draft of it is kept); Save = UpdatePipeline. */
export function EditPipelinePage() {
  const name = useParams().name!;
  const pipeline = usePipeline(name);
  const declaration = useDraftStore((s) => s.declaration);
  const draftName = useDraftStore((s) => s.pipelineName);
  const loaded = pipeline.data?.pipeline;

  useEffect(() => {
    if (!loaded) return;
    const store = useDraftStore.getState();
    const clean = store.declaration === store.saved;
    if (store.pipelineName !== name || !store.declaration || (clean && store.saved?.version !== loaded.version)) {
      store.load(loaded, name);
    }
  }, [loaded, name]);

  const saving = useSaveDraft('update', (saved) =>
    useStatusStore.getState().show(`Saved pipeline ${saved.name} (version ${saved.version ?? '?'})`),
  );

  if (pipeline.error) {
    return (
      <ErrorPanel
        error={pipeline.error}
        subject={`Pipeline ${name}`}
        back={{ to: codepipelineHome(), label: 'Back to pipelines' }}
      />
    );
  }
  if (!declaration || draftName !== name) return <Loading label={`Loading pipeline ${name}…`} />;
  return (
    <DesignerFrame title={`Edit ${name}`} saveLabel="Save" cancelTo={pipelinePath(name)} saving={saving}>
      <InProgressNotice pipelineName={name} />
      <Designer nameLocked />
    </DesignerFrame>
  );
}

function DesignerFrame({
  title,
  saveLabel,
  cancelTo,
  saving,
  children,
}: {
  title: string;
  saveLabel: string;
  cancelTo: string;
  saving: SaveState;
  children: ReactNode;
}) {
  const dirty = useDraftStore((s) => s.declaration !== s.saved);
  const discard = useCallback(() => {
    const { saved, pipelineName, load } = useDraftStore.getState();
    if (saved) load(saved, pipelineName);
  }, []);
  return (
    <div>
      <PageHeader
        title={title}
        description="Drag action types onto stages, connect artifacts from an output to an input, and fix what the checks find: they are the ones CodePipeline applies."
        actions={
          <>
            {dirty && <span className="text-xs text-zinc-600 dark:text-zinc-400">Unsaved changes</span>}
            <ImportPipelineButton />
            <ExportPipelineMenu />
            <Link to={cancelTo} className={buttonClass('normal')}>
              Cancel
            </Link>
            <button type="button" className={buttonClass('primary')} disabled={saving.saving} onClick={saving.save}>
              {saving.saving ? 'Saving…' : saveLabel}
            </button>
          </>
        }
      />
      {saving.refused && <RefusedPanel problems={saving.refused} />}
      {saving.error != null && (
        <div
          role="alert"
          className="mb-4 rounded-xl border border-red-300 bg-red-50 p-4 text-red-950 dark:border-red-900 dark:bg-red-950/40 dark:text-red-100"
        >
          <h2 className="font-bold">CodePipeline refused the pipeline</h2>
          <p className="mt-1 font-mono text-xs break-words">{errorText(saving.error)}</p>
          <p className="mt-1 text-xs">The checks here did not catch this one: the service’s answer is shown as sent.</p>
        </div>
      )}
      {children}
      <LeaveGuard
        hasUnsavedChanges={unsaved}
        message="The pipeline has changes that are not saved. If you leave, they stay here as a draft: open the designer again to carry on."
        onDiscard={discard}
      />
    </div>
  );
}

/** Saving makes a new version, which cancels the executions in progress (aws-facts §1.6): say so before it happens. */
function InProgressNotice({ pipelineName }: { pipelineName: string }) {
  const executions = usePipelineExecutions(pipelineName);
  const running = (executions.data ?? []).filter((e) => e.status === 'InProgress').length;
  if (running === 0) return null;
  return (
    <p
      role="note"
      className="mb-3 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
    >
      {running === 1 ? 'An execution is' : `${running} executions are`} in progress. Saving makes a new version of the
      pipeline: {running === 1 ? 'it finishes' : 'they finish'} the actions already running, then{' '}
      {running === 1 ? 'ends' : 'end'} Cancelled. Use Release change to run the new version.
    </p>
  );
}

function RefusedPanel({ problems }: { problems: readonly Problem[] }) {
  const first = problems[0]!;
  return (
    <div
      role="alert"
      className="mb-4 rounded-xl border border-red-300 bg-red-50 p-4 text-red-950 dark:border-red-900 dark:bg-red-950/40 dark:text-red-100"
    >
      <h2 className="font-bold">
        Not saved: CodePipeline would refuse this pipeline ({problems.length}{' '}
        {problems.length === 1 ? 'problem' : 'problems'})
      </h2>
      <p className="mt-1 font-mono text-xs break-words">
        {first.exception ? `${first.exception}: ` : ''}
        {first.message}
      </p>
      <p className="mt-1 text-xs">
        Every problem is listed under Problems below the canvas; click one to select its node.
      </p>
    </div>
  );
}
