import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { serveMockAws } from '../../../../test/mock-aws';
import { markApiReady } from '../../../api/aws-call';
import { gitPull } from '../../../api/codecommit/git-pull';
import { gitPush } from '../../../api/codecommit/git-push';
import { demoScenarioText } from '../../../engine/testing/driver';
import { accessKeyIdFor } from '../../../engine/iam/principals';
import { useIdentityStore } from '../../../stores/identity-store';
import type { CommandContext, TerminalProgram } from '../command';
import { FILE_PROGRAMS } from '../files';
import { ENVIRONMENT_DIR, HOME, createMemoryFs, normalizePath, type MemoryFs } from '../workspace/fs';
import { gitProgram } from './git';
import type { GitHost } from './transport';

/** The demo world plus an intern whom the user guide's branch-protection policy keeps off demo-webapp's main. */
function demoWithIntern(): string {
  const scenario = JSON.parse(demoScenarioText());
  scenario.account.iam.defaultUser = 'cicdlab-user';
  scenario.account.iam.users.push({
    userName: 'intern',
    policies: [
      {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Deny',
            Action: [
              'codecommit:GitPush',
              'codecommit:DeleteBranch',
              'codecommit:PutFile',
              'codecommit:MergePullRequestBy*',
            ],
            Resource: 'arn:aws:codecommit:us-east-1:123456789012:demo-webapp',
            Condition: {
              StringEqualsIfExists: { 'codecommit:References': ['refs/heads/main'] },
              Null: { 'codecommit:References': 'false' },
            },
          },
        ],
      },
    ],
  });
  return JSON.stringify(scenario);
}

const server = serveMockAws(demoWithIntern);
beforeAll(() => {
  vi.stubGlobal('document', { baseURI: 'http://localhost:5173/' });
  markApiReady();
});
afterEach(() => useIdentityStore.getState().actAs(undefined));

/** Commits made in these tests carry this instant, so their IDs are the same on every run. */
const NOW_SECONDS = 1_790_000_000;
const host: GitHost = {
  pull: gitPull,
  push: gitPush,
  actingName: async () => 'cicdlab-user',
  nowSeconds: () => NOW_SECONDS,
};
const PROGRAMS: Record<string, TerminalProgram> = { ...FILE_PROGRAMS, git: gitProgram(host) };
// eslint-disable-next-line no-control-regex
const plain = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

/** A terminal without the terminal: runs one command line (words split on spaces, "quotes" kept together). */
function shell(fs: MemoryFs = createMemoryFs()) {
  let cwd = ENVIRONMENT_DIR;
  return {
    fs,
    get cwd() {
      return cwd;
    },
    async run(line: string): Promise<{ status: number; out: string; err: string; all: string }> {
      const argv = [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
      let out = '';
      let err = '';
      let all = '';
      const ctx: CommandContext = {
        argv,
        stdin: '',
        io: {
          out: (t) => ((out += t), (all += t)),
          err: (t) => ((err += t), (all += t)),
        },
        fs,
        env: { HOME },
        cwd,
        setCwd: (path) => (cwd = path),
        resolve: (path) =>
          normalizePath(path.startsWith('/') ? path : path.startsWith('~') ? HOME + path.slice(1) : `${cwd}/${path}`),
        signal: new AbortController().signal,
      };
      const status = await PROGRAMS[argv[0]!]!.run(ctx);
      return { status, out: plain(out), err: plain(err), all: plain(all) };
    },
  };
}

async function cloned() {
  const sh = shell();
  const result = await sh.run('git clone https://git-codecommit.us-east-1.amazonaws.com/v1/repos/demo-webapp');
  expect(result.status).toBe(0);
  await sh.run('cd demo-webapp');
  return sh;
}

const remoteTip = async (branch = 'main') => (await gitPull('demo-webapp')).branches[branch];

describe('git clone', () => {
  it('checks out the default branch and prints what git prints', async () => {
    const sh = shell();
    const result = await sh.run('git clone codecommit::us-east-1://demo-webapp');
    expect(result.err).toMatch(
      /^Cloning into 'demo-webapp'\.\.\.\nremote: Counting objects: \d+, done\.\nUnpacking objects: 100% \((\d+)\/\1\), .+, done\.\n$/,
    );
    expect(sh.fs.list(`${ENVIRONMENT_DIR}/demo-webapp`)).toContain('buildspec.yml');
    await sh.run('cd demo-webapp');
    expect((await sh.run('git log --oneline -n 1')).out).toMatch(
      new RegExp(`^${(await remoteTip())!.slice(0, 7)} \\(HEAD -> main, origin/main\\) `),
    );
    expect((await sh.run('git status')).out).toBe(
      "On branch main\nYour branch is up to date with 'origin/main'.\n\nnothing to commit, working tree clean\n",
    );
    expect((await sh.run('git remote -v')).out).toBe(
      'origin\tcodecommit::us-east-1://demo-webapp (fetch)\norigin\tcodecommit::us-east-1://demo-webapp (push)\n',
    );
  });

  it('says a missing repository is not found, at its HTTPS URL', async () => {
    const result = await shell().run('git clone https://git-codecommit.us-east-1.amazonaws.com/v1/repos/nope');
    expect(result.status).toBe(128);
    expect(result.err).toBe(
      "Cloning into 'nope'...\nfatal: repository 'https://git-codecommit.us-east-1.amazonaws.com/v1/repos/nope/' not found\n",
    );
  });
});

describe('git status, add, diff and commit', () => {
  it('words staged, unstaged and untracked changes as git does', async () => {
    const sh = await cloned();
    sh.fs.write(`${sh.cwd}/README.md`, `${sh.fs.readText(`${sh.cwd}/README.md`)}more\n`);
    sh.fs.write(`${sh.cwd}/notes.txt`, 'todo\n');
    sh.fs.remove(`${sh.cwd}/buildspec.yml`);
    await sh.run('git add README.md');
    expect((await sh.run('git status')).out).toBe(
      [
        'On branch main',
        "Your branch is up to date with 'origin/main'.",
        '',
        'Changes to be committed:',
        '  (use "git restore --staged <file>..." to unstage)',
        '\tmodified:   README.md',
        '',
        'Changes not staged for commit:',
        '  (use "git add/rm <file>..." to update what will be committed)',
        '  (use "git restore <file>..." to discard changes in working directory)',
        '\tdeleted:    buildspec.yml',
        '',
        'Untracked files:',
        '  (use "git add <file>..." to include in what will be committed)',
        '\tnotes.txt',
        '',
      ].join('\n'),
    );
    await sh.run('git restore --staged README.md');
    expect((await sh.run('git diff --staged')).out).toBe('');
    expect((await sh.run('git diff')).out).toContain('diff --git a/README.md b/README.md');
  });

  it('shows a unified diff of the working tree against the index, and of the index with --staged', async () => {
    const sh = await cloned();
    sh.fs.write(`${sh.cwd}/hello.txt`, 'one\ntwo\nthree\n');
    await sh.run('git add hello.txt');
    await sh.run('git commit -m "Add hello"');
    sh.fs.write(`${sh.cwd}/hello.txt`, 'one\n2\nthree\n');
    const diff = (await sh.run('git diff')).out;
    expect(diff).toMatch(
      /^diff --git a\/hello.txt b\/hello.txt\nindex [0-9a-f]{7}\.\.[0-9a-f]{7} 100644\n--- a\/hello.txt\n\+\+\+ b\/hello.txt\n@@ -1,3 \+1,3 @@\n one\n-two\n\+2\n three\n$/,
    );
    expect((await sh.run('git diff --staged')).out).toBe('');
    await sh.run('git add .');
    expect((await sh.run('git diff --cached')).out).toBe(diff);
  });

  it('refuses to commit nothing, and reports a commit as git does', async () => {
    const sh = await cloned();
    const nothing = await sh.run('git commit -m "empty"');
    expect(nothing.status).toBe(1);
    expect(nothing.out).toContain('nothing to commit, working tree clean');
    sh.fs.write(`${sh.cwd}/a.txt`, 'a\nb\n');
    await sh.run('git add -A');
    const made = await sh.run('git commit -m "Add a"');
    expect(made.out).toMatch(/^\[main [0-9a-f]{7}\] Add a\n Author: cicdlab-user <cicdlab-user@example.com>\n/);
    expect(made.out).toContain(' 1 file changed, 2 insertions(+)\n create mode 100644 a.txt\n');
    await sh.run('git config --global user.name "Ines"');
    await sh.run('git config --global user.email ines@example.com');
    sh.fs.write(`${sh.cwd}/a.txt`, 'a\n');
    const second = await sh.run('git commit -am "Trim a"');
    expect(second.out).toMatch(/^\[main [0-9a-f]{7}\] Trim a\n 1 file changed, 1 deletion\(-\)\n$/);
    expect((await sh.run('git status')).out).toContain("Your branch is ahead of 'origin/main' by 2 commits.");
  });
});

describe('git push', () => {
  it('puts the commits on the remote with the IDs git computed, and starts demo-pipeline', async () => {
    const sh = await cloned();
    const before = await remoteTip();
    sh.fs.write(`${sh.cwd}/index.html`, `${sh.fs.readText(`${sh.cwd}/index.html`) ?? ''}<!-- change -->\n`);
    await sh.run('git add index.html');
    await sh.run('git commit -m "First"');
    sh.fs.write(`${sh.cwd}/second.txt`, '2\n');
    await sh.run('git add second.txt');
    await sh.run('git commit -m "Second"');
    const local = (await sh.run('git log --oneline')).out
      .split('\n')
      .slice(0, 2)
      .map((l) => l.slice(0, 7));
    const pushed = await sh.run('git push');
    expect(pushed.status).toBe(0);
    const after = (await remoteTip())!;
    expect(after.slice(0, 7)).toBe(local[0]);
    expect(pushed.err).toContain(
      `To https://git-codecommit.us-east-1.amazonaws.com/v1/repos/demo-webapp\n   ${before!.slice(0, 7)}..${after.slice(0, 7)}  main -> main\n`,
    );
    expect((await sh.run('git status')).out).toContain("Your branch is up to date with 'origin/main'.");
    await server.engine().advance(60_000);
    const executions = await server.engine().execute({
      service: 'codepipeline',
      operation: 'ListPipelineExecutions',
      input: { pipelineName: 'demo-pipeline' },
    });
    const summaries = (executions.ok ? executions.output : {}) as {
      pipelineExecutionSummaries?: { trigger?: { triggerType: string }; sourceRevisions?: { revisionId: string }[] }[];
    };
    expect(summaries.pipelineExecutionSummaries?.[0]?.sourceRevisions?.[0]?.revisionId).toBe(after);
  });

  it('is refused by branch protection with a 403 and the IAM reason, and allowed on another branch', async () => {
    useIdentityStore.getState().actAs({ kind: 'user', name: 'intern', accessKeyId: accessKeyIdFor('user', 'intern') });
    const sh = await cloned();
    sh.fs.write(`${sh.cwd}/x.txt`, 'x\n');
    await sh.run('git add x.txt');
    await sh.run('git commit -m "Direct to main"');
    const before = await remoteTip();
    const refused = await sh.run('git push origin main');
    expect(refused.status).toBe(128);
    expect(refused.err).toContain(
      "fatal: unable to access 'https://git-codecommit.us-east-1.amazonaws.com/v1/repos/demo-webapp/': The requested URL returned error: 403\n(simulator) CodeCommit refused the request: User: arn:aws:iam::123456789012:user/intern is not authorized to perform: codecommit:GitPush on resource: arn:aws:codecommit:us-east-1:123456789012:demo-webapp with an explicit deny in an identity-based policy\n",
    );
    expect(await remoteTip()).toBe(before);
    await sh.run('git checkout -b feature');
    const allowed = await sh.run('git push -u origin feature');
    expect(allowed.status).toBe(0);
    expect(allowed.err).toContain(' * [new branch]      feature -> feature');
    expect(allowed.out).toBe("branch 'feature' set up to track 'origin/feature'.\n");
  });

  it("is rejected when the remote moved on, with git's hints; pull fast-forwards", async () => {
    const mine = await cloned();
    const theirs = await cloned();
    theirs.fs.write(`${theirs.cwd}/theirs.txt`, 'theirs\n');
    await theirs.run('git add theirs.txt');
    await theirs.run('git commit -m "Theirs"');
    expect((await theirs.run('git push')).status).toBe(0);

    mine.fs.write(`${mine.cwd}/mine.txt`, 'mine\n');
    await mine.run('git add mine.txt');
    await mine.run('git commit -m "Mine"');
    const rejected = await mine.run('git push');
    expect(rejected.status).toBe(1);
    expect(rejected.err).toContain(
      ' ! [rejected]        main -> main (fetch first)\nerror: failed to push some refs to',
    );
    expect(rejected.err).toContain("hint: 'git pull' before pushing again.");

    const diverged = await mine.run('git pull');
    expect(diverged.status).toBe(128);
    expect(diverged.err).toContain('fatal: Need to specify how to reconcile divergent branches.');
  });
});

describe('git pull', () => {
  it('fast-forwards to the remote, and then is already up to date', async () => {
    const sh = await cloned();
    const other = await cloned();
    other.fs.write(`${other.cwd}/new.txt`, 'one\ntwo\n');
    await other.run('git add new.txt');
    await other.run('git commit -m "New"');
    await other.run('git push');
    const pulled = await sh.run('git pull');
    expect(pulled.status).toBe(0);
    expect(pulled.out).toMatch(
      /^Updating [0-9a-f]{7}\.\.[0-9a-f]{7}\nFast-forward\n new.txt \| 2 \+\+\n 1 file changed, 2 insertions\(\+\)\n$/,
    );
    expect(sh.fs.readText(`${sh.cwd}/new.txt`)).toBe('one\ntwo\n');
    expect((await sh.run('git pull')).out).toBe('Already up to date.\n');
  });
});

describe('git branch and checkout', () => {
  it('lists local and remote branches, and switches with tracking', async () => {
    const sh = await cloned();
    await sh.run('git checkout -b topic');
    expect((await sh.run('git branch')).out).toBe('  main\n* topic\n');
    expect((await sh.run('git branch -a')).out).toBe(
      '  main\n* topic\n  remotes/origin/HEAD -> origin/main\n  remotes/origin/feature/dark-mode\n  remotes/origin/main\n',
    );
    const back = await sh.run('git switch main');
    expect(back.err).toBe("Switched to branch 'main'\n");
    expect(back.out).toBe("Your branch is up to date with 'origin/main'.\n");
    expect((await sh.run('git checkout nope')).err).toBe(
      "error: pathspec 'nope' did not match any file(s) known to git\n",
    );
  });

  it('completes subcommands, branches and remotes', async () => {
    const sh = await cloned();
    const complete = (words: string[], partial: string) =>
      gitProgram(host).complete!({ words, partial, fs: sh.fs, cwd: sh.cwd });
    expect(await complete(['git'], 'pu')).toEqual(['pull', 'push']);
    expect(await complete(['git', 'push'], '')).toEqual(['origin']);
    expect(await complete(['git', 'checkout'], 'ma')).toEqual(['main']);
  });
});
