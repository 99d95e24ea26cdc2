/** Query keys for CloudWatch Logs data; no `aws.logs` events exist, so live views refetch on their own. */
export const logsKeys = {
  all: ['logs'] as const,
  stream: (groupName: string, streamName: string) => [...logsKeys.all, 'stream', groupName, streamName] as const,
};
