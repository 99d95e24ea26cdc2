import { queryOptions, useQuery } from '@tanstack/react-query';
import { AwsApiError } from '../aws-call';
import { restJsonCall } from '../rest-json-call';
import { codeartifactKeys } from './keys';
import { codeartifact } from './service';
import type { RepositoryDescription } from './wire-types';

export const describeRepository = (domain: string, repository: string) =>
  restJsonCall<{ repository: RepositoryDescription }>(codeartifact, 'DescribeRepository', { domain, repository }).then(
    (o) => o.repository,
  );

export const useRepository = (domain: string, repository: string) =>
  useQuery(
    queryOptions({
      queryKey: codeartifactKeys.repository(domain, repository),
      queryFn: () => describeRepository(domain, repository),
      retry: (count, error) => !(error instanceof AwsApiError) && count < 2,
    }),
  );
