import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { controlKeys } from './control-keys';
import { codedeploy } from './service';

/** Every application name, following `nextToken`. */
export async function listApplications(): Promise<string[]> {
  const names: string[] = [];
  let nextToken: string | undefined;
  do {
    const page: { applications?: string[]; nextToken?: string } = await awsCall(
      codedeploy,
      'ListApplications',
      nextToken ? { nextToken } : {},
    );
    names.push(...(page.applications ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return names.sort();
}

export const listApplicationsQueryOptions = () =>
  queryOptions({ queryKey: controlKeys.applicationNames(), queryFn: listApplications });

export const useApplicationNames = () => useQuery(listApplicationsQueryOptions());
