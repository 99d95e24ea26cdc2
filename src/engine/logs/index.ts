import type { ServiceModule } from '../core/simulation';
import {
  CreateLogGroup,
  CreateLogStream,
  DeleteLogGroup,
  DeleteLogStream,
  DescribeLogGroups,
  DescribeLogStreams,
  FilterLogEvents,
  GetLogEvents,
  PutLogEvents,
  PutRetentionPolicy,
} from './operations';

/** CloudWatch Logs, as far as build logs need it (CodeBuild writes `/aws/codebuild/<project>`). */
export const logs: ServiceModule = {
  service: 'logs',
  operations: {
    CreateLogGroup,
    DeleteLogGroup,
    DescribeLogGroups,
    PutRetentionPolicy,
    CreateLogStream,
    DeleteLogStream,
    DescribeLogStreams,
    PutLogEvents,
    GetLogEvents,
    FilterLogEvents,
  },
};
