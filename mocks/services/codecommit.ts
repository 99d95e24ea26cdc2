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
    'CreateBranch',
    'GetBranch',
    'ListBranches',
    'DeleteBranch',
    'UpdateDefaultBranch',
    'CreateCommit',
    'DeleteFile',
    'GetDifferences',
    'GetCommit',
    'GetFolder',
    'GetFile',
    'GetBlob',
    'PutFile',
  ],
};
