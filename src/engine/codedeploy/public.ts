import { getOwn } from '../core/records';
import type { SimContext } from '../core/simulation';
import type { World } from '../world';
import { isActive } from './deployment/run';
import { stopDeployment } from './deployment/operations';
import type { Deployment } from './state';

/**
 * What other services may use of CodeDeploy. A pipeline's deploy action creates a deployment of its artifact
 * (CreateDeployment's own checks, creator CodePipeline) and follows it through CodeDeploy's events.
 */
export { createDeploymentForPipeline } from './deployment/create';

/** A deployment by ID, read-only. */
export const findDeployment = (world: World, deploymentId: string): Readonly<Deployment> | undefined =>
  getOwn(world.account.codedeploy.deployments, deploymentId);

/** Stops a deployment still running, as StopDeployment does (a pipeline action abandoned). */
export function stopDeploymentForPipeline(ctx: SimContext, deploymentId: string): void {
  const d = getOwn(ctx.world.account.codedeploy.deployments, deploymentId);
  if (d && isActive(d)) stopDeployment(ctx, d);
}
