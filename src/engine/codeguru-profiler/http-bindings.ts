import type { RestJsonServiceApi } from '../core/rest-json';

/**
 * CodeGuru Profiler's REST-JSON bindings, as the service model (and @aws-sdk/client-codeguruprofiler) declares
 * them; the two `/simulator/` routes are the simulator's own (the agent parameters of a group's simulated agent).
 */
export const codeguruProfilerApi: RestJsonServiceApi = {
  service: 'codeguru-profiler',
  endpointPrefix: 'codeguru-profiler',
  routes: [
    {
      operation: 'CreateProfilingGroup',
      method: 'POST',
      path: '/profilingGroups',
      query: { clientToken: 'clientToken' },
      outputPayload: 'profilingGroup',
      status: 201,
    },
    {
      operation: 'ListProfilingGroups',
      method: 'GET',
      path: '/profilingGroups',
      query: {
        nextToken: 'nextToken',
        maxResults: { member: 'maxResults', type: 'number' },
        includeDescription: { member: 'includeDescription', type: 'boolean' },
      },
    },
    {
      operation: 'DescribeProfilingGroup',
      method: 'GET',
      path: '/profilingGroups/{profilingGroupName}',
      outputPayload: 'profilingGroup',
    },
    {
      operation: 'UpdateProfilingGroup',
      method: 'PUT',
      path: '/profilingGroups/{profilingGroupName}',
      outputPayload: 'profilingGroup',
    },
    { operation: 'DeleteProfilingGroup', method: 'DELETE', path: '/profilingGroups/{profilingGroupName}', status: 204 },
    {
      operation: 'ConfigureAgent',
      method: 'POST',
      path: '/profilingGroups/{profilingGroupName}/configureAgent',
      outputPayload: 'configuration',
    },
    {
      operation: 'PostAgentProfile',
      method: 'POST',
      path: '/profilingGroups/{profilingGroupName}/agentProfile',
      query: { profileToken: 'profileToken' },
      inputHeaders: { 'content-type': 'contentType' },
      inputPayload: 'agentProfile',
      status: 204,
    },
    {
      operation: 'GetProfile',
      method: 'GET',
      path: '/profilingGroups/{profilingGroupName}/profile',
      query: {
        startTime: 'startTime',
        period: 'period',
        endTime: 'endTime',
        maxDepth: { member: 'maxDepth', type: 'number' },
      },
      inputHeaders: { accept: 'accept' },
      outputPayload: 'profile',
      outputHeaders: { contentType: 'content-type', contentEncoding: 'content-encoding' },
    },
    {
      operation: 'ListProfileTimes',
      method: 'GET',
      path: '/profilingGroups/{profilingGroupName}/profileTimes',
      query: {
        startTime: 'startTime',
        endTime: 'endTime',
        period: 'period',
        orderBy: 'orderBy',
        maxResults: { member: 'maxResults', type: 'number' },
        nextToken: 'nextToken',
      },
    },
    {
      operation: 'GetRecommendations',
      method: 'GET',
      path: '/internal/profilingGroups/{profilingGroupName}/recommendations',
      query: { startTime: 'startTime', endTime: 'endTime', locale: 'locale' },
    },
    {
      operation: 'ListFindingsReports',
      method: 'GET',
      path: '/internal/profilingGroups/{profilingGroupName}/findingsReports',
      query: {
        startTime: 'startTime',
        endTime: 'endTime',
        nextToken: 'nextToken',
        maxResults: { member: 'maxResults', type: 'number' },
        dailyReportsOnly: { member: 'dailyReportsOnly', type: 'boolean' },
      },
    },
    {
      operation: 'DescribeSimulatedAgent',
      method: 'GET',
      path: '/simulator/profilingGroups/{profilingGroupName}/agent',
    },
    {
      operation: 'UpdateSimulatedAgent',
      method: 'PUT',
      path: '/simulator/profilingGroups/{profilingGroupName}/agent',
    },
  ],
};
