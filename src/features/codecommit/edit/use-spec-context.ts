import { useMemo } from 'react';
import { useRepositoryFiles } from '../../../api/codecommit/list-repository-files';
import { useSecrets } from '../../../api/secretsmanager/list-secrets';
import { useParameters } from '../../../api/ssm/describe-parameters';
import type { SpecContext } from '../../../components/editor/validate-spec';

/**
 * What the account knows, for the buildspec checks that look outside the file: the repository's files at the
 * branch, Systems Manager parameter names, and Secrets Manager secrets (names and ARNs; one scheduled for
 * deletion cannot be read by a build, so it counts as missing). A list that cannot be read turns its check off.
 */
export function useSpecContext(repositoryName: string, ref: string, enabled = true): SpecContext | undefined {
  const files = useRepositoryFiles(repositoryName, ref, enabled);
  const parameters = useParameters();
  const secrets = useSecrets();
  return useMemo(() => {
    if (!files.data && !parameters.data && !secrets.data) return undefined;
    return {
      ...(files.data && { repositoryFiles: files.data }),
      ...(parameters.data && { parameterNames: parameters.data.map((p) => p.Name) }),
      ...(secrets.data && {
        secretIds: secrets.data.filter((s) => s.DeletedDate === undefined).flatMap((s) => [s.Name, s.ARN]),
      }),
    };
  }, [files.data, parameters.data, secrets.data]);
}
