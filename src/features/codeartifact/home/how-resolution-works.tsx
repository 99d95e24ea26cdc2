import { Panel } from '../../../components/panel';

/** The documented search order and retention rules (facts §5.2), as a reader of the console needs them. */
export function HowResolutionWorks() {
  return (
    <Panel title="How CodeArtifact resolves packages">
      <div className="max-w-3xl space-y-3 text-[15px] leading-relaxed">
        <p>
          A package manager asks one repository for one version. CodeArtifact searches{' '}
          <strong>depth-first, in priority order</strong>: the repository itself, then its first upstream and that
          upstream’s whole upstream tree, then its second upstream, and so on. For <code>my_repo → [A, B]</code>,{' '}
          <code>A → [C, D]</code>, <code>D → [E]</code> the order is <strong>my_repo, A, C, D, E, B</strong>. The search
          stops at the first repository that has the version; if none has it the client gets HTTP 404. One request
          searches at most 25 repositories.
        </p>
        <p>
          A repository with an <strong>external connection</strong> (public:npmjs, public:pypi …) asks the public
          registry when it does not hold the version itself.
        </p>
        <p>
          <strong>What is kept where:</strong> a version found in an upstream is retained in the repository that was
          asked, not in the repositories in between. A version fetched through an external connection is also retained
          in the repository that owns the connection. Once retained, it stays: deleting the upstream, disconnecting or
          changing the version upstream does not touch it.
        </p>
        <p>
          <strong>Origin controls</strong> per package decide whether new versions may be published directly and whether
          they may come from upstreams or external connections (upstream = BLOCK stops both).
        </p>
      </div>
    </Panel>
  );
}
