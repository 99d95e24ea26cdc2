import { describe, expect, it } from 'vitest';
import { APPSPEC_EC2, ROLE_ARN } from '../codedeploy/test-world';
import { codedeployDriver, info, ok, putBundle } from '../testing/codedeploy-deployments';
import { demoScenarioText, SimDriver } from '../testing/driver';
import { revisionStacks } from './call-tree';

/**
 * The simulated agent inside an application CodeDeploy installed: its samples follow the installed revision and
 * the group's agent parameters (docs/codeguru-profiler.md).
 */

const GROUP = 'web-app';

const START = `#!/bin/bash
export AWS_CODEGURU_PROFILER_GROUP_NAME=${GROUP}
systemctl start web
`;

const SERVER = `const http = require('node:http');
const { render } = require('./render');

http
  .createServer((req, res) => {
    res.end(render(req.url));
  })
  .listen(8080);
`;

const RENDER = `const { escape } = require('./escape');

function render(path) {
  const page = layout(escape(path));
  return page;
}

function layout(body) {
  return '<main>' + body + '</main>';
}

module.exports = { render };
`;

const RENDER_LOGGING = `const { escape } = require('./escape');

function render(path) {
  const page = layout(escape(path));
  return page;
}

function layout(body) {
  for (const line of body.split('\\n')) {
    console.log('rendering', line);
  }
  return '<main>' + body + '</main>';
}

module.exports = { render };
`;

const ESCAPE = `exports.escape = (text) => text.replace(/[<>&]/g, '');
`;

const bundle = (render: string) => ({
  'appspec.yml': APPSPEC_EC2,
  'scripts/start_server.sh': START,
  'scripts/stop_server.sh': '#!/bin/bash\nsystemctl stop web || true\n',
  'scripts/validate_service.sh': '#!/bin/bash\ncurl -sf http://localhost:8080/\n',
  'src/server.js': SERVER,
  'src/render.js': render,
  'src/escape.js': ESCAPE,
});

function deploy(driver: SimDriver, key: string, render: string) {
  const revision = putBundle(driver, key, bundle(render));
  const { deploymentId } = ok<{ deploymentId: string }>(driver, 'CreateDeployment', {
    applicationName: 'web',
    deploymentGroupName: 'web-fleet',
    revision,
  });
  for (let i = 0; i < 60 && info(driver, deploymentId).status !== 'Succeeded'; i++) driver.advance('30s');
  expect(info(driver, deploymentId).status).toBe('Succeeded');
}

function world() {
  const driver = codedeployDriver();
  ok(driver, 'CreateApplication', { applicationName: 'web' });
  ok(driver, 'CreateDeploymentGroup', {
    applicationName: 'web',
    deploymentGroupName: 'web-fleet',
    serviceRoleArn: ROLE_ARN,
    deploymentConfigName: 'CodeDeployDefault.AllAtOnce',
    ec2TagFilters: [{ Key: 'App', Value: 'web', Type: 'KEY_AND_VALUE' }],
  });
  driver.ok('codeguru-profiler', 'CreateProfilingGroup', { profilingGroupName: GROUP, clientToken: 't1' });
  return driver;
}

const profiler = <T = Record<string, unknown>>(driver: SimDriver, op: string, input: Record<string, unknown> = {}) =>
  driver.ok<T>('codeguru-profiler', op, { profilingGroupName: GROUP, ...input });

interface Node {
  counts?: { WALL_TIME: number };
  children?: Record<string, Node>;
}

const profileOf = (driver: SimDriver, input: Record<string, unknown> = { period: 'PT1H' }) =>
  JSON.parse(profiler<{ profile: string }>(driver, 'GetProfile', input).profile) as {
    callgraph: Node;
    agentMetadata: { totalSampleCount: number };
    heapSummary: { className: string }[];
  };

function depthOf(node: Node): number {
  return Object.values(node.children ?? {}).reduce((d, c) => Math.max(d, 1 + depthOf(c)), 0);
}

function framesOf(node: Node, out = new Set<string>()): Set<string> {
  for (const [name, child] of Object.entries(node.children ?? {})) framesOf(child, out.add(name));
  return out;
}

const agent = (driver: SimDriver) =>
  profiler<{ reports: { samples: number; dropped: number; at: string }[]; running: boolean }>(
    driver,
    'DescribeSimulatedAgent',
  );

describe('CodeGuru Profiler: the simulated agent', () => {
  it('reports five minutes after the deployment and its profile is visible fifteen minutes after that', () => {
    const driver = world();
    deploy(driver, 'web/plain.zip', RENDER);
    expect(agent(driver).running).toBe(true);
    const described = () =>
      profiler<{ profilingGroup: { profilingStatus: Record<string, unknown> } }>(driver, 'DescribeProfilingGroup')
        .profilingGroup.profilingStatus;
    expect(described().latestAgentProfileReportedAt).toBeUndefined();
    driver.advance('5m');
    expect(described().latestAgentProfileReportedAt).toBeDefined();
    expect(driver.call('codeguru-profiler', 'GetProfile', { profilingGroupName: GROUP, period: 'PT1H' })).toMatchObject(
      {
        ok: false,
        error: { type: 'ResourceNotFoundException' },
      },
    );
    driver.advance('15m');
    expect(described().latestAggregatedProfile).toMatchObject({ period: 'PT5M' });
    const frames = framesOf(profileOf(driver).callgraph);
    expect([...frames]).toEqual(
      expect.arrayContaining(['handleRequest (src/server.js)', 'render (src/render.js)', 'escape (src/escape.js)']),
    );
  });

  it('cuts every stack at MaxStackDepth frames counted from the entry frame', () => {
    const driver = world();
    profiler(driver, 'UpdateSimulatedAgent', { agentParameters: { MaxStackDepth: 2 } });
    deploy(driver, 'web/plain.zip', RENDER);
    driver.advance('25m');
    const { callgraph } = profileOf(driver);
    expect(depthOf(callgraph)).toBe(2);
    expect(Object.keys(callgraph.children ?? {})).toEqual(['processTicksAndRejections']);
    expect(framesOf(callgraph).has('render (src/render.js)')).toBe(false);
  });

  it('takes twice the samples when the sampling interval halves', () => {
    const samplesWith = (interval: number) => {
      const driver = world();
      profiler(driver, 'UpdateSimulatedAgent', { agentParameters: { SamplingIntervalInMilliseconds: interval } });
      deploy(driver, 'web/plain.zip', RENDER);
      driver.advance('5m');
      return agent(driver).reports[0]?.samples;
    };
    expect(samplesWith(1000)).toBe(300);
    expect(samplesWith(500)).toBe(600);
  });

  it('keeps only what MemoryUsageLimitPercent lets the buffer hold and drops the rest', () => {
    const driver = world();
    profiler(driver, 'UpdateSimulatedAgent', {
      agentParameters: { SamplingIntervalInMilliseconds: 100, MemoryUsageLimitPercent: 5 },
    });
    deploy(driver, 'web/plain.zip', RENDER);
    driver.advance('5m');
    expect(agent(driver).reports[0]).toMatchObject({ samples: 300, dropped: 2700 });
  });

  it('reports at the reporting interval, and refuses one shorter than the minimum reporting time', () => {
    const driver = world();
    profiler(driver, 'UpdateSimulatedAgent', { agentParameters: { ReportingIntervalInMilliseconds: 60_000 } });
    deploy(driver, 'web/plain.zip', RENDER);
    driver.advance('5m');
    expect(agent(driver).reports.length / 6).toBe(5);
    const refused = driver.call('codeguru-profiler', 'UpdateSimulatedAgent', {
      profilingGroupName: GROUP,
      agentParameters: { ReportingIntervalInMilliseconds: 10_000 },
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        type: 'ValidationException',
        message: 'Configuration issue: reporting_interval cannot be smaller than 0:00:30 (got 0:00:10)',
      },
    });
    const configuration = profiler<{ shouldProfile: boolean; periodInSeconds: number; agentParameters: object }>(
      driver,
      'ConfigureAgent',
    );
    expect(configuration).toMatchObject({
      configuration: {
        shouldProfile: true,
        periodInSeconds: 60,
        agentParameters: { ReportingIntervalInMilliseconds: '60000', MaxStackDepth: '1000' },
      },
    });
  });

  it('recommends cutting logging when a revision logs in a loop, with its share, and shows the rise as an anomaly', () => {
    const driver = world();
    deploy(driver, 'web/plain.zip', RENDER);
    driver.advance('1h');
    const plainHour = { startTime: isoNow(driver, -60), endTime: isoNow(driver, 0) };
    expect(profiler<{ recommendations: unknown[] }>(driver, 'GetRecommendations', plainHour).recommendations).toEqual(
      [],
    );
    deploy(driver, 'web/logging.zip', RENDER_LOGGING);
    driver.advance('1h20m');
    const { recommendations, anomalies } = profiler<{
      recommendations: { pattern: { name: string }; allMatchesSum: number; topMatches: { frameAddress: string }[] }[];
      anomalies: { metric: { frameName: string }; reason: string }[];
    }>(driver, 'GetRecommendations', { startTime: isoNow(driver, -60), endTime: isoNow(driver, 0) });
    expect(recommendations).toHaveLength(1);
    expect(recommendations[0]?.pattern.name).toBe('CPU spent in logging');
    expect(recommendations[0]?.allMatchesSum).toBeGreaterThan(0.5);
    expect(recommendations[0]?.topMatches[0]?.frameAddress).toBe('layout (src/render.js)');
    expect(anomalies.map((a) => a.metric.frameName)).toContain('console.log');
    const reports = profiler<{ findingsReportSummaries: { totalNumberOfFindings: number }[] }>(
      driver,
      'ListFindingsReports',
      { startTime: isoNow(driver, -180), endTime: isoNow(driver, 0) },
    ).findingsReportSummaries;
    expect(reports.some((r) => r.totalNumberOfFindings > 0)).toBe(true);
  });

  it('changes the profile after a new deployment, and gives the same profile for the same world', () => {
    const run = () => {
      const driver = world();
      deploy(driver, 'web/plain.zip', RENDER);
      driver.advance('25m');
      const before = profileOf(driver, { period: 'PT5M' });
      deploy(driver, 'web/logging.zip', RENDER_LOGGING);
      driver.advance('25m');
      return { before, after: profileOf(driver, { period: 'PT5M' }) };
    };
    const first = run();
    expect(framesOf(first.before.callgraph).has('console.log')).toBe(false);
    expect(framesOf(first.after.callgraph).has('console.log')).toBe(true);
    expect(JSON.stringify(run())).toBe(JSON.stringify(first));
  });
});

describe('CodeGuru Profiler: the call tree of a revision', () => {
  it('nests functions by who calls whom under the runtime frames', () => {
    const stacks = revisionStacks(bundle(RENDER));
    expect(stacks.map((s) => s.frames.join(' > '))).toContain(
      'processTicksAndRejections > Server.emit > parserOnIncoming > handleRequest (src/server.js) > render (src/render.js) > layout (src/render.js)',
    );
  });
});

describe('CodeGuru Profiler: profiling groups', () => {
  it('refuses a bad name, a duplicate and a 51st group', () => {
    const driver = world();
    const create = (name: string) =>
      driver.call('codeguru-profiler', 'CreateProfilingGroup', { profilingGroupName: name, clientToken: name });
    expect(create('has space')).toMatchObject({
      ok: false,
      error: {
        type: 'ValidationException',
        message:
          "1 validation error detected: Value 'has space' at 'profilingGroupName' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[\\w-]+$",
      },
    });
    expect(create(GROUP)).toMatchObject({ ok: false, error: { type: 'ConflictException' } });
    for (let i = 2; i <= 50; i++) expect(create(`g${i}`).ok).toBe(true);
    expect(create('g51')).toMatchObject({ ok: false, error: { type: 'ServiceQuotaExceededException' } });
  });

  it('profiles the demo web app once the pipeline deploys it to the demo fleet', () => {
    const driver = SimDriver.fromText(demoScenarioText());
    const agentView = () =>
      driver.ok<{ binding: unknown; running: boolean; instanceIds: string[] }>(
        'codeguru-profiler',
        'DescribeSimulatedAgent',
        {
          profilingGroupName: 'demo-webapp',
        },
      );
    expect(agentView()).toMatchObject({
      binding: { applicationName: 'demo-web', deploymentGroupName: 'demo-web-fleet' },
      running: false,
    });
    driver.advance('10m');
    type Stage = { stageName: string; actionStates: { latestExecution?: { token?: string } }[] };
    const token = driver
      .ok<{ stageStates: Stage[] }>('codepipeline', 'GetPipelineState', { name: 'demo-pipeline' })
      .stageStates.find((s) => s.stageName === 'Approval')?.actionStates[0]?.latestExecution?.token;
    driver.ok('codepipeline', 'PutApprovalResult', {
      pipelineName: 'demo-pipeline',
      stageName: 'Approval',
      actionName: 'Approve',
      token,
      result: { status: 'Approved', summary: 'ship it' },
    });
    driver.advance('45m');
    expect(agentView()).toMatchObject({ running: true });
    expect(agentView().instanceIds).toHaveLength(6);
    const profile = JSON.parse(
      driver.ok<{ profile: string }>('codeguru-profiler', 'GetProfile', {
        profilingGroupName: 'demo-webapp',
        period: 'PT1H',
      }).profile,
    ) as { callgraph: Node };
    expect([...framesOf(profile.callgraph)]).toEqual(
      expect.arrayContaining(['handleRequest (src/server.js)', 'greeting (src/greeting.js)']),
    );
  });
});

/** ISO time `minutes` from the current virtual time. */
function isoNow(driver: SimDriver, minutes: number): string {
  const { world } = driver.sim;
  return new Date(world.startEpochMs + world.now + minutes * 60_000).toISOString();
}
