/** Query keys for IAM data; the event stream invalidates everything under `all`. */
export const iamKeys = {
  all: ['iam'] as const,
  users: () => [...iamKeys.all, 'users'] as const,
  roles: () => [...iamKeys.all, 'roles'] as const,
};
