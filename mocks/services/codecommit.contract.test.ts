import {
  BranchNameExistsException,
  CodeCommitClient,
  CreateBranchCommand,
  CreateCommitCommand,
  DeleteBranchCommand,
  DeleteFileCommand,
  GetDifferencesCommand,
  NoChangeException,
  UpdateDefaultBranchCommand,
  CreateRepositoryCommand,
  DeleteRepositoryCommand,
  GetBlobCommand,
  GetBranchCommand,
  GetCommitCommand,
  GetFileCommand,
  GetFolderCommand,
  GetRepositoryCommand,
  InvalidRepositoryNameException,
  ListBranchesCommand,
  ListRepositoriesCommand,
  PutFileCommand,
  RepositoryDoesNotExistException,
  RepositoryNameExistsException,
  RepositoryNameRequiredException,
} from '@aws-sdk/client-codecommit';
import { describe, expect, it } from 'vitest';
import { rejection, sdkConfig, serveMockAws } from '../../test/mock-aws';
import { codecommitApi, codecommitSimulatorApi } from './codecommit';

/** The official SDK v3 client is the contract: if it can call and parse it, so can real tools. */
const client = new CodeCommitClient(sdkConfig('codecommit'));
serveMockAws();

/** PutFile on demo-webapp's main at its current tip; answers with that tip and the new commit. */
async function putOnMain(filePath: string, fileContent: Uint8Array, commitMessage?: string) {
  const repositoryName = 'demo-webapp';
  const { branch } = await client.send(new GetBranchCommand({ repositoryName, branchName: 'main' }));
  const put = await client.send(
    new PutFileCommand({
      repositoryName,
      branchName: 'main',
      parentCommitId: branch?.commitId,
      filePath,
      fileContent,
      ...(commitMessage !== undefined && { commitMessage }),
    }),
  );
  return { branch, put };
}

describe('CodeCommit through @aws-sdk/client-codecommit', () => {
  it('creates, gets, lists and deletes a repository', async () => {
    const created = await client.send(
      new CreateRepositoryCommand({ repositoryName: 'contract', repositoryDescription: 'via SDK' }),
    );
    expect(created.repositoryMetadata?.Arn).toBe('arn:aws:codecommit:us-east-1:123456789012:contract');
    expect(created.repositoryMetadata?.creationDate).toEqual(new Date('2026-01-05T09:00:00Z'));

    const got = await client.send(new GetRepositoryCommand({ repositoryName: 'contract' }));
    expect(got.repositoryMetadata?.repositoryDescription).toBe('via SDK');

    const list = await client.send(new ListRepositoriesCommand({}));
    expect(list.repositories?.map((r) => r.repositoryName)).toEqual(['contract', 'demo-infrastructure', 'demo-webapp']);

    const deleted = await client.send(new DeleteRepositoryCommand({ repositoryName: 'contract' }));
    expect(deleted.repositoryId).toBe(created.repositoryMetadata?.repositoryId);
  });

  it('surfaces the service errors as the SDK exception classes', async () => {
    const exists = await rejection(client.send(new CreateRepositoryCommand({ repositoryName: 'demo-webapp' })));
    expect(exists).toBeInstanceOf(RepositoryNameExistsException);
    expect(exists.message).toBe('Repository named demo-webapp already exists');
    expect(exists.$metadata.httpStatusCode).toBe(400);

    expect(await rejection(client.send(new CreateRepositoryCommand({ repositoryName: 'bad/name' })))).toBeInstanceOf(
      InvalidRepositoryNameException,
    );
    expect(await rejection(client.send(new CreateRepositoryCommand({ repositoryName: '' })))).toBeInstanceOf(
      RepositoryNameRequiredException,
    );
    expect(await rejection(client.send(new GetRepositoryCommand({ repositoryName: 'missing' })))).toBeInstanceOf(
      RepositoryDoesNotExistException,
    );
  });

  it('reads branches, folders, files, blobs and commits', async () => {
    const repositoryName = 'demo-webapp';
    expect((await client.send(new ListBranchesCommand({ repositoryName }))).branches).toEqual([
      'feature/dark-mode',
      'main',
    ]);
    const { branch } = await client.send(new GetBranchCommand({ repositoryName, branchName: 'main' }));
    const folder = await client.send(new GetFolderCommand({ repositoryName, folderPath: 'src' }));
    expect(folder.files?.map((f) => f.absolutePath)).toEqual(['src/greeting.js', 'src/server.js']);
    const file = await client.send(new GetFileCommand({ repositoryName, filePath: 'src/greeting.js' }));
    expect(new TextDecoder().decode(file.fileContent)).toBe('exports.greeting = (name) => `Hello, ${name}!`;\n');
    const blob = await client.send(new GetBlobCommand({ repositoryName, blobId: file.blobId }));
    expect(blob.content).toEqual(file.fileContent);
    const { commit } = await client.send(new GetCommitCommand({ repositoryName, commitId: branch?.commitId }));
    expect(commit?.author).toEqual({
      name: 'Bo Lindqvist',
      email: 'bo@example.com',
      date: `${Date.parse('2026-01-04T16:20:00Z') / 1000} +0000`,
    });
  });

  it('commits a file with PutFile', async () => {
    const repositoryName = 'demo-webapp';
    const { branch, put } = await putOnMain('docs/notes.md', new TextEncoder().encode('# Notes\n'), 'Add notes');
    const { commit } = await client.send(new GetCommitCommand({ repositoryName, commitId: put.commitId }));
    expect(commit?.parents).toEqual([branch?.commitId]);
    expect(commit?.message).toBe('Add notes\n');
  });

  it('creates, updates and deletes branches', async () => {
    const repositoryName = 'demo-webapp';
    const { branch } = await client.send(new GetBranchCommand({ repositoryName, branchName: 'main' }));
    await client.send(new CreateBranchCommand({ repositoryName, branchName: 'hotfix', commitId: branch?.commitId }));
    expect(
      await rejection(
        client.send(new CreateBranchCommand({ repositoryName, branchName: 'hotfix', commitId: branch?.commitId })),
      ),
    ).toBeInstanceOf(BranchNameExistsException);
    await client.send(new UpdateDefaultBranchCommand({ repositoryName, defaultBranchName: 'hotfix' }));
    await client.send(new UpdateDefaultBranchCommand({ repositoryName, defaultBranchName: 'main' }));
    const deleted = await client.send(new DeleteBranchCommand({ repositoryName, branchName: 'hotfix' }));
    expect(deleted.deletedBranch).toEqual({ branchName: 'hotfix', commitId: branch?.commitId });
  });

  it('commits several files, deletes one, and diffs the commits', async () => {
    const repositoryName = 'demo-webapp';
    const { branch } = await client.send(new GetBranchCommand({ repositoryName, branchName: 'main' }));
    const encode = (text: string) => new TextEncoder().encode(text);
    const commit = await client.send(
      new CreateCommitCommand({
        repositoryName,
        branchName: 'main',
        parentCommitId: branch?.commitId,
        commitMessage: 'Docs',
        putFiles: [
          { filePath: 'docs/a.md', fileContent: encode('a\n') },
          { filePath: 'docs/b.md', fileContent: encode('b\n') },
        ],
      }),
    );
    expect(commit.filesAdded?.map((f) => f.absolutePath)).toEqual(['docs/a.md', 'docs/b.md']);
    expect(
      await rejection(
        client.send(
          new CreateCommitCommand({
            repositoryName,
            branchName: 'main',
            parentCommitId: commit.commitId,
            putFiles: [{ filePath: 'docs/a.md', fileContent: encode('a\n') }],
          }),
        ),
      ),
    ).toBeInstanceOf(NoChangeException);
    const removed = await client.send(
      new DeleteFileCommand({
        repositoryName,
        branchName: 'main',
        parentCommitId: commit.commitId,
        filePath: 'docs/b.md',
      }),
    );
    const diff = await client.send(
      new GetDifferencesCommand({
        repositoryName,
        beforeCommitSpecifier: branch?.commitId,
        afterCommitSpecifier: removed.commitId,
      }),
    );
    expect(diff.differences?.map((d) => [d.changeType, d.afterBlob?.path])).toEqual([['A', 'docs/a.md']]);
  });

  it('stores a binary file byte for byte: PutFile, GetFile, GetBlob, GetDifferences', async () => {
    const repositoryName = 'demo-webapp';
    const png = Uint8Array.from(
      atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
      (c) => c.charCodeAt(0),
    );
    const { branch, put } = await putOnMain('public/logo.png', png);
    // The ID `git hash-object logo.png` prints for these bytes.
    expect(put.blobId).toBe('08cd6f2bfd1b53ec5a4db72bed55f40907e8bdfa');
    const file = await client.send(new GetFileCommand({ repositoryName, filePath: 'public/logo.png' }));
    expect(file.fileSize).toBe(png.length);
    expect(file.fileContent).toEqual(png);
    const blob = await client.send(new GetBlobCommand({ repositoryName, blobId: put.blobId }));
    expect(blob.content).toEqual(png);
    const diff = await client.send(
      new GetDifferencesCommand({
        repositoryName,
        beforeCommitSpecifier: branch?.commitId,
        afterCommitSpecifier: put.commitId,
      }),
    );
    expect(diff.differences?.map((d) => [d.changeType, d.afterBlob?.path, d.afterBlob?.blobId])).toEqual([
      ['A', 'public/logo.png', put.blobId],
    ]);
  });

  it('answers an unknown operation the way AWS does', async () => {
    const response = await fetch(`${sdkConfig('codecommit').endpoint}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': `${codecommitApi.targetPrefix}.RenameEverything`,
      },
      body: '{}',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      __type: 'UnknownOperationException',
      message: 'Unknown operation CodeCommit_20150413.RenameEverything',
    });
  });

  it('declares exactly the operations the engine implements', async () => {
    const { SERVICES } = await import('../../src/engine');
    const engineOps = Object.keys(SERVICES.find((s) => s.service === 'codecommit')?.operations ?? {});
    expect([...codecommitApi.operations, ...codecommitSimulatorApi.operations].sort()).toEqual(engineOps.sort());
  });
});
