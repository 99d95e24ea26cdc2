import { ServiceOverview } from '../../components/service-overview';

export function CodeGuruPage() {
  return (
    <ServiceOverview
      title="CodeGuru"
      category="Code reviews"
      stage="review"
      emptyTitle="No repository associations or profiling groups"
      summary={
        <>
          <p>
            CodeGuru Reviewer analyses the code of an associated repository and comments on pull requests with
            recommendations on security issues, resource leaks, concurrency and AWS best practices; CodeGuru Profiler
            samples running applications to show where CPU time and latency go.
          </p>
          <p>
            Reviewer checks a change before it is merged, at the start of the flow; Profiler watches what was deployed,
            at its end, and points at the code worth fixing next.
          </p>
        </>
      }
      concepts={[
        { term: 'Repository association', meaning: 'Connects a CodeCommit repository so pull requests get reviewed.' },
        { term: 'Code review', meaning: 'Of a pull request, or a full repository analysis of one branch.' },
        { term: 'Recommendation', meaning: 'A finding with a severity from Info to Critical and a category.' },
        { term: 'Profiling group', meaning: 'Collects samples from the agents of one application.' },
      ]}
      nextSteps={[
        {
          to: '/codecommit/repositories/demo-webapp/browse/main/src',
          label: 'Read the demo source code',
          description: 'The code a review of demo-webapp would look at.',
        },
        {
          to: '/codecommit/repositories/demo-webapp/commits/main',
          label: 'See the commit history',
          description: 'Each commit is a change a reviewer could comment on.',
        },
      ]}
    />
  );
}
