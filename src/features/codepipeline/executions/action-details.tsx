import { Link } from 'react-router';
import type { ActionExecutionDetailWire } from '../../../api/codepipeline/list-action-executions';
import { linkClass } from '../../../components/button-styles';
import { formatSpan, formatWallClock } from '../../../components/format/time';
import { KeyValueList } from '../../../components/key-value-list';
import { ExecutionStatus } from '../shared/execution-status';
import { arnName, epochMs } from '../shared/format';
import { buildPath, deploymentPath, reviewPath } from '../shared/paths';
import { ArtifactList } from './artifact-list';

/** The console page of the build or deployment an action ran, by its provider, or the review of a waiting approval. */
function externalLink(
  pipelineName: string,
  detail: ActionExecutionDetailWire,
): { to: string; label: string } | undefined {
  const id = detail.output?.executionResult?.externalExecutionId;
  const provider = detail.input?.actionTypeId?.provider;
  if (provider === 'Manual' && detail.status === 'InProgress' && detail.stageName && detail.actionName)
    return { to: reviewPath(pipelineName, detail.stageName, detail.actionName), label: 'Review this approval' };
  if (!id) return undefined;
  if (provider === 'CodeBuild') return { to: buildPath(id), label: `Build ${id} and its logs` };
  if (provider === 'CodeDeploy' || provider === 'CodeDeployToECS')
    return { to: deploymentPath(id), label: `Deployment ${id}` };
  return undefined;
}

function Pairs({ values }: { values: Record<string, string> | undefined }) {
  const entries = Object.entries(values ?? {});
  if (entries.length === 0) return <>–</>;
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-0.5 font-mono text-xs">
      {entries.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="text-zinc-600 dark:text-zinc-400">{k}</dt>
          <dd className="break-all">{v}</dd>
        </div>
      ))}
    </dl>
  );
}

/** One action execution: what it was given (configuration with variables resolved, artifacts) and what it gave. */
export function ActionDetails({
  pipelineName,
  detail,
  nowMs,
}: {
  pipelineName: string;
  detail: ActionExecutionDetailWire;
  nowMs: number | undefined;
}) {
  const start = epochMs(detail.startTime);
  const end = detail.status === 'InProgress' ? nowMs : epochMs(detail.lastUpdateTime);
  const result = detail.output?.executionResult;
  const link = externalLink(pipelineName, detail);
  const type = detail.input?.actionTypeId;
  return (
    <section
      id={`action-${detail.actionExecutionId}`}
      aria-label={`${detail.stageName} / ${detail.actionName}`}
      className="scroll-mt-4 px-4 py-4"
    >
      <h3 className="flex flex-wrap items-center gap-2 text-sm font-bold">
        {detail.stageName} / {detail.actionName}
        <ExecutionStatus status={detail.status} />
        {type && (
          <span className="text-xs font-normal text-zinc-600 dark:text-zinc-400">
            {type.category} · {type.provider}
          </span>
        )}
      </h3>
      {result?.errorDetails && (
        <p
          role="alert"
          className="mt-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-900 dark:bg-red-950/40 dark:text-red-100"
        >
          <span className="font-mono font-bold">{result.errorDetails.code}</span>: {result.errorDetails.message}
        </p>
      )}
      <div className="mt-3">
        <KeyValueList
          items={[
            { label: 'Started', value: start === undefined ? '–' : formatWallClock(start) },
            { label: 'Duration', value: start === undefined || end === undefined ? '–' : formatSpan(end - start) },
            {
              label: 'Run',
              value: link ? (
                <Link to={link.to} className={linkClass}>
                  {link.label}
                </Link>
              ) : (
                (result?.externalExecutionId ?? '–')
              ),
            },
            { label: 'Summary', value: result?.externalExecutionSummary ?? '–' },
            { label: 'Updated by', value: detail.updatedBy ? arnName(detail.updatedBy) : '–' },
            { label: 'Namespace', value: detail.input?.namespace ?? '–' },
            {
              label: 'Configuration (variables resolved)',
              value: <Pairs values={detail.input?.resolvedConfiguration} />,
            },
            { label: 'Output variables', value: <Pairs values={detail.output?.outputVariables} /> },
            { label: 'Input artifacts', value: <ArtifactList artifacts={detail.input?.inputArtifacts ?? []} /> },
            { label: 'Output artifacts', value: <ArtifactList artifacts={detail.output?.outputArtifacts ?? []} /> },
          ]}
        />
      </div>
    </section>
  );
}
