import { deleteOwn, getOwn, setOwn } from '../core/records';
import type { SimContext } from '../core/simulation';
import { MINUTE } from '../core/time';
import {
  aggregate,
  anomalies,
  findingsReports,
  PERIODS,
  periodStart,
  profileDocument,
  profileTimes,
  recommendations,
  visibleBuckets,
  type AggregationPeriod,
  type Window,
} from './analysis';
import { BUCKET_MS, profiledInstances, startAgent, stopAgent, wakeAgent } from './agent';
import { profilerErrors } from './errors';
import {
  DEFAULT_AGENT_PARAMETERS,
  MAX_PROFILING_GROUPS,
  type AgentParameterField,
  type AgentParameters,
  type ComputePlatform,
  type ProfilingGroup,
} from './state';

type Input = Record<string, unknown>;

const NAME = /^[\w-]+$/;

const iso = (epochMs: number) => new Date(epochMs).toISOString();
const epochOf = (ctx: SimContext, t: number) => ctx.world.startEpochMs + t;

function groupsOf(ctx: SimContext) {
  return ctx.world.account.codeguruProfiler.profilingGroups;
}

function requireName(input: Input, member = 'profilingGroupName'): string {
  const name = input[member];
  if (name === undefined || name === null) throw profilerErrors.required(member);
  if (typeof name !== 'string' || name.length < 1 || name.length > 255)
    throw profilerErrors.constraint(name, member, 'Member must have length between 1 and 255');
  if (!NAME.test(name))
    throw profilerErrors.constraint(name, member, 'Member must satisfy regular expression pattern: ^[\\w-]+$');
  return name;
}

export function findGroup(ctx: SimContext, input: Input): ProfilingGroup {
  const name = requireName(input);
  const group = getOwn(groupsOf(ctx), name);
  if (!group) throw profilerErrors.notFound(name);
  return group;
}

function readOrchestration(input: Input, required: boolean): boolean | undefined {
  const config = input.agentOrchestrationConfig;
  if (config === undefined || config === null) {
    if (required) throw profilerErrors.required('agentOrchestrationConfig');
    return undefined;
  }
  const enabled = (config as Record<string, unknown>).profilingEnabled;
  if (typeof enabled !== 'boolean') throw profilerErrors.required('agentOrchestrationConfig.profilingEnabled');
  return enabled;
}

/** The wire `ProfilingGroupDescription`. */
export function describe(ctx: SimContext, g: ProfilingGroup) {
  const latest = visibleBuckets(g, ctx.now).at(-1);
  return {
    name: g.name,
    arn: g.arn,
    computePlatform: g.computePlatform,
    agentOrchestrationConfig: { profilingEnabled: g.profilingEnabled },
    createdAt: iso(epochOf(ctx, g.createdAt)),
    updatedAt: iso(epochOf(ctx, g.updatedAt)),
    profilingStatus: {
      ...(g.latestAgentProfileReportedAt !== undefined && {
        latestAgentProfileReportedAt: iso(epochOf(ctx, g.latestAgentProfileReportedAt)),
      }),
      ...(latest && { latestAggregatedProfile: { start: iso(latest.start), period: 'PT5M' } }),
      ...(g.latestAgentOrchestratedAt !== undefined && {
        latestAgentOrchestratedAt: iso(epochOf(ctx, g.latestAgentOrchestratedAt)),
      }),
    },
    tags: { ...g.tags },
  };
}

/** A new profiling group, as CreateProfilingGroup (and a scenario) makes it. */
export function newProfilingGroup(
  ctx: Pick<SimContext, 'now' | 'arn'>,
  spec: { name: string; computePlatform: ComputePlatform; profilingEnabled: boolean; tags: Record<string, string> },
): ProfilingGroup {
  return {
    name: spec.name,
    arn: ctx.arn('codeguru-profiler', `profilingGroup/${spec.name}`),
    computePlatform: spec.computePlatform,
    profilingEnabled: spec.profilingEnabled,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    tags: spec.tags,
    agentParameters: { ...DEFAULT_AGENT_PARAMETERS },
    agent: { running: false, generation: 0 },
    buckets: [],
    reports: [],
  };
}

export function CreateProfilingGroup(ctx: SimContext, input: Input) {
  const name = requireName(input);
  const platform = input.computePlatform ?? 'Default';
  if (platform !== 'Default' && platform !== 'AWSLambda')
    throw profilerErrors.constraint(
      platform,
      'computePlatform',
      'Member must satisfy enum value set: [AWSLambda, Default]',
    );
  if (input.clientToken === undefined) throw profilerErrors.required('clientToken');
  const enabled = readOrchestration(input, false) ?? true;
  const tags = (input.tags ?? {}) as Record<string, string>;
  const groups = groupsOf(ctx);
  if (getOwn(groups, name)) throw profilerErrors.exists(name);
  if (Object.keys(groups).length >= MAX_PROFILING_GROUPS) throw profilerErrors.quota(MAX_PROFILING_GROUPS);
  const group = newProfilingGroup(ctx, {
    name,
    computePlatform: platform,
    profilingEnabled: enabled,
    tags: { ...tags },
  });
  setOwn(groups, name, group);
  wakeAgent(ctx, group);
  return { profilingGroup: describe(ctx, group) };
}

export function DescribeProfilingGroup(ctx: SimContext, input: Input) {
  return { profilingGroup: describe(ctx, findGroup(ctx, input)) };
}

function page<T>(items: T[], input: Input, maxDefault = 100): { items: T[]; nextToken?: string } {
  const max = input.maxResults === undefined ? maxDefault : Number(input.maxResults);
  if (!Number.isInteger(max) || max < 1 || max > 1000)
    throw profilerErrors.constraint(input.maxResults, 'maxResults', 'Member must have value between 1 and 1000');
  const from = input.nextToken === undefined ? 0 : Number(input.nextToken);
  if (!Number.isInteger(from) || from < 0)
    throw profilerErrors.invalid(`Invalid nextToken: ${String(input.nextToken)}`);
  const next = from + max;
  return { items: items.slice(from, next), ...(next < items.length && { nextToken: String(next) }) };
}

export function ListProfilingGroups(ctx: SimContext, input: Input) {
  const groups = Object.values(groupsOf(ctx)).sort((a, b) => a.name.localeCompare(b.name));
  const { items, nextToken } = page(groups, input);
  return {
    profilingGroupNames: items.map((g) => g.name),
    ...(input.includeDescription === true && { profilingGroups: items.map((g) => describe(ctx, g)) }),
    ...(nextToken && { nextToken }),
  };
}

export function UpdateProfilingGroup(ctx: SimContext, input: Input) {
  const group = findGroup(ctx, input);
  const enabled = readOrchestration(input, true) as boolean;
  group.profilingEnabled = enabled;
  group.updatedAt = ctx.now;
  if (enabled) wakeAgent(ctx, group);
  else stopAgent(group);
  return { profilingGroup: describe(ctx, group) };
}

export function DeleteProfilingGroup(ctx: SimContext, input: Input) {
  const group = findGroup(ctx, input);
  deleteOwn(groupsOf(ctx), group.name);
  return {};
}

/** What the agent is told: profile or not, how often to call back, and the group's agent parameters as strings. */
export function configuration(group: ProfilingGroup) {
  const p = group.agentParameters;
  return {
    shouldProfile: group.profilingEnabled,
    periodInSeconds: Math.round(p.ReportingIntervalInMilliseconds / 1000),
    agentParameters: Object.fromEntries(Object.entries(p).map(([k, v]) => [k, String(v)])),
  };
}

export function ConfigureAgent(ctx: SimContext, input: Input) {
  const group = findGroup(ctx, input);
  group.latestAgentOrchestratedAt = ctx.now;
  return { configuration: configuration(group) };
}

interface AgentNode {
  counts?: Record<string, number>;
  children?: Record<string, AgentNode>;
}

/** Flattens an agent profile's call graph into stack → self samples. */
function stacksOf(node: AgentNode, path: string[], out: Record<string, number>): void {
  const self = Object.values(node.counts ?? {}).reduce((a, b) => a + (typeof b === 'number' ? b : 0), 0);
  if (self > 0 && path.length > 0) out[path.join(';')] = (out[path.join(';')] ?? 0) + self;
  for (const [frame, child] of Object.entries(node.children ?? {})) stacksOf(child, [...path, frame], out);
}

export function PostAgentProfile(ctx: SimContext, input: Input) {
  const group = findGroup(ctx, input);
  const contentType = input.contentType;
  if (contentType !== 'application/json')
    throw profilerErrors.constraint(
      contentType,
      'contentType',
      'the simulator reads agent profiles as application/json',
    );
  const profile = (typeof input.agentProfile === 'string' ? safeJson(input.agentProfile) : input.agentProfile) as
    { callgraph?: AgentNode } | undefined;
  if (!profile || typeof profile !== 'object' || typeof profile.callgraph !== 'object')
    throw profilerErrors.invalid('The agent profile is not a JSON profile with a callgraph.');
  const stacks: Record<string, number> = {};
  stacksOf(profile.callgraph, [], stacks);
  const epochNow = epochOf(ctx, ctx.now);
  const start = epochNow - (epochNow % BUCKET_MS);
  let bucket = group.buckets.find((b) => b.start === start);
  if (!bucket) {
    bucket = { start, visibleAt: ctx.now, stacks: {}, samples: 0, revisionKeys: [], heap: [] };
    group.buckets.push(bucket);
    group.buckets.sort((a, b) => a.start - b.start);
  }
  bucket.visibleAt = Math.max(bucket.visibleAt, ctx.now + 15 * MINUTE) as typeof bucket.visibleAt;
  for (const [key, n] of Object.entries(stacks)) {
    bucket.stacks[key] = (bucket.stacks[key] ?? 0) + n;
    bucket.samples += n;
  }
  group.latestAgentProfileReportedAt = ctx.now;
  return {};
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function readTime(input: Input, member: string, required: boolean): number | undefined {
  const value = input[member];
  if (value === undefined || value === null) {
    if (required) throw profilerErrors.required(member);
    return undefined;
  }
  const t = typeof value === 'number' ? value * 1000 : Date.parse(String(value));
  if (!Number.isFinite(t)) throw profilerErrors.constraint(value, member, 'Member must be an ISO 8601 timestamp');
  return t;
}

/** ISO 8601 durations the API takes for `period` (PT5M, PT1H, P1D, P1DT1H1M1S, ...). */
export function parseIsoDuration(text: string): number | undefined {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(text);
  if (!m || text === 'P' || text.endsWith('T')) return undefined;
  const [d, h, min, s] = [m[1], m[2], m[3], m[4]].map((x) => Number(x ?? 0)) as [number, number, number, number];
  const ms = ((d * 24 + h) * 60 + min) * 60_000 + s * 1000;
  return ms > 0 ? ms : undefined;
}

function readPeriod(input: Input): number | undefined {
  if (input.period === undefined) return undefined;
  const ms = parseIsoDuration(String(input.period));
  if (ms === undefined)
    throw profilerErrors.constraint(
      input.period,
      'period',
      'Member must be an ISO 8601 duration such as PT5M, PT1H or P1D',
    );
  return ms;
}

/** GetProfile's window: period alone = the latest; start or end with period; or start and end. */
function profileWindow(ctx: SimContext, group: ProfilingGroup, input: Input): Window {
  const start = readTime(input, 'startTime', false);
  const end = readTime(input, 'endTime', false);
  const period = readPeriod(input);
  if (start !== undefined && end !== undefined && period !== undefined)
    throw profilerErrors.invalid('Specify only two of startTime, endTime and period.');
  if (start !== undefined && end !== undefined) {
    if (end <= start) throw profilerErrors.invalid('endTime must be after startTime.');
    return { start, end };
  }
  if (start !== undefined) return { start, end: start + (period ?? PERIODS.PT5M) };
  if (end !== undefined) return { start: end - (period ?? PERIODS.PT5M), end };
  const length = period ?? PERIODS.PT5M;
  const latest = visibleBuckets(group, ctx.now).at(-1);
  const latestEnd = latest ? latest.start + BUCKET_MS : epochOf(ctx, ctx.now);
  const named = (Object.entries(PERIODS) as [AggregationPeriod, number][]).find(([, ms]) => ms === length)?.[0];
  const aligned = named && latest ? periodStart(latest.start, named) + length : latestEnd;
  return { start: aligned - length, end: aligned };
}

export function GetProfile(ctx: SimContext, input: Input) {
  const group = findGroup(ctx, input);
  const window = profileWindow(ctx, group, input);
  let maxDepth: number | undefined;
  if (input.maxDepth !== undefined) {
    maxDepth = Number(input.maxDepth);
    if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > 10_000)
      throw profilerErrors.constraint(input.maxDepth, 'maxDepth', 'Member must have value between 1 and 10000');
  }
  const accept = input.accept;
  if (accept !== undefined && accept !== 'application/json' && accept !== '*/*')
    throw profilerErrors.invalid(
      `The simulator answers profiles as application/json only (accept: ${String(accept)}).`,
    );
  const agg = aggregate(group, ctx.now, window, maxDepth);
  if (agg.samples === 0)
    throw profilerErrors.noProfile(group.name, `between ${iso(window.start)} and ${iso(window.end)}`);
  return { profile: JSON.stringify(profileDocument(window, agg)), contentType: 'application/json' };
}

function rangeOf(input: Input): Window {
  const start = readTime(input, 'startTime', true) as number;
  const end = readTime(input, 'endTime', true) as number;
  if (end <= start) throw profilerErrors.invalid('endTime must be after startTime.');
  return { start, end };
}

export function GetRecommendations(ctx: SimContext, input: Input) {
  const group = findGroup(ctx, input);
  const window = rangeOf(input);
  const agg = aggregate(group, ctx.now, window);
  const wire = (t: number) => iso(t);
  return {
    profilingGroupName: group.name,
    profileStartTime: wire(window.start),
    profileEndTime: wire(window.end),
    recommendations: recommendations(agg, window).map((r) => ({
      ...r,
      startTime: wire(r.startTime),
      endTime: wire(r.endTime),
    })),
    anomalies: anomalies(group, ctx.now, window, agg).map((a) => ({
      ...a,
      instances: a.instances.map((i) => ({ ...i, startTime: wire(i.startTime), endTime: wire(i.endTime) })),
    })),
  };
}

export function ListFindingsReports(ctx: SimContext, input: Input) {
  const group = findGroup(ctx, input);
  const window = rangeOf(input);
  const reports = findingsReports(group, ctx.now, epochOf(ctx, ctx.now), window, input.dailyReportsOnly === true);
  const { items, nextToken } = page(reports, input);
  return {
    findingsReportSummaries: items.map((r) => ({
      ...r,
      profileStartTime: iso(r.profileStartTime),
      profileEndTime: iso(r.profileEndTime),
    })),
    ...(nextToken && { nextToken }),
  };
}

export function ListProfileTimes(ctx: SimContext, input: Input) {
  const group = findGroup(ctx, input);
  const window = rangeOf(input);
  const period = input.period;
  if (period === undefined) throw profilerErrors.required('period');
  if (period !== 'PT5M' && period !== 'PT1H' && period !== 'P1D')
    throw profilerErrors.constraint(period, 'period', 'Member must satisfy enum value set: [PT5M, PT1H, P1D]');
  const order = input.orderBy ?? 'TimestampAscending';
  if (order !== 'TimestampAscending' && order !== 'TimestampDescending')
    throw profilerErrors.constraint(
      order,
      'orderBy',
      'Member must satisfy enum value set: [TimestampDescending, TimestampAscending]',
    );
  const times = profileTimes(group, ctx.now, period, window);
  if (order === 'TimestampDescending') times.reverse();
  const { items, nextToken } = page(times, input);
  return { profileTimes: items.map((start) => ({ start: iso(start) })), ...(nextToken && { nextToken }) };
}

const FIELDS: AgentParameterField[] = [
  'SamplingIntervalInMilliseconds',
  'ReportingIntervalInMilliseconds',
  'MinimumTimeForReportingInMilliseconds',
  'MemoryUsageLimitPercent',
  'MaxStackDepth',
];

/** Ranges the simulator accepts (the service's own are not published: aws-facts §6.2). */
export const AGENT_PARAMETER_RANGES: Record<AgentParameterField, [number, number]> = {
  SamplingIntervalInMilliseconds: [10, 60_000],
  ReportingIntervalInMilliseconds: [1_000, 3_600_000],
  MinimumTimeForReportingInMilliseconds: [1_000, 3_600_000],
  MemoryUsageLimitPercent: [1, 100],
  MaxStackDepth: [1, 10_000],
};

/** Python's `timedelta` text, as the agent's message prints it (`0:00:30`, `0:00:00.500000`). */
function timedelta(ms: number): string {
  const s = Math.floor(ms / 1000);
  const frac = ms % 1000 === 0 ? '' : `.${String((ms % 1000) * 1000).padStart(6, '0')}`;
  return `${Math.floor(s / 3600)}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}${frac}`;
}

/** The simulated agent of a group: its parameters, where it runs and what it reported (simulator-only). */
export function DescribeSimulatedAgent(ctx: SimContext, input: Input) {
  const group = findGroup(ctx, input);
  return agentView(ctx, group);
}

function agentView(ctx: SimContext, group: ProfilingGroup) {
  const at = (t: number) => iso(epochOf(ctx, t));
  return {
    profilingGroupName: group.name,
    agentParameters: { ...group.agentParameters },
    defaults: { ...DEFAULT_AGENT_PARAMETERS },
    configuration: configuration(group),
    ...(group.binding && { binding: { ...group.binding } }),
    running: group.agent.running,
    ...(group.agent.nextReportAt !== undefined && { nextReportAt: at(group.agent.nextReportAt) }),
    instanceIds: profiledInstances(ctx.world.account, group).map((i) => i.instanceId),
    reports: group.reports
      .slice()
      .reverse()
      .map((r) => ({ ...r, at: at(r.at) })),
  };
}

/**
 * Sets the group's agent parameters (simulator-only; the real agent takes them from its start-up options and
 * environment). The agent refuses a reporting interval below the minimum reporting time with its own message.
 */
export function UpdateSimulatedAgent(ctx: SimContext, input: Input) {
  const group = findGroup(ctx, input);
  const given = (input.agentParameters ?? {}) as Record<string, unknown>;
  const next: AgentParameters = { ...group.agentParameters };
  for (const [key, raw] of Object.entries(given)) {
    if (!FIELDS.includes(key as AgentParameterField))
      throw profilerErrors.constraint(key, 'agentParameters', `Member keys must be one of [${FIELDS.join(', ')}]`);
    const field = key as AgentParameterField;
    const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
    const [min, max] = AGENT_PARAMETER_RANGES[field];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
      throw profilerErrors.constraint(
        raw,
        `agentParameters.${field}`,
        `Member must be a whole number between ${min} and ${max}`,
      );
    next[field] = value;
  }
  if (next.ReportingIntervalInMilliseconds < next.MinimumTimeForReportingInMilliseconds)
    throw profilerErrors.reportingInterval(
      timedelta(next.MinimumTimeForReportingInMilliseconds),
      timedelta(next.ReportingIntervalInMilliseconds),
    );
  group.agentParameters = next;
  group.updatedAt = ctx.now;
  // The simulated agent calls ConfigureAgent at once and starts a fresh reporting interval under the new
  // parameters; what it sampled since its last report is discarded (documented).
  if (group.agent.running) startAgent(ctx, group);
  else wakeAgent(ctx, group);
  return agentView(ctx, group);
}
