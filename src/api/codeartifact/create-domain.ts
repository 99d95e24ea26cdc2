import { useMutation } from '@tanstack/react-query';
import { restJsonCall } from '../rest-json-call';
import { useInvalidateCodeArtifact } from './invalidate';
import { codeartifact } from './service';
import type { DomainDescription } from './wire-types';

export const createDomain = (input: { domain: string; encryptionKey?: string }) =>
  restJsonCall<{ domain: DomainDescription }>(codeartifact, 'CreateDomain', input).then((o) => o.domain);

export const useCreateDomain = () => useMutation({ mutationFn: createDomain, onSuccess: useInvalidateCodeArtifact() });
