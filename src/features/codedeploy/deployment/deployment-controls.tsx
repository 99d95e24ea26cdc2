import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useContinueDeployment } from '../../../api/codedeploy/continue-deployment';
import { useCreateDeployment } from '../../../api/codedeploy/create-deployment';
import type { DeploymentInfo, RevisionLocation } from '../../../api/codedeploy/deployment-types';
import { useApplicationRevisions } from '../../../api/codedeploy/list-application-revisions';
import { useStopDeployment } from '../../../api/codedeploy/stop-deployment';
import { buttonClass } from '../../../components/button-styles';
import { Dialog, DialogActions } from '../../../components/dialog';
import { errorText } from '../../../components/error-text';
import { formatDateTime } from '../../../components/format/time';
import { deploymentPath } from '../shared/paths';
import { revisionLabel } from '../shared/revision-label';

const ACTIVE = new Set(['Created', 'Queued', 'InProgress', 'Baking', 'Ready']);

function StopDialog({ deployment, onClose }: { deployment: DeploymentInfo; onClose: () => void }) {
  const stop = useStopDeployment();
  const [rollback, setRollback] = useState(false);
  return (
    <Dialog title={`Stop ${deployment.deploymentId}`} onClose={onClose}>
      <p className="text-sm">
        Instances that already finished keep the new revision; lifecycle events in progress stop where they are, so the
        fleet may be left with mixed revisions.
      </p>
      <fieldset className="mt-4 space-y-2 text-sm">
        <legend className="sr-only">How to stop</legend>
        <label className="flex items-start gap-2">
          <input type="radio" name="stop" checked={!rollback} onChange={() => setRollback(false)} data-autofocus />
          <span>
            <strong>Stop deployment</strong>: leave the fleet as it is now.
          </span>
        </label>
        <label className="flex items-start gap-2">
          <input type="radio" name="stop" checked={rollback} onChange={() => setRollback(true)} />
          <span>
            <strong>Stop and roll back deployment</strong>: CodeDeploy starts a new deployment of the last revision that
            succeeded.
          </span>
        </label>
      </fieldset>
      {stop.error && (
        <p role="alert" className="mt-3 text-sm text-red-700 dark:text-red-300">
          {errorText(stop.error)}
        </p>
      )}
      <DialogActions>
        <button type="button" className={buttonClass('normal')} onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className={buttonClass('danger')}
          aria-disabled={stop.isPending}
          onClick={() =>
            !stop.isPending &&
            stop.mutate(
              { deploymentId: deployment.deploymentId, autoRollbackEnabled: rollback },
              { onSuccess: onClose },
            )
          }
        >
          {rollback ? 'Stop and roll back' : 'Stop deployment'}
        </button>
      </DialogActions>
    </Dialog>
  );
}

const sameRevision = (a: RevisionLocation, b: RevisionLocation | undefined) => JSON.stringify(a) === JSON.stringify(b);

function RedeployDialog({ deployment, onClose }: { deployment: DeploymentInfo; onClose: () => void }) {
  const revisions = useApplicationRevisions(deployment.applicationName);
  const create = useCreateDeployment();
  const navigate = useNavigate();
  const [chosen, setChosen] = useState<number>();
  const list = revisions.data ?? [];
  const revision = chosen === undefined ? undefined : list[chosen]?.revisionLocation;
  return (
    <Dialog title="Redeploy an earlier revision" onClose={onClose} size="wide">
      <p className="text-sm">
        A new deployment to <strong>{deployment.deploymentGroupName}</strong> with{' '}
        <span className="font-mono">{deployment.deploymentConfigName}</span>. This is a manual rollback: CodeDeploy
        installs the chosen revision as if it were new.
      </p>
      {revisions.isPending && <p className="mt-3 text-sm">Reading the application&apos;s revisions…</p>}
      {revisions.error && (
        <p role="alert" className="mt-3 text-sm text-red-700 dark:text-red-300">
          {errorText(revisions.error)}
        </p>
      )}
      <fieldset className="mt-3 max-h-72 space-y-1 overflow-y-auto text-sm">
        <legend className="sr-only">Revision</legend>
        {list.map((r, i) => (
          <label key={revisionLabel(r.revisionLocation) + String(i)} className="flex items-start gap-2 py-1">
            <input type="radio" name="revision" checked={chosen === i} onChange={() => setChosen(i)} />
            <span>
              <span className="font-mono text-xs break-all">{revisionLabel(r.revisionLocation)}</span>
              {sameRevision(r.revisionLocation, deployment.revision) && ' (this deployment)'}
              <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                {r.genericRevisionInfo?.description ?? ''}
                {r.genericRevisionInfo?.registerTime !== undefined &&
                  ` registered ${formatDateTime(r.genericRevisionInfo.registerTime * 1000)}`}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      {create.error && (
        <p role="alert" className="mt-3 text-sm text-red-700 dark:text-red-300">
          {errorText(create.error)}
        </p>
      )}
      <DialogActions>
        <button type="button" className={buttonClass('normal')} onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className={buttonClass('primary')}
          aria-disabled={!revision || create.isPending}
          onClick={() =>
            revision &&
            !create.isPending &&
            create.mutate(
              {
                applicationName: deployment.applicationName,
                deploymentGroupName: deployment.deploymentGroupName,
                deploymentConfigName: deployment.deploymentConfigName,
                revision,
                description: `Redeploy of an earlier revision from ${deployment.deploymentId}`,
              },
              { onSuccess: (id) => void navigate(deploymentPath(id)) },
            )
          }
        >
          Deploy this revision
        </button>
      </DialogActions>
    </Dialog>
  );
}

/** Stop, reroute now, skip the termination wait, retry, redeploy an earlier revision. */
export function DeploymentControls({ deployment }: { deployment: DeploymentInfo }) {
  const [dialog, setDialog] = useState<'stop' | 'redeploy'>();
  const next = useContinueDeployment();
  const retry = useCreateDeployment();
  const navigate = useNavigate();
  const active = ACTIVE.has(deployment.status);
  const waitingToTerminate = deployment.status === 'InProgress' && deployment.instanceTerminationWaitTimeStarted;
  const error = next.error ?? retry.error;
  const cont = (deploymentWaitType: 'READY_WAIT' | 'TERMINATION_WAIT') =>
    !next.isPending && next.mutate({ deploymentId: deployment.deploymentId, deploymentWaitType });
  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex flex-wrap justify-end gap-2">
        {deployment.status === 'Ready' && (
          <button type="button" className={buttonClass('primary')} onClick={() => cont('READY_WAIT')}>
            Reroute traffic
          </button>
        )}
        {waitingToTerminate && (
          <button type="button" className={buttonClass('normal')} onClick={() => cont('TERMINATION_WAIT')}>
            Skip termination wait
          </button>
        )}
        {active && (
          <button type="button" className={buttonClass('normal')} onClick={() => setDialog('stop')}>
            Stop deployment
          </button>
        )}
        {!active && deployment.revision && (
          <button
            type="button"
            className={buttonClass('normal')}
            aria-disabled={retry.isPending}
            onClick={() =>
              deployment.revision &&
              !retry.isPending &&
              retry.mutate(
                {
                  applicationName: deployment.applicationName,
                  deploymentGroupName: deployment.deploymentGroupName,
                  deploymentConfigName: deployment.deploymentConfigName,
                  revision: deployment.revision,
                  description: `Retry of ${deployment.deploymentId}`,
                },
                { onSuccess: (id) => void navigate(deploymentPath(id)) },
              )
            }
          >
            Retry deployment
          </button>
        )}
        {!active && (
          <button type="button" className={buttonClass('normal')} onClick={() => setDialog('redeploy')}>
            Redeploy an earlier revision
          </button>
        )}
      </div>
      {error && (
        <p role="alert" className="font-mono text-xs text-red-700 dark:text-red-300">
          {errorText(error)}
        </p>
      )}
      {dialog === 'stop' && <StopDialog deployment={deployment} onClose={() => setDialog(undefined)} />}
      {dialog === 'redeploy' && <RedeployDialog deployment={deployment} onClose={() => setDialog(undefined)} />}
    </div>
  );
}
