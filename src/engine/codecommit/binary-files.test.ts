import { describe, expect, it } from 'vitest';
import { SimDriver, scenario } from '../testing/driver';
import { readRevision } from './public';
import { CodeCommitStateSchema } from './state-schema';

const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

function repositoryWithLogo() {
  const sim = SimDriver.from(scenario());
  sim.ok('codecommit', 'CreateRepository', { repositoryName: 'site' });
  const put = sim.ok<{ commitId: string; blobId: string }>('codecommit', 'PutFile', {
    repositoryName: 'site',
    branchName: 'main',
    filePath: 'logo.png',
    fileContent: PNG_BASE64,
  });
  return { sim, put };
}

describe('binary files', () => {
  it('come back from GetFile and GetBlob byte for byte', () => {
    const { sim, put } = repositoryWithLogo();
    const file = sim.ok<{ fileContent: string; fileSize: number }>('codecommit', 'GetFile', {
      repositoryName: 'site',
      filePath: 'logo.png',
    });
    expect(file).toMatchObject({ fileContent: PNG_BASE64, fileSize: 70 });
    expect(sim.ok('codecommit', 'GetBlob', { repositoryName: 'site', blobId: put.blobId })).toEqual({
      content: PNG_BASE64,
    });
  });

  it('refuse an identical upload as the same content, like any file', () => {
    const { sim, put } = repositoryWithLogo();
    const again = sim.call('codecommit', 'PutFile', {
      repositoryName: 'site',
      branchName: 'main',
      parentCommitId: put.commitId,
      filePath: 'logo.png',
      fileContent: PNG_BASE64,
    });
    expect(again.ok ? undefined : again.error.type).toBe('SameFileContentException');
  });

  it('are in a build’s clone as a one-line note naming the blob, not as bytes', () => {
    const { sim, put } = repositoryWithLogo();
    const revision = readRevision(sim.sim.world, 'site', 'main');
    expect(revision?.files.get('logo.png')).toBe(
      `[binary file, 70 bytes, blob ${put.blobId}: not interpreted by the simulated build]\n`,
    );
  });

  it('survive a saved world: the state schema accepts them', () => {
    const { sim } = repositoryWithLogo();
    const saved = JSON.parse(JSON.stringify(sim.sim.world.account.codecommit)) as unknown;
    expect(CodeCommitStateSchema.safeParse(saved).success).toBe(true);
  });
});
