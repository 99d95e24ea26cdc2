import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import type { RevisionInfo, RevisionLocation } from './control-types';
import { controlKeys } from './control-keys';
import { codedeploy } from './service';

/**
 * The application's registered revisions, newest registration first, with their details
 * (ListApplicationRevisions, then BatchGetApplicationRevisions 25 at a time, its limit).
 */
export async function listApplicationRevisions(applicationName: string): Promise<RevisionInfo[]> {
  const locations: RevisionLocation[] = [];
  let nextToken: string | undefined;
  do {
    const page: { revisions?: RevisionLocation[]; nextToken?: string } = await awsCall(
      codedeploy,
      'ListApplicationRevisions',
      { applicationName, sortBy: 'registerTime', sortOrder: 'descending', ...(nextToken && { nextToken }) },
    );
    locations.push(...(page.revisions ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  const infos: RevisionInfo[] = [];
  for (let i = 0; i < locations.length; i += 25) {
    const page = await awsCall<{ revisions?: RevisionInfo[] }>(codedeploy, 'BatchGetApplicationRevisions', {
      applicationName,
      revisions: locations.slice(i, i + 25),
    });
    infos.push(...(page.revisions ?? []));
  }
  return infos;
}

export const listApplicationRevisionsQueryOptions = (applicationName: string) =>
  queryOptions({
    queryKey: controlKeys.revisions(applicationName),
    queryFn: () => listApplicationRevisions(applicationName),
  });

export const useApplicationRevisions = (applicationName: string) =>
  useQuery(listApplicationRevisionsQueryOptions(applicationName));
