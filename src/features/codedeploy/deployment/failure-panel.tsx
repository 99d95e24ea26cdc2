import type { DeploymentInfo, DeploymentTarget } from '../../../api/codedeploy/deployment-types';
import { targetDetail } from '../../../api/codedeploy/deployment-types';
import {
  explainDeploymentError,
  explainLifecycleFailure,
  firstFailedEvent,
  type FailureExplanation,
} from './failure-explanations';

function Explanation({ explained, heading }: { explained: FailureExplanation; heading: string }) {
  return (
    <div>
      <h3 className="font-bold">
        {heading}: {explained.title}
      </h3>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="font-semibold">What happened</dt>
        <dd>{explained.what}</dd>
        <dt className="font-semibold">Why</dt>
        <dd>{explained.why}</dd>
        <dt className="font-semibold">How to fix it</dt>
        <dd>{explained.fix}</dd>
      </dl>
    </div>
  );
}

/** errorInformation in plain words, and the first lifecycle event that failed with its own explanation. */
export function FailurePanel({
  deployment,
  targets,
}: {
  deployment: DeploymentInfo;
  targets: readonly DeploymentTarget[];
}) {
  const error = deployment.errorInformation;
  const first = firstFailedEvent(targets.flatMap((t) => targetDetail(t) ?? []));
  const firstExplained = first && explainLifecycleFailure(first.event);
  if (!error && !firstExplained) return null;
  return (
    <section
      aria-label="Why the deployment failed"
      className="mb-4 space-y-3 rounded-xl border border-red-300 bg-red-50 px-4 py-3 text-red-950 dark:border-red-900 dark:bg-red-950/40 dark:text-red-100"
    >
      {error && (
        <>
          <p className="font-mono text-xs break-words">
            <span className="font-bold">{error.code}</span>: {error.message}
          </p>
          <Explanation explained={explainDeploymentError(error)} heading="Deployment" />
        </>
      )}
      {first && firstExplained && (
        <Explanation explained={firstExplained} heading={`First failure, on ${first.targetId}`} />
      )}
    </section>
  );
}
