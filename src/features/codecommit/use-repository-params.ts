import { useParams } from 'react-router';
import { useRepository } from '../../api/codecommit/get-repository';

/** The repository named in the address, and the ref (branch or commit) the page shows. */
export function useRepositoryParams() {
  const params = useParams();
  const name = params.name ?? '';
  const repository = useRepository(name);
  const ref = params.ref ?? repository.data?.defaultBranch;
  return { name, ref, path: params['*'] ?? '', repository };
}
