import { ServiceOverview } from '../../components/service-overview';

export function CodeBuildPage() {
  return (
    <ServiceOverview
      title="CodeBuild"
      category="Build"
      stage="build"
      emptyTitle="No build projects in this account"
      summary={
        <>
          <p>
            CodeBuild runs the commands of a repository's <code>buildspec.yml</code> in a fresh container, phase by
            phase (install → pre_build → build → post_build), and produces build artifacts and test reports.
          </p>
          <p>
            In a pipeline it is the Build stage: each change from the source stage is compiled and tested, and the
            artifacts it uploads are what the Deploy stage delivers.
          </p>
        </>
      }
      concepts={[
        {
          term: 'Build project',
          meaning: 'Where the source comes from, which image runs it, and the buildspec to use.',
        },
        {
          term: 'buildspec.yml',
          meaning: 'Version 0.2: the phases, their commands, env variables, artifacts and reports.',
        },
        {
          term: 'Phases',
          meaning: 'A failing command fails its phase; post_build still runs after a failed build phase.',
        },
        { term: 'Build status', meaning: 'SUCCEEDED, FAILED, FAULT, TIMED_OUT, IN_PROGRESS or STOPPED.' },
      ]}
      nextSteps={[
        {
          to: '/codecommit/repositories/demo-webapp/file/main/buildspec.yml',
          label: 'Read the demo buildspec.yml',
          description: 'The phases demo-webapp would run: npm ci in pre_build, npm test in build.',
        },
        {
          to: '/codecommit',
          label: 'Browse source in CodeCommit',
          description: 'Repositories, branches, files and commit history of this account.',
        },
        {
          to: '/events',
          label: 'Watch the event feed',
          description: 'Pushes arrive as EventBridge events, the trigger a build would start from.',
        },
      ]}
    />
  );
}
