import { setOwn } from '../core/records';
import { simMillis } from '../core/time';
import type { World } from '../world';
import { newProfilingGroup } from './operations';
import type { CodeGuruProfilerScenario } from './scenario-schema';

/** The scenario's profiling groups at virtual time 0 (their agents start when a deployment installs the app). */
export function createCodeGuruProfilerResources(world: World, spec: CodeGuruProfilerScenario): void {
  const { accountId, region } = world.account;
  const ctx = {
    now: simMillis(0),
    arn: (service: string, resource: string) => `arn:aws:${service}:${region}:${accountId}:${resource}`,
  };
  for (const g of spec.profilingGroups) {
    if (Object.hasOwn(world.account.codeguruProfiler.profilingGroups, g.name))
      throw new Error(`CodeGuru Profiler: profiling group ${g.name} is listed twice`);
    const group = newProfilingGroup(ctx, g);
    group.agentParameters = { ...group.agentParameters, ...g.agentParameters };
    if (
      group.agentParameters.ReportingIntervalInMilliseconds <
      group.agentParameters.MinimumTimeForReportingInMilliseconds
    )
      throw new Error(
        `CodeGuru Profiler: profiling group ${g.name} reports more often than its minimum reporting time`,
      );
    if (g.agent) group.binding = { ...g.agent };
    setOwn(world.account.codeguruProfiler.profilingGroups, g.name, group);
  }
}
