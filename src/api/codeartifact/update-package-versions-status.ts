import { useMutation } from '@tanstack/react-query';
import { restJsonCall } from '../rest-json-call';
import { useInvalidateCodeArtifact } from './invalidate';
import { codeartifact } from './service';
import type { PackageCoordinates, PackageVersionStatus, PackageVersionsResult } from './wire-types';

export const updatePackageVersionsStatus = (
  input: PackageCoordinates & {
    versions: string[];
    /** Each version changes only if it is still in this status (MISMATCHED_STATUS otherwise). */
    expectedStatus?: PackageVersionStatus;
    targetStatus: 'Published' | 'Unlisted' | 'Archived';
  },
) => restJsonCall<PackageVersionsResult>(codeartifact, 'UpdatePackageVersionsStatus', input);

export const useUpdatePackageVersionsStatus = () =>
  useMutation({ mutationFn: updatePackageVersionsStatus, onSuccess: useInvalidateCodeArtifact() });
