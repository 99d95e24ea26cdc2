import { describe, expect, it } from 'vitest';
import type { EventBridgeEvent } from '../../engine/core/events';
import { NO_FILTERS, detailTypesIn, filterEvents, prettyJson, rowsAddedAbove, sourcesIn } from './event-rows';

const event = (
  id: string,
  source: string,
  detailType: string,
  detail: Record<string, unknown> = {},
): EventBridgeEvent => ({
  version: '0',
  id,
  'detail-type': detailType,
  source,
  account: '123456789012',
  time: '2026-01-05T09:03:00Z',
  region: 'us-east-1',
  resources: [],
  detail,
});

const feed = [
  event('1', 'aws.codecommit', 'CodeCommit Repository State Change', {
    repositoryName: 'demo-webapp',
    referenceName: 'main',
  }),
  event('2', 'cicdlab.simulator', 'Scripted Push Failed', { repositoryName: 'gone' }),
  event('3', 'aws.codecommit', 'CodeCommit Repository State Change', {
    repositoryName: 'demo-webapp',
    referenceName: 'feature/dark-mode',
  }),
];

const ids = (events: EventBridgeEvent[]) => events.map((e) => e.id);

describe('the events feed', () => {
  it('lists the newest event first', () => {
    expect(ids(filterEvents(feed, NO_FILTERS))).toEqual(['3', '2', '1']);
  });

  it('keeps only the chosen source and detail type', () => {
    expect(ids(filterEvents(feed, { ...NO_FILTERS, source: 'aws.codecommit' }))).toEqual(['3', '1']);
    expect(ids(filterEvents(feed, { ...NO_FILTERS, detailType: 'Scripted Push Failed' }))).toEqual(['2']);
  });

  it('searches the whole event JSON, ignoring case', () => {
    expect(ids(filterEvents(feed, { ...NO_FILTERS, text: 'DARK-MODE' }))).toEqual(['3']);
    expect(ids(filterEvents(feed, { ...NO_FILTERS, text: '  gone ' }))).toEqual(['2']);
    expect(ids(filterEvents(feed, { ...NO_FILTERS, text: 'nothing like this' }))).toEqual([]);
  });

  it('offers the sources and detail types that are present', () => {
    expect(sourcesIn(feed)).toEqual(['aws.codecommit', 'cicdlab.simulator']);
    expect(detailTypesIn(feed, '')).toEqual(['CodeCommit Repository State Change', 'Scripted Push Failed']);
    expect(detailTypesIn(feed, 'cicdlab.simulator')).toEqual(['Scripted Push Failed']);
  });

  it('pretty-prints the event for its JSON panel', () => {
    expect(prettyJson(feed[1] as EventBridgeEvent)).toContain('\n  "detail-type": "Scripted Push Failed",\n');
  });
});

describe('keeping the reader in place', () => {
  it('counts the rows that arrived above the one that was first', () => {
    const newestFirst = filterEvents(feed, NO_FILTERS);
    expect(rowsAddedAbove(newestFirst, '1')).toBe(2);
    expect(rowsAddedAbove(newestFirst, '3')).toBe(0);
    expect(rowsAddedAbove(newestFirst, 'replaced-world')).toBe(0);
    expect(rowsAddedAbove(newestFirst, undefined)).toBe(0);
  });
});
