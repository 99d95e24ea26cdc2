import { queryOptions, useQuery } from '@tanstack/react-query';
import { AwsApiError } from '../aws-call';
import { restJsonCall } from '../rest-json-call';
import { codeartifactKeys } from './keys';
import { codeartifact } from './service';
import type { DomainDescription } from './wire-types';

export const describeDomain = (domain: string) =>
  restJsonCall<{ domain: DomainDescription }>(codeartifact, 'DescribeDomain', { domain }).then((o) => o.domain);

export const describeDomainQueryOptions = (domain: string) =>
  queryOptions({
    queryKey: codeartifactKeys.domain(domain),
    queryFn: () => describeDomain(domain),
    retry: (count, error) => !(error instanceof AwsApiError) && count < 2,
  });

export const useDomain = (domain: string) => useQuery(describeDomainQueryOptions(domain));
