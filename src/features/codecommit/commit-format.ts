import type { Commit, UserInfo } from '../../api/codecommit/types';
import { formatDateTime, parseGitDate } from '../../components/format/time';

export const shortId = (id: string) => id.slice(0, 7);

/** A commit's title: the first line of its message. */
export const firstLine = (message: string) => message.split('\n', 1)[0]?.trim() ?? '';

/** When someone signed a commit, in epoch milliseconds (undefined if git's date is unreadable). */
export const signedAt = (user: UserInfo) => parseGitDate(user.date);

export const formatSignature = (user: UserInfo) => {
  const at = signedAt(user);
  return `${user.name} <${user.email}>${at === undefined ? '' : `, ${formatDateTime(at)}`}`;
};

/** Whether the committer differs from the author (a rebase, a cherry-pick, a merge through the console). */
export const committedBySomeoneElse = (commit: Commit) =>
  commit.committer.name !== commit.author.name ||
  commit.committer.email !== commit.author.email ||
  commit.committer.date !== commit.author.date;
