import { Link } from 'react-router';

export type FlowStage = 'source' | 'artifacts' | 'build' | 'review' | 'deploy' | 'pipeline';

const STAGES: { key: FlowStage; label: string; service: string; to: string }[] = [
  { key: 'source', label: 'Source', service: 'CodeCommit', to: '/codecommit' },
  { key: 'review', label: 'Review', service: 'CodeGuru', to: '/codeguru' },
  { key: 'artifacts', label: 'Packages', service: 'CodeArtifact', to: '/codeartifact' },
  { key: 'build', label: 'Build & test', service: 'CodeBuild', to: '/codebuild' },
  { key: 'deploy', label: 'Deploy', service: 'CodeDeploy', to: '/codedeploy' },
];

/** The path from a push to production, with `current` marked; CodePipeline runs the whole path. */
export function CicdFlow({ current }: { current?: FlowStage }) {
  const pipelineCurrent = current === 'pipeline';
  return (
    <figure className="rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <figcaption className="mb-3 text-xs font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">
        Where it fits in the CI/CD flow
      </figcaption>
      <ol className="flex flex-wrap items-stretch gap-2">
        {STAGES.map((stage, index) => (
          <li key={stage.key} className="flex items-center gap-2">
            <Link
              to={stage.to}
              aria-current={stage.key === current ? 'page' : undefined}
              className="block rounded-lg border border-zinc-300 px-3 py-2 hover:border-accent aria-[current=page]:border-accent aria-[current=page]:bg-accent-soft dark:border-zinc-700 dark:hover:border-accent-night dark:aria-[current=page]:border-accent-night dark:aria-[current=page]:bg-accent-night-soft"
            >
              <span className="block text-xs text-zinc-500 dark:text-zinc-400">{stage.label}</span>
              <span className="block font-semibold">{stage.service}</span>
            </Link>
            {index < STAGES.length - 1 && (
              <span aria-hidden="true" className="text-zinc-400">
                →
              </span>
            )}
          </li>
        ))}
      </ol>
      <p
        className={`mt-3 rounded-lg border border-dashed px-3 py-2 text-xs ${pipelineCurrent ? 'border-accent bg-accent-soft dark:border-accent-night dark:bg-accent-night-soft' : 'border-zinc-300 dark:border-zinc-700'}`}
      >
        <Link to="/codepipeline" aria-current={pipelineCurrent ? 'page' : undefined} className="font-semibold">
          CodePipeline
        </Link>{' '}
        runs these steps in order whenever the source changes.
      </p>
    </figure>
  );
}
