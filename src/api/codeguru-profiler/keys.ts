/** Query keys: the root is the event source minus `aws.`, so the live stream invalidates them all. */
export const profilerKeys = {
  all: ['codeguru-profiler'] as const,
  groups: () => [...profilerKeys.all, 'groups'] as const,
  group: (name: string) => [...profilerKeys.all, 'group', name] as const,
  agent: (name: string) => [...profilerKeys.all, 'agent', name] as const,
  profile: (name: string, window: object) => [...profilerKeys.all, 'profile', name, window] as const,
  recommendations: (name: string, window: object) => [...profilerKeys.all, 'recommendations', name, window] as const,
  findingsReports: (name: string, window: object) => [...profilerKeys.all, 'findings', name, window] as const,
  profileTimes: (name: string, window: object) => [...profilerKeys.all, 'times', name, window] as const,
};
