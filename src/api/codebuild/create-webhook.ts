import { awsCall } from '../aws-call';
import { codebuild } from './service';
import type { WebhookFilter } from './types';

/** CreateWebhook; the project form calls it after saving the project, and invalidates once for both. */
export const createWebhook = (input: { projectName: string; filterGroups: WebhookFilter[][] }) =>
  awsCall<object>(codebuild, 'CreateWebhook', input);
