import { describe, expect, it } from 'vitest';
import type { CommentsForPullRequest } from '../../../api/codecommit/pull-request-types';
import { lineThread } from './use-line-comments';

const comment = (commentId: string, authorArn: string, content: string) => ({
  commentId,
  content,
  authorArn,
  creationDate: Date.parse('2026-02-02T09:00:00Z') / 1000,
  lastModifiedDate: 0,
  deleted: false,
});

const thread = (location: CommentsForPullRequest['location'], ...comments: ReturnType<typeof comment>[]) => ({
  pullRequestId: '1',
  repositoryName: 'shop-api',
  beforeCommitId: 'd',
  afterCommitId: 's',
  ...(location && { location }),
  comments,
});

describe('lineThread', () => {
  it('picks the comments on one line of one version of a file', () => {
    const at = { filePath: 'src/cart.js', filePosition: 3, relativeFileVersion: 'AFTER' as const };
    const threads = [
      thread(undefined, comment('g', 'arn:aws:iam::123456789012:user/ben', 'general')),
      thread(at, comment('a', 'arn:aws:iam::123456789012:user/ana', 'round?')),
      thread({ ...at, relativeFileVersion: 'BEFORE' }, comment('b', 'arn:aws:iam::123456789012:user/ben', 'old')),
      thread({ ...at, filePosition: 4 }, comment('c', 'arn:aws:iam::123456789012:user/ben', 'next line')),
    ];
    expect(lineThread(threads, at)).toEqual([
      { commentId: 'a', author: 'ana', when: '2 Feb 2026 09:00 UTC', content: 'round?' },
    ]);
  });
});
