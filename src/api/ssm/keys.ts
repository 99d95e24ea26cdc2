/** Query keys for Parameter Store; mutations invalidate everything under `all`. */
export const ssmKeys = {
  all: ['ssm'] as const,
  parameters: () => [...ssmKeys.all, 'parameters'] as const,
  value: (name: string) => [...ssmKeys.all, 'value', name] as const,
};
