import type { Diagnostic } from '../diagnostics';
import type { BuildspecVersion, PhaseName } from './keys';

/** One command as written: multi-line block scalars (`- |`) stay one command. `line` is where the item starts. */
export interface BuildspecCommand {
  text: string;
  line: number;
}

/** `on-failure`, parsed. Without the key the phase follows CodeBuild's default transitions. */
export interface OnFailure {
  mode: 'ABORT' | 'CONTINUE' | 'RETRY';
  /** RETRY only: how many retries (default 3, 0–100). */
  retries?: number;
  /** RETRY only: regular expression the error message must match (default `.*`). */
  pattern?: string;
}

export interface BuildspecPhase {
  name: PhaseName;
  /** Line of the phase key. */
  line: number;
  runAs?: string;
  onFailure?: OnFailure;
  /** `install` only: runtime → version as written (`nodejs: 18`, `python: 3.x`). */
  runtimeVersions: Record<string, string>;
  commands: BuildspecCommand[];
  finally: BuildspecCommand[];
}

export interface BuildspecEnv {
  shell?: string;
  /** Plain-text variables (`env/variables`, or `environment_variables/plaintext` in 0.1), values as CodeBuild sees them. */
  variables: Record<string, string>;
  /** Variable name → Systems Manager parameter name. */
  parameterStore: Record<string, string>;
  /** Variable name → `secret-id:json-key:version-stage:version-id` as written. */
  secretsManager: Record<string, string>;
  exportedVariables: string[];
  gitCredentialHelper: boolean;
}

export interface BuildspecReportGroup {
  /** The key as written: a report group ARN or a name (CodeBuild creates `<project>-<name>`). */
  name: string;
  files: string[];
  baseDirectory?: string;
  discardPaths: boolean;
  /** Upper-cased; `JUNITXML` when not written. */
  fileFormat: string;
}

export interface BuildspecArtifactSet {
  files: string[];
  name?: string;
  baseDirectory?: string;
  discardPaths: boolean;
  excludePaths: string[];
  enableSymlinks: boolean;
  s3Prefix?: string;
}

export interface BuildspecArtifacts extends BuildspecArtifactSet {
  /** Artifact identifier → its definition. */
  secondaryArtifacts: Record<string, BuildspecArtifactSet>;
}

export interface BuildspecCache {
  paths: string[];
  key?: string;
  fallbackKeys: string[];
  /** Without `action` CodeBuild both restores and saves. */
  action?: 'restore' | 'save';
}

export interface BatchEnv {
  computeType?: string;
  fleet?: string;
  image?: string;
  privilegedMode?: boolean;
  type?: string;
  variables: Record<string, string>;
}

export interface BatchTask {
  identifier: string;
  /** Another buildspec for this task; absent means this one. */
  buildspec?: string;
  env?: BatchEnv;
  ignoreFailure: boolean;
  debugSession: boolean;
  /** Build graph only. */
  dependOn: string[];
}

export interface BuildspecBatch {
  fastFail: boolean;
  buildList?: BatchTask[];
  buildGraph?: BatchTask[];
  buildMatrix?: {
    static: { ignoreFailure: boolean; env?: BatchEnv };
    dynamic: {
      buildspec: string[];
      computeType: string[];
      image: string[];
      /** Variable → the values to try. */
      variables: Record<string, string[]>;
    };
  };
  buildFanout?: { parallelism: number; ignoreFailure: boolean };
}

/**
 * A buildspec normalised for the build engine: camelCase, defaults applied, values as the strings CodeBuild would
 * see (`GCC_VERSION: 9` → "9"). Maps are plain objects without a prototype, so any variable name is safe.
 */
export interface Buildspec {
  version: BuildspecVersion;
  runAs?: string;
  env: BuildspecEnv;
  proxy: { uploadArtifacts: boolean; logs: boolean };
  batch?: BuildspecBatch;
  /** Only the phases written; run them in `PHASE_NAMES` order, whatever order the file uses. */
  phases: Partial<Record<PhaseName, BuildspecPhase>>;
  /** Report group key → its settings, in file order. */
  reports: Record<string, BuildspecReportGroup>;
  artifacts?: BuildspecArtifacts;
  cache?: BuildspecCache;
}

/** What account resources the context-dependent checks may look at. Each check runs only when its field is given. */
export interface BuildspecContext {
  /** Names of the Systems Manager parameters in the account. */
  parameterNames?: ReadonlySet<string>;
  /** Names (or ARNs) of the Secrets Manager secrets in the account. */
  secretIds?: ReadonlySet<string>;
  /** Paths of the files in the source revision, relative to its root, with `/` separators. */
  repositoryFiles?: readonly string[];
}

export interface BuildspecParseResult {
  /** Present when CodeBuild would run the file (no error, or only errors found against the account context). */
  buildspec?: Buildspec;
  /** Sorted by position. */
  diagnostics: Diagnostic[];
  /**
   * When CodeBuild would refuse the file in DOWNLOAD_SOURCE: the status message it prints for the first error, as
   * shown in the console's phase details (`YAML_FILE_ERROR: Expected Commands[0] to be of string type: ...`).
   * The build log line is `Phase context status code: YAML_FILE_ERROR Message: <the part after "YAML_FILE_ERROR: ">`.
   */
  yamlFileError?: string;
}
