import type { ServiceModule } from '../core/simulation';
import {
  CreatePullRequestApprovalRule,
  EvaluatePullRequestApprovalRules,
  GetPullRequestApprovalStates,
  GetPullRequestOverrideState,
  OverridePullRequestApprovalRules,
  UpdatePullRequestApprovalState,
} from './operations/approvals';
import { CreateBranch, DeleteBranch, GetBranch, ListBranches, UpdateDefaultBranch } from './operations/branches';
import { GetCommentsForPullRequest, PostCommentForPullRequest } from './operations/comments';
import { GetBlob, GetCommit, GetFile, GetFolder } from './operations/contents';
import { CreateCommit, DeleteFile } from './operations/create-commit';
import { GetDifferences } from './operations/differences';
import { GitPull, GitPush } from './operations/git';
import {
  GetMergeConflicts,
  MergePullRequestByFastForward,
  MergePullRequestBySquash,
  MergePullRequestByThreeWay,
} from './operations/merge-pull-request';
import {
  CreatePullRequest,
  DescribePullRequestEvents,
  GetPullRequest,
  ListPullRequests,
  UpdatePullRequestDescription,
  UpdatePullRequestStatus,
  UpdatePullRequestTitle,
} from './operations/pull-requests';
import { PutFile } from './operations/put-file';
import { CreateRepository, DeleteRepository, GetRepository, ListRepositories } from './operations/repositories';
import {
  AssociateApprovalRuleTemplateWithRepository,
  CreateApprovalRuleTemplate,
  DeleteApprovalRuleTemplate,
  DisassociateApprovalRuleTemplateFromRepository,
  GetApprovalRuleTemplate,
  ListApprovalRuleTemplates,
  ListAssociatedApprovalRuleTemplatesForRepository,
  ListRepositoriesForApprovalRuleTemplate,
} from './operations/templates';
import { GetRepositoryTriggers, PutRepositoryTriggers, TestRepositoryTriggers } from './operations/triggers';
import { PUSH_TIMER, push } from './push';

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
    CreatePullRequest,
    GetPullRequest,
    ListPullRequests,
    UpdatePullRequestStatus,
    UpdatePullRequestTitle,
    UpdatePullRequestDescription,
    DescribePullRequestEvents,
    MergePullRequestByFastForward,
    MergePullRequestBySquash,
    MergePullRequestByThreeWay,
    GetMergeConflicts,
    CreatePullRequestApprovalRule,
    UpdatePullRequestApprovalState,
    EvaluatePullRequestApprovalRules,
    GetPullRequestApprovalStates,
    OverridePullRequestApprovalRules,
    GetPullRequestOverrideState,
    CreateApprovalRuleTemplate,
    GetApprovalRuleTemplate,
    ListApprovalRuleTemplates,
    DeleteApprovalRuleTemplate,
    AssociateApprovalRuleTemplateWithRepository,
    DisassociateApprovalRuleTemplateFromRepository,
    ListAssociatedApprovalRuleTemplatesForRepository,
    ListRepositoriesForApprovalRuleTemplate,
    PostCommentForPullRequest,
    GetCommentsForPullRequest,
    PutRepositoryTriggers,
    GetRepositoryTriggers,
    TestRepositoryTriggers,
    GitPull,
    GitPush,
  },
  timers: { [PUSH_TIMER]: push },
};
