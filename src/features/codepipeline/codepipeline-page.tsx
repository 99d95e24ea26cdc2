import { ServiceOverview } from '../../components/service-overview';

export function CodePipelinePage() {
  return (
    <ServiceOverview
      title="CodePipeline"
      category="Pipeline"
      stage="pipeline"
      emptyTitle="No pipelines in this account"
      summary={
        <>
          <p>
            CodePipeline models a release process as stages of actions: a change enters at the Source stage and flows
            through build, test and deploy stages towards production, one execution per change.
          </p>
          <p>
            It is what connects the other services: a push to a CodeCommit branch starts an execution, CodeBuild and
            CodeDeploy run as its actions, and manual approvals can hold a change before it reaches production.
          </p>
        </>
      }
      concepts={[
        { term: 'Stage', meaning: 'A group of actions; an execution moves through the stages in order.' },
        { term: 'Action', meaning: 'One step: Source, Build, Test, Deploy, Approval or Invoke, run by a provider.' },
        { term: 'Artifact', meaning: 'The files an action outputs and a later action takes as input.' },
        { term: 'Manual approval', meaning: 'Pauses an execution until someone approves or rejects it.' },
      ]}
      nextSteps={[
        {
          to: '/codecommit/repositories/demo-webapp',
          label: 'Open demo-webapp, the source a pipeline would watch',
          description: 'Its main branch is where a release would start.',
        },
        {
          to: '/events',
          label: 'Watch source changes arrive',
          description: 'At 3 minutes a push to main emits the event that would start an execution.',
        },
      ]}
    />
  );
}
