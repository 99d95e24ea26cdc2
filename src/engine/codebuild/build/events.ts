import type { SimContext } from '../../core/simulation';
import type { Build, BuildPhase, PhaseContext } from '../state';
import { logsView } from './view';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const javaDates = new Map<number, string>();

/** CodeBuild's event dates are Java `toString`-style: `Jan 5, 2026 9:03:12 AM` (memoised: builds share seconds). */
export function javaDate(epochMs: number): string {
  const second = Math.floor(epochMs / 1000);
  let text = javaDates.get(second);
  if (text === undefined) {
    const d = new Date(second * 1000);
    const h = d.getUTCHours();
    const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
    text = `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()} ${h % 12 === 0 ? 12 : h % 12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
    if (javaDates.size > 10_000) javaDates.clear();
    javaDates.set(second, text);
  }
  return text;
}

const contextText = (contexts: readonly PhaseContext[] | undefined) =>
  (contexts ?? []).map((c) => `${c.statusCode}: ${c.message}`);

type PhaseInfo = Record<string, unknown>;

/**
 * Event details repeat what does not change during a build (environment, source, logs) and each finished
 * phase; both are built once per build and shared by its events, which nobody mutates.
 */
interface BuildInfo {
  fixed: Record<string, unknown>;
  /** One entry per phase of `build.phases`; `ended` says whether it was made after the phase ended. */
  phases: { info: PhaseInfo; ended: boolean }[];
}
const buildInfos = new WeakMap<Build, BuildInfo>();

/** A finished build's events are all out: its shared details can go. */
export function forgetBuildInfo(build: Build): void {
  buildInfos.delete(build);
}

function phaseInfo(start: number, p: BuildPhase): PhaseInfo {
  const info: PhaseInfo = { 'phase-context': contextText(p.contexts), 'start-time': javaDate(start + p.startTime) };
  if (p.endTime !== undefined) {
    info['end-time'] = javaDate(start + p.endTime);
    info['duration-in-seconds'] = p.durationInSeconds ?? 0;
  }
  info['phase-type'] = p.phaseType;
  if (p.phaseStatus !== undefined) info['phase-status'] = p.phaseStatus;
  return info;
}

function phaseInfos(start: number, build: Build, cache: BuildInfo): PhaseInfo[] {
  const out: PhaseInfo[] = [];
  build.phases.forEach((p, i) => {
    const ended = p.endTime !== undefined;
    let entry = cache.phases[i];
    if (!entry || entry.ended !== ended) {
      entry = { info: phaseInfo(start, p), ended };
      cache.phases[i] = entry;
    }
    out.push(entry.info);
  });
  return out;
}

function infoOf(ctx: SimContext, build: Build): BuildInfo {
  let cached = buildInfos.get(build);
  if (!cached) {
    const logs = logsView(ctx.world, build);
    const fixed: Record<string, unknown> = {
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
      initiator: build.initiator,
      'build-start-time': javaDate(ctx.world.startEpochMs + build.startTime),
      source: {
        ...(build.source.location !== undefined && { location: build.source.location }),
        type: build.source.type,
      },
      ...(build.sourceVersion !== undefined && { 'source-version': build.sourceVersion }),
      logs: { 'group-name': logs.groupName, 'stream-name': logs.streamName, 'deep-link': logs.deepLink },
      'queued-timeout-in-minutes': build.queuedTimeoutInMinutes,
    };
    cached = { fixed, phases: [] };
    buildInfos.set(build, cached);
  }
  return cached;
}

/** The `additional-information` object both CodeBuild event types carry (aws-facts.md §2.7). */
function additionalInformation(ctx: SimContext, build: Build) {
  const cached = infoOf(ctx, build);
  const fixed = cached.fixed;
  const artifact = build.artifactResults;
  const info: Record<string, unknown> = {};
  if (artifact.location !== undefined) {
    const a: Record<string, string> = {};
    if (artifact.md5sum !== undefined) a.md5sum = artifact.md5sum;
    if (artifact.sha256sum !== undefined) a.sha256sum = artifact.sha256sum;
    a.location = artifact.location;
    info.artifact = a;
  }
  info.environment = fixed.environment;
  info['timeout-in-minutes'] = fixed['timeout-in-minutes'];
  info['build-complete'] = build.buildComplete;
  info.initiator = fixed.initiator;
  info['build-start-time'] = fixed['build-start-time'];
  info.source = fixed.source;
  if (fixed['source-version'] !== undefined) info['source-version'] = fixed['source-version'];
  info.logs = fixed.logs;
  info.phases = phaseInfos(ctx.world.startEpochMs, build, cached);
  info['queued-timeout-in-minutes'] = fixed['queued-timeout-in-minutes'];
  return info;
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
