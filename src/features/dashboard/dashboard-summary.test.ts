import { describe, expect, it } from 'vitest';
import type { RepositoryMetadata } from '../../api/codecommit/types';
import type { EventBridgeEvent } from '../../engine/core/events';
import { latestEventRows, recentlyModified } from './dashboard-summary';

const START = Date.parse('2026-01-05T09:00:00Z');

const push = (i: number): EventBridgeEvent => ({
  version: '0',
  id: `event-${i}`,
  'detail-type': 'CodeCommit Repository State Change',
  source: 'aws.codecommit',
  account: '123456789012',
  time: new Date(START + i * 60_000).toISOString().replace('.000', ''),
  region: 'us-east-1',
  resources: [],
  detail: {
    event: 'referenceUpdated',
    repositoryName: 'demo-webapp',
    referenceName: 'main',
    commitId: `c${i}aaaaaaaaa`,
  },
});

const repo = (name: string, lastModifiedDate: number) =>
  ({ repositoryName: name, lastModifiedDate }) as RepositoryMetadata;

describe('latest events on the dashboard', () => {
  it('lists the last eight, newest first, with when and what', () => {
    const rows = latestEventRows(
      Array.from({ length: 12 }, (_, i) => push(i)),
      START,
    );
    expect(rows).toHaveLength(8);
    expect(rows[0]).toEqual({
      id: 'event-11',
      elapsedMs: 11 * 60_000,
      source: 'aws.codecommit',
      detailType: 'CodeCommit Repository State Change',
      summary: 'demo-webapp: main updated to c11aaaa',
    });
    expect(rows.at(-1)?.id).toBe('event-4');
  });

  it('is empty before anything has happened', () => {
    expect(latestEventRows([], START)).toEqual([]);
  });
});

describe('repositories on the dashboard', () => {
  it('puts the most recently changed first, then by name', () => {
    const sorted = recentlyModified([repo('b', 10), repo('a', 20), repo('c', 10)]);
    expect(sorted.map((r) => r.repositoryName)).toEqual(['a', 'b', 'c']);
  });
});
