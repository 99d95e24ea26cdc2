import { useMutation } from '@tanstack/react-query';
import { restJsonCall } from '../rest-json-call';
import { useInvalidateCodeArtifact } from './invalidate';
import { codeartifact } from './service';
import type { RepositoryDescription } from './wire-types';

export const disassociateExternalConnection = (input: {
  domain: string;
  repository: string;
  externalConnection: string;
}) =>
  restJsonCall<{ repository: RepositoryDescription }>(codeartifact, 'DisassociateExternalConnection', input).then(
    (o) => o.repository,
  );

export const useDisassociateExternalConnection = () =>
  useMutation({ mutationFn: disassociateExternalConnection, onSuccess: useInvalidateCodeArtifact() });
