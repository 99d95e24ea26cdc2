import { describe, expect, it } from 'vitest';
import type { SimContext } from '../core/simulation';
import { SimDriver, demoScenarioText, scenario } from '../testing/driver';
import type { Account } from '../world';
import { instancesMatching, registerTargets, setAliasRouting, setListenerForward } from './public';
import type { FleetScenario } from './scenario-schema';

type FleetInput = Partial<{ [K in keyof FleetScenario]: unknown }>;

const withFleet = (fleet: FleetInput, seed?: number) =>
  SimDriver.from(
    scenario({
      account: { accountId: '123456789012', region: 'us-east-1', codecommit: { repositories: [] }, fleet } as never,
    }),
    seed,
  );

/** Runs a fleet public function at the driver's current time, as another service's operation would. */
function withContext(d: SimDriver, fn: (ctx: SimContext) => void): void {
  const sim = d.sim as unknown as { ctx: SimContext; flush(): never[] };
  fn(sim.ctx);
  (d as unknown as { record(events: unknown[]): void }).record(sim.flush());
}

const account = (d: SimDriver): Account => d.sim.world.account;
const events = (d: SimDriver, type: string) => d.log.filter((e) => e['detail-type'] === type);

describe('CodeDeploy tag filters over the fleet', () => {
  const d = withFleet({
    instances: [
      { count: 2, tags: { App: 'web', Env: 'prod' } },
      { count: 1, tags: { App: 'web', Env: 'test' } },
      { count: 1, tags: { Name: 'prod' } },
    ],
  });
  const count = (target: Parameters<typeof instancesMatching>[1]) => instancesMatching(account(d), target).length;

  it('KEY_ONLY matches the key whatever its value; VALUE_ONLY matches the value under any key', () => {
    expect(count({ tagFilters: [{ Key: 'Env', Type: 'KEY_ONLY' }] })).toBe(3);
    expect(count({ tagFilters: [{ Value: 'prod', Type: 'VALUE_ONLY' }] })).toBe(3);
  });

  it('KEY_AND_VALUE needs both; filters in one list are ORed', () => {
    expect(count({ tagFilters: [{ Key: 'Env', Value: 'prod', Type: 'KEY_AND_VALUE' }] })).toBe(2);
    expect(
      count({
        tagFilters: [
          { Key: 'Env', Value: 'prod', Type: 'KEY_AND_VALUE' },
          { Key: 'Name', Value: 'prod', Type: 'KEY_AND_VALUE' },
        ],
      }),
    ).toBe(3);
  });

  it('an ec2TagSet needs a match in every group (AND of ORs)', () => {
    expect(
      count({
        tagSet: [
          [{ Key: 'App', Value: 'web', Type: 'KEY_AND_VALUE' }],
          [
            { Key: 'Env', Value: 'test', Type: 'KEY_AND_VALUE' },
            { Key: 'Name', Type: 'KEY_ONLY' },
          ],
        ],
      }),
    ).toBe(1);
  });

  it('returns instances ordered by ID and leaves out terminated ones', () => {
    const ids = instancesMatching(account(d), { tagFilters: [{ Key: 'App', Type: 'KEY_ONLY' }] }).map(
      (i) => i.instanceId,
    );
    expect(ids).toEqual([...ids].sort());
    d.ok('ec2', 'TerminateInstances', { InstanceIds: [ids[0]] });
    expect(count({ tagFilters: [{ Key: 'App', Type: 'KEY_ONLY' }] })).toBe(2);
  });
});

describe('target health', () => {
  it('a registered running instance is initial until interval × healthy threshold, then healthy', () => {
    const d = withFleet({
      instances: [{ count: 1, tags: { App: 'web' } }],
      targetGroups: [
        { name: 'tg', healthCheck: { intervalSeconds: 10, healthyThresholdCount: 3 }, deregistrationDelaySeconds: 30 },
      ],
    });
    const tg = Object.values(account(d).fleet.targetGroups)[0];
    const id = Object.keys(account(d).fleet.instances)[0] as string;
    if (!tg) throw new Error('no target group');
    withContext(d, (ctx) => registerTargets(ctx, tg.targetGroupArn, [id]));
    const health = () =>
      d
        .ok<{ TargetHealthDescriptions: { TargetHealth: { State: string } }[] }>(
          'elasticloadbalancing',
          'DescribeTargetHealth',
          { TargetGroupArn: tg.targetGroupArn },
        )
        .TargetHealthDescriptions.map((t) => t.TargetHealth.State);
    expect(health()).toEqual(['initial']);
    d.advance('29s');
    expect(health()).toEqual(['initial']);
    d.advance('1s');
    expect(health()).toEqual(['healthy']);
    d.ok('elasticloadbalancing', 'DeregisterTargets', { TargetGroupArn: tg.targetGroupArn, Targets: [{ Id: id }] });
    expect(health()).toEqual(['draining']);
    d.advance('30s');
    expect(health()).toEqual([]);
  });

  it('a stopped instance turns unused and sends a state-change notification for each step', () => {
    const d = withFleet({
      instances: [{ count: 1, tags: { App: 'web' } }],
      targetGroups: [{ name: 'tg', registerInstancesTagged: { App: 'web' } }],
    });
    const id = Object.keys(account(d).fleet.instances)[0];
    d.ok('ec2', 'StopInstances', { InstanceIds: [id] });
    d.advance('1m');
    expect(events(d, 'EC2 Instance State-change Notification').map((e) => e.detail.state)).toEqual([
      'stopping',
      'stopped',
    ]);
    const tg = Object.values(account(d).fleet.targetGroups)[0];
    expect(tg?.targets[id as string]?.state).toBe('unused');
  });
});

describe('traffic', () => {
  const lambdaFleet = (errorRate2 = 0.001): FleetInput => ({
    lambdaFunctions: [
      {
        name: 'fn',
        versions: [
          { errorRate: 0, latencyMs: 100 },
          { errorRate: errorRate2, latencyMs: 100 },
        ],
        aliases: [{ name: 'live', functionVersion: '1' }],
      },
    ],
    alarms: [
      {
        name: 'fn-errors',
        namespace: 'AWS/Lambda',
        metricName: 'Errors',
        dimensions: { FunctionName: 'fn', Resource: 'fn:live' },
        statistic: 'Sum',
        period: 60,
        evaluationPeriods: 2,
        threshold: 5,
        comparisonOperator: 'GreaterThanThreshold',
      },
    ],
    traffic: [{ lambdaAlias: { function: 'fn', alias: 'live' }, requestsPerSecond: 10 }],
  });

  it('splits requests by the alias weights and publishes each change of split', () => {
    const d = withFleet(lambdaFleet());
    d.advance('1m');
    withContext(d, (ctx) => setAliasRouting(ctx, 'fn', 'live', '1', { version: '2', weight: 0.1 }));
    d.advance('1m');
    const series = account(d).fleet.metrics;
    const invocations = (version: string) =>
      series[`AWS/Lambda|Invocations|ExecutedVersion=${version},FunctionName=fn,Resource=fn:live`]?.points
        .filter((p) => p.at >= 60_000)
        .reduce((n, p) => n + p.sum, 0);
    // A minute at 10 requests a second, 10% to version 2.
    expect(invocations('1')).toBe(540);
    expect(invocations('2')).toBe(60);
    const weights = events(d, 'Traffic Weight Change');
    expect(weights.map((e) => e.detail.percentages)).toEqual([{ '1': 90, '2': 10 }]);
    expect(weights[0]?.time).toBe('2026-01-05T09:01:00Z');
  });

  it('a canary schedule shows 10% at the start and 100% five minutes later', () => {
    const d = withFleet({
      instances: [{ count: 2, tags: { App: 'web' } }],
      targetGroups: [
        { name: 'blue', registerInstancesTagged: { App: 'web' } },
        { name: 'green', registerInstancesTagged: { App: 'web' } },
      ],
      loadBalancers: [{ name: 'alb', listeners: [{ port: 80, forward: [{ targetGroup: 'blue' }] }] }],
    });
    const fleet = account(d).fleet;
    const listener = Object.values(fleet.loadBalancers)[0]?.listeners[0]?.listenerArn as string;
    const [blue, green] = Object.values(fleet.targetGroups).map((t) => t.targetGroupArn) as [string, string];
    const instances = Object.values(fleet.instances);
    (instances[1] as (typeof instances)[number]).revision = {
      revisionKey: 'v2',
      deploymentId: 'd-1',
      deploymentGroupId: 'g',
      files: {},
    };
    const green2 = Object.values(fleet.targetGroups)[1];
    if (green2)
      green2.targets = {
        [(instances[1] as (typeof instances)[number]).instanceId]: { state: 'healthy', since: 0 as never },
      };
    const blue2 = Object.values(fleet.targetGroups)[0];
    if (blue2) delete blue2.targets[(instances[1] as (typeof instances)[number]).instanceId];
    withContext(d, (ctx) =>
      setListenerForward(ctx, listener, [
        { targetGroupArn: blue, weight: 90 },
        { targetGroupArn: green, weight: 10 },
      ]),
    );
    d.advance('5m');
    withContext(d, (ctx) => setListenerForward(ctx, listener, [{ targetGroupArn: green, weight: 100 }]));
    const weights = events(d, 'Traffic Weight Change').map((e) => [e.time, e.detail.percentages]);
    expect(weights).toEqual([
      ['2026-01-05T09:00:00Z', { none: 90, v2: 10 }],
      ['2026-01-05T09:05:00Z', { v2: 100 }],
    ]);
  });

  it('an alarm goes to ALARM only when every one of its N periods breaches (M of N)', () => {
    const d = withFleet(lambdaFleet(0.5));
    d.advance('2m');
    expect(account(d).fleet.alarms['fn-errors']?.state).toBe('OK');
    withContext(d, (ctx) => setAliasRouting(ctx, 'fn', 'live', '2'));
    // 5 errors a second: the first breaching minute is only 1 of the 2 periods.
    d.advance('1m');
    expect(account(d).fleet.alarms['fn-errors']?.state).toBe('OK');
    d.advance('1m');
    const alarm = events(d, 'CloudWatch Alarm State Change').at(-1);
    expect(alarm?.detail).toMatchObject({
      alarmName: 'fn-errors',
      state: { value: 'ALARM' },
      previousState: { value: 'OK' },
      configuration: {
        metrics: [{ metricStat: { metric: { namespace: 'AWS/Lambda', name: 'Errors' }, period: 60, stat: 'Sum' } }],
      },
    });
    expect(alarm?.source).toBe('aws.cloudwatch');
    expect(alarm?.time).toBe('2026-01-05T09:04:00Z');
  });

  it('sleeps after the quiet period so the event queue runs dry', () => {
    const d = withFleet(lambdaFleet());
    d.advance('11m');
    expect(d.sim.nextAt()).toBeUndefined();
    d.ok('fleet', 'HoldAlarmState', { AlarmName: 'fn-errors', StateValue: 'ALARM' });
    expect(d.sim.nextAt()).toBeDefined();
    d.advance('11m');
    expect(d.sim.nextAt()).toBeUndefined();
    expect(account(d).fleet.alarms['fn-errors']?.state).toBe('ALARM');
  });

  it('is deterministic: the same scenario and seed give the same events', () => {
    const run = () => {
      const d = SimDriver.fromText(demoScenarioText(), 7);
      d.ok('fleet', 'SetRevisionProfile', { FunctionName: 'demo-fn', Version: '1', Behaviour: 'BAD' });
      d.advance('15m');
      return d.logText();
    };
    expect(run()).toBe(run());
  });
});

describe('the demo fleet', () => {
  it('has 6 healthy web instances behind demo-web-alb and demo-fn:live on version 1', () => {
    const d = SimDriver.fromText(demoScenarioText());
    const fleet = account(d).fleet;
    const web = Object.values(fleet.targetGroups).find((t) => t.targetGroupName === 'demo-web-tg');
    expect(Object.values(web?.targets ?? {}).map((t) => t.state)).toEqual(Array(6).fill('healthy'));
    expect(fleet.lambdaFunctions['demo-fn']?.aliases.live?.functionVersion).toBe('1');
  });

  it('a bad Lambda version trips demo-fn-errors in the first full minute, and the alarm event says why', () => {
    const d = SimDriver.fromText(demoScenarioText());
    d.ok('fleet', 'SetRevisionProfile', { FunctionName: 'demo-fn', Version: '1', Behaviour: 'BAD' });
    d.advance('2m');
    const changes = events(d, 'CloudWatch Alarm State Change').filter((e) => e.detail.alarmName === 'demo-fn-errors');
    expect(changes.map((e) => [e.time, (e.detail.state as { value: string }).value])).toEqual([
      ['2026-01-05T09:01:00Z', 'ALARM'],
    ]);
    expect((changes[0]?.detail.state as { reason: string }).reason).toBe(
      'Threshold Crossed: 1 out of the last 1 datapoint [150.0 (05/01/26 09:00:00)] was greater than the threshold (5.0) (minimum 1 datapoint for OK -> ALARM transition).',
    );
    expect(events(d, 'Fleet Fault Injected')[0]?.detail.fault).toBe('SetRevisionProfile');
  });
});

describe('saved worlds', () => {
  it('a world with a running fleet exports and resumes to the same events', () => {
    const original = SimDriver.fromText(demoScenarioText());
    original.ok('fleet', 'SetRevisionProfile', { FunctionName: 'demo-fn', Version: '1', Behaviour: 'BAD' });
    original.advance('2m');
    const saved = JSON.parse(demoScenarioText()) as Record<string, unknown>;
    saved.snapshot = original.sim.snapshot();
    const resumed = SimDriver.fromText(JSON.stringify(saved));
    original.log.length = 0;
    original.advance('5m');
    resumed.advance('5m');
    expect(resumed.logText()).toBe(original.logText());
  });

  it('a world saved before the fleet existed loads with an empty fleet', () => {
    const saved = JSON.parse(demoScenarioText()) as Record<string, unknown>;
    const world = SimDriver.fromText(demoScenarioText()).sim.snapshot() as unknown as {
      account: Record<string, unknown>;
    };
    delete world.account.fleet;
    saved.snapshot = world;
    const resumed = SimDriver.fromText(JSON.stringify(saved));
    expect(account(resumed).fleet.instances).toEqual({});
    resumed.advance('1m');
  });
});
