import { describe, expect, it } from 'vitest';
import type { Commit } from '../../api/codecommit/types';
import { committedBySomeoneElse, firstLine, formatSignature, shortId } from './commit-format';

const alice = { name: 'Alice Ortega', email: 'alice@example.com', date: '1767600000 +0000' };

describe('commit display', () => {
  it('shortens IDs to seven characters', () => {
    expect(shortId('dbafc3b1e0c8a6f54c4a1b9e1a8f7a6b5c4d3e2f')).toBe('dbafc3b');
  });

  it('titles a commit by its first line', () => {
    expect(firstLine('Serve a health check\n\nThe load balancer needs it.')).toBe('Serve a health check');
    expect(firstLine('')).toBe('');
  });

  it('shows who signed and when, in UTC', () => {
    expect(formatSignature(alice)).toBe('Alice Ortega <alice@example.com>, 5 Jan 2026 08:00 UTC');
  });

  it('notices when the committer is not the author', () => {
    const commit = { author: alice, committer: alice } as Commit;
    expect(committedBySomeoneElse(commit)).toBe(false);
    expect(committedBySomeoneElse({ ...commit, committer: { ...alice, name: 'Bo' } })).toBe(true);
  });
});
