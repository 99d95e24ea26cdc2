import { repositoryExists } from '../codecommit/public';
import { nextUuid } from '../core/rng';
import { setOwn } from '../core/records';
import { simMillis } from '../core/time';
import type { World } from '../world';
import { STATE_REASONS } from './operations/associations';
import type { CodeGuruReviewerScenario } from './scenario-schema';

/** A scenario's associations, already Associated at virtual time 0. Needs the CodeCommit repositories in place. */
export function createCodeGuruReviewerResources(world: World, spec: CodeGuruReviewerScenario): void {
  const { region, accountId } = world.account;
  for (const a of spec.associations) {
    if (!repositoryExists(world, a.repositoryName))
      throw new Error(
        `CodeGuru Reviewer association: repository ${a.repositoryName} is not listed in codecommit.repositories`,
      );
    if (Object.values(world.account.codeguruReviewer.associations).some((x) => x.Name === a.repositoryName))
      throw new Error(`CodeGuru Reviewer association: repository ${a.repositoryName} is listed twice`);
    const id = nextUuid(world.rng);
    setOwn(world.account.codeguruReviewer.associations, id, {
      AssociationId: id,
      AssociationArn: `arn:aws:codeguru-reviewer:${region}:${accountId}:association:${id}`,
      Name: a.repositoryName,
      Owner: accountId,
      ProviderType: 'CodeCommit',
      State: 'Associated',
      StateReason: STATE_REASONS.associated,
      CreatedTimeStamp: simMillis(0),
      LastUpdatedTimeStamp: simMillis(0),
      Tags: { ...a.tags },
    });
  }
}
