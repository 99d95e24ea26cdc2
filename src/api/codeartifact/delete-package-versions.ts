import { useMutation } from '@tanstack/react-query';
import { restJsonCall } from '../rest-json-call';
import { useInvalidateCodeArtifact } from './invalidate';
import { codeartifact } from './service';
import type { PackageCoordinates, PackageVersionStatus, PackageVersionsResult } from './wire-types';

export const deletePackageVersions = (
  input: PackageCoordinates & { versions: string[]; expectedStatus?: PackageVersionStatus },
) => restJsonCall<PackageVersionsResult>(codeartifact, 'DeletePackageVersions', input);

export const useDeletePackageVersions = () =>
  useMutation({ mutationFn: deletePackageVersions, onSuccess: useInvalidateCodeArtifact() });
