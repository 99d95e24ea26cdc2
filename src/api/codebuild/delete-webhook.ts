import { awsCall } from '../aws-call';
import { codebuild } from './service';

/** DeleteWebhook; the project form calls it after saving the project, and invalidates once for both. */
export const deleteWebhook = (input: { projectName: string }) => awsCall<object>(codebuild, 'DeleteWebhook', input);
