import { useMutation } from '@tanstack/react-query';
import type { PackageRequest, Resolution } from '../../engine/codeartifact/public';
import { restJsonCall } from '../rest-json-call';
import { useInvalidateCodeArtifact } from './invalidate';
import { codeartifact } from './service';

/** What a package manager's request does: the same search, and the version is retained where the rules say. */
export const fetchPackageVersion = (request: PackageRequest) =>
  restJsonCall<Resolution>(codeartifact, 'FetchPackageVersion', request);

export const useFetchPackageVersion = () =>
  useMutation({ mutationFn: fetchPackageVersion, onSuccess: useInvalidateCodeArtifact() });
