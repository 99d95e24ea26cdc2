import type { QueryClient } from '@tanstack/react-query';

/** Temporary shell; replaced by the console layout. */
export function App(_props: { queryClient: QueryClient }) {
  return <p>CI/CD Lab</p>;
}
