import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventBridgeEvent } from '../../engine';
import type { ClockStatus, EngineClient, StreamListener } from '../../worker/protocol';
import { connectEngine } from './connect';
import { engineStore } from './engine-store';

const clock = (now: number): ClockStatus => ({ now, startEpochMs: 0, speed: 1, nextAt: null, scenarioName: 'demo' });
const event = (source: string, id: string) => ({ source, id }) as EventBridgeEvent;

describe('the live event stream', () => {
  let frames: (() => void)[];
  let emit: StreamListener;
  let queryClient: QueryClient;

  beforeEach(() => {
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (fn: () => void) => frames.push(fn));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    engineStore.setState({ clock: undefined, events: [] });
    queryClient = new QueryClient();
    const client = {
      subscribe: (listener: StreamListener) => {
        emit = listener;
        return () => undefined;
      },
    } as unknown as EngineClient;
    connectEngine(client, queryClient);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('applies everything that arrived in one frame at once', () => {
    emit({ type: 'world', events: [], clock: clock(0) });
    emit({ type: 'events', events: [event('aws.codecommit', 'a')], clock: clock(100) });
    emit({ type: 'clock', clock: clock(116) });
    expect(frames).toHaveLength(1);
    expect(engineStore.getState().clock).toBeUndefined();
    frames[0]?.();
    expect(engineStore.getState().clock?.now).toBe(116);
    expect(engineStore.getState().events.map((e) => e.id)).toEqual(['a']);
  });

  it('marks the queries of the service an event came from as stale, and only those', async () => {
    queryClient.setQueryData(['codecommit', 'repositories'], []);
    queryClient.setQueryData(['codebuild', 'projects'], []);
    emit({ type: 'events', events: [event('aws.codecommit', 'b')], clock: clock(1) });
    frames[0]?.();
    await vi.waitFor(() => expect(queryClient.getQueryState(['codecommit', 'repositories'])?.isInvalidated).toBe(true));
    expect(queryClient.getQueryState(['codebuild', 'projects'])?.isInvalidated).toBe(false);
  });

  it('drops every cached answer when the world is replaced', () => {
    queryClient.setQueryData(['codecommit', 'repositories'], ['old']);
    const generation = engineStore.getState().worldGeneration;
    emit({ type: 'world', events: [event('aws.codecommit', 'c')], clock: clock(0) });
    frames[0]?.();
    expect(queryClient.getQueryData(['codecommit', 'repositories'])).toBeUndefined();
    expect(engineStore.getState().worldGeneration).toBe(generation + 1);
    expect(engineStore.getState().events.map((e) => e.id)).toEqual(['c']);
  });

  it('does not keep an answer that was asked for before the event, even on a first load', async () => {
    // The page opened, its first GetDeployment is on the way, and the deployment then finishes:
    // the answer in flight describes the world before the event and must not be the last word.
    const answers: ((status: string) => void)[] = [];
    const observer = new QueryObserver<string>(queryClient, {
      queryKey: ['codedeploy', 'deployment', 'd-1'],
      queryFn: () => new Promise<string>((resolve) => answers.push(resolve)),
    });
    const seen: (string | undefined)[] = [];
    const unsubscribe = observer.subscribe((result) => seen.push(result.data));
    expect(answers).toHaveLength(1);
    emit({ type: 'events', events: [event('aws.codedeploy', 'succeeded')], clock: clock(1) });
    frames[0]?.();
    answers[0]?.('InProgress');
    await vi.waitFor(() => expect(answers).toHaveLength(2));
    answers[1]?.('Succeeded');
    await vi.waitFor(() => expect(observer.getCurrentResult().data).toBe('Succeeded'));
    expect(seen).not.toContain('InProgress');
    unsubscribe();
  });
});
