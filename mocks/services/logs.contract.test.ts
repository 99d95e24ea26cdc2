import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  DeleteLogGroupCommand,
  DeleteLogStreamCommand,
  DescribeLogGroupsCommand,
  DescribeLogStreamsCommand,
  FilterLogEventsCommand,
  GetLogEventsCommand,
  PutLogEventsCommand,
  PutRetentionPolicyCommand,
  ResourceAlreadyExistsException,
  ResourceNotFoundException,
} from '@aws-sdk/client-cloudwatch-logs';
import { BatchGetBuildsCommand, CodeBuildClient, StartBuildCommand } from '@aws-sdk/client-codebuild';
import { describe, expect, it } from 'vitest';
import { rejection, sdkConfig, serveMockAws } from '../../test/mock-aws';
import { logsApi } from './logs';

const client = new CloudWatchLogsClient(sdkConfig('logs'));
const codebuild = new CodeBuildClient(sdkConfig('codebuild'));
const { engine } = serveMockAws();

describe('CloudWatch Logs through @aws-sdk/client-cloudwatch-logs', () => {
  it('declares every operation the engine implements', () => {
    expect(logsApi.operations).toHaveLength(10);
  });

  it('reads a build log live, page by page, with CloudWatch token semantics', async () => {
    const { build } = await codebuild.send(new StartBuildCommand({ projectName: 'demo-webapp-build' }));
    const logGroupName = '/aws/codebuild/demo-webapp-build';
    const logStreamName = build?.logs?.streamName as string;
    await engine().advance(25_000);
    const early = await client.send(new GetLogEventsCommand({ logGroupName, logStreamName, startFromHead: true }));
    const earlyCount = early.events?.length ?? 0;
    expect(early.events?.[0]?.message).toMatch(
      /^\[Container\] 2026\/01\/05 09:00:\d\d\.\d{3} Running on CodeBuild On-demand\n$/,
    );
    await engine().advance(120_000);
    const next = await client.send(
      new GetLogEventsCommand({ logGroupName, logStreamName, nextToken: early.nextForwardToken }),
    );
    expect(next.events?.length).toBeGreaterThan(0);
    expect(next.events?.[0]?.timestamp).toBeGreaterThanOrEqual(early.events?.at(-1)?.timestamp ?? 0);
    const end = await client.send(
      new GetLogEventsCommand({ logGroupName, logStreamName, nextToken: next.nextForwardToken }),
    );
    expect(end.events).toEqual([]);
    expect(end.nextForwardToken).toBe(next.nextForwardToken);
    const tail = await client.send(new GetLogEventsCommand({ logGroupName, logStreamName, limit: 2 }));
    expect(tail.events?.map((e) => e.message)).toEqual(
      (await client.send(new GetLogEventsCommand({ logGroupName, logStreamName, startFromHead: true }))).events
        ?.slice(-2)
        .map((e) => e.message),
    );
    expect(earlyCount).toBeGreaterThan(0);

    const filtered = await client.send(new FilterLogEventsCommand({ logGroupName, filterPattern: '"Phase complete"' }));
    expect(filtered.events?.map((e) => /Phase complete: (\w+)/.exec(e.message ?? '')?.[1])).toEqual([
      'DOWNLOAD_SOURCE',
      'INSTALL',
      'PRE_BUILD',
      'BUILD',
      'POST_BUILD',
      'UPLOAD_ARTIFACTS',
    ]);
    const { logStreams } = await client.send(
      new DescribeLogStreamsCommand({ logGroupName, orderBy: 'LastEventTime', descending: true }),
    );
    expect(logStreams?.[0]?.logStreamName).toBe(logStreamName);
    const done = await codebuild.send(new BatchGetBuildsCommand({ ids: [build?.id as string] }));
    expect(done.builds?.[0]?.logs?.deepLink).toContain(`stream=${logStreamName}`);
  });

  it('creates groups and streams, puts events, and deletes them', async () => {
    await client.send(new CreateLogGroupCommand({ logGroupName: '/app/contract' }));
    await client.send(new PutRetentionPolicyCommand({ logGroupName: '/app/contract', retentionInDays: 14 }));
    await client.send(new CreateLogStreamCommand({ logGroupName: '/app/contract', logStreamName: 'one' }));
    const at = Date.parse('2026-01-05T09:00:00Z');
    await client.send(
      new PutLogEventsCommand({
        logGroupName: '/app/contract',
        logStreamName: 'one',
        logEvents: [
          { timestamp: at - 1000, message: 'hello' },
          { timestamp: at, message: 'world' },
        ],
      }),
    );
    const got = await client.send(
      new GetLogEventsCommand({ logGroupName: '/app/contract', logStreamName: 'one', startFromHead: true }),
    );
    expect(got.events?.map((e) => e.message)).toEqual(['hello', 'world']);
    const groups = await client.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: '/app/' }));
    expect(groups.logGroups?.[0]).toMatchObject({
      logGroupName: '/app/contract',
      retentionInDays: 14,
      arn: 'arn:aws:logs:us-east-1:123456789012:log-group:/app/contract:*',
    });
    expect(await rejection(client.send(new CreateLogGroupCommand({ logGroupName: '/app/contract' })))).toBeInstanceOf(
      ResourceAlreadyExistsException,
    );
    await client.send(new DeleteLogStreamCommand({ logGroupName: '/app/contract', logStreamName: 'one' }));
    await client.send(new DeleteLogGroupCommand({ logGroupName: '/app/contract' }));
    const missing = await rejection(
      client.send(new GetLogEventsCommand({ logGroupName: '/app/contract', logStreamName: 'one' })),
    );
    expect(missing).toBeInstanceOf(ResourceNotFoundException);
    expect(missing.message).toBe('The specified log group does not exist.');
  });
});
