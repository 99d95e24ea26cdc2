import { QueryClient } from '@tanstack/react-query';
import { AwsApiError } from './aws-call';

/**
 * Service data stays fresh through the live event stream (see simulation/connect.ts), so
 * queries do not poll; a 4xx answer is the service's verdict and is not retried.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (count, error) => !(error instanceof AwsApiError && error.status < 500) && count < 2,
      },
    },
  });
}
