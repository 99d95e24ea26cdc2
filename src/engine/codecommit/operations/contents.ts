import { optionalString, requiredString } from '../../core/input';
import { getOwn } from '../../core/records';
import type { Operation } from '../../core/simulation';
import { byteLength, encodeContent } from '../content';
import { codecommitErrors as errors } from '../errors';
import type { Signature } from '../git-objects';
import { requireRepository } from '../repository';
import { entryAt, fileMode, requirePath, resolveCommit } from '../resolve';

/** CodeCommit's UserInfo puts the date in git's own form: epoch seconds and a zone offset. */
const userInfo = (s: Signature) => ({ name: s.name, email: s.email, date: `${Math.floor(s.epochSeconds)} +0000` });

export const GetCommit: Operation = (ctx, input) => {
  const repo = requireRepository(ctx, input);
  const commitId = requiredString(input, 'commitId', errors.commitIdRequired);
  if (!/^[0-9a-f]{40}$/.test(commitId)) throw errors.invalidCommitId(commitId);
  const commit = getOwn(repo.objects.commits, commitId);
  if (!commit) throw errors.commitIdDoesNotExist(commitId);
  return {
    commit: {
      commitId,
      treeId: commit.tree,
      parents: commit.parents,
      message: commit.message.endsWith('\n') ? commit.message : `${commit.message}\n`,
      author: userInfo(commit.author),
      committer: userInfo(commit.committer),
      additionalData: '',
    },
  };
};

export const GetFolder: Operation = (ctx, input) => {
  const repo = requireRepository(ctx, input);
  const folderPath = requiredString(input, 'folderPath', errors.pathRequired);
  const { id, commit } = resolveCommit(repo, optionalString(input, 'commitSpecifier'));
  const path = requirePath(folderPath);
  const folder = entryAt(repo, commit.tree, path);
  if (folder?.mode !== '040000') throw errors.folderDoesNotExist(folderPath);
  const entries = getOwn(repo.objects.trees, folder.id) ?? [];
  const absolute = (name: string) => (path === '' ? name : `${path}/${name}`);
  return {
    commitId: id,
    folderPath,
    treeId: folder.id,
    subFolders: entries
      .filter((e) => e.mode === '040000')
      .map((e) => ({ treeId: e.id, absolutePath: absolute(e.name), relativePath: e.name })),
    files: entries
      .filter((e) => e.mode !== '040000')
      .map((e) => ({ blobId: e.id, absolutePath: absolute(e.name), relativePath: e.name, fileMode: fileMode(e.mode) })),
    symbolicLinks: [],
    subModules: [],
  };
};

export const GetFile: Operation = (ctx, input) => {
  const repo = requireRepository(ctx, input);
  const filePath = requiredString(input, 'filePath', errors.pathRequired);
  const { id, commit } = resolveCommit(repo, optionalString(input, 'commitSpecifier'));
  const entry = entryAt(repo, commit.tree, requirePath(filePath));
  if (entry === undefined || entry.mode === '040000') throw errors.fileDoesNotExist(filePath);
  const content = getOwn(repo.objects.blobs, entry.id) ?? '';
  return {
    commitId: id,
    blobId: entry.id,
    filePath,
    fileMode: fileMode(entry.mode),
    fileSize: byteLength(content),
    fileContent: encodeContent(content),
  };
};

export const GetBlob: Operation = (ctx, input) => {
  const repo = requireRepository(ctx, input);
  const blobId = requiredString(input, 'blobId', errors.blobIdRequired);
  const content = getOwn(repo.objects.blobs, blobId);
  if (content === undefined) throw errors.blobIdDoesNotExist(blobId);
  return { content: encodeContent(content) };
};
