import type { SimMillis } from '../core/time';

export interface SecretVersion {
  versionId: string;
  secretString?: string;
  /** Base64, as the wire carries it. */
  secretBinary?: string;
  createdDate: SimMillis;
  /** Staging labels: AWSCURRENT, AWSPREVIOUS, custom ones. */
  stages: string[];
}

export interface Secret {
  name: string;
  arn: string;
  description?: string;
  kmsKeyId?: string;
  createdDate: SimMillis;
  lastChangedDate: SimMillis;
  lastAccessedDate?: SimMillis;
  /** Set while scheduled for deletion; the secret is purged at this time. */
  deletionDate?: SimMillis;
  /** In creation order. */
  versions: SecretVersion[];
  tags: { Key: string; Value: string }[];
}

/** Secrets Manager. */
export interface SecretsManagerState {
  /** Keyed by secret name. */
  secrets: Record<string, Secret>;
}

export const emptySecretsManagerState = (): SecretsManagerState => ({ secrets: {} });
