import type { ServiceModule } from '../core/simulation';
import { CreateBranch, DeleteBranch, GetBranch, ListBranches, UpdateDefaultBranch } from './operations/branches';
import { CreateCommit, DeleteFile } from './operations/create-commit';
import { GetDifferences } from './operations/differences';
import { GetBlob, GetCommit, GetFile, GetFolder } from './operations/contents';
import { PutFile } from './operations/put-file';
import { PUSH_TIMER, push } from './push';
import { CreateRepository, DeleteRepository, GetRepository, ListRepositories } from './operations/repositories';

export const codecommit: ServiceModule = {
  service: 'codecommit',
  operations: {
    CreateRepository,
    GetRepository,
    ListRepositories,
    DeleteRepository,
    CreateBranch,
    GetBranch,
    ListBranches,
    DeleteBranch,
    UpdateDefaultBranch,
    CreateCommit,
    DeleteFile,
    GetDifferences,
    GetCommit,
    GetFolder,
    GetFile,
    GetBlob,
    PutFile,
  },
  timers: { [PUSH_TIMER]: push },
};
