import { WORLD_FORMAT_VERSION } from '../world';
import { formatPath } from './locate';
import type { ScenarioProblem } from './load';
import type { Scenario } from './schema';

type Located = ScenarioProblem & { at: (string | number)[] };

/** What a schema cannot see in a saved world: references between its parts. */
export function checkSnapshot(scenario: Scenario): Located[] {
  const snapshot = scenario.snapshot;
  if (!snapshot) return [];
  const problem = (at: (string | number)[], message: string): Located => ({ at, path: formatPath(at), message });
  const problems: Located[] = [];
  if (snapshot.formatVersion !== WORLD_FORMAT_VERSION) {
    problems.push(
      problem(
        ['snapshot', 'formatVersion'],
        `Saved world format ${snapshot.formatVersion} is not one this build reads (${WORLD_FORMAT_VERSION}).`,
      ),
    );
  }
  for (const [name, repo] of Object.entries(snapshot.account.codecommit.repositories)) {
    const base = ['snapshot', 'account', 'codecommit', 'repositories', name];
    if (repo.repositoryName !== name)
      problems.push(
        problem([...base, 'repositoryName'], `Repository stored under "${name}" is named "${repo.repositoryName}".`),
      );
    for (const [branch, commitId] of Object.entries(repo.branches)) {
      if (!Object.hasOwn(repo.objects.commits, commitId)) {
        problems.push(
          problem(
            [...base, 'branches', branch],
            `Branch ${branch} points at commit ${commitId}, which is not in the repository.`,
          ),
        );
      }
    }
    for (const [commitId, commit] of Object.entries(repo.objects.commits)) {
      if (!Object.hasOwn(repo.objects.trees, commit.tree)) {
        problems.push(
          problem(
            [...base, 'objects', 'commits', commitId, 'tree'],
            `Commit ${commitId} refers to tree ${commit.tree}, which is missing.`,
          ),
        );
      }
    }
  }
  return problems;
}
