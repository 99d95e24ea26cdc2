import { AwsApiError } from '../../../api/aws-call';
import { getBranch } from '../../../api/codecommit/get-branch';
import { getFile } from '../../../api/codecommit/get-file';

export interface Latest {
  text: string;
  commitId: string;
}

/** Reads the file at the branch tip now; a file deleted meanwhile compares as empty. */
export async function readLatest(name: string, branch: string, path: string): Promise<Latest> {
  try {
    const file = await getFile(name, branch, path);
    return { text: file.text ?? '', commitId: file.commitId };
  } catch (error) {
    if (!(error instanceof AwsApiError) || error.type !== 'FileDoesNotExistException') throw error;
    return { text: '', commitId: (await getBranch(name, branch)).commitId };
  }
}
