import { AwsError } from '../core/aws-error';
import { clonePlain } from '../core/clone';
import { setOwn } from '../core/records';
import { nextUuid } from '../core/rng';
import type { SimContext } from '../core/simulation';
import { simMillis } from '../core/time';
import { resolvePrincipal } from '../iam/principals';
import type { World } from '../world';
import { readDeclaration } from './operations/common';
import { newPipeline } from './operations/pipelines';
import type { CodePipelineScenario } from './scenario-schema';

export const connectionArn = (world: World, connectionName: string) =>
  `arn:aws:codestar-connections:${world.account.region}:${world.account.accountId}:connection/${connectionName}`;

/**
 * Builds a scenario's pipelines at virtual time 0, held to CreatePipeline's rules (service role, artifact bucket),
 * but without the first execution CreatePipeline starts: a scenario world starts quiet. Needs IAM and S3 first.
 */
export function createCodePipelineResources(world: World, spec: CodePipelineScenario): void {
  const ctx: SimContext = {
    world,
    now: simMillis(0),
    caller: resolvePrincipal(world, undefined),
    emit: () => undefined,
    schedule: () => {
      throw new Error('CodePipeline resources in a scenario schedule nothing');
    },
    uuid: () => nextUuid(world.rng),
    arn: (service, resource) => `arn:aws:${service}:${world.account.region}:${world.account.accountId}:${resource}`,
  };
  const state = world.account.codepipeline;
  for (const c of spec.connections) {
    setOwn(state.connections, connectionArn(world, c.connectionName), {
      connectionName: c.connectionName,
      providerType: c.providerType,
      connectionStatus: c.connectionStatus,
      ownerId: c.ownerId,
    });
  }
  for (const raw of spec.pipelines) {
    const name = String(raw.name);
    if (Object.hasOwn(state.pipelines, name)) throw new Error(`CodePipeline pipeline ${name} is declared twice`);
    try {
      setOwn(state.pipelines, name, newPipeline(ctx, readDeclaration(ctx, { pipeline: raw }), []));
    } catch (e) {
      if (e instanceof AwsError)
        throw new Error(`CodePipeline pipeline ${name}: ${e.type}: ${e.message}`, { cause: e });
      throw e;
    }
  }
  state.actionOutcomes = clonePlain(spec.actionOutcomes);
}
