import type { SimMillis } from '../core/time';

export type ParameterType = 'String' | 'StringList' | 'SecureString';

export interface ParameterVersion {
  version: number;
  value: string;
  type: ParameterType;
  description?: string;
  keyId?: string;
  allowedPattern?: string;
  lastModifiedDate: SimMillis;
  lastModifiedUser: string;
  labels: string[];
}

/** A Parameter Store parameter with every version it has had (the last is current). */
export interface Parameter {
  name: string;
  tier: 'Standard' | 'Advanced';
  dataType: string;
  versions: ParameterVersion[];
  tags: { Key: string; Value: string }[];
}

/** Systems Manager Parameter Store. */
export interface SsmState {
  /** Keyed by parameter name (case-sensitive, as written, `/a/b` or `a`). */
  parameters: Record<string, Parameter>;
}

export const emptySsmState = (): SsmState => ({ parameters: {} });

export const currentVersion = (p: Parameter): ParameterVersion => p.versions[p.versions.length - 1] as ParameterVersion;
