import { describe, expect, it } from 'vitest';
import {
  SERVICES,
  Simulation,
  createSimulation,
  createWorld,
  loadScenario,
  type EventBridgeEvent,
  type ServiceModule,
} from './index';
import { SimDriver, demoScenarioText, scenario } from './testing/driver';

const pushAt = (at: string, n: number) => ({
  at,
  push: {
    repository: 'app',
    branch: 'main',
    message: `change ${n}`,
    author: { name: 'Ada', email: 'ada@example.com' },
    files: { [`f${n}.txt`]: `${n}\n` },
    deletes: [],
  },
});

const busy = scenario({
  account: {
    accountId: '123456789012',
    region: 'us-east-1',
    codecommit: { repositories: [{ name: 'app', commits: [] }] },
  },
  script: [pushAt('1m', 1), pushAt('1m', 2), pushAt('2m', 3), pushAt('30s', 4), pushAt('10m', 5)],
});

describe('the engine', () => {
  it('gives the same event log, byte for byte, for the same scenario and seed', () => {
    const a = SimDriver.from(busy).advance('1h').logText();
    const b = SimDriver.from(busy).advance('1h').logText();
    expect(a).toBe(b);
    expect(a.split('\n')).toHaveLength(5);
  });

  it('fires scripted events in time order, equal times in file order', () => {
    const log = SimDriver.from(busy).advance('1h').log;
    expect(log.map((e) => e.time)).toEqual([
      '2026-01-05T09:00:30Z',
      '2026-01-05T09:01:00Z',
      '2026-01-05T09:01:00Z',
      '2026-01-05T09:02:00Z',
      '2026-01-05T09:10:00Z',
    ]);
    expect(log.map((e) => e.detail.event)).toEqual([
      'referenceCreated',
      'referenceUpdated',
      'referenceUpdated',
      'referenceUpdated',
      'referenceUpdated',
    ]);
  });

  it('gives different IDs under a different seed', () => {
    const a = SimDriver.from(busy, 1).advance('1h').log;
    const b = SimDriver.from(busy, 2).advance('1h').log;
    expect(a[0]?.id).not.toBe(b[0]?.id);
  });

  it('runs on from a snapshot exactly as an uninterrupted run', () => {
    const whole = SimDriver.from(busy).advance('1h').logText();

    const first = SimDriver.from(busy).advance('1m30s');
    const saved = JSON.stringify(first.sim.snapshot());
    const loaded = loadScenario(JSON.stringify({ ...busy, snapshot: JSON.parse(saved) }));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const resumed = new SimDriver(createSimulation(createWorld(loaded.scenario)));
    resumed.advance('58m30s');

    expect([first.logText(), resumed.logText()].join('\n')).toBe(whole);
  });

  it('interleaves API calls with timers at the current virtual time', () => {
    const sim = SimDriver.from(busy).advance('5m');
    const created = sim.ok<{ repositoryMetadata: { creationDate: number } }>('codecommit', 'CreateRepository', {
      repositoryName: 'later',
    });
    expect(created.repositoryMetadata.creationDate).toBe(Date.parse('2026-01-05T09:05:00Z') / 1000);
  });

  it('steps to the next event and leaves the clock there', () => {
    const sim = SimDriver.from(busy).sim;
    const events = sim.step();
    expect(events).toHaveLength(1);
    expect(sim.now).toBe(30_000);
    expect(sim.nextAt()).toBe(60_000);
  });

  it('plays the demo world: a teammate pushes to main three minutes in', () => {
    const sim = SimDriver.fromText(demoScenarioText()).advance('45m');
    const first = sim.log[0] as EventBridgeEvent;
    expect(first).toMatchObject({
      source: 'aws.codecommit',
      'detail-type': 'CodeCommit Repository State Change',
      time: '2026-01-05T09:03:00Z',
      detail: { event: 'referenceUpdated', referenceName: 'main', repositoryName: 'demo-webapp' },
    });
  });

  it('reports a scripted call that fails as a simulator event, not a crash', () => {
    const sim = SimDriver.from(
      scenario({
        script: [
          {
            at: '1s',
            command: { service: 'codecommit', operation: 'GetRepository', input: { repositoryName: 'nope' } },
          },
        ],
      }),
    ).advance('1m');
    expect(sim.log).toHaveLength(1);
    expect(sim.log[0]).toMatchObject({
      source: 'cicdlab.simulator',
      'detail-type': 'Scripted Command Failed',
      detail: { operation: 'GetRepository', errorCode: 'RepositoryDoesNotExistException' },
    });
  });
});

describe('the internal event bus', () => {
  it('delivers every event once to listening modules, including events they emit in turn', () => {
    const seen: string[] = [];
    const listener: ServiceModule = {
      service: 'listener',
      operations: {},
      onEvent: (ctx, event) => {
        seen.push(event.detailType);
        if (event.detailType === 'CodeCommit Repository State Change') {
          ctx.emit({ source: 'test', detailType: 'Reacted', resources: [], detail: { to: event.detail.commitId } });
        }
      },
    };
    const loaded = loadScenario(JSON.stringify(busy));
    if (!loaded.ok) throw new Error('bad scenario');
    const sim = new SimDriver(new Simulation(createWorld(loaded.scenario), [...SERVICES, listener])).advance('1m30s');
    expect(sim.log.map((e) => e['detail-type'])).toEqual([
      'CodeCommit Repository State Change',
      'Reacted',
      'CodeCommit Repository State Change',
      'Reacted',
      'CodeCommit Repository State Change',
      'Reacted',
    ]);
    expect(seen).toEqual(sim.log.map((e) => e['detail-type']));
  });
});
