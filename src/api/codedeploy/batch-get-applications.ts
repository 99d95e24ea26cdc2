import { queryOptions, useQuery } from '@tanstack/react-query';
import { AwsApiError, awsCall } from '../aws-call';
import type { ApplicationInfo } from './control-types';
import { controlKeys } from './control-keys';
import { codedeploy } from './service';

const BATCH = 100;

/** Applications by name, 100 per call (the batch limit). */
export async function batchGetApplications(names: readonly string[]): Promise<ApplicationInfo[]> {
  const out: ApplicationInfo[] = [];
  for (let i = 0; i < names.length; i += BATCH) {
    const page = await awsCall<{ applicationsInfo?: ApplicationInfo[] }>(codedeploy, 'BatchGetApplications', {
      applicationNames: names.slice(i, i + BATCH),
    });
    out.push(...(page.applicationsInfo ?? []));
  }
  return out;
}

export const batchGetApplicationsQueryOptions = (names: readonly string[]) =>
  queryOptions({ queryKey: controlKeys.applications(names), queryFn: () => batchGetApplications(names) });

export const useApplications = (names: readonly string[] | undefined) =>
  useQuery({ ...batchGetApplicationsQueryOptions(names ?? []), enabled: names !== undefined });

/** One application (GetApplication), so a missing one answers with the service's own error. */
export const getApplication = (applicationName: string) =>
  awsCall<{ application: ApplicationInfo }>(codedeploy, 'GetApplication', { applicationName }).then(
    (o) => o.application,
  );

export const useApplication = (applicationName: string) =>
  useQuery({
    queryKey: [...controlKeys.applications([applicationName]), 'get'],
    queryFn: () => getApplication(applicationName),
    retry: (count, error) => !(error instanceof AwsApiError) && count < 2,
  });
