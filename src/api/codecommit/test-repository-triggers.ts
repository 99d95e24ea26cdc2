import { useMutation } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import type { RepositoryTriggersInput } from './put-repository-triggers';
import { codecommit } from './service';

export interface TestRepositoryTriggersOutput {
  successfulExecutions: string[];
  failedExecutions: { trigger: string; failureMessage: string }[];
}

export const testRepositoryTriggers = (input: RepositoryTriggersInput) =>
  awsCall<TestRepositoryTriggersOutput>(codecommit, 'TestRepositoryTriggers', input);

export const useTestRepositoryTriggers = () => useMutation({ mutationFn: testRepositoryTriggers });
