import type { Diagnostic } from '../diagnostics';

/** `computePlatform` in CodeDeploy's terms. */
export type AppSpecPlatform = 'Server' | 'Lambda' | 'ECS';

/** One script of an EC2/On-premises hook (`hooks.<Event>[]`). */
export interface AppSpecHookScript {
  location: string;
  /** Seconds; the agent's default is 3600. */
  timeout?: number;
  runas?: string;
}

export interface AppSpecFile {
  source: string;
  destination: string;
}

export interface AppSpecPermission {
  object: string;
  pattern?: string;
  except?: string[];
  owner?: string;
  group?: string;
  mode?: string;
  type?: ('file' | 'directory')[];
}

export interface ServerAppSpec {
  platform: 'Server';
  version: string;
  os: 'linux' | 'windows';
  files: AppSpecFile[];
  fileExistsBehavior: 'DISALLOW' | 'OVERWRITE' | 'RETAIN';
  permissions: AppSpecPermission[];
  /** Lifecycle event name → its scripts in order. */
  hooks: Record<string, AppSpecHookScript[]>;
}

export interface LambdaAppSpec {
  platform: 'Lambda';
  version: string;
  /** The one `AWS::Lambda::Function` resource. */
  function: { logicalName: string; name: string; alias: string; currentVersion: string; targetVersion: string };
  /** BeforeAllowTraffic / AfterAllowTraffic → hook function name. */
  hooks: Record<string, string>;
}

export interface EcsAppSpec {
  platform: 'ECS';
  version: string;
  service: {
    logicalName: string;
    taskDefinition: string;
    containerName: string;
    containerPort: number;
    platformVersion?: string;
    /** `NetworkConfiguration.AwsvpcConfiguration`, when given (all three parts or none). */
    networkConfiguration?: { subnets: string[]; securityGroups: string[]; assignPublicIp?: 'ENABLED' | 'DISABLED' };
    capacityProviderStrategy?: { capacityProvider: string; base?: number; weight?: number }[];
  };
  /** BeforeInstall / AfterInstall / AfterAllowTestTraffic / BeforeAllowTraffic / AfterAllowTraffic → function. */
  hooks: Record<string, string>;
}

export type AppSpec = ServerAppSpec | LambdaAppSpec | EcsAppSpec;

/**
 * What the simulated account and the revision offer to semantic checks; every member optional so
 * the editor and `npm run validate` can check what they know and skip the rest.
 */
export interface AppSpecContext {
  /** Paths in the revision bundle (relative, `/`-separated), for `files` sources and hook scripts. */
  revisionFiles?: ReadonlySet<string>;
  /** Lambda function name → its versions and alias names. */
  lambdaFunctions?: ReadonlyMap<string, { versions: ReadonlySet<string>; aliases: ReadonlySet<string> }>;
}

export interface AppSpecParseResult {
  /** Undefined when the file cannot be read as an appspec at all (YAML/JSON errors, wrong shape). */
  appspec?: AppSpec;
  platform?: AppSpecPlatform;
  diagnostics: Diagnostic[];
}
