import type { ServiceApi } from '../protocol/service';

export const codecommitApi: ServiceApi = {
  service: 'codecommit',
  endpointPrefix: 'codecommit',
  targetPrefix: 'CodeCommit_20150413',
  operations: [
    'CreateRepository',
    'GetRepository',
    'ListRepositories',
    'DeleteRepository',
    'GetBranch',
    'ListBranches',
    'GetCommit',
    'GetFolder',
    'GetFile',
    'GetBlob',
    'PutFile',
  ],
};
