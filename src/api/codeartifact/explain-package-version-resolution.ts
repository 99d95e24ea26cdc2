import { useMutation } from '@tanstack/react-query';
import type { PackageRequest, Resolution } from '../../engine/codeartifact/public';
import { restJsonCall } from '../rest-json-call';
import { codeartifact } from './service';

/** The simulator's dry run of one package request: the repositories searched in order and what each answered. */
export const explainPackageVersionResolution = (request: PackageRequest) =>
  restJsonCall<Resolution>(codeartifact, 'ExplainPackageVersionResolution', request);

export const useExplainPackageVersionResolution = () => useMutation({ mutationFn: explainPackageVersionResolution });
