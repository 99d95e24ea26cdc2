import {
  AccountLimitExceededException,
  BatchDeleteBuildsCommand,
  BatchGetBuildsCommand,
  BatchGetProjectsCommand,
  BatchGetReportGroupsCommand,
  BatchGetReportsCommand,
  CodeBuildClient,
  CreateProjectCommand,
  CreateReportGroupCommand,
  CreateWebhookCommand,
  DeleteProjectCommand,
  DeleteReportCommand,
  DeleteReportGroupCommand,
  DeleteWebhookCommand,
  DescribeCodeCoveragesCommand,
  DescribeTestCasesCommand,
  InvalidInputException,
  ListBuildsCommand,
  ListBuildsForProjectCommand,
  ListCuratedEnvironmentImagesCommand,
  ListProjectsCommand,
  ListReportGroupsCommand,
  ListReportsCommand,
  ListReportsForReportGroupCommand,
  ResourceAlreadyExistsException,
  ResourceNotFoundException,
  RetryBuildCommand,
  StartBuildCommand,
  StopBuildCommand,
  UpdateProjectCommand,
  UpdateReportGroupCommand,
  UpdateWebhookCommand,
} from '@aws-sdk/client-codebuild';
import { describe, expect, it } from 'vitest';
import { rejection, sdkConfig, serveMockAws } from '../../test/mock-aws';
import { codebuildApi } from './codebuild';

const client = new CodeBuildClient(sdkConfig('codebuild'));
const { engine } = serveMockAws();
const projectName = 'demo-webapp-build';

/** Runs a build of the demo project to the end (before the demo's scripted push at 3m). */
async function finishedBuild(input: Record<string, unknown> = {}) {
  const { build } = await client.send(new StartBuildCommand({ projectName, ...input }));
  await engine().advance(2 * 60_000);
  const { builds } = await client.send(new BatchGetBuildsCommand({ ids: [build?.id as string] }));
  return builds?.[0];
}

describe('CodeBuild through @aws-sdk/client-codebuild', () => {
  it('declares every operation the engine implements', () => {
    expect(codebuildApi.operations).toHaveLength(27);
  });

  it('creates, reads, lists, updates and deletes projects', async () => {
    const { project } = await client.send(
      new CreateProjectCommand({
        name: 'contract',
        source: { type: 'CODECOMMIT', location: 'https://git-codecommit.us-east-1.amazonaws.com/v1/repos/demo-webapp' },
        artifacts: { type: 'NO_ARTIFACTS' },
        environment: {
          type: 'LINUX_CONTAINER',
          image: 'aws/codebuild/standard:7.0',
          computeType: 'BUILD_GENERAL1_SMALL',
        },
        serviceRole: 'arn:aws:iam::123456789012:role/codebuild-contract',
      }),
    );
    expect(project?.arn).toBe('arn:aws:codebuild:us-east-1:123456789012:project/contract');
    expect(project?.created).toEqual(new Date('2026-01-05T09:00:00Z'));
    const { projects, projectsNotFound } = await client.send(
      new BatchGetProjectsCommand({ names: ['contract', 'ghost'] }),
    );
    expect(projects?.[0]?.environment?.image).toBe('aws/codebuild/standard:7.0');
    expect(projectsNotFound).toEqual(['ghost']);
    expect((await client.send(new ListProjectsCommand({}))).projects).toEqual(['contract', projectName]);
    const updated = await client.send(new UpdateProjectCommand({ name: 'contract', timeoutInMinutes: 15 }));
    expect(updated.project?.timeoutInMinutes).toBe(15);
    await client.send(new DeleteProjectCommand({ name: 'contract' }));
    expect((await client.send(new ListProjectsCommand({}))).projects).toEqual([projectName]);
  });

  it('surfaces CodeBuild errors as the SDK exception classes', async () => {
    const exists = await rejection(
      client.send(
        new CreateProjectCommand({
          name: projectName,
          source: { type: 'NO_SOURCE', buildspec: 'version: 0.2' },
          artifacts: { type: 'NO_ARTIFACTS' },
          environment: {
            type: 'LINUX_CONTAINER',
            image: 'aws/codebuild/standard:7.0',
            computeType: 'BUILD_GENERAL1_SMALL',
          },
          serviceRole: 'codebuild-role',
        }),
      ),
    );
    expect(exists).toBeInstanceOf(ResourceAlreadyExistsException);
    expect(await rejection(client.send(new StartBuildCommand({ projectName: 'ghost' })))).toBeInstanceOf(
      ResourceNotFoundException,
    );
    expect(
      await rejection(client.send(new StartBuildCommand({ projectName, timeoutInMinutesOverride: 1 }))),
    ).toBeInstanceOf(InvalidInputException);
    await client.send(new UpdateProjectCommand({ name: projectName, concurrentBuildLimit: 1 }));
    await client.send(new StartBuildCommand({ projectName }));
    expect(await rejection(client.send(new StartBuildCommand({ projectName })))).toBeInstanceOf(
      AccountLimitExceededException,
    );
  });

  it('starts, reads, lists, stops, retries and deletes builds', async () => {
    const build = await finishedBuild();
    expect(build).toMatchObject({
      buildStatus: 'SUCCEEDED',
      buildComplete: true,
      currentPhase: 'COMPLETED',
      buildNumber: 1,
      initiator: 'cicdlab-user',
    });
    expect(build?.phases?.map((p) => p.phaseType)).toContain('UPLOAD_ARTIFACTS');
    expect(build?.startTime).toEqual(new Date('2026-01-05T09:00:00Z'));
    expect(build?.logs?.groupName).toBe('/aws/codebuild/demo-webapp-build');
    expect(build?.artifacts?.location).toMatch(
      /^arn:aws:s3:::demo-artifacts-123456789012\/[0-9a-f-]{36}\/demo-webapp\.zip$/,
    );

    const { build: running } = await client.send(
      new StartBuildCommand({
        projectName,
        buildspecOverride: 'version: 0.2\nphases:\n  build:\n    commands:\n      - sleep 600\n',
      }),
    );
    await engine().advance(20_000);
    const stopped = await client.send(new StopBuildCommand({ id: running?.id }));
    expect(stopped.build?.buildStatus).toBe('STOPPED');

    const retried = await client.send(new RetryBuildCommand({ id: build?.id }));
    expect(retried.build?.buildNumber).toBe(3);
    const ids = (await client.send(new ListBuildsForProjectCommand({ projectName }))).ids;
    expect(ids).toEqual([retried.build?.id, running?.id, build?.id]);
    expect((await client.send(new ListBuildsCommand({ sortOrder: 'ASCENDING' }))).ids).toEqual([
      build?.id,
      running?.id,
      retried.build?.id,
    ]);
    await engine().advance(30 * 60_000);
    const deleted = await client.send(
      new BatchDeleteBuildsCommand({ ids: [build?.id as string, 'demo-webapp-build:nope'] }),
    );
    expect(deleted.buildsDeleted).toEqual([build?.id]);
    expect(deleted.buildsNotDeleted).toEqual([{ id: 'demo-webapp-build:nope', statusCode: 'BUILD_NOT_FOUND' }]);
  });

  it('creates, updates and deletes webhooks', async () => {
    await client.send(new DeleteWebhookCommand({ projectName }));
    const created = await client.send(
      new CreateWebhookCommand({
        projectName,
        filterGroups: [[{ type: 'EVENT', pattern: 'PUSH, PULL_REQUEST_CREATED' }]],
      }),
    );
    expect(created.webhook?.filterGroups).toEqual([[{ type: 'EVENT', pattern: 'PUSH, PULL_REQUEST_CREATED' }]]);
    const updated = await client.send(
      new UpdateWebhookCommand({
        projectName,
        filterGroups: [
          [
            { type: 'EVENT', pattern: 'PUSH' },
            { type: 'HEAD_REF', pattern: '^refs/heads/release/' },
          ],
        ],
      }),
    );
    expect(updated.webhook?.filterGroups?.[0]).toHaveLength(2);
  });

  it('reads test reports, test cases and report groups; creates, updates and deletes report groups', async () => {
    const build = await finishedBuild();
    const { reports } = await client.send(new BatchGetReportsCommand({ reportArns: build?.reportArns }));
    expect(reports?.[0]).toMatchObject({
      status: 'SUCCEEDED',
      type: 'TEST',
      testSummary: { total: 1, statusCounts: { SUCCEEDED: 1, FAILED: 0 } },
    });
    const groupArn = reports?.[0]?.reportGroupArn as string;
    expect(groupArn).toBe('arn:aws:codebuild:us-east-1:123456789012:report-group/demo-webapp-build-unit-tests');
    const { testCases } = await client.send(new DescribeTestCasesCommand({ reportArn: reports?.[0]?.arn }));
    expect(testCases?.[0]).toMatchObject({ name: 'greets by name', status: 'SUCCEEDED' });
    expect((await client.send(new ListReportsForReportGroupCommand({ reportGroupArn: groupArn }))).reports).toEqual(
      build?.reportArns,
    );
    expect((await client.send(new ListReportsCommand({}))).reports).toEqual(build?.reportArns);
    const coverage = await client.send(new DescribeCodeCoveragesCommand({ reportArn: reports?.[0]?.arn }));
    expect(coverage.codeCoverages).toEqual([]);

    const { reportGroup } = await client.send(
      new CreateReportGroupCommand({
        name: 'integration',
        type: 'TEST',
        exportConfig: { exportConfigType: 'NO_EXPORT' },
      }),
    );
    expect(reportGroup?.arn).toBe('arn:aws:codebuild:us-east-1:123456789012:report-group/integration');
    await client.send(new UpdateReportGroupCommand({ arn: reportGroup?.arn, tags: [{ key: 'team', value: 'web' }] }));
    const groups = await client.send(
      new BatchGetReportGroupsCommand({ reportGroupArns: [reportGroup?.arn as string] }),
    );
    expect(groups.reportGroups?.[0]?.tags).toEqual([{ key: 'team', value: 'web' }]);
    expect((await client.send(new ListReportGroupsCommand({ sortBy: 'NAME' }))).reportGroups).toEqual([
      groupArn,
      reportGroup?.arn,
    ]);
    await client.send(new DeleteReportGroupCommand({ arn: reportGroup?.arn }));
    await client.send(new DeleteReportCommand({ arn: reports?.[0]?.arn }));
    expect((await client.send(new ListReportsCommand({}))).reports).toEqual([]);
  });

  it('lists the curated images', async () => {
    const { platforms } = await client.send(new ListCuratedEnvironmentImagesCommand({}));
    const ubuntu = platforms?.find((p) => p.platform === 'UBUNTU');
    const node = ubuntu?.languages?.find((l) => l.language === 'NODE_JS');
    expect(node?.images?.map((i) => i.name)).toContain('aws/codebuild/standard:7.0');
  });
});
