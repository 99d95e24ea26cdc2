import { useMutation } from '@tanstack/react-query';
import { restJsonCall } from '../rest-json-call';
import { useInvalidateCodeArtifact } from './invalidate';
import { codeartifact } from './service';
import type { AllowPublish, AllowUpstream, PackageCoordinates } from './wire-types';

export const putPackageOriginConfiguration = (
  input: PackageCoordinates & { restrictions: { publish: AllowPublish; upstream: AllowUpstream } },
) => restJsonCall<unknown>(codeartifact, 'PutPackageOriginConfiguration', input);

export const usePutPackageOriginConfiguration = () =>
  useMutation({ mutationFn: putPackageOriginConfiguration, onSuccess: useInvalidateCodeArtifact() });
