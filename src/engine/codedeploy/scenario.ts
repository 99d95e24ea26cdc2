import { AwsError } from '../core/aws-error';
import { nextUuid } from '../core/rng';
import type { SimContext } from '../core/simulation';
import { simMillis } from '../core/time';
import { resolvePrincipal } from '../iam/principals';
import type { World } from '../world';
import { CreateApplication } from './operations/applications';
import { CreateDeploymentConfig } from './operations/deployment-configs';
import { CreateDeploymentGroup } from './operations/deployment-groups';
import { RegisterApplicationRevision } from './operations/revisions';
import { DEFAULT_SCENARIO_ROLE, type CodeDeployScenario } from './scenario-schema';

type LoadBalancerInfo = NonNullable<
  CodeDeployScenario['applications'][number]['deploymentGroups'][number]['loadBalancerInfo']
>;
type Route = NonNullable<LoadBalancerInfo['targetGroupPairInfoList']>[number]['prodTrafficRoute'];

/**
 * Builds a scenario's CodeDeploy resources at virtual time 0 through the API operations themselves, so a
 * scenario is held to the same rules as a request. Needs IAM, S3 and the fleet in place first.
 */
export function createCodeDeployResources(world: World, spec: CodeDeployScenario): void {
  const ctx: SimContext = {
    world,
    now: simMillis(0),
    caller: resolvePrincipal(world, undefined),
    emit: () => undefined,
    schedule: () => {
      throw new Error('CodeDeploy resources in a scenario schedule nothing');
    },
    uuid: () => nextUuid(world.rng),
    arn: (service, resource) => `arn:aws:${service}:${world.account.region}:${world.account.accountId}:${resource}`,
  };
  const run = (what: string, operation: typeof CreateApplication, input: Record<string, unknown>) => {
    try {
      operation(ctx, input);
    } catch (e) {
      if (e instanceof AwsError) throw new Error(`CodeDeploy ${what}: ${e.type}: ${e.message}`, { cause: e });
      throw e;
    }
  };
  const defaultRole = `arn:aws:iam::${world.account.accountId}:role/${DEFAULT_SCENARIO_ROLE}`;
  for (const config of spec.deploymentConfigs) {
    run(`deployment configuration ${config.deploymentConfigName}`, CreateDeploymentConfig, { ...config });
  }
  for (const app of spec.applications) {
    const { applicationName } = app;
    run(`application ${applicationName}`, CreateApplication, { applicationName, computePlatform: app.computePlatform });
    for (const group of app.deploymentGroups) {
      run(`deployment group ${applicationName}/${group.deploymentGroupName}`, CreateDeploymentGroup, {
        serviceRoleArn: defaultRole,
        ...group,
        ...(group.loadBalancerInfo && { loadBalancerInfo: withListenerArns(world, group.loadBalancerInfo) }),
        applicationName,
      });
    }
    for (const { revision, description } of app.revisions) {
      run(`revision of ${applicationName}`, RegisterApplicationRevision, { applicationName, revision, description });
    }
  }
}

/** Traffic routes with their listeners named by load balancer and port turned into the listeners' ARNs. */
function withListenerArns(world: World, info: LoadBalancerInfo): Record<string, unknown> {
  const arnOf = (route: Route) => [
    ...(route.listenerArns ?? []),
    ...(route.listeners ?? []).map(({ loadBalancer, port }) => {
      const lb = Object.values(world.account.fleet.loadBalancers).find((l) => l.loadBalancerName === loadBalancer);
      const listener = lb?.listeners.find((l) => l.port === port);
      if (!listener)
        throw new Error(`CodeDeploy: the fleet has no listener on port ${port} of load balancer ${loadBalancer}`);
      return listener.listenerArn;
    }),
  ];
  return {
    ...info,
    ...(info.targetGroupPairInfoList && {
      targetGroupPairInfoList: info.targetGroupPairInfoList.map((pair) => ({
        ...pair,
        prodTrafficRoute: { listenerArns: arnOf(pair.prodTrafficRoute) },
        ...(pair.testTrafficRoute && { testTrafficRoute: { listenerArns: arnOf(pair.testTrafficRoute) } }),
      })),
    }),
  };
}
