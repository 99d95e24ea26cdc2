import { ServiceOverview } from '../../components/service-overview';

export function CodeDeployPage() {
  return (
    <ServiceOverview
      title="CodeDeploy"
      category="Deploy"
      stage="deploy"
      emptyTitle="No applications or deployments in this account"
      summary={
        <>
          <p>
            CodeDeploy delivers a revision to EC2 instances, Lambda aliases or ECS services, either in place or
            blue/green, following the lifecycle hooks of the revision's <code>appspec.yml</code>.
          </p>
          <p>
            It is the Deploy stage of a pipeline: it rolls the built artifact out at the pace a deployment configuration
            allows, and can roll back automatically when a deployment fails or a CloudWatch alarm fires.
          </p>
        </>
      }
      concepts={[
        { term: 'Application', meaning: 'A name for what you deploy, on one compute platform: EC2, Lambda or ECS.' },
        {
          term: 'Deployment group',
          meaning: 'The instances or service to deploy to, with alarms and rollback settings.',
        },
        {
          term: 'Deployment configuration',
          meaning: 'How fast it goes, e.g. CodeDeployDefault.OneAtATime or a canary traffic shift.',
        },
        {
          term: 'Lifecycle hooks',
          meaning: 'ApplicationStop, BeforeInstall, AfterInstall, ApplicationStart, ValidateService and more.',
        },
      ]}
      nextSteps={[
        {
          to: '/codecommit/repositories/demo-webapp/file/main/appspec.yml',
          label: 'Read the demo appspec.yml',
          description: 'The hooks demo-webapp runs on each instance, ending with a health check in ValidateService.',
        },
        {
          to: '/codecommit/repositories/demo-webapp/browse/main/scripts',
          label: 'See the lifecycle scripts',
          description: 'The shell scripts the appspec hooks call to stop, install, start and validate.',
        },
      ]}
    />
  );
}
