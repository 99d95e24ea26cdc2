import { ServiceOverview } from '../../components/service-overview';

export function CodeArtifactPage() {
  return (
    <ServiceOverview
      title="CodeArtifact"
      category="Artifacts"
      stage="artifacts"
      emptyTitle="No domains or repositories in this account"
      summary={
        <>
          <p>
            CodeArtifact stores software packages (npm, PyPI, Maven, NuGet and more) in repositories grouped into
            domains, and fetches public packages through an external connection such as public:npmjs.
          </p>
          <p>
            Builds install their dependencies from it and can publish what they produce, so every build resolves the
            same vetted versions: a repository searches itself, then its upstream repositories in priority order.
          </p>
        </>
      }
      concepts={[
        { term: 'Domain', meaning: 'Groups repositories; each package asset is stored once per domain.' },
        { term: 'Repository', meaning: 'Holds package versions of any format; up to 10 direct upstreams.' },
        { term: 'Upstream', meaning: 'Searched depth-first in priority order when a package is not found locally.' },
        { term: 'External connection', meaning: 'One per repository, to a public registry like npm or PyPI.' },
      ]}
      nextSteps={[
        {
          to: '/codecommit/repositories/demo-webapp/file/main/package.json',
          label: 'See what demo-webapp depends on',
          description: 'Its package.json is what npm ci in the build would resolve.',
        },
        {
          to: '/codebuild',
          label: 'Learn how builds use packages',
          description: 'The pre_build phase installs dependencies before the tests run.',
        },
      ]}
    />
  );
}
