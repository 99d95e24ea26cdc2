import { awsCall } from '../aws-call';
import { lambda } from './service';
import type { AliasConfiguration } from './types';

/** One alias; the console's alias lists use ListAliases (list-aliases.ts), whose key the stream invalidates. */
export const getAlias = (functionName: string, name: string) =>
  awsCall<AliasConfiguration>(lambda, 'GetAlias', { FunctionName: functionName, Name: name });
