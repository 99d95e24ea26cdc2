import type { ComputePlatform } from '../../../api/codedeploy/control-types';

export const PLATFORM_LABEL: Record<ComputePlatform, string> = {
  Server: 'EC2/On-premises',
  Lambda: 'AWS Lambda',
  ECS: 'Amazon ECS',
};
