import type { World } from '../world';
import { resolvePrincipal } from '../iam/principals';
import type { Principal } from '../iam/state';
import { AwsError, toErrorShape, type AwsErrorShape } from './aws-error';
import { SIMULATOR_SOURCE, type EmittedEvent, type SimEvent } from './events';
import { peekTimer, popTimer, pushTimer } from './queue';
import { nextUuid } from './rng';
import { simMillis, type SimMillis } from './time';
import { clonePlain } from './clone';

/** What an operation or a timer may do to the world: read it, emit events, schedule timers. */
export interface SimContext {
  readonly world: World;
  readonly now: SimMillis;
  /** Who the current API call is made as (the default user for timers). */
  readonly caller: Principal;
  emit(event: EmittedEvent): void;
  schedule(delay: number, kind: string, payload: unknown): void;
  /** A fresh resource ID from the world's PRNG. */
  uuid(): string;
  /** `arn:aws:<service>:<region>:<account>:<resource>` for this account. */
  arn(service: string, resource: string): string;
}

/**
 * An API operation. It validates everything before it changes anything and throws `AwsError`
 * for what the real service would reject, so a failed call leaves no trace in the world.
 */
export type Operation = (ctx: SimContext, input: Record<string, unknown>) => unknown;
export type TimerHandler = (ctx: SimContext, payload: never) => void;

/**
 * How services react to each other: a module's listener sees every event any service emits
 * (the simulation's internal event bus) and may emit or schedule in turn.
 */
export type EventListener = (ctx: SimContext, event: SimEvent) => void;

/** One simulated service: its API operations and the timers it schedules for itself. */
export interface ServiceModule {
  service: string;
  operations: Record<string, Operation>;
  timers?: Record<string, TimerHandler>;
  onEvent?: EventListener;
}

export interface Command {
  service: string;
  operation: string;
  input: Record<string, unknown>;
  /** The access key ID the request was signed with; absent means the account's default user. */
  accessKeyId?: string;
}

export type CommandResult =
  { ok: true; output: unknown; events: SimEvent[] } | { ok: false; error: AwsErrorShape; events: SimEvent[] };

/** Timer kind for commands a scenario scripts at a given time (pushes, faults, ...). */
export const SCRIPTED_COMMAND = 'scenario.command';

/**
 * The discrete-event loop over one world. It owns no time source: callers say how far to go
 * (`advanceTo`, `step`) and it fires due timers in (time, seq) order. Mutates `world` in place;
 * `snapshot()` hands out an independent copy.
 */
export class Simulation {
  readonly world: World;
  private readonly modules: ReadonlyMap<string, ServiceModule>;
  private readonly timerHandlers: ReadonlyMap<string, TimerHandler>;
  private readonly listeners: readonly EventListener[];
  private pending: SimEvent[] = [];
  private caller: Principal | undefined;
  private readonly ctx: SimContext;

  constructor(world: World, modules: readonly ServiceModule[]) {
    this.world = world;
    this.modules = new Map(modules.map((m) => [m.service, m]));
    const timers = new Map<string, TimerHandler>();
    for (const m of modules) {
      for (const [kind, handler] of Object.entries(m.timers ?? {})) timers.set(kind, handler);
    }
    timers.set(SCRIPTED_COMMAND, (_ctx, payload: Command) => this.runScripted(payload));
    this.timerHandlers = timers;
    this.listeners = modules.flatMap((m) => (m.onEvent ? [m.onEvent] : []));
    const currentCaller = () => this.caller ?? resolvePrincipal(world, undefined);
    this.ctx = {
      world,
      get now() {
        return world.now;
      },
      get caller() {
        return currentCaller();
      },
      emit: (e) => {
        this.pending.push({ seq: world.eventSeq++, at: world.now, ...e });
      },
      schedule: (delay, kind, payload) => this.schedule(delay, kind, payload),
      uuid: () => nextUuid(world.rng),
      arn: (service, resource) => `arn:aws:${service}:${world.account.region}:${world.account.accountId}:${resource}`,
    };
  }

  get now(): SimMillis {
    return this.world.now;
  }

  schedule(delay: number, kind: string, payload: unknown): void {
    if (!Number.isFinite(delay) || delay < 0) throw new RangeError(`Cannot schedule ${kind} ${delay} ms ahead`);
    pushTimer(this.world.queue, {
      at: simMillis(this.world.now + delay),
      seq: this.world.timerSeq++,
      kind,
      payload,
    });
  }

  /** Runs one API operation at the current virtual time. */
  execute(command: Command): CommandResult {
    const result = this.runOperation(command);
    return result.ok ? { ...result, events: this.flush() } : { ...result, events: [] };
  }

  /** Runs an operation, leaving its events pending; a refused call takes back everything it did. */
  private runOperation(command: Command): { ok: true; output: unknown } | { ok: false; error: AwsErrorShape } {
    const operation = this.modules.get(command.service)?.operations[command.operation];
    if (!operation) {
      return {
        ok: false,
        error: { type: 'UnknownOperationException', message: `Unknown operation ${command.operation}`, status: 400 },
      };
    }
    const pendingBefore = this.pending.length;
    const eventSeqBefore = this.world.eventSeq;
    const outerCaller = this.caller;
    this.caller = resolvePrincipal(this.world, command.accessKeyId);
    try {
      return { ok: true, output: operation(this.ctx, command.input) };
    } catch (e) {
      if (!(e instanceof AwsError)) throw e;
      this.pending.length = pendingBefore;
      this.world.eventSeq = eventSeqBefore;
      return { ok: false, error: toErrorShape(e) };
    } finally {
      this.caller = outerCaller;
    }
  }

  /** Virtual time of the next scheduled timer, if any. */
  nextAt(): SimMillis | undefined {
    return peekTimer(this.world.queue)?.at;
  }

  /**
   * Fires every timer due at or before `t`, in order, then sets the clock to `t`.
   * `onEvents` receives the events of each timer as it fires (so long runs need not buffer).
   */
  advanceTo(t: number, onEvents: (events: SimEvent[]) => void): void {
    const target = simMillis(Math.max(t, this.world.now));
    const queue = this.world.queue;
    let next = peekTimer(queue);
    while (next !== undefined && next.at <= target) {
      this.fire(next.at);
      if (this.pending.length > 0) onEvents(this.flush());
      next = peekTimer(queue);
    }
    this.world.now = target;
  }

  /**
   * "Step to next event": fires timers until one emits something (or the queue runs dry) and
   * leaves the clock at that timer's time.
   */
  step(): SimEvent[] {
    for (;;) {
      const next = peekTimer(this.world.queue);
      if (next === undefined) return [];
      this.fire(next.at);
      this.world.now = next.at;
      if (this.pending.length > 0) return this.flush();
    }
  }

  /** An independent, plain-data copy of the world. */
  snapshot(): World {
    return clonePlain(this.world);
  }

  private fire(at: SimMillis): void {
    const timer = popTimer(this.world.queue);
    if (timer === undefined) return;
    this.world.now = at;
    const handler = this.timerHandlers.get(timer.kind);
    if (!handler) throw new Error(`No handler for timer kind ${timer.kind}`);
    (handler as (ctx: SimContext, payload: unknown) => void)(this.ctx, timer.payload);
  }

  private runScripted(command: Command): void {
    const result = this.runOperation(command);
    if (result.ok) return;
    this.ctx.emit({
      source: SIMULATOR_SOURCE,
      detailType: 'Scripted Command Failed',
      resources: [],
      detail: {
        service: command.service,
        operation: command.operation,
        errorCode: result.error.type,
        errorMessage: result.error.message,
      },
    });
  }

  /**
   * Hands the pending events to every module that listens (in registration order, each event
   * once, including events the listeners emit themselves) and returns them all.
   */
  private flush(): SimEvent[] {
    for (let i = 0; i < this.pending.length; i++) {
      const event = this.pending[i] as SimEvent;
      for (const listener of this.listeners) listener(this.ctx, event);
    }
    const out = this.pending;
    this.pending = [];
    return out;
  }
}
