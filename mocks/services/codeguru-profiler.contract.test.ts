import {
  CodeGuruProfilerClient,
  ConfigureAgentCommand,
  ConflictException,
  CreateProfilingGroupCommand,
  DeleteProfilingGroupCommand,
  DescribeProfilingGroupCommand,
  GetProfileCommand,
  GetRecommendationsCommand,
  ListFindingsReportsCommand,
  ListProfileTimesCommand,
  ListProfilingGroupsCommand,
  PostAgentProfileCommand,
  ResourceNotFoundException,
  UpdateProfilingGroupCommand,
  ValidationException,
} from '@aws-sdk/client-codeguruprofiler';
import { describe, expect, it } from 'vitest';
import { rejection, sdkConfig, serveMockAws } from '../../test/mock-aws';

const client = new CodeGuruProfilerClient(sdkConfig('codeguru-profiler'));
const { engine } = serveMockAws();

/** The demo world starts at 2026-01-05T09:00:00Z. */
const START = Date.parse('2026-01-05T09:00:00Z');
const at = (minutes: number) => new Date(START + minutes * 60_000);

/** An agent profile in the agent's JSON format: most samples are in console.log under a loop in `layout`. */
const AGENT_PROFILE = {
  start: START,
  end: START + 300_000,
  agentMetadata: { sampleWeights: { WALL_TIME: 1 }, durationInMs: 300_000 },
  callgraph: {
    children: {
      processTicksAndRejections: {
        children: {
          'handleRequest (src/server.js)': {
            counts: { WALL_TIME: 20 },
            children: {
              'layout (src/render.js)': {
                counts: { WALL_TIME: 10 },
                children: { 'console.log': { counts: { WALL_TIME: 70 } } },
              },
            },
          },
        },
      },
    },
  },
};

async function created(name = 'orders-api') {
  const { profilingGroup } = await client.send(
    new CreateProfilingGroupCommand({ profilingGroupName: name, clientToken: `token-${name}`, tags: { team: 'web' } }),
  );
  return profilingGroup!;
}

async function reported(name = 'orders-api') {
  await client.send(
    new PostAgentProfileCommand({
      profilingGroupName: name,
      agentProfile: new TextEncoder().encode(JSON.stringify(AGENT_PROFILE)),
      contentType: 'application/json',
    }),
  );
  await engine().advance(20 * 60_000);
}

describe('CodeGuru Profiler through @aws-sdk/client-codeguruprofiler', () => {
  it('creates (201), describes, lists, updates and deletes a profiling group', async () => {
    const group = await created();
    expect(group).toMatchObject({
      name: 'orders-api',
      arn: 'arn:aws:codeguru-profiler:us-east-1:123456789012:profilingGroup/orders-api',
      computePlatform: 'Default',
      agentOrchestrationConfig: { profilingEnabled: true },
      tags: { team: 'web' },
    });
    expect(group.createdAt).toEqual(at(0));
    const listed = await client.send(new ListProfilingGroupsCommand({ includeDescription: true }));
    expect(listed.profilingGroupNames).toEqual(['demo-webapp', 'orders-api']);
    expect(listed.profilingGroups?.map((g) => g.name)).toEqual(['demo-webapp', 'orders-api']);
    const updated = await client.send(
      new UpdateProfilingGroupCommand({
        profilingGroupName: 'orders-api',
        agentOrchestrationConfig: { profilingEnabled: false },
      }),
    );
    expect(updated.profilingGroup?.agentOrchestrationConfig).toEqual({ profilingEnabled: false });
    await client.send(new DeleteProfilingGroupCommand({ profilingGroupName: 'orders-api' }));
    const missing = await rejection(
      client.send(new DescribeProfilingGroupCommand({ profilingGroupName: 'orders-api' })),
    );
    expect(missing).toBeInstanceOf(ResourceNotFoundException);
    expect(missing.message).toBe('Profiling group with name orders-api not found.');
    expect(missing.$metadata.httpStatusCode).toBe(404);
  });

  it('refuses a duplicate name and a name outside the pattern', async () => {
    await created();
    expect(await rejection(created())).toBeInstanceOf(ConflictException);
    const bad = await rejection(created('orders api'));
    expect(bad).toBeInstanceOf(ValidationException);
    expect(bad.message).toContain("at 'profilingGroupName' failed to satisfy constraint");
  });

  it('answers ConfigureAgent with the configuration structure as the whole body', async () => {
    await created();
    const { configuration } = await client.send(
      new ConfigureAgentCommand({ profilingGroupName: 'orders-api', fleetInstanceId: 'i-0123' }),
    );
    expect(configuration).toEqual({
      shouldProfile: true,
      periodInSeconds: 300,
      agentParameters: {
        SamplingIntervalInMilliseconds: '1000',
        ReportingIntervalInMilliseconds: '300000',
        MinimumTimeForReportingInMilliseconds: '30000',
        MemoryUsageLimitPercent: '10',
        MaxStackDepth: '1000',
      },
    });
  });

  it('takes an agent profile and, once aggregated, returns it as a JSON blob cut at maxDepth', async () => {
    await created();
    await reported();
    const times = await client.send(
      new ListProfileTimesCommand({
        profilingGroupName: 'orders-api',
        startTime: at(0),
        endTime: at(60),
        period: 'PT5M',
      }),
    );
    expect(times.profileTimes).toEqual([{ start: at(0) }]);
    const { profile, contentType } = await client.send(
      new GetProfileCommand({ profilingGroupName: 'orders-api', startTime: at(0), period: 'PT1H', maxDepth: 2 }),
    );
    expect(contentType).toBe('application/json');
    const doc = JSON.parse(new TextDecoder().decode(profile)) as { callgraph: unknown; agentMetadata: unknown };
    expect(doc.callgraph).toEqual({
      children: {
        processTicksAndRejections: {
          children: { 'handleRequest (src/server.js)': { counts: { WALL_TIME: 100 } } },
        },
      },
    });
    expect(doc.agentMetadata).toMatchObject({ totalSampleCount: 100 });
  });

  it('recommends cutting logging with its share, and lists the findings report that holds it', async () => {
    await created();
    await reported();
    await engine().advance(60 * 60_000);
    const out = await client.send(
      new GetRecommendationsCommand({ profilingGroupName: 'orders-api', startTime: at(0), endTime: at(60) }),
    );
    expect(out.profileStartTime).toEqual(at(0));
    expect(out.recommendations).toHaveLength(1);
    expect(out.recommendations?.[0]).toMatchObject({
      allMatchesSum: 0.7,
      pattern: { name: 'CPU spent in logging', thresholdPercent: 10 },
      topMatches: [{ frameAddress: 'layout (src/render.js)', thresholdBreachValue: 0.7 }],
      startTime: at(0),
    });
    const { findingsReportSummaries } = await client.send(
      new ListFindingsReportsCommand({ profilingGroupName: 'orders-api', startTime: at(0), endTime: at(120) }),
    );
    expect(findingsReportSummaries).toEqual([
      {
        id: expect.any(String),
        profilingGroupName: 'orders-api',
        profileStartTime: at(0),
        profileEndTime: at(60),
        totalNumberOfFindings: 1,
      },
    ]);
  });

  it('has no profile before the aggregation shows one', async () => {
    await created();
    const error = await rejection(
      client.send(new GetProfileCommand({ profilingGroupName: 'orders-api', period: 'PT5M' })),
    );
    expect(error).toBeInstanceOf(ResourceNotFoundException);
  });
});
