import type { Ec2TagFilter } from '../../../api/codedeploy/control-types';

export interface InstanceSummary {
  instanceId: string;
  state: string;
  tags: Record<string, string>;
  autoScalingGroupName?: string;
}

const matches = (tags: Record<string, string>, f: Ec2TagFilter) => {
  if (f.Type === 'KEY_ONLY') return f.Key !== undefined && f.Key in tags;
  if (f.Type === 'VALUE_ONLY') return Object.values(tags).includes(f.Value ?? '');
  return tags[f.Key ?? ''] === f.Value;
};

/**
 * The instances a deployment group would target, the way CodeDeploy picks them: an instance
 * matches a tag group when any filter in it matches, and must match every group; members of the
 * named Auto Scaling groups are added; terminated instances never count.
 */
export function matchingInstances(
  instances: readonly InstanceSummary[],
  tagGroups: readonly Ec2TagFilter[][],
  autoScalingGroups: readonly string[],
): InstanceSummary[] {
  return instances
    .filter((i) => i.state !== 'terminated')
    .filter(
      (i) =>
        (tagGroups.length > 0 && tagGroups.every((g) => g.some((f) => matches(i.tags, f)))) ||
        (i.autoScalingGroupName !== undefined && autoScalingGroups.includes(i.autoScalingGroupName)),
    )
    .sort((a, b) => a.instanceId.localeCompare(b.instanceId));
}
