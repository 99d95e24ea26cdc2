/** CodeCommit's limit for one file added through the console or the API (PutFile, CreateCommit). */
export const MAX_UPLOAD_BYTES = 6 * 1024 * 1024;
/** CreateCommit takes at most this many file entries. */
export const MAX_COMMIT_FILES = 100;

export interface UploadCandidate {
  name: string;
  size: number;
  /** Whether the bytes are text rather than binary (undefined until read). */
  text?: boolean;
}

export interface UploadPlanRow extends UploadCandidate {
  path: string;
  /** Why the file is left out, or undefined when it will be committed. */
  problem?: string;
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Where each chosen file goes and which ones cannot be committed, with the reason in plain words. */
export function planUpload(folder: string, files: readonly UploadCandidate[]): UploadPlanRow[] {
  let accepted = 0;
  return files.map((file) => {
    const path = folder ? `${folder}/${file.name}` : file.name;
    if (file.size > MAX_UPLOAD_BYTES) {
      return {
        ...file,
        path,
        problem: `${file.name} is ${megabytes(file.size)}; CodeCommit accepts files up to 6 MB through the console and API. Push it with Git instead.`,
      };
    }
    if (accepted >= MAX_COMMIT_FILES) {
      return { ...file, path, problem: `One commit holds at most ${MAX_COMMIT_FILES} files; commit this one next.` };
    }
    accepted++;
    return { ...file, path };
  });
}
