import type { SimContext } from '../core/simulation';
import type { Account } from '../world';
import type { AlarmState, AutoScalingGroup, Ec2Instance, EcsTaskSet, ForwardTarget, RevisionProfile } from './state';

/**
 * What other services (CodeDeploy now, CodePipeline later) may do to the fleet. They may read the
 * fleet slice directly; they change it only through these functions, so the fleet can keep its
 * invariants (target health, traffic, the traffic-weight events `npm run sim` prints).
 *
 * INTERFACE CONTRACT — bodies are filled in by the fleet module.
 */

/** An EC2 tag filter as CodeDeploy's `ec2TagFilters` has it. */
export interface TagFilter {
  Key?: string;
  Value?: string;
  Type: 'KEY_ONLY' | 'VALUE_ONLY' | 'KEY_AND_VALUE';
}

/**
 * Instances a deployment group targets: those matching the tag filters (any filter in a group,
 * every group of an `ec2TagSet`) plus those in the named Auto Scaling groups; terminated ones
 * excluded; ordered by instance ID.
 */
export declare function instancesMatching(
  account: Account,
  target: { tagFilters?: TagFilter[]; tagSet?: TagFilter[][]; autoScalingGroups?: string[] },
): Ec2Instance[];

/**
 * Blue/green COPY_AUTO_SCALING_GROUP: a new group with the source's settings and capacity whose
 * instances start `pending` and become `running` after the simulated boot time (a fleet timer).
 */
export declare function copyAutoScalingGroup(ctx: SimContext, sourceName: string, newName: string): AutoScalingGroup;

/** Moves instances to `shutting-down` then `terminated` (and out of their groups and target groups). */
export declare function terminateInstances(ctx: SimContext, instanceIds: string[]): void;

/** Registers instances in a target group; they pass health checks after the check interval × threshold. */
export declare function registerTargets(ctx: SimContext, targetGroupArn: string, targetIds: string[]): void;

/** Starts draining; targets leave the group after its deregistration delay. */
export declare function deregisterTargets(ctx: SimContext, targetGroupArn: string, targetIds: string[]): void;

/** Sets the listener's forward weights (ECS production/test listeners, ALB weighted target groups). */
export declare function setListenerForward(ctx: SimContext, listenerArn: string, forward: ForwardTarget[]): void;

/** Points an alias at `functionVersion`, sending `weight` (0..1) of traffic to `additionalVersion`. */
export declare function setAliasRouting(
  ctx: SimContext,
  functionName: string,
  aliasName: string,
  functionVersion: string,
  additional?: { version: string; weight: number },
): void;

/** Creates an ECS task set (replacement) for `cluster/service`, scale 100%, status ACTIVE. */
export declare function createTaskSet(
  ctx: SimContext,
  serviceKey: string,
  taskDefinition: string,
  targetGroupArn: string,
): EcsTaskSet;

/** Makes a task set PRIMARY (the others ACTIVE) or deletes one (status DRAINING, then removed). */
export declare function setPrimaryTaskSet(ctx: SimContext, serviceKey: string, taskSetId: string): void;
export declare function deleteTaskSet(ctx: SimContext, serviceKey: string, taskSetId: string): void;

/** Current state of a CloudWatch alarm; undefined when there is no such alarm. */
export declare function alarmState(account: Account, alarmName: string): AlarmState | undefined;

/** Behaviour of an EC2 revision (see FleetState.revisionProfiles). */
export declare function revisionProfile(account: Account, revisionKey: string): RevisionProfile;

/**
 * Something interesting is happening (a deployment started): make sure the traffic generator
 * samples traffic and evaluates alarms until it has been quiet for a while.
 */
export declare function wakeTraffic(ctx: SimContext): void;
