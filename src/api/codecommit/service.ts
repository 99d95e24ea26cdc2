import type { ServiceEndpoint } from '../aws-call';

export const codecommit: ServiceEndpoint = { endpointPrefix: 'codecommit', targetPrefix: 'CodeCommit_20150413' };

/** JSON 1.1 timestamps are epoch seconds. */
export const fromEpochSeconds = (s: number) => new Date(s * 1000);

/** Git's transport for the terminal's `git` (docs/terminal-git.md): not part of CodeCommit's API, so a target of its own. */
export const codecommitSimulator: ServiceEndpoint = {
  endpointPrefix: 'codecommit-simulator',
  targetPrefix: 'CICDLabCodeCommitSimulator_20260101',
};
