import { describe, expect, it } from 'vitest';
import { AwsApiError } from '../../../api/aws-call';
import { describeCommitError } from './commit-errors';

describe('describeCommitError', () => {
  it("keeps the service's type and message and adds what to do", () => {
    const error = new AwsApiError('ParentCommitIdOutdatedException', 'The parent commit ID abc is not the tip', 400);
    expect(describeCommitError(error, 'main', 'buildspec.yml')).toEqual({
      type: 'ParentCommitIdOutdatedException',
      message: 'The parent commit ID abc is not the tip',
      advice: expect.stringMatching(/Someone committed to main after you started editing\. Your text is kept/),
    });
    expect(describeCommitError(new AwsApiError('SameFileContentException', 'm', 400), 'main', 'a.yml').advice).toBe(
      'Nothing to commit: a.yml on main already has exactly this content. Change something first, or cancel.',
    );
    expect(describeCommitError(new AwsApiError('AccessDeniedException', 'denied', 400), 'main', 'a').advice).toMatch(
      /branch protection on main/,
    );
  });

  it('still says something for errors it does not know', () => {
    expect(describeCommitError(new AwsApiError('WeirdException', 'w', 500), 'b', 'p').advice).toMatch(/refused/);
    expect(describeCommitError(new Error('offline'), 'b', 'p')).toMatchObject({ type: 'Error', message: 'offline' });
  });
});
