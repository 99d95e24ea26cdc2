import { describe, expect, it } from 'vitest';
import { readForm, toForm } from './simulated-outcome-model';

const form = { result: 'Failed' as const, duration: '45', message: 'Smoke test: 3 of 40 checks failed', variables: '' };

describe('the simulated outcome form', () => {
  it('reads a failure with its message and variables, keeping = inside a value', () => {
    expect(readForm({ ...form, variables: 'TestReport=s3://reports/run=7\n\n  Passed = 37 ' }).outcome).toEqual({
      result: 'Failed',
      durationSeconds: 45,
      message: 'Smoke test: 3 of 40 checks failed',
      outputVariables: { TestReport: 's3://reports/run=7', Passed: '37' },
    });
  });

  it('gives back the outcome it was opened with', () => {
    const outcome = { result: 'Succeeded' as const, durationSeconds: 30, outputVariables: { A: '1', 'b@c-d_e': 'x' } };
    expect(readForm(toForm(outcome)).outcome).toEqual(outcome);
  });

  it('refuses a duration outside one second to one day', () => {
    for (const duration of ['0', '86401', '1.5', '', 'ten']) {
      expect(readForm({ ...form, duration }).problems.duration).toBe(
        'A whole number of seconds from 1 to 86400 (one day).',
      );
    }
    expect(readForm({ ...form, duration: '86400' }).outcome?.durationSeconds).toBe(86_400);
  });

  it('names the line of each bad output variable', () => {
    const { outcome, problems } = readForm({ ...form, variables: 'OK=1\nno equals\n=2\nbad name=3\nOK=4' });
    expect(outcome).toBeUndefined();
    expect(problems.variables).toEqual([
      'Line 2: “no equals” has no “=”; write name=value.',
      'Line 3: the variable has no name before “=”.',
      'Line 4: “bad name” is not a valid variable name: letters, digits, @, - and _ only.',
      'Line 5: “OK” is already set on an earlier line.',
    ]);
  });

  it('refuses a message longer than the 5000 characters the simulator keeps', () => {
    expect(readForm({ ...form, message: 'x'.repeat(5001) }).problems.message).toBe(
      'At most 5000 characters (5001 now).',
    );
  });
});
