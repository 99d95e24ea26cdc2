import { describe, expect, it } from 'vitest';
import type { EventBridgeEvent } from '../../engine/core/events';
import { eventElapsed, shortResource, summarizeEvent } from './event-summary';

const event = (detailType: string, detail: Record<string, unknown>, source = 'aws.codecommit'): EventBridgeEvent => ({
  version: '0',
  id: 'e1',
  'detail-type': detailType,
  source,
  account: '123456789012',
  time: '2026-01-05T09:03:00Z',
  region: 'us-east-1',
  resources: ['arn:aws:codecommit:us-east-1:123456789012:demo-webapp'],
  detail,
});

const push = (detail: Record<string, unknown>) =>
  event('CodeCommit Repository State Change', {
    repositoryName: 'demo-webapp',
    referenceType: 'branch',
    referenceName: 'main',
    commitId: 'dbafc3b1e0c8a6f54c4a1b9e1a8f7a6b5c4d3e2f',
    ...detail,
  });

describe('event summaries', () => {
  it('says which branch moved to which commit', () => {
    expect(summarizeEvent(push({ event: 'referenceUpdated', oldCommitId: 'aaaaaaa' }))).toBe(
      'demo-webapp: main updated to dbafc3b',
    );
  });

  it('says when a branch is created or deleted', () => {
    expect(summarizeEvent(push({ event: 'referenceCreated' }))).toBe('demo-webapp: branch main created at dbafc3b');
    expect(summarizeEvent(push({ event: 'referenceDeleted' }))).toBe('demo-webapp: branch main deleted');
  });

  it('explains failed scripted steps', () => {
    const failed = event(
      'Scripted Push Failed',
      { repositoryName: 'gone', branch: 'main', reason: 'Repository gone does not exist.' },
      'cicdlab.simulator',
    );
    expect(summarizeEvent(failed)).toBe('Scripted push to gone/main failed: Repository gone does not exist.');
  });

  it('falls back to the first plain fields for unfamiliar events', () => {
    const other = event('Build State Change', { 'build-status': 'FAILED', 'project-name': 'web', nested: { a: 1 } });
    expect(summarizeEvent(other)).toBe('build-status: FAILED, project-name: web');
  });
});

describe('event times and resources', () => {
  it('measures an event from the start of the world', () => {
    expect(eventElapsed(push({}), Date.parse('2026-01-05T09:00:00Z'))).toBe(180_000);
  });

  it('shortens ARNs to the resource name', () => {
    expect(shortResource('arn:aws:codecommit:us-east-1:123456789012:demo-webapp')).toBe('demo-webapp');
    expect(shortResource('not-an-arn')).toBe('not-an-arn');
  });
});
