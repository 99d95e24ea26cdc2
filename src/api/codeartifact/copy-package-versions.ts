import { useMutation } from '@tanstack/react-query';
import { restJsonCall } from '../rest-json-call';
import { useInvalidateCodeArtifact } from './invalidate';
import { codeartifact } from './service';
import type { PackageFormat, PackageVersionsResult } from './wire-types';

export const copyPackageVersions = (input: {
  domain: string;
  sourceRepository: string;
  destinationRepository: string;
  format: PackageFormat;
  namespace?: string;
  package: string;
  versions: string[];
  allowOverwrite?: boolean;
  includeFromUpstream?: boolean;
}) => restJsonCall<PackageVersionsResult>(codeartifact, 'CopyPackageVersions', input);

export const useCopyPackageVersions = () =>
  useMutation({ mutationFn: copyPackageVersions, onSuccess: useInvalidateCodeArtifact() });
