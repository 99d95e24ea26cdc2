import type { ProfilingGroupDescription } from '../../../api/codeguru-profiler/wire-types';
import { StatusBadge } from '../../../components/status-badge';

/** The group's state in the words the console uses: no agent yet, waiting for the first profile, or profiling. */
export function ProfilingStatus({ group }: { group: ProfilingGroupDescription }) {
  const { profilingStatus: s, agentOrchestrationConfig } = group;
  if (!agentOrchestrationConfig.profilingEnabled) return <StatusBadge>Profiling disabled</StatusBadge>;
  if (s.latestAggregatedProfile) return <StatusBadge>Profiling: data available</StatusBadge>;
  if (s.latestAgentProfileReportedAt) return <StatusBadge>Agent reported: data in ~15 minutes</StatusBadge>;
  return <StatusBadge>Setup required: no agent has reported</StatusBadge>;
}
