import type { ApiCall, Step } from './plan';

/** Sends one call to its service and resolves with the answer; rejects with the service's error. */
export type CallService = (call: ApiCall) => Promise<Record<string, unknown>>;

export type StepStatus = 'pending' | 'running' | 'succeeded' | 'failed' | 'undone';

export interface StepRun {
  step: Step;
  status: StepStatus;
  output?: Record<string, unknown>;
  /** What the service answered when it refused the step (or its undo): an `AwsApiError` from the console. */
  error?: unknown;
}

export const pendingRuns = (steps: Step[]): StepRun[] => steps.map((step) => ({ step, status: 'pending' }));

/**
 * Runs the steps in order and stops at the first refusal: later steps depend on what earlier ones created (the
 * pipeline names the build project, the deployment group the application). `onChange` sees every status change.
 */
export async function runPlan(
  steps: Step[],
  call: CallService,
  onChange: (runs: StepRun[]) => void,
): Promise<StepRun[]> {
  let runs = pendingRuns(steps);
  const update = (index: number, patch: Partial<StepRun>) => {
    runs = runs.map((run, i) => (i === index ? { ...run, ...patch } : run));
    onChange(runs);
  };
  for (const [index, step] of steps.entries()) {
    update(index, { status: 'running' });
    try {
      update(index, { status: 'succeeded', output: await call(step) });
    } catch (error) {
      update(index, { status: 'failed', error });
      break;
    }
  }
  return runs;
}

/** The steps that created something (deleted since or not), newest first: the order to delete them in. */
export const createdSoFar = (runs: StepRun[]) =>
  runs.filter((run) => (run.status === 'succeeded' || run.status === 'undone') && run.step.creates).reverse();

/**
 * Deletes what the succeeded steps created, newest first (a deployment group before its application). Resources the
 * simulator cannot delete (an Auto Scaling group) stay, and say so. Returns the runs with the deleted ones `undone`.
 */
export async function undoRuns(
  runs: StepRun[],
  call: CallService,
  onChange: (runs: StepRun[]) => void,
): Promise<StepRun[]> {
  let current = runs;
  for (const run of createdSoFar(runs).filter((r) => r.status === 'succeeded')) {
    const undo = run.step.undo?.(run.output ?? {});
    if (!undo) continue;
    try {
      await call(undo);
      current = current.map((r) => (r === run ? { ...r, status: 'undone' } : r));
    } catch (error) {
      current = current.map((r) => (r === run ? { ...r, error } : r));
    }
    onChange(current);
  }
  return current;
}
