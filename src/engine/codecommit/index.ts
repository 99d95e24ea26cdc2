import type { ServiceModule } from '../core/simulation';
import { GetBranch, ListBranches } from './operations/branches';
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
    GetBranch,
    ListBranches,
    GetCommit,
    GetFolder,
    GetFile,
    GetBlob,
    PutFile,
  },
  timers: { [PUSH_TIMER]: push },
};
