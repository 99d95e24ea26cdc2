import type { ServiceModule } from '../core/simulation';
import {
  BUILD_TIMEOUT_TIMER,
  PHASE_END_TIMER,
  QUEUED_TIMEOUT_TIMER,
  buildTimedOut,
  phaseEnded,
  queuedTimedOut,
} from './build/lifecycle';
import {
  BatchDeleteBuilds,
  BatchGetBuilds,
  ListBuilds,
  ListBuildsForProject,
  RetryBuild,
  StartBuild,
  StopBuild,
} from './operations/builds';
import {
  BatchGetProjects,
  CreateProject,
  DeleteProject,
  ListCuratedEnvironmentImages,
  ListProjects,
  UpdateProject,
} from './operations/projects';
import {
  BatchGetReportGroups,
  BatchGetReports,
  CreateReportGroup,
  DeleteReport,
  DeleteReportGroup,
  DescribeCodeCoverages,
  DescribeTestCases,
  ListReportGroups,
  ListReports,
  ListReportsForReportGroup,
  UpdateReportGroup,
} from './operations/reports';
import { CreateWebhook, DeleteWebhook, UpdateWebhook } from './operations/webhooks';
import { onCodeCommitEvent } from './triggers';

/**
 * CodeBuild: projects, builds run by a simulated build container (docs/codebuild-simulation.md), their logs in
 * CloudWatch Logs, test and coverage reports, artifacts and caches in S3, and webhook-style triggers on
 * CodeCommit events.
 */
export const codebuild: ServiceModule = {
  service: 'codebuild',
  operations: {
    CreateProject,
    UpdateProject,
    DeleteProject,
    BatchGetProjects,
    ListProjects,
    ListCuratedEnvironmentImages,
    CreateWebhook,
    UpdateWebhook,
    DeleteWebhook,
    StartBuild,
    StopBuild,
    RetryBuild,
    BatchGetBuilds,
    ListBuilds,
    ListBuildsForProject,
    BatchDeleteBuilds,
    CreateReportGroup,
    UpdateReportGroup,
    DeleteReportGroup,
    BatchGetReportGroups,
    ListReportGroups,
    ListReportsForReportGroup,
    ListReports,
    BatchGetReports,
    DeleteReport,
    DescribeTestCases,
    DescribeCodeCoverages,
  },
  timers: {
    [PHASE_END_TIMER]: phaseEnded,
    [BUILD_TIMEOUT_TIMER]: buildTimedOut,
    [QUEUED_TIMEOUT_TIMER]: queuedTimedOut,
  },
  onEvent: onCodeCommitEvent,
};
