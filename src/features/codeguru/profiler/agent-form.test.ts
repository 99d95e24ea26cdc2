import { describe, expect, it } from 'vitest';
import { agentFormProblems } from './agent-form';

const defaults = {
  SamplingIntervalInMilliseconds: '1000',
  ReportingIntervalInMilliseconds: '300000',
  MinimumTimeForReportingInMilliseconds: '30000',
  MemoryUsageLimitPercent: '10',
  MaxStackDepth: '1000',
};

describe('agent parameters form', () => {
  it('accepts the agent defaults', () => {
    expect(agentFormProblems(defaults)).toEqual({});
  });

  it('names the field that is not a whole number or out of range', () => {
    expect(
      agentFormProblems({
        ...defaults,
        MaxStackDepth: '2.5',
        MemoryUsageLimitPercent: '0',
        ReportingIntervalInMilliseconds: '10000',
      }),
    ).toEqual({
      MaxStackDepth: 'Enter a whole number.',
      MemoryUsageLimitPercent: 'Between 1 and 100.',
    });
  });
});
