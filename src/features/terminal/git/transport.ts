import { gitPull, type GitPullOutput } from '../../../api/codecommit/git-pull';
import { gitPush, type GitReferenceUpdate } from '../../../api/codecommit/git-push';
import type { GitPack } from '../../../api/codecommit/git-objects';
import { listUsers } from '../../../api/iam/list-users';
import { engineStore } from '../../../api/simulation/engine-store';
import { useIdentityStore } from '../../../stores/identity-store';

/** What `git` needs from outside the terminal: the CodeCommit transport, who is acting, and the time. */
export interface GitHost {
  pull(repositoryName: string, haves: string[]): Promise<GitPullOutput>;
  push(repositoryName: string, updates: GitReferenceUpdate[], objects: GitPack): Promise<unknown>;
  /** The IAM name the console acts as: the default author when git config has none. */
  actingName(): Promise<string>;
  /** Epoch seconds for new commits: the simulated clock, so commits line up with the console's timeline. */
  nowSeconds(): number;
}

export const consoleGitHost: GitHost = {
  pull: gitPull,
  push: gitPush,
  async actingName() {
    return useIdentityStore.getState().identity?.name ?? (await listUsers()).defaultUserName;
  },
  nowSeconds() {
    const clock = engineStore.getState().clock;
    return Math.floor((clock ? clock.startEpochMs + clock.now : Date.now()) / 1000);
  },
};
