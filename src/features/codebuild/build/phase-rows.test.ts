import { describe, expect, it } from 'vitest';
import type { Build } from '../../../api/codebuild/types';
import { buildDurationSeconds, formatSeconds, phaseRows } from './phase-rows';

const T = 1_767_603_600; // 2026-01-05T09:00:00Z in epoch seconds

const build = (over: Partial<Build>): Build =>
  ({
    id: 'p:1',
    arn: 'arn',
    buildNumber: 1,
    startTime: T,
    currentPhase: 'BUILD',
    buildStatus: 'IN_PROGRESS',
    projectName: 'p',
    phases: [],
    source: { type: 'NO_SOURCE' },
    environment: { type: 'LINUX_CONTAINER', image: 'i', computeType: 'c' },
    timeoutInMinutes: 60,
    queuedTimeoutInMinutes: 480,
    buildComplete: false,
    ...over,
  }) as Build;

describe('phaseRows', () => {
  it('lists reached phases with status, duration and context, and runs the current one', () => {
    const rows = phaseRows(
      build({
        phases: [
          { phaseType: 'SUBMITTED', phaseStatus: 'SUCCEEDED', startTime: T, endTime: T, durationInSeconds: 0 },
          {
            phaseType: 'PRE_BUILD',
            phaseStatus: 'FAILED',
            startTime: T,
            endTime: T + 12,
            durationInSeconds: 12,
            contexts: [
              {
                statusCode: 'COMMAND_EXECUTION_ERROR',
                message: 'Error while executing command: npm ci. Reason: exit status 1',
              },
              { statusCode: '', message: '' },
            ],
          },
          { phaseType: 'BUILD', startTime: T + 12 },
        ],
      }),
      (T + 42) * 1000,
    );
    expect(rows).toEqual([
      { phase: 'SUBMITTED', status: 'SUCCEEDED', startMs: T * 1000, endMs: T * 1000, durationSeconds: 0, contexts: [] },
      {
        phase: 'PRE_BUILD',
        status: 'FAILED',
        startMs: T * 1000,
        endMs: (T + 12) * 1000,
        durationSeconds: 12,
        contexts: ['COMMAND_EXECUTION_ERROR: Error while executing command: npm ci. Reason: exit status 1'],
      },
      { phase: 'BUILD', status: 'IN_PROGRESS', startMs: (T + 12) * 1000, durationSeconds: 30, contexts: [] },
    ]);
  });

  it('leaves out COMPLETED, the end marker', () => {
    const rows = phaseRows(
      build({
        buildComplete: true,
        phases: [
          { phaseType: 'FINALIZING', phaseStatus: 'SUCCEEDED', startTime: T, endTime: T + 1, durationInSeconds: 1 },
          { phaseType: 'COMPLETED', startTime: T + 1 },
        ],
      }),
    );
    expect(rows.map((r) => r.phase)).toEqual(['FINALIZING']);
  });
});

describe('formatSeconds and buildDurationSeconds', () => {
  it('reads like the console', () => {
    expect(formatSeconds(1)).toBe('1 sec');
    expect(formatSeconds(45)).toBe('45 secs');
    expect(formatSeconds(125)).toBe('2 mins 5 secs');
    expect(formatSeconds(3780)).toBe('1 hr 3 mins');
  });

  it('counts a running build up to now and a finished one to its end', () => {
    expect(buildDurationSeconds(build({}), (T + 90) * 1000)).toBe(90);
    expect(buildDurationSeconds(build({ endTime: T + 61 }))).toBe(61);
  });
});
