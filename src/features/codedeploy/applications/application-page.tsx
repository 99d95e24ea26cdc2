import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useApplication } from '../../../api/codedeploy/batch-get-applications';
import { useDeleteApplication } from '../../../api/codedeploy/delete-application';
import { buttonClass } from '../../../components/button-styles';
import { ConfirmDeleteDialog } from '../../../components/confirm-delete-dialog';
import { ErrorPanel } from '../../../components/error-panel';
import { Loading } from '../../../components/loading';
import { PageHeader } from '../../../components/page-header';
import { Panel } from '../../../components/panel';
import { StatusBadge } from '../../../components/status-badge';
import { CODEDEPLOY_ERROR_EXPLANATIONS } from '../../../engine/codedeploy/errors';
import { DeploymentsTable } from '../shared/deployments-table';
import { codedeployHome, createDeploymentPath } from '../shared/paths';
import { PLATFORM_LABEL } from '../shared/platform';
import { GroupsPanel } from './groups-panel';
import { RevisionsPanel } from './revisions-panel';

function DeleteApplicationDialog({ name, onClose }: { name: string; onClose: () => void }) {
  const navigate = useNavigate();
  const remove = useDeleteApplication();
  return (
    <ConfirmDeleteDialog
      title={`Delete ${name}?`}
      confirmLabel="Delete application"
      error={remove.error}
      explanations={CODEDEPLOY_ERROR_EXPLANATIONS}
      onConfirm={() => remove.mutate(name, { onSuccess: () => void navigate(codedeployHome()) })}
      onClose={onClose}
    >
      <p>
        DeleteApplication removes the application, its deployment groups and its registered revisions. Instances keep
        what was installed on them.
      </p>
    </ConfirmDeleteDialog>
  );
}

/** An application: its deployment groups, registered revisions and deployment history. */
export function ApplicationPage() {
  const { name = '' } = useParams();
  const [deleting, setDeleting] = useState(false);
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
  const platform = application.data.computePlatform;
  return (
    <>
      <PageHeader
        title={
          <span className="flex items-center gap-3">
            {name} <StatusBadge>{PLATFORM_LABEL[platform]}</StatusBadge>
          </span>
        }
        description={`Application ID ${application.data.applicationId}`}
        actions={
          <>
            <button type="button" className={buttonClass('normal')} onClick={() => setDeleting(true)}>
              Delete
            </button>
            <Link to={createDeploymentPath(name)} className={buttonClass('primary')}>
              Create deployment
            </Link>
          </>
        }
      />
      <div className="space-y-4">
        <GroupsPanel applicationName={name} />
        <RevisionsPanel applicationName={name} platform={platform} />
        <Panel title="Deployment history" flush>
          <DeploymentsTable filter={{ applicationName: name }} limit={25} />
        </Panel>
      </div>
      {deleting && <DeleteApplicationDialog name={name} onClose={() => setDeleting(false)} />}
    </>
  );
}
