/**
 * The AppSpec key table: the one source of truth for which keys exist on each compute platform, where, with which
 * values, and what they mean. The checker walks it, the JSON Schemas for the editor are generated from it, and hover
 * docs come from it. Texts paraphrase the CodeDeploy AppSpec reference (shared/reference/aws-facts.md §3.4, §3.5).
 */
import type { AppSpecPlatform } from './types';

/** `mode` and the integers are checked by the normaliser (the agent's own rules); the walker only checks shape and enums. */
export type AppSpecScalarType = 'string' | 'version' | 'integer' | 'number' | 'mode';

export interface ScalarSpec {
  kind: 'scalar';
  type: AppSpecScalarType;
  doc: string;
  enum?: readonly string[];
  enumDocs?: Readonly<Record<string, string>>;
}

export interface ListSpec {
  kind: 'list';
  doc: string;
  items: SpecNode;
}

/** A mapping whose keys the user chooses (lifecycle events, resource logical names). */
export interface MapSpec {
  kind: 'map';
  doc: string;
  /** How a key is called in messages: "lifecycle event", "resource". */
  keyName: string;
  values: SpecNode;
  /** Keys offered for completion, with their docs. */
  knownKeys?: Readonly<Record<string, string>>;
  /** Only `knownKeys` are allowed (the schema says so; the checker explains why with the platform's words). */
  closed?: boolean;
}

/** A mapping with a fixed set of keys. */
export interface ObjectSpec {
  kind: 'object';
  doc: string;
  fields: Readonly<Record<string, FieldSpec>>;
  /**
   * Keys match whatever their case (`Name`/`name`, `AwsvpcConfiguration`/`awsvpcConfiguration`): the docs show
   * both spellings for Lambda and ECS AppSpecs, and real files use both.
   */
  caseInsensitive?: boolean;
}

export type SpecNode = ScalarSpec | ListSpec | MapSpec | ObjectSpec;

export interface FieldSpec {
  spec: SpecNode;
  required?: boolean;
}

const str = (doc: string, extra: Partial<ScalarSpec> = {}): ScalarSpec => ({
  kind: 'scalar',
  type: 'string',
  doc,
  ...extra,
});
const int = (doc: string): ScalarSpec => ({ kind: 'scalar', type: 'integer', doc });
const list = (doc: string, items: SpecNode): ListSpec => ({ kind: 'list', doc, items });
const required = (spec: SpecNode): FieldSpec => ({ spec, required: true });
const obj = (doc: string, fields: Record<string, FieldSpec | SpecNode>, caseInsensitive = false): ObjectSpec => ({
  kind: 'object',
  doc,
  fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, 'kind' in v ? { spec: v } : v])),
  ...(caseInsensitive ? { caseInsensitive } : {}),
});

/**
 * The lifecycle events whose hooks may run user code, in run order (EC2/On-premises: an in-place deployment behind a
 * load balancer, which is the longest list).
 */
export const APPSPEC_HOOK_EVENTS: Readonly<Record<AppSpecPlatform, readonly string[]>> = {
  Server: [
    'BeforeBlockTraffic',
    'AfterBlockTraffic',
    'ApplicationStop',
    'BeforeInstall',
    'AfterInstall',
    'ApplicationStart',
    'ValidateService',
    'BeforeAllowTraffic',
    'AfterAllowTraffic',
  ],
  Lambda: ['BeforeAllowTraffic', 'AfterAllowTraffic'],
  ECS: ['BeforeInstall', 'AfterInstall', 'AfterAllowTestTraffic', 'BeforeAllowTraffic', 'AfterAllowTraffic'],
};

/** Events CodeDeploy runs itself: they appear in a deployment's lifecycle but cannot have hooks. */
export const APPSPEC_RESERVED_EVENTS: Readonly<Record<AppSpecPlatform, readonly string[]>> = {
  Server: ['Start', 'DownloadBundle', 'Install', 'BlockTraffic', 'AllowTraffic', 'End'],
  Lambda: ['Start', 'AllowTraffic', 'End'],
  ECS: ['Start', 'Install', 'TestTraffic', 'AllowTestTraffic', 'AllowTraffic', 'End'],
};

/** Every lifecycle event in run order, hooks and reserved events together (EC2: in-place behind a load balancer). */
export const APPSPEC_LIFECYCLE_EVENTS: Readonly<Record<AppSpecPlatform, readonly string[]>> = {
  Server: [
    'Start',
    'BeforeBlockTraffic',
    'BlockTraffic',
    'AfterBlockTraffic',
    'ApplicationStop',
    'DownloadBundle',
    'BeforeInstall',
    'Install',
    'AfterInstall',
    'ApplicationStart',
    'ValidateService',
    'BeforeAllowTraffic',
    'AllowTraffic',
    'AfterAllowTraffic',
    'End',
  ],
  Lambda: ['Start', 'BeforeAllowTraffic', 'AllowTraffic', 'AfterAllowTraffic', 'End'],
  ECS: [
    'Start',
    'BeforeInstall',
    'Install',
    'AfterInstall',
    'AllowTestTraffic',
    'AfterAllowTestTraffic',
    'BeforeAllowTraffic',
    'AllowTraffic',
    'AfterAllowTraffic',
    'End',
  ],
};

/** The agent's limit for one lifecycle event: a script's timeout, and the sum of an event's script timeouts. */
export const MAX_EVENT_TIMEOUT_SECONDS = 3600;

/** What CodePipeline's CodeDeployToECS action replaces with the registered task definition's ARN. */
export const TASK_DEFINITION_PLACEHOLDER = '<TASK_DEFINITION>';

const SERVER_HOOK_DOCS: Readonly<Record<string, string>> = {
  BeforeBlockTraffic:
    'Runs before the instance is deregistered from its load balancer (only with a load balancer). Its scripts come from the last successful revision.',
  AfterBlockTraffic:
    'Runs after the instance is deregistered from its load balancer (only with a load balancer). Its scripts come from the last successful revision.',
  ApplicationStop:
    "Stops the running application before the new revision is downloaded. Its scripts come from the last successful revision, so it does not run on an instance's first deployment.",
  BeforeInstall: 'Runs before the revision is installed: back up files, decrypt files, install dependencies.',
  AfterInstall: 'Runs after the files are copied to their destinations: configure the application, change permissions.',
  ApplicationStart: 'Starts the services that `ApplicationStop` stopped.',
  ValidateService:
    'Checks that the deployment completed successfully. The last event of a deployment without a load balancer.',
  BeforeAllowTraffic:
    'Runs before traffic is shifted to the new revision (EC2: before the instance is registered with the load balancer).',
  AfterAllowTraffic: 'Runs after traffic is shifted to the new revision.',
};

const ECS_HOOK_DOCS: Readonly<Record<string, string>> = {
  BeforeInstall: 'Runs before the replacement task set is created. A failure here cannot be rolled back.',
  AfterInstall: 'Runs after the replacement task set is created, before any traffic reaches it.',
  AfterAllowTestTraffic: 'Runs after the test listener sends test traffic to the replacement task set.',
  BeforeAllowTraffic: 'Runs after test traffic, before the production listener is moved to the replacement task set.',
  AfterAllowTraffic: 'Runs after the production listener serves the replacement task set.',
};

const LAMBDA_HOOK_DOCS: Readonly<Record<string, string>> = {
  BeforeAllowTraffic: 'Runs before traffic is shifted to the target version, for example a sanity test.',
  AfterAllowTraffic: 'Runs after all traffic is on the target version, for example a validation test.',
};

/** What each hook event is for, per platform: hover docs in the editor and explanations in the console. */
export const APPSPEC_HOOK_DOCS: Readonly<Record<AppSpecPlatform, Readonly<Record<string, string>>>> = {
  Server: SERVER_HOOK_DOCS,
  Lambda: LAMBDA_HOOK_DOCS,
  ECS: ECS_HOOK_DOCS,
};

const versionSpec: ScalarSpec = {
  kind: 'scalar',
  type: 'version',
  doc: 'Required. The AppSpec version: always `0.0` (reserved by CodeDeploy for future use).',
  enum: ['0.0'],
};

const script = obj('One script of this lifecycle event. Scripts run one at a time, in order.', {
  location: required(
    str(
      'Required. Path of the script in the revision, relative to the revision root (for example `scripts/start_server.sh`).',
    ),
  ),
  timeout: int(
    'Seconds the script may run before the event fails; default and maximum 3600. The timeouts of all scripts of one event must add up to 3600 or less.',
  ),
  runas: str(
    'Linux user that runs the script (default: the agent user, usually root). The user must not need a password. Not supported on Windows.',
  ),
});

const serverSpec = obj('An AppSpec file for an EC2/On-Premises deployment.', {
  version: required(versionSpec),
  os: required(
    str('Required. The operating system of the instances: `linux` (Amazon Linux, Ubuntu Server, RHEL) or `windows`.', {
      enum: ['linux', 'windows'],
    }),
  ),
  files: list(
    'Files of the revision to copy to the instance during the Install event.',
    obj('One file or folder to copy.', {
      source: required(
        str(
          'Required. A file or folder of the revision, relative to its root. `/` copies the whole revision; a folder copies everything under it.',
        ),
      ),
      destination: required(str('Required. Absolute path on the instance, for example `/var/www/html`.')),
    }),
  ),
  file_exists_behavior: str(
    'What the Install event does when a file to copy already exists at its destination and was not put there by the last deployment. Default `DISALLOW`.',
    {
      enum: ['DISALLOW', 'OVERWRITE', 'RETAIN'],
      enumDocs: {
        DISALLOW: 'Fail the deployment (the default).',
        OVERWRITE: "Replace the existing file with the revision's file.",
        RETAIN: "Keep the existing file; the revision's file is not copied.",
      },
    },
  ),
  permissions: list(
    'Permissions the Install event applies to the files it copied. Linux only.',
    obj('Permissions for one file or folder, and for what it contains.', {
      object: required(str('Required. File or folder on the instance that these permissions apply to.')),
      pattern: str(
        'Glob of the names to apply the permissions to, inside a folder `object`. Default `**` (everything).',
      ),
      except: list('Names (globs) inside `object` that these permissions skip.', str('A name or glob to skip.')),
      owner: str('User that owns the matched files.'),
      group: str('Group that owns the matched files.'),
      mode: {
        kind: 'scalar',
        type: 'mode',
        doc: 'Numeric chmod mode, one to four octal digits such as `644`, `"0755"` or `4755`. Symbolic modes such as `u+x` are not supported.',
      },
      acls: list('Access control entries to apply, such as `u:bob:rw`.', str('One ACL entry.')),
      context: obj('SELinux context to apply.', {
        user: str('SELinux user.'),
        type: str('SELinux type.'),
        range: str('SELinux range; default `s0`.'),
      }),
      type: list(
        'Which kinds of objects the permissions apply to: `file`, `directory` or both (the default).',
        str('`file` or `directory`.', { enum: ['file', 'directory'] }),
      ),
    }),
  ),
  hooks: {
    kind: 'map',
    doc: 'Scripts to run at lifecycle events, as `EventName:` followed by a list of scripts.',
    keyName: 'lifecycle event',
    values: list('The scripts of this lifecycle event, in the order they run.', script),
    knownKeys: SERVER_HOOK_DOCS,
  },
});

const hooksList = (platform: 'Lambda' | 'ECS', docs: Readonly<Record<string, string>>): ListSpec =>
  list(
    `Lambda functions CodeDeploy invokes at lifecycle events, one \`- EventName: function-name\` item per event. The function must report back with PutLifecycleEventHookExecutionStatus within one hour.`,
    {
      kind: 'map',
      doc: `A lifecycle event and the Lambda function that runs for it (${APPSPEC_HOOK_EVENTS[platform].join(', ')}).`,
      keyName: 'lifecycle event',
      values: str('Name of the Lambda function to invoke for this event.'),
      knownKeys: docs,
      closed: true,
    },
  );

const resourceType = (type: string): ScalarSpec => str(`Required. The resource type: \`${type}\`.`, { enum: [type] });

const lambdaSpec = obj(
  'An AppSpec file for an AWS Lambda deployment.',
  {
    version: required(versionSpec),
    Resources: required(
      list('Exactly one Lambda function to deploy, as `- logicalName:` with its `Type` and `Properties`.', {
        kind: 'map',
        doc: 'The Lambda function to deploy, under a name of your choice.',
        keyName: 'resource',
        values: obj(
          'The Lambda function and the versions its alias moves between.',
          {
            Type: required(resourceType('AWS::Lambda::Function')),
            Properties: required(
              obj(
                'The function, its alias and the versions traffic shifts between.',
                {
                  Name: required(str('Required. Name of the Lambda function.')),
                  Alias: required(str('Required. Name of the alias whose traffic shifts.')),
                  CurrentVersion: required(
                    str('Required. The version the alias points to now: a positive integer, such as `"1"`.'),
                  ),
                  TargetVersion: required(
                    str(
                      'Required. The version traffic shifts to: a positive integer, different from `CurrentVersion`.',
                    ),
                  ),
                },
                true,
              ),
            ),
          },
          true,
        ),
      }),
    ),
    Hooks: hooksList('Lambda', LAMBDA_HOOK_DOCS),
  },
  true,
);

const ecsSpec = obj(
  'An AppSpec file for an Amazon ECS blue/green deployment.',
  {
    version: required(versionSpec),
    Resources: required(
      list('Exactly one ECS service to deploy, as `- TargetService:` with its `Type` and `Properties`.', {
        kind: 'map',
        doc: 'The ECS service to deploy, under a name of your choice (usually `TargetService`).',
        keyName: 'resource',
        values: obj(
          'The ECS service and the task definition of its replacement task set.',
          {
            Type: required(resourceType('AWS::ECS::Service')),
            Properties: required(
              obj(
                'What the replacement task set runs and how the load balancer reaches it.',
                {
                  TaskDefinition: required(
                    str(
                      'Required. ARN of the task definition the replacement task set runs. In CodePipeline, write `<TASK_DEFINITION>`: the CodeDeployToECS action replaces it with the registered task definition.',
                    ),
                  ),
                  LoadBalancerInfo: required(
                    obj(
                      'The container that receives traffic from the load balancer.',
                      {
                        ContainerName: required(str('Required. Name of the container in the task definition.')),
                        ContainerPort: required({
                          kind: 'scalar',
                          type: 'number',
                          doc: 'Required. The port the container listens on, as a number (not a string).',
                        }),
                      },
                      true,
                    ),
                  ),
                  PlatformVersion: str(
                    'Fargate platform version of the replacement task set, such as `1.4.0`. Default `LATEST`.',
                  ),
                  NetworkConfiguration: obj(
                    'Network configuration of the replacement task set (awsvpc network mode).',
                    {
                      AwsvpcConfiguration: obj(
                        'Subnets, security groups and public IP of the tasks: give all three or none.',
                        {
                          Subnets: list('Subnet IDs for the tasks.', str('A subnet ID.')),
                          SecurityGroups: list('Security group IDs for the tasks.', str('A security group ID.')),
                          AssignPublicIp: str('Whether the tasks get a public IP address.', {
                            enum: ['ENABLED', 'DISABLED'],
                          }),
                        },
                        true,
                      ),
                    },
                    true,
                  ),
                  CapacityProviderStrategy: list(
                    'Capacity providers for the replacement task set.',
                    obj(
                      'One capacity provider and its share of the tasks.',
                      {
                        Base: int('Tasks to run on this provider first; default 0. Only one provider may set a base.'),
                        CapacityProvider: str('Name of the capacity provider.'),
                        Weight: int('Relative share of the tasks beyond the base; default 0.'),
                      },
                      true,
                    ),
                  ),
                },
                true,
              ),
            ),
          },
          true,
        ),
      }),
    ),
    Hooks: hooksList('ECS', ECS_HOOK_DOCS),
  },
  true,
);

/** The key table of a platform's AppSpec. */
export function appspecSpec(platform: AppSpecPlatform): ObjectSpec {
  return platform === 'Server' ? serverSpec : platform === 'Lambda' ? lambdaSpec : ecsSpec;
}
