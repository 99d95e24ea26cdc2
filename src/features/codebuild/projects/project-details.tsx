import type { Project } from '../../../api/codebuild/types';
import { KeyValueList } from '../../../components/key-value-list';
import { SourceLabel } from '../shared/source-label';

const mono = (s?: string) => (s ? <span className="font-mono text-xs break-all">{s}</span> : '–');

/** Triggers as the console words them, from the webhook's filter groups. */
export function describeTriggers(project: Project): string[] {
  return (project.webhook?.filterGroups ?? []).map((group) =>
    group.map((f) => `${f.excludeMatchedPattern ? 'not ' : ''}${f.type} ${f.pattern}`).join(' and '),
  );
}

/** The project's configuration, read-only. */
export function ProjectDetails({ project }: { project: Project }) {
  const a = project.artifacts;
  const triggers = describeTriggers(project);
  const buildspec = project.source.buildspec;
  const inline = buildspec !== undefined && buildspec.includes('\n');
  return (
    <div className="space-y-5">
      <KeyValueList
        items={[
          { label: 'Description', value: project.description ?? '–' },
          { label: 'Source', value: <SourceLabel source={project.source} version={project.sourceVersion} /> },
          {
            label: 'Buildspec',
            value: inline ? 'Inline (below)' : mono(buildspec ?? 'buildspec.yml in the source root'),
          },
          { label: 'Image', value: mono(project.environment.image) },
          { label: 'Compute', value: `${project.environment.computeType} · ${project.environment.type}` },
          { label: 'Privileged', value: project.environment.privilegedMode ? 'Yes' : 'No' },
          { label: 'Service role', value: mono(project.serviceRole) },
          {
            label: 'Timeout',
            value: `${project.timeoutInMinutes} minutes · queued ${project.queuedTimeoutInMinutes} minutes`,
          },
          {
            label: 'Artifacts',
            value:
              a.type === 'S3'
                ? mono(
                    `s3://${a.location ?? ''}/${a.path ? `${a.path}/` : ''}${a.namespaceType === 'BUILD_ID' ? '<build-id>/' : ''}${a.name ?? ''} (${a.packaging ?? 'NONE'})`,
                  )
                : a.type === 'CODEPIPELINE'
                  ? 'CodePipeline'
                  : 'No artifacts',
          },
          {
            label: 'Cache',
            value:
              project.cache?.type === 'S3'
                ? mono(`s3://${project.cache.location ?? ''}`)
                : (project.cache?.type ?? 'NO_CACHE'),
          },
          {
            label: 'Triggers (webhook)',
            value:
              triggers.length === 0
                ? 'None: builds start only when someone starts them'
                : triggers.map((t) => (
                    <p key={t} className="font-mono text-xs">
                      {t}
                    </p>
                  )),
          },
          {
            label: 'Environment variables',
            value:
              (project.environment.environmentVariables ?? []).length === 0
                ? '–'
                : (project.environment.environmentVariables ?? []).map((v) => (
                    <p key={v.name} className="font-mono text-xs">
                      {v.name} ({v.type ?? 'PLAINTEXT'}){v.type && v.type !== 'PLAINTEXT' ? ` ← ${v.value}` : ''}
                    </p>
                  )),
          },
        ]}
      />
      {inline && (
        <div>
          <h3 className="mb-1 font-bold">Inline buildspec</h3>
          <pre className="overflow-auto rounded-lg bg-zinc-50 p-3 font-mono text-xs dark:bg-zinc-800/60">
            {buildspec}
          </pre>
        </div>
      )}
    </div>
  );
}
