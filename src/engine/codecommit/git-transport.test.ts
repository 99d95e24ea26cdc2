import { describe, expect, it } from 'vitest';
import { SimDriver, demoScenarioText } from '../testing/driver';
import { blobId, writeCommit, writeTree, emptyStore } from './git-objects';

const repositoryName = 'demo-webapp';
const b64 = (text: string) => Buffer.from(text).toString('base64');

/** What `git push` of two new commits on top of main sends: the objects, hashed as git hashes them. */
function twoCommitsOn(sim: SimDriver) {
  const pulled = sim.ok<{
    branches: Record<string, string>;
    objects: { commits: Record<string, { tree: string }>; trees: Record<string, never> };
  }>('codecommit', 'GitPull', { repositoryName });
  const tip = pulled.branches.main!;
  const baseTree = pulled.objects.trees[pulled.objects.commits[tip]!.tree] as unknown as {
    name: string;
    mode: '100644' | '100755' | '040000';
    id: string;
  }[];
  const store = emptyStore();
  const signature = { name: 'Ines', email: 'ines@example.com', epochSeconds: 1_790_000_000 };
  const blob = blobId('hello\n');
  const tree = writeTree(store, [...baseTree, { name: 'hello.txt', mode: '100644', id: blob }]);
  const first = writeCommit(store, {
    tree,
    parents: [tip],
    author: signature,
    committer: signature,
    message: 'First\n',
  });
  const second = writeCommit(store, {
    tree,
    parents: [first],
    author: signature,
    committer: signature,
    message: 'Second\n',
  });
  return {
    tip,
    first,
    second,
    objects: { commits: store.commits, trees: store.trees, blobs: { [blob]: b64('hello\n') } },
  };
}

describe('GitPush and GitPull (the git transport)', () => {
  it('stores several commits with the IDs the client computed and emits one reference change for the branch', () => {
    const sim = SimDriver.fromText(demoScenarioText());
    const { tip, second, objects } = twoCommitsOn(sim);
    const before = sim.log.length;
    sim.ok('codecommit', 'GitPush', {
      repositoryName,
      updates: [{ referenceName: 'refs/heads/main', oldCommitId: tip, newCommitId: second }],
      objects,
    });
    const changes = sim.log.slice(before).filter((e) => e['detail-type'] === 'CodeCommit Repository State Change');
    expect(changes.map((e) => [e.detail.event, e.detail.oldCommitId, e.detail.commitId])).toEqual([
      ['referenceUpdated', tip, second],
    ]);
    expect(
      sim.ok<{ commit: { message: string } }>('codecommit', 'GetCommit', { repositoryName, commitId: second }).commit
        .message,
    ).toBe('Second\n');
  });

  it('refuses an object whose ID is not the hash of its content, and a branch that moved since the client looked', () => {
    const sim = SimDriver.fromText(demoScenarioText());
    const { tip, second, objects } = twoCommitsOn(sim);
    const [blob] = Object.keys(objects.blobs);
    const tampered = { ...objects, blobs: { [blob!]: b64('tampered\n') } };
    const bad = sim.call('codecommit', 'GitPush', {
      repositoryName,
      updates: [{ referenceName: 'refs/heads/main', oldCommitId: tip, newCommitId: second }],
      objects: tampered,
    });
    expect(bad.ok ? undefined : bad.error.type).toBe('InvalidPackException');
    const stale = sim.call('codecommit', 'GitPush', {
      repositoryName,
      updates: [{ referenceName: 'refs/heads/main', oldCommitId: 'a'.repeat(40), newCommitId: second }],
      objects,
    });
    expect(stale.ok ? undefined : stale.error.type).toBe('ReferenceOutdatedException');
  });

  it('sends only what the client lacks', () => {
    const sim = SimDriver.fromText(demoScenarioText());
    const all = sim.ok<{ branches: Record<string, string>; objects: { commits: object } }>('codecommit', 'GitPull', {
      repositoryName,
    });
    const again = sim.ok<{ objects: { commits: object; trees: object; blobs: object } }>('codecommit', 'GitPull', {
      repositoryName,
      haves: Object.keys(all.objects.commits),
    });
    expect(again.objects).toEqual({ commits: {}, trees: {}, blobs: {} });
  });
});
