/** Query keys for Secrets Manager; mutations invalidate everything under `all`. */
export const secretsmanagerKeys = {
  all: ['secretsmanager'] as const,
  secrets: () => [...secretsmanagerKeys.all, 'secrets'] as const,
  value: (secretId: string) => [...secretsmanagerKeys.all, 'value', secretId] as const,
};
