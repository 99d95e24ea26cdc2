import { describe, expect, it } from 'vitest';
import { demoScenarioText, scenario } from '../engine/testing/driver';
import type { HostClock } from './host';
import { inProcessClient } from './in-process-client';
import type { EngineClient, StreamMessage } from './protocol';
import { memoryStorage } from './storage';

/** A wall clock that moves only when the test says so. */
function manualClock(): HostClock & { advance(ms: number): void } {
  let now = 0;
  let pending: { at: number; fn: () => void; id: number }[] = [];
  let nextId = 0;
  return {
    now: () => now,
    setTimeout(fn, ms) {
      const id = nextId++;
      pending.push({ at: now + ms, fn, id });
      return id;
    },
    clearTimeout(handle) {
      pending = pending.filter((p) => p.id !== handle);
    },
    advance(ms) {
      const end = now + ms;
      for (;;) {
        pending.sort((a, b) => a.at - b.at);
        const next = pending[0];
        if (!next || next.at > end) break;
        pending.shift();
        now = next.at;
        next.fn();
      }
      now = end;
    },
  };
}

const demo = { name: 'demo', text: demoScenarioText() };

const repositoryExists = async (client: EngineClient, repositoryName: string) =>
  (await client.execute({ service: 'codecommit', operation: 'GetRepository', input: { repositoryName } })).ok;

async function start() {
  const clock = manualClock();
  const storage = memoryStorage();
  const client = inProcessClient({ clock, storage, tickMs: 10 });
  const messages: StreamMessage[] = [];
  client.subscribe((m) => messages.push(m));
  await client.boot(demo, false);
  return { clock, storage, client, messages };
}

describe('the engine host', () => {
  it('runs virtual time at the chosen speed', async () => {
    const { clock, client } = await start();
    clock.advance(1000);
    expect((await client.status()).now).toBe(1000);
    await client.setSpeed(60);
    clock.advance(1000);
    expect((await client.status()).now).toBe(61_000);
    await client.setSpeed('paused');
    clock.advance(5000);
    expect((await client.status()).now).toBe(61_000);
  });

  it('streams events in batches with the clock, at most one message per tick', async () => {
    const { clock, client, messages } = await start();
    await client.setSpeed(600);
    messages.length = 0;
    clock.advance(1000);
    const events = messages.flatMap((m) => (m.type === 'events' ? m.events : []));
    const pushes = events.filter((e) => e.source === 'aws.codecommit');
    expect(pushes.map((e) => [e.time, e.detail.referenceName])).toEqual([
      ['2026-01-05T09:03:00Z', 'main'],
      ['2026-01-05T09:09:00Z', 'feature/dark-mode'],
    ]);
    expect(messages).toHaveLength(1000 / 10);
    expect(messages.at(-1)).toMatchObject({ type: 'clock', clock: { now: 600_000, speed: 600 } });
  });

  it('steps to the next event and pauses there', async () => {
    const { client } = await start();
    await client.step();
    // The push at 3m also starts the demo build, whose next phase is due shortly after; the
    // fleet's traffic sampler may be due at the same instant.
    const status = await client.status();
    expect(status).toMatchObject({ now: 180_000, speed: 'paused' });
    expect(status.nextAt).toBeGreaterThanOrEqual(180_000);
    expect(status.nextAt).toBeLessThan(540_000);
  });

  it('resumes a saved world where it was after a reload', async () => {
    const { client, storage } = await start();
    await client.advance(240_000);
    await client.execute({ service: 'codecommit', operation: 'CreateRepository', input: { repositoryName: 'kept' } });
    const reloaded = inProcessClient({ clock: manualClock(), storage });
    await reloaded.boot(demo, false);
    expect((await reloaded.status()).now).toBe(240_000);
    expect(await repositoryExists(reloaded, 'kept')).toBe(true);
  });

  it('asks before a linked scenario replaces a saved world of another scenario', async () => {
    const { storage } = await start();
    const other = inProcessClient({ clock: manualClock(), storage });
    const result = await other.boot({ name: 'other', text: JSON.stringify(scenario({ name: 'other' })) }, true);
    expect(result).toEqual({ state: 'conflict', savedScenario: 'demo', savedNow: 0, requestedScenario: 'other' });
  });

  it('exports the world, and importing the export brings it back', async () => {
    const { client } = await start();
    await client.execute({
      service: 'codecommit',
      operation: 'CreateRepository',
      input: { repositoryName: 'exported' },
    });
    await client.advance(600_000);
    const file = await client.exportScenario();
    await client.reset();
    expect((await client.status()).now).toBe(0);
    expect(await repositoryExists(client, 'exported')).toBe(false);
    expect(await client.importScenario(file, file.length)).toEqual({ ok: true });
    expect((await client.status()).now).toBe(600_000);
    expect(await repositoryExists(client, 'exported')).toBe(true);
  });

  it('rejects a malformed import and leaves the world untouched', async () => {
    const { client, storage } = await start();
    await client.advance(60_000);
    const before = JSON.stringify(storage.saved);
    const result = await client.importScenario('{"format": "cicdlab-scenario",\n "version": 1,\n "seed": "x"', 40);
    expect(result).toEqual({ ok: false, problems: ['Line 3, column 13: Not valid JSON: close brace expected.'] });
    expect(JSON.stringify(storage.saved)).toBe(before);
    expect((await client.status()).now).toBe(60_000);
  });
});

describe('as fast as possible', () => {
  it('runs every scheduled event, then pauses instead of racing through empty time', async () => {
    const { clock, client } = await start();
    await client.setSpeed('max');
    clock.advance(100);
    // The last timer is demo-pipeline's manual approval timing out, 7 days after the push of 09:03 brought the
    // execution to it at 09:03:40.947 (aws-facts §1.8); the world then pauses.
    expect(await client.status()).toMatchObject({ now: 605_020_947, speed: 'paused', nextAt: null });
  });
});
