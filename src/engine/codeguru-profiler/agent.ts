import { SIMULATOR_SOURCE, type SimEvent } from '../core/events';
import { getOwn } from '../core/records';
import type { SimContext } from '../core/simulation';
import { MINUTE, simMillis, type SimMillis } from '../core/time';
import type { Ec2Instance } from '../fleet/state';
import type { Account } from '../world';
import { cutStack, hash32, heapSummary, revisionStacks } from './call-tree';
import type { ProfileBucket, ProfilingGroup } from './state';

/**
 * The simulated CodeGuru Profiler agent. It runs inside the application on every running instance whose installed
 * revision is bound to a profiling group, calls ConfigureAgent, samples every SamplingIntervalInMilliseconds and
 * reports every ReportingIntervalInMilliseconds (docs/codeguru-profiler.md).
 */

export const AGENT_REPORT_TIMER = 'codeguru-profiler.report';
export const AGENT_PROFILE_SUBMITTED = 'CodeGuru Profiler Agent Profile Submitted';

/** The 5-minute windows profiles are aggregated into, and how long aggregation takes to show them. */
export const BUCKET_MS = 5 * MINUTE;
export const VISIBLE_AFTER_MS = 15 * MINUTE;
/** How much history a group keeps: two days of 5-minute windows. */
export const MAX_BUCKETS = 2 * 24 * 12;
const MAX_REPORTS = 30;
/** Samples the agent's buffer holds per percent of MemoryUsageLimitPercent before it must drop more. */
export const SAMPLES_PER_MEMORY_PERCENT = 60;

/** `AWS_CODEGURU_PROFILER_GROUP_NAME=<name>` or the Java agent's `profilingGroupName:<name>` in the revision. */
const GROUP_SETTING = /AWS_CODEGURU_PROFILER_GROUP_NAME\s*[=:]\s*["']?([\w-]+)|profilingGroupName:([\w-]+)/g;

/** Groups named by the revision's own files (environment variable or agent option). */
export function groupsNamedIn(files: Record<string, string>): Set<string> {
  const names = new Set<string>();
  for (const content of Object.values(files)) {
    for (const m of content.matchAll(GROUP_SETTING)) names.add((m[1] ?? m[2]) as string);
  }
  return names;
}

/** The running instances whose application reports to this group, ordered by instance ID. */
export function profiledInstances(account: Account, group: ProfilingGroup): Ec2Instance[] {
  const boundGroupId = group.binding
    ? getOwn(
        account.codedeploy.deploymentGroups,
        `${group.binding.applicationName}/${group.binding.deploymentGroupName}`,
      )?.deploymentGroupId
    : undefined;
  return Object.values(account.fleet.instances)
    .filter((i) => i.state === 'running' && i.revision !== undefined)
    .filter(
      (i) =>
        (boundGroupId !== undefined && i.revision?.deploymentGroupId === boundGroupId) ||
        groupsNamedIn(i.revision?.files ?? {}).has(group.name),
    )
    .sort((a, b) => (a.instanceId < b.instanceId ? -1 : a.instanceId > b.instanceId ? 1 : 0));
}

/** Starts the group's agent if profiling is on and something runs it; a running agent is left alone. */
export function wakeAgent(ctx: SimContext, group: ProfilingGroup): void {
  if (group.agent.running || !group.profilingEnabled) return;
  if (profiledInstances(ctx.world.account, group).length === 0) return;
  startAgent(ctx, group);
}

/** (Re)starts sampling now: the first report comes one reporting interval later. */
export function startAgent(ctx: SimContext, group: ProfilingGroup): void {
  const generation = group.agent.generation + 1;
  const delay = group.agentParameters.ReportingIntervalInMilliseconds;
  group.agent = { running: true, generation, since: ctx.now, nextReportAt: simMillis(ctx.now + delay) };
  group.latestAgentOrchestratedAt = ctx.now;
  ctx.schedule(delay, AGENT_REPORT_TIMER, { profilingGroupName: group.name, generation });
}

export function stopAgent(group: ProfilingGroup): void {
  group.agent = { running: false, generation: group.agent.generation + 1 };
}

/** A small seeded generator (mulberry32) so samples depend only on revision, instance and time. */
function sampler(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` samples drawn from the revision's stacks, cut at `maxDepth`: stack key → samples. */
export function drawSamples(
  files: Record<string, string>,
  seedText: string,
  count: number,
  maxDepth: number,
): Record<string, number> {
  const stacks = revisionStacks(files);
  const cumulative: number[] = [];
  let total = 0;
  for (const s of stacks) cumulative.push((total += s.weight));
  const random = sampler(hash32(seedText));
  const counts: Record<string, number> = {};
  for (let n = 0; n < count; n++) {
    const x = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) > x) hi = mid;
      else lo = mid + 1;
    }
    const key = cutStack((stacks[lo] as { frames: string[] }).frames, maxDepth).join(';');
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

function bucketFor(group: ProfilingGroup, start: number, visibleAt: SimMillis): ProfileBucket {
  let bucket = group.buckets.find((b) => b.start === start);
  if (!bucket) {
    bucket = { start, visibleAt, stacks: {}, samples: 0, revisionKeys: [], heap: [] };
    group.buckets.push(bucket);
    group.buckets.sort((a, b) => a.start - b.start);
    if (group.buckets.length > MAX_BUCKETS) group.buckets.splice(0, group.buckets.length - MAX_BUCKETS);
  }
  bucket.visibleAt = visibleAt;
  return bucket;
}

/** One report: every profiled instance submits the samples it took since the last one. */
function report(ctx: SimContext, payload: { profilingGroupName: string; generation: number }): void {
  const group = getOwn(ctx.world.account.codeguruProfiler.profilingGroups, payload.profilingGroupName);
  if (!group || group.agent.generation !== payload.generation || !group.agent.running) return;
  const instances = group.profilingEnabled ? profiledInstances(ctx.world.account, group) : [];
  if (instances.length === 0) {
    stopAgent(group);
    return;
  }
  const params = group.agentParameters;
  const since = group.agent.since ?? ctx.now;
  const taken = Math.floor((ctx.now - since) / params.SamplingIntervalInMilliseconds);
  const capacity = params.MemoryUsageLimitPercent * SAMPLES_PER_MEMORY_PERCENT;
  const kept = Math.min(taken, capacity);
  const epochNow = ctx.world.startEpochMs + ctx.now;
  const bucket = bucketFor(group, epochNow - (epochNow % BUCKET_MS), simMillis(ctx.now + VISIBLE_AFTER_MS));
  let submitted = 0;
  for (const instance of instances) {
    const revision = instance.revision as NonNullable<Ec2Instance['revision']>;
    const seed = `${revision.revisionKey}|${instance.instanceId}|${ctx.now}`;
    const counts = drawSamples(revision.files, seed, kept, params.MaxStackDepth);
    for (const [key, n] of Object.entries(counts)) bucket.stacks[key] = (bucket.stacks[key] ?? 0) + n;
    bucket.samples += kept;
    submitted += kept;
    if (!bucket.revisionKeys.includes(revision.revisionKey)) bucket.revisionKeys.push(revision.revisionKey);
    bucket.heap = heapSummary(revision.files);
    group.reports.push({
      at: ctx.now,
      instanceId: instance.instanceId,
      revisionKey: revision.revisionKey,
      samples: kept,
      dropped: taken - kept,
      maxStackDepth: params.MaxStackDepth,
    });
  }
  if (group.reports.length > MAX_REPORTS) group.reports.splice(0, group.reports.length - MAX_REPORTS);
  group.latestAgentProfileReportedAt = ctx.now;
  group.latestAgentOrchestratedAt = ctx.now;
  ctx.emit({
    source: SIMULATOR_SOURCE,
    detailType: AGENT_PROFILE_SUBMITTED,
    resources: [group.arn],
    detail: {
      profilingGroupName: group.name,
      instanceIds: instances.map((i) => i.instanceId),
      samples: submitted,
      droppedSamples: (taken - kept) * instances.length,
      visibleAt: `${Math.round(VISIBLE_AFTER_MS / MINUTE)} minutes after submission`,
    },
  });
  const delay = params.ReportingIntervalInMilliseconds;
  group.agent = {
    running: true,
    generation: group.agent.generation,
    since: ctx.now,
    nextReportAt: simMillis(ctx.now + delay),
  };
  ctx.schedule(delay, AGENT_REPORT_TIMER, payload);
}

export const AGENT_TIMERS = { [AGENT_REPORT_TIMER]: report };

/** A deployment that installed something may have started (or replaced) what a group's agent runs in. */
export function onDeploymentEvent(ctx: SimContext, event: SimEvent): void {
  if (event.source !== 'aws.codedeploy' || event.detailType !== 'CodeDeploy Instance State-change Notification') return;
  if (event.detail.state !== 'SUCCESS') return;
  for (const group of Object.values(ctx.world.account.codeguruProfiler.profilingGroups)) wakeAgent(ctx, group);
}
