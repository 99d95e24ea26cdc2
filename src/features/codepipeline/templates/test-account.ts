import type { AccountContext } from './plan';

/** The demo world's resources as the wizard reads them (public/scenarios/demo.json). */
export const DEMO_ACCOUNT: AccountContext = {
  serviceRoleArn: 'arn:aws:iam::123456789012:role/CodeDeployServiceRole',
  artifactBucket: 'demo-artifacts-123456789012',
  siteBucket: 'demo-deploy-revisions-123456789012',
  targetGroup: {
    name: 'demo-web-tg',
    arn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/demo-web-tg/0000000000000001',
  },
  lambda: { functionName: 'demo-fn', alias: 'live', currentVersion: '1', targetVersion: '2' },
  ecs: {
    cluster: 'demo-cluster',
    service: 'demo-svc',
    containerName: 'web',
    containerPort: 80,
    taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/demo-svc:2',
    targetGroups: ['demo-svc-blue', 'demo-svc-green'],
    prodListener: { loadBalancer: 'demo-svc-alb', port: 80 },
    testListener: { loadBalancer: 'demo-svc-alb', port: 8080 },
    deploymentGroup: { applicationName: 'demo-svc', deploymentGroupName: 'demo-svc-bluegreen' },
  },
};
