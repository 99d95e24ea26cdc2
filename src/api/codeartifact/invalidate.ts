import { useQueryClient } from '@tanstack/react-query';
import { codeartifactKeys } from './keys';

/** After a change every CodeArtifact answer may be stale: a repository's upstreams change what its packages show. */
export function useInvalidateCodeArtifact() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: codeartifactKeys.all });
}
