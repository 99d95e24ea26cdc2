import type { SimContext } from '../core/simulation';
import { authorize } from '../iam/policy';
import type { Principal } from '../iam/state';

/**
 * Checks a write to a branch against the caller's policies with the `codecommit:References`
 * condition key, which is how AWS expresses branch protection (aws-facts §4.3).
 */
export function authorizeReference(
  ctx: SimContext,
  principal: Principal,
  action: string,
  repositoryName: string,
  branch: string,
): void {
  authorize(principal, action, ctx.arn('codecommit', repositoryName), {
    'codecommit:References': [`refs/heads/${branch}`],
  });
}

/** Same, for the operation being called and its caller. */
export const authorizeCall = (ctx: SimContext, operation: string, repositoryName: string, branch: string) =>
  authorizeReference(ctx, ctx.caller, `codecommit:${operation}`, repositoryName, branch);
