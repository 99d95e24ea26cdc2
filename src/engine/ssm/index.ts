import type { ServiceModule } from '../core/simulation';
import {
  DeleteParameter,
  DeleteParameters,
  DescribeParameters,
  GetParameter,
  GetParameterHistory,
  GetParameters,
  GetParametersByPath,
  LabelParameterVersion,
  PutParameter,
} from './operations';

/** Systems Manager Parameter Store: the values a build's `parameter-store` variables read. */
export const ssm: ServiceModule = {
  service: 'ssm',
  operations: {
    PutParameter,
    GetParameter,
    GetParameters,
    GetParametersByPath,
    DescribeParameters,
    GetParameterHistory,
    LabelParameterVersion,
    DeleteParameter,
    DeleteParameters,
  },
};
