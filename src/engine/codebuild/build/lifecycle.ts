import type { SimContext } from '../../core/simulation';
import { MINUTE, type SimMillis } from '../../core/time';
import { findLogStream, truncateLogStream } from '../../logs/public';
import type { PhaseName } from '../../specs';
import type { Build, BuildFault, PhaseContext, PhaseType, StatusType } from '../state';
import { queuedMs } from './durations';
import { emitPhaseChange, emitStateChange, forgetBuildInfo } from './events';
import { BuildLog, logGroupName } from './log';
import {
  buildspecOf,
  PHASE_OF,
  planCommands,
  planDownloadSource,
  planFinalizing,
  planProvisioning,
  planUploadArtifacts,
  type PhasePlan,
} from './phases';

export const PHASE_END_TIMER = 'codebuild.phaseEnd';
export const BUILD_TIMEOUT_TIMER = 'codebuild.buildTimeout';
export const QUEUED_TIMEOUT_TIMER = 'codebuild.queuedTimeout';

/** Builds waiting in QUEUED beyond this many get AccountLimitExceededException (the simulator's queue size). */
export const QUEUE_LIMIT = 100;

interface PhaseTimer {
  buildId: string;
  token: number;
}

function removeId(list: string[], id: string): void {
  const i = list.indexOf(id);
  if (i >= 0) list.splice(i, 1);
}

const getBuild = (ctx: SimContext, id: string): Build | undefined =>
  Object.hasOwn(ctx.world.account.codebuild.builds, id) ? ctx.world.account.codebuild.builds[id] : undefined;

/** Closes the current phase with a status, and announces it. */
function finishPhase(ctx: SimContext, build: Build, status: StatusType, contexts: PhaseContext[] | undefined): void {
  const phase = build.phases[build.phases.length - 1];
  const run = build.run;
  if (!phase || !run) return;
  phase.phaseStatus = status;
  phase.endTime = ctx.now;
  phase.durationInSeconds = Math.round((ctx.now - phase.startTime) / 1000);
  if (contexts !== undefined) phase.contexts = contexts;
  if (status !== 'SUCCEEDED') {
    run.failed = true;
    run.shell.env.CODEBUILD_BUILD_SUCCEEDING = '0';
  }
  // CodeBuild sends up to 9 phase events: one per phase from SUBMITTED to FINALIZING, QUEUED aside.
  if (phase.phaseType !== 'QUEUED') emitPhaseChange(ctx, build, phase);
}

function onFailureMode(build: Build, phase: PhaseType): string | undefined {
  const run = build.run;
  const name = PHASE_OF[phase] as PhaseName | undefined;
  if (!run || !name) return undefined;
  return buildspecOf(run)?.phases[name]?.onFailure?.mode;
}

/** CodeBuild's phase transitions (aws-facts.md §2.2), with `on-failure` and early endings. */
function nextPhase(build: Build, completed: PhaseType, status: StatusType): PhaseType {
  const ok = status === 'SUCCEEDED';
  if (build.run?.ending) return completed === 'QUEUED' || completed === 'FINALIZING' ? 'COMPLETED' : 'FINALIZING';
  const mode = ok ? undefined : onFailureMode(build, completed);
  switch (completed) {
    case 'SUBMITTED':
      return 'QUEUED';
    case 'QUEUED':
      return 'PROVISIONING';
    case 'PROVISIONING':
      return ok ? 'DOWNLOAD_SOURCE' : 'FINALIZING';
    case 'DOWNLOAD_SOURCE':
      return ok ? 'INSTALL' : 'FINALIZING';
    case 'INSTALL':
      return ok || mode === 'CONTINUE' ? 'PRE_BUILD' : 'FINALIZING';
    case 'PRE_BUILD':
      return ok || mode === 'CONTINUE' ? 'BUILD' : 'FINALIZING';
    case 'BUILD':
      return ok || mode !== 'ABORT' ? 'POST_BUILD' : 'FINALIZING';
    case 'POST_BUILD':
      return ok || mode !== 'ABORT' ? 'UPLOAD_ARTIFACTS' : 'FINALIZING';
    case 'UPLOAD_ARTIFACTS':
      return 'FINALIZING';
    default:
      return 'COMPLETED';
  }
}

/** A `fail-phase` fault that applies to this build and phase, consumed as it fires. */
function takeFault(ctx: SimContext, build: Build, phase: PhaseType): BuildFault | undefined {
  const faults = ctx.world.account.codebuild.faults;
  const index = faults.findIndex(
    (f) =>
      f.kind === 'fail-phase' &&
      f.phase === phase &&
      (f.project === undefined || f.project === build.projectName) &&
      (f.remaining === undefined || f.remaining > 0),
  );
  const fault = faults[index];
  if (!fault) return undefined;
  if (fault.remaining !== undefined) {
    fault.remaining -= 1;
    if (fault.remaining <= 0) faults.splice(index, 1);
  }
  return fault;
}

function plan(ctx: SimContext, build: Build, type: PhaseType, log: BuildLog): PhasePlan {
  const run = build.run;
  if (!run) return { status: 'SUCCEEDED', contexts: [], durationMs: 0 };
  const fault = takeFault(ctx, build, type);
  if (fault) {
    const commands = PHASE_OF[type] !== undefined;
    const message = fault.message ?? `Simulated fault injected into ${type}`;
    log.container(ctx.now, `cicdlab: injected fault: ${message}`);
    return {
      status: 'FAILED',
      contexts: [{ statusCode: commands ? 'COMMAND_EXECUTION_ERROR' : 'CLIENT_ERROR', message }],
      durationMs: 1000,
    };
  }
  switch (type) {
    case 'PROVISIONING':
      return planProvisioning(ctx, build, log);
    case 'DOWNLOAD_SOURCE':
      return planDownloadSource(ctx, build, run, log);
    case 'INSTALL':
    case 'PRE_BUILD':
    case 'BUILD':
    case 'POST_BUILD':
      return planCommands(ctx, build, run, type, log);
    case 'UPLOAD_ARTIFACTS':
      return planUploadArtifacts(ctx, build, run, log);
    case 'FINALIZING':
      return planFinalizing(ctx, build, run, log);
    default:
      return { status: 'SUCCEEDED', contexts: [], durationMs: 0 };
  }
}

/**
 * Enters a phase: works out at once what the phase does (its commands run now, their log lines are stamped at
 * the virtual times they print) and schedules its end. A stop or timeout before then cuts the phase short.
 */
function enterPhase(ctx: SimContext, build: Build, type: PhaseType): void {
  const run = build.run;
  if (!run) return;
  build.currentPhase = type;
  build.phases.push({ phaseType: type, startTime: ctx.now });
  if (type === 'PROVISIONING') run.deadline = (ctx.now + build.timeoutInMinutes * MINUTE) as SimMillis;
  const log = new BuildLog(ctx.world.startEpochMs, run.masks);
  const result = plan(ctx, build, type, log);
  log.flush(ctx.world, build, ctx.now);
  const durationMs = Math.max(0, Math.round(result.durationMs));
  run.pending = {
    status: result.status,
    contexts: result.contexts,
    endsAt: (ctx.now + durationMs) as SimMillis,
    s3Writes: [],
  };
  const timer: PhaseTimer = { buildId: build.id, token: run.token };
  // A phase that would run past the build timeout ends at the timeout instead (no timer outlives its build).
  if (run.deadline !== undefined && type !== 'FINALIZING' && ctx.now + durationMs > run.deadline) {
    ctx.schedule(run.deadline - ctx.now, BUILD_TIMEOUT_TIMER, timer);
  } else ctx.schedule(durationMs, PHASE_END_TIMER, timer);
}

/** A slot is free: the build leaves the queue shortly. */
export function admit(ctx: SimContext, build: Build): void {
  const state = ctx.world.account.codebuild;
  const run = build.run;
  if (!run) return;
  state.running.push(build.id);
  const ms = queuedMs(ctx.world);
  run.pending = { status: 'SUCCEEDED', contexts: [], endsAt: (ctx.now + ms) as SimMillis, s3Writes: [] };
  ctx.schedule(ms, PHASE_END_TIMER, { buildId: build.id, token: run.token } satisfies PhaseTimer);
}

/** StartBuild's part of the lifecycle: SUBMITTED at once, then QUEUED until capacity allows. */
export function submit(ctx: SimContext, build: Build): void {
  const state = ctx.world.account.codebuild;
  build.phases.push({
    phaseType: 'SUBMITTED',
    startTime: ctx.now,
    phaseStatus: 'SUCCEEDED',
    endTime: ctx.now,
    durationInSeconds: 0,
  });
  emitStateChange(ctx, build);
  emitPhaseChange(ctx, build, build.phases[0]!);
  build.currentPhase = 'QUEUED';
  build.phases.push({ phaseType: 'QUEUED', startTime: ctx.now });
  if (state.running.length < state.accountConcurrentBuildLimit) admit(ctx, build);
  else {
    state.queue.push(build.id);
    ctx.schedule(build.queuedTimeoutInMinutes * MINUTE, QUEUED_TIMEOUT_TIMER, { buildId: build.id });
  }
}

function complete(ctx: SimContext, build: Build): void {
  const state = ctx.world.account.codebuild;
  const run = build.run;
  build.endTime = ctx.now;
  build.buildComplete = true;
  const fault = build.phases.some((p) => p.phaseStatus === 'FAULT');
  build.buildStatus = run?.ending ?? (fault ? 'FAULT' : run?.failed ? 'FAILED' : 'SUCCEEDED');
  build.currentPhase = 'COMPLETED';
  build.phases.push({ phaseType: 'COMPLETED', startTime: ctx.now });
  delete build.run;
  removeId(state.running, build.id);
  removeId(state.queue, build.id);
  emitStateChange(ctx, build);
  forgetBuildInfo(build);
  while (state.running.length < state.accountConcurrentBuildLimit && state.queue.length > 0) {
    const next = getBuild(ctx, state.queue.shift() as string);
    if (next?.run) admit(ctx, next);
  }
}

function advance(ctx: SimContext, build: Build, completed: PhaseType, status: StatusType): void {
  const next = nextPhase(build, completed, status);
  if (next === 'COMPLETED') complete(ctx, build);
  else enterPhase(ctx, build, next);
}

export function phaseEnded(ctx: SimContext, payload: PhaseTimer): void {
  const build = getBuild(ctx, payload.buildId);
  const run = build?.run;
  if (!build || !run || payload.token !== run.token || !run.pending) return;
  const { status, contexts } = run.pending;
  delete run.pending;
  const type = build.currentPhase;
  finishPhase(ctx, build, status, type === 'QUEUED' ? undefined : contexts);
  advance(ctx, build, type, status);
}

/**
 * Ends the build early (StopBuild, timeout): the current phase gets that status, output it had not printed
 * yet disappears from the log, and the build goes to FINALIZING (or straight to COMPLETED from QUEUED).
 */
export function endEarly(ctx: SimContext, build: Build, why: 'STOPPED' | 'TIMED_OUT', contexts?: PhaseContext[]): void {
  const run = build.run;
  if (!run) return;
  run.token++;
  run.ending = why;
  delete run.pending;
  const stream = findLogStream(ctx.world, logGroupName(build.projectName), build.logStreamName);
  if (stream) truncateLogStream(stream, ctx.now);
  const state = ctx.world.account.codebuild;
  const type = build.currentPhase;
  if (type === 'QUEUED') {
    removeId(state.queue, build.id);
    finishPhase(ctx, build, why, contexts);
    complete(ctx, build);
    return;
  }
  finishPhase(ctx, build, why, contexts);
  if (type === 'FINALIZING') complete(ctx, build);
  else enterPhase(ctx, build, 'FINALIZING');
}

export function buildTimedOut(ctx: SimContext, payload: PhaseTimer): void {
  const build = getBuild(ctx, payload.buildId);
  const run = build?.run;
  if (!build || !run || payload.token !== run.token || run.ending) return;
  endEarly(ctx, build, 'TIMED_OUT', [{ statusCode: 'BUILD_TIMED_OUT', message: 'Build has timed out. ' }]);
}

export function queuedTimedOut(ctx: SimContext, payload: { buildId: string }): void {
  const build = getBuild(ctx, payload.buildId);
  if (!build?.run || !ctx.world.account.codebuild.queue.includes(build.id)) return;
  endEarly(ctx, build, 'TIMED_OUT', [{ statusCode: 'BUILD_TIMED_OUT', message: 'Build has timed out while queued. ' }]);
}
