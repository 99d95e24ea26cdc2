import type { SimContext } from '../../core/simulation';
import type { Build, BuildPhase, PhaseContext } from '../state';
import { logsView } from './view';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** CodeBuild's event dates are Java `toString`-style: `Jan 5, 2026 9:03:12 AM`. */
export function javaDate(epochMs: number): string {
  const d = new Date(epochMs);
  const h = d.getUTCHours();
  const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()} ${h % 12 === 0 ? 12 : h % 12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
}

const contextText = (contexts: readonly PhaseContext[] | undefined) =>
  (contexts ?? []).map((c) => `${c.statusCode}: ${c.message}`);

function phaseInfo(start: number, p: BuildPhase) {
  return {
    'phase-context': contextText(p.contexts),
    'start-time': javaDate(start + p.startTime),
    ...(p.endTime !== undefined && {
      'end-time': javaDate(start + p.endTime),
      'duration-in-seconds': p.durationInSeconds ?? 0,
    }),
    'phase-type': p.phaseType,
    ...(p.phaseStatus !== undefined && { 'phase-status': p.phaseStatus }),
  };
}

/** The `additional-information` object both CodeBuild event types carry (aws-facts.md §2.7). */
function additionalInformation(ctx: SimContext, build: Build) {
  const start = ctx.world.startEpochMs;
  const logs = logsView(ctx.world, build);
  const artifact = build.artifactResults;
  return {
    ...(artifact.location !== undefined && {
      artifact: {
        ...(artifact.md5sum !== undefined && { md5sum: artifact.md5sum }),
        ...(artifact.sha256sum !== undefined && { sha256sum: artifact.sha256sum }),
        location: artifact.location,
      },
    }),
    environment: {
      image: build.environment.image,
      'privileged-mode': build.environment.privilegedMode,
      'compute-type': build.environment.computeType,
      type: build.environment.type,
      'environment-variables': build.environment.environmentVariables.map((v) => ({
        name: v.name,
        type: v.type,
        value: v.value,
      })),
    },
    'timeout-in-minutes': build.timeoutInMinutes,
    'build-complete': build.buildComplete,
    initiator: build.initiator,
    'build-start-time': javaDate(start + build.startTime),
    source: {
      ...(build.source.location !== undefined && { location: build.source.location }),
      type: build.source.type,
    },
    ...(build.sourceVersion !== undefined && { 'source-version': build.sourceVersion }),
    logs: { 'group-name': logs.groupName, 'stream-name': logs.streamName, 'deep-link': logs.deepLink },
    phases: build.phases.map((p) => phaseInfo(start, p)),
    'queued-timeout-in-minutes': build.queuedTimeoutInMinutes,
  };
}

export function emitStateChange(ctx: SimContext, build: Build): void {
  const current = build.phases[build.phases.length - 1];
  ctx.emit({
    source: 'aws.codebuild',
    detailType: 'CodeBuild Build State Change',
    resources: [build.arn],
    detail: {
      'build-status': build.buildStatus,
      'project-name': build.projectName,
      'build-id': build.arn,
      'additional-information': additionalInformation(ctx, build),
      'current-phase': build.currentPhase,
      'current-phase-context': `[${contextText(current?.contexts).join(', ')}]`,
      version: '1',
    },
  });
}

export function emitPhaseChange(ctx: SimContext, build: Build, phase: BuildPhase): void {
  const start = ctx.world.startEpochMs;
  ctx.emit({
    source: 'aws.codebuild',
    detailType: 'CodeBuild Build Phase Change',
    resources: [build.arn],
    detail: {
      'completed-phase': phase.phaseType,
      'project-name': build.projectName,
      'build-id': build.arn,
      'completed-phase-context': `[${contextText(phase.contexts).join(', ')}]`,
      'additional-information': additionalInformation(ctx, build),
      'completed-phase-status': phase.phaseStatus,
      'completed-phase-duration-seconds': phase.durationInSeconds ?? 0,
      version: '1',
      'completed-phase-start': javaDate(start + phase.startTime),
      'completed-phase-end': javaDate(start + (phase.endTime ?? phase.startTime)),
    },
  });
}
