import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codecommitKeys } from './keys';
import { codecommit } from './service';

export interface UpdateDefaultBranchInput {
  repositoryName: string;
  defaultBranchName: string;
}

export const updateDefaultBranch = (input: UpdateDefaultBranchInput) =>
  awsCall<object>(codecommit, 'UpdateDefaultBranch', input);

/** The service emits no event for this, so the repository's cached metadata is refreshed here. */
export function useUpdateDefaultBranch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateDefaultBranch,
    onSuccess: (_out, input) =>
      queryClient.invalidateQueries({ queryKey: codecommitKeys.repository(input.repositoryName) }),
  });
}
