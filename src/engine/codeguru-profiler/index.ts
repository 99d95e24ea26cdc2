import type { ServiceModule } from '../core/simulation';
import { AGENT_TIMERS, onDeploymentEvent } from './agent';
import {
  ConfigureAgent,
  CreateProfilingGroup,
  DeleteProfilingGroup,
  DescribeProfilingGroup,
  DescribeSimulatedAgent,
  GetProfile,
  GetRecommendations,
  ListFindingsReports,
  ListProfileTimes,
  ListProfilingGroups,
  PostAgentProfile,
  UpdateProfilingGroup,
  UpdateSimulatedAgent,
} from './operations';

/**
 * CodeGuru Profiler: profiling groups, the simulated agent inside applications CodeDeploy installed, and the
 * analysis of what it reports (aggregated profiles, recommendations, anomalies). docs/codeguru-profiler.md.
 */
export const codeguruProfiler: ServiceModule = {
  service: 'codeguru-profiler',
  operations: {
    CreateProfilingGroup,
    DescribeProfilingGroup,
    ListProfilingGroups,
    UpdateProfilingGroup,
    DeleteProfilingGroup,
    ConfigureAgent,
    PostAgentProfile,
    GetProfile,
    GetRecommendations,
    ListFindingsReports,
    ListProfileTimes,
    DescribeSimulatedAgent,
    UpdateSimulatedAgent,
  },
  timers: AGENT_TIMERS,
  onEvent: onDeploymentEvent,
};
