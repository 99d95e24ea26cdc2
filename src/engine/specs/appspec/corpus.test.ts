import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAppSpec } from './parse-appspec';
import type { AppSpecPlatform } from './types';

/** shared/ sits beside the repository (as in CI): src/engine/specs/appspec → ../../../../../shared. */
const corpus = new URL('../../../../../shared/corpus/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, corpus), 'utf8');

const appspecFiles = [
  ...['appspec-ec2', 'appspec-ecs', 'appspec-lambda'].flatMap((dir) =>
    readdirSync(new URL(`${dir}/`, corpus)).map((name) => `${dir}/${name}`),
  ),
  ...readdirSync(new URL('edge/', corpus))
    .filter((name) => name.includes('appspec'))
    .map((name) => `edge/${name}`),
].sort();

const found = (file: string) =>
  parseAppSpec(read(file)).diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`);

/**
 * Real files CodeDeploy accepts, with the platform a reader would name and any warning or hint they would agree
 * with (an empty list: nothing to say).
 */
const VALID: Record<string, { platform: AppSpecPlatform; findings: string[] }> = {
  'appspec-ec2/appspec-assistant-server-template-commented.yml': { platform: 'Server', findings: [] },
  'appspec-ec2/codebuild-samples-calculator.yml': { platform: 'Server', findings: [] },
  'appspec-ec2/codedeploy-agent-all-lifecycle-hooks.yml': { platform: 'Server', findings: [] },
  'appspec-ec2/codedeploy-agent-file-exists-behavior-retain.yaml': { platform: 'Server', findings: [] },
  // The agent's own fixture for `codedeploy-local --events CustomEvent`: a deployment never runs that event.
  'appspec-ec2/codedeploy-agent-windows-custom-event.yml': {
    platform: 'Server',
    findings: ['14:5 warning custom-event'],
  },
  'appspec-ec2/codedeploy-samples-chef-solo.yml': { platform: 'Server', findings: [] },
  'appspec-ec2/codedeploy-samples-elb-v2.yml': { platform: 'Server', findings: [] },
  'appspec-ec2/codedeploy-samples-sampleapp-linux.yml': { platform: 'Server', findings: [] },
  // CRLF line endings and backslash paths.
  'appspec-ec2/codedeploy-samples-sampleapp-windows.yml': { platform: 'Server', findings: [] },
  // The template's "[Your task definition arn]" is not an ARN yet.
  'appspec-ecs/appspec-assistant-ecs-template-commented.yml': {
    platform: 'ECS',
    findings: ['8:25 warning invalid-task-definition-arn'],
  },
  // "arn::ecs:<region>:<account id>:...:*" has no partition and a wildcard revision.
  'appspec-ecs/cookiecutter-django-ecs-comments-col0.yaml': {
    platform: 'ECS',
    findings: ['10:25 warning invalid-task-definition-arn'],
  },
  // Lower-camel `awsvpcConfiguration`/`subnets`/... are accepted; `<TASK_DEFINITION>` is CodePipeline's to fill.
  'appspec-ecs/fargate-workshop-appspec-lowercase-awsvpc.json': {
    platform: 'ECS',
    findings: ['8:29 info task-definition-placeholder'],
  },
  'appspec-lambda/appspec-assistant-lambda-template-advanced.json': { platform: 'Lambda', findings: [] },
  'appspec-lambda/appspec-assistant-lambda-template-basic.json': { platform: 'Lambda', findings: [] },
  'appspec-lambda/appspec-assistant-lambda-template.yml': { platform: 'Lambda', findings: [] },
  'edge/appspec-ec2-custom-event-hook.yml': { platform: 'Server', findings: ['22:5 warning custom-event'] },
  // An EC2 `files` section in an ECS file; tabs in JSON are plain whitespace; `*` in the ARN.
  'edge/appspec-ecs-json-with-ec2-files-key-tabs.json': {
    platform: 'ECS',
    findings: ['3:3 warning wrong-platform-key', '14:24 warning invalid-task-definition-arn'],
  },
};

/** Files CodeDeploy would refuse as they are (templates with placeholders left in), with what a reader would expect. */
const BROKEN: Record<string, { platform: AppSpecPlatform; findings: string[] }> = {
  // `except` is a single string, `mode` and `type` hold placeholders.
  'appspec-ec2/appspec-assistant-server-template-advanced.json': {
    platform: 'Server',
    findings: ['14:17 error wrong-type', '17:15 error invalid-mode', '27:9 error invalid-value'],
  },
  // The same, plus `timeout: timeout-in-seconds`.
  'appspec-ec2/appspec-assistant-server-template-full.yml': {
    platform: 'Server',
    findings: [
      '12:13 error wrong-type',
      '15:11 error invalid-mode',
      '23:9 error invalid-value',
      '31:16 error invalid-timeout',
    ],
  },
  // AssignPublicIp: "ENABLED-or-DISABLED".
  'appspec-ecs/appspec-assistant-ecs-template-advanced.json': {
    platform: 'ECS',
    findings: ['8:29 warning invalid-task-definition-arn', '23:33 error invalid-value'],
  },
  'appspec-ecs/appspec-assistant-ecs-template-full.yml': {
    platform: 'ECS',
    findings: ['8:25 warning invalid-task-definition-arn', '17:29 error invalid-value'],
  },
  // ContainerName, ContainerPort and the hook are a single space until a build script fills them in.
  'appspec-ecs/ecs-bg-codedeploy-placeholder-blank-values.yml': {
    platform: 'ECS',
    findings: [
      '9:25 info task-definition-placeholder',
      '11:26 error blank-value',
      '12:26 error blank-value',
      '14:28 error blank-value',
    ],
  },
  // <CONTAINER_PORT> is text until the user's own script replaces it; CodePipeline replaces only <TASK_DEFINITION>.
  'appspec-ecs/ecs-windows-bg-capacity-provider-template.yaml': {
    platform: 'ECS',
    findings: ['6:25 info task-definition-placeholder', '9:26 error invalid-container-port'],
  },
};

describe('the AppSpec corpus', () => {
  it('has an expectation for every AppSpec file', () => {
    expect(appspecFiles).toEqual(Object.keys({ ...VALID, ...BROKEN }).sort());
  });

  it.each(Object.entries(VALID))('%s is accepted', (file, expected) => {
    const result = parseAppSpec(read(file));
    expect(result.platform).toBe(expected.platform);
    expect(result.appspec?.platform).toBe(expected.platform);
    expect(found(file)).toEqual(expected.findings);
  });

  it.each(Object.entries(BROKEN))('%s is refused with located errors', (file, expected) => {
    const result = parseAppSpec(read(file));
    expect(result.platform).toBe(expected.platform);
    expect(result.appspec).toBeUndefined();
    expect(found(file)).toEqual(expected.findings);
  });

  it('reads the canonical Linux sample into the model CodeDeploy runs', () => {
    const { appspec } = parseAppSpec(read('appspec-ec2/codedeploy-samples-sampleapp-linux.yml'));
    expect(appspec).toEqual({
      platform: 'Server',
      version: '0.0',
      os: 'linux',
      files: [{ source: '/index.html', destination: '/var/www/html/' }],
      fileExistsBehavior: 'DISALLOW',
      permissions: [],
      hooks: {
        BeforeInstall: [
          { location: 'scripts/install_dependencies', timeout: 300, runas: 'root' },
          { location: 'scripts/start_server', timeout: 300, runas: 'root' },
        ],
        ApplicationStop: [{ location: 'scripts/stop_server', timeout: 300, runas: 'root' }],
      },
    });
  });

  it('reads the Lambda and ECS templates into their models', () => {
    expect(parseAppSpec(read('appspec-lambda/appspec-assistant-lambda-template.yml')).appspec).toEqual({
      platform: 'Lambda',
      version: '0.0',
      function: {
        logicalName: 'myLambdaFunction',
        name: 'myLambdaFunction',
        alias: 'myLambdaFunctionAlias',
        currentVersion: '1',
        targetVersion: '2',
      },
      hooks: {
        BeforeAllowTraffic: '<SanityTestHookLambdaFunctionName>',
        AfterAllowTraffic: '<ValidationTestHookLambdaFunctionName>',
      },
    });
    expect(parseAppSpec(read('appspec-ecs/fargate-workshop-appspec-lowercase-awsvpc.json')).appspec).toEqual({
      platform: 'ECS',
      version: '0.0',
      service: {
        logicalName: 'TargetService',
        taskDefinition: '<TASK_DEFINITION>',
        containerName: 'fargate_task_container',
        containerPort: 80,
        platformVersion: 'LATEST',
        networkConfiguration: {
          subnets: ['PLACEHOLDER_SUBNET'],
          securityGroups: ['PLACEHOLDER_SECURITY_GROUP'],
          assignPublicIp: 'DISABLED',
        },
      },
      hooks: {},
    });
  });
});
