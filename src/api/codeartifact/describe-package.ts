import { queryOptions, useQuery } from '@tanstack/react-query';
import { AwsApiError } from '../aws-call';
import { restJsonCall } from '../rest-json-call';
import { codeartifactKeys } from './keys';
import { codeartifact } from './service';
import type { PackageCoordinates, PackageDescription } from './wire-types';

export const describePackage = (p: PackageCoordinates) =>
  restJsonCall<{ package: PackageDescription }>(codeartifact, 'DescribePackage', p).then((o) => o.package);

export const usePackage = (p: PackageCoordinates) =>
  useQuery(
    queryOptions({
      queryKey: codeartifactKeys.package(p),
      queryFn: () => describePackage(p),
      retry: (count, error) => !(error instanceof AwsApiError) && count < 2,
    }),
  );
