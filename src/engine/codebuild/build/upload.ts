import { sha256 } from '@noble/hashes/sha2.js';
import { md5 } from '@noble/hashes/legacy.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { getOwn, setOwn } from '../../core/records';
import type { SimContext } from '../../core/simulation';
import { DAY, type SimMillis } from '../../core/time';
import { findBucket, putObject } from '../../s3/public';
import { bytesOfBinaryNote } from '../../codecommit/public';
import type { Buildspec, BuildspecArtifactSet } from '../../specs';
import { parseCoverageReport, parseTestReport } from '../reports/parse';
import type { Shell } from '../shell/shell';
import { COVERAGE_FORMATS } from '../shell/tools/tests';
import type { Build, BuildArtifacts, BuildRun, PhaseContext, ProjectArtifacts, Report, ReportGroup } from '../state';
import { expandText } from './host';
import type { BuildLog } from './log';
import { selectFiles } from './paths';

const TEST_CASE_LIMIT = 500;
const REPORT_RETENTION = 30 * DAY;

export const reportGroupArn = (ctx: SimContext, name: string) => ctx.arn('codebuild', `report-group/${name}`);

/** The report group a buildspec `reports` key names: an ARN that must exist, or `<project>-<name>`, created on first use. */
function groupFor(ctx: SimContext, build: Build, key: string, format: string): ReportGroup | undefined {
  const groups = ctx.world.account.codebuild.reportGroups;
  if (key.startsWith('arn:')) return getOwn(groups, key);
  const name = `${build.projectName}-${key}`;
  const arn = reportGroupArn(ctx, name);
  let group = getOwn(groups, arn);
  if (!group) {
    group = {
      arn,
      name,
      type: COVERAGE_FORMATS.has(format) ? 'CODE_COVERAGE' : 'TEST',
      created: ctx.now,
      lastModified: ctx.now,
      tags: [],
    };
    setOwn(groups, arn, group);
  }
  return group;
}

/**
 * Test and coverage reports: for each `reports` group, the files that match are parsed (JUnit, NUnit, TestNG,
 * TRX, Cucumber; Cobertura, Clover, JaCoCo, SimpleCov) into a report of the group. Runs in UPLOAD_ARTIFACTS.
 */
export function collectReports(
  ctx: SimContext,
  build: Build,
  run: BuildRun,
  buildspec: Buildspec,
  shell: Shell,
  log: BuildLog,
): void {
  for (const [key, spec] of Object.entries(buildspec.reports)) {
    const at = shell.now();
    const group = groupFor(ctx, build, key, spec.fileFormat);
    if (!group) {
      log.container(at, `Report group ${key} not found; skipping its report`);
      continue;
    }
    const base = spec.baseDirectory === undefined ? undefined : expandText(shell, spec.baseDirectory);
    log.container(at, `Preparing to copy ${group.type === 'TEST' ? 'test' : 'code coverage'} report files`);
    log.container(at, `Expanding base directory path: ${base ?? '.'}`);
    const selection = selectFiles(
      shell.fs,
      run.srcDir,
      base,
      spec.files.map((f) => expandText(shell, f)),
    );
    const id = ctx.uuid();
    const report: Report = {
      arn: ctx.arn('codebuild', `report/${group.name}:${id}`),
      type: group.type,
      name: group.name,
      reportGroupArn: group.arn,
      executionId: build.arn,
      status: 'SUCCEEDED',
      created: ctx.now,
      expired: (ctx.now + REPORT_RETENTION) as SimMillis,
      testCases: [],
      coverage: [],
    };
    log.container(at, `Found ${selection.files.length} file(s)`);
    if (selection.files.length === 0) {
      report.status = 'FAILED';
      report.statusMessage = 'report files not found in build';
      log.container(at, `Error in UPLOAD_ARTIFACTS phase: [${key}: [report files not found in build]]`);
    }
    for (const file of selection.files) {
      const text = shell.fs.read(file.path) ?? '';
      if (group.type === 'TEST') {
        const cases = parseTestReport(spec.fileFormat, text);
        if (!cases) {
          report.status = 'INCOMPLETE';
          log.container(at, `Skipping ${file.relative}: not a ${spec.fileFormat} file`);
          continue;
        }
        for (const c of cases) report.testCases.push({ ...c, testRawDataPath: file.path });
      } else {
        const coverage = parseCoverageReport(spec.fileFormat, text);
        if (!coverage) {
          report.status = 'INCOMPLETE';
          continue;
        }
        for (const c of coverage) report.coverage.push({ ...c, id: `${id}-${report.coverage.length}` });
      }
    }
    if (report.testCases.length > TEST_CASE_LIMIT) report.testCases.length = TEST_CASE_LIMIT;
    if (report.testCases.some((c) => c.status === 'FAILED' || c.status === 'ERROR')) report.status = 'FAILED';
    setOwn(ctx.world.account.codebuild.reports, report.arn, report);
    group.lastModified = ctx.now;
    build.reportArns.push(report.arn);
    log.container(
      shell.now(),
      `Report upload ${report.status === 'SUCCEEDED' ? 'succeeded' : 'completed'}: ${report.arn}`,
    );
  }
}

type Upload = { ok: true; result: BuildArtifacts } | { ok: false; context: PhaseContext };

const clientError = (message: string): Upload => ({ ok: false, context: { statusCode: 'CLIENT_ERROR', message } });

/** One artifact: select the files, name it, zip it (or not) and put it in the simulated S3 bucket. */
function uploadOne(
  ctx: SimContext,
  build: Build,
  run: BuildRun,
  shell: Shell,
  log: BuildLog,
  target: ProjectArtifacts,
  spec: BuildspecArtifactSet,
): Upload {
  const at = () => shell.now();
  const base = spec.baseDirectory === undefined ? undefined : expandText(shell, spec.baseDirectory);
  const shownBase = base ?? '.';
  log.container(at(), `Expanding base directory path: ${shownBase}`);
  log.container(at(), 'Assembling file list');
  log.container(at(), `Expanding ${shownBase}`);
  log.container(at(), `Expanding file paths for base directory ${shownBase}`);
  log.container(at(), 'Assembling file list');
  const patterns = spec.files.map((f) => expandText(shell, f));
  for (const p of patterns) log.container(at(), `Expanding ${p}`);
  const selection = selectFiles(
    shell.fs,
    run.srcDir,
    base,
    patterns,
    spec.excludePaths.map((e) => expandText(shell, e)),
  );
  if (selection.baseMissing) return clientError(`no matching base directory path found for ${shownBase}`);
  for (const p of selection.unmatched) log.container(at(), `Skipping invalid file path ${p}`);
  if (selection.files.length === 0) return clientError('no matching artifact paths found');
  log.container(at(), `Found ${selection.files.length} file(s)`);
  const entries = selection.files.map((f) => ({
    name: spec.discardPaths ? f.relative.slice(f.relative.lastIndexOf('/') + 1) : f.relative,
    content: shell.fs.read(f.path) ?? '',
  }));
  const buildUuid = build.id.slice(build.id.indexOf(':') + 1);
  const name =
    target.overrideArtifactName && spec.name ? expandText(shell, spec.name) : (target.name ?? build.projectName);
  let bucket: string;
  let key: string;
  if (target.type === 'CODEPIPELINE') {
    if (!build.pipelineArtifact) return { ok: true, result: {} };
    bucket = build.pipelineArtifact.bucket;
    key = build.pipelineArtifact.key;
  } else {
    bucket = target.location ?? '';
    const prefix = spec.s3Prefix ? expandText(shell, spec.s3Prefix) : undefined;
    key = [prefix, target.path, target.namespaceType === 'BUILD_ID' ? buildUuid : undefined, name]
      .filter((p) => p !== undefined && p !== '')
      .join('/');
  }
  if (!findBucket(ctx.world, bucket))
    return clientError(
      `Error uploading artifacts: NoSuchBucket: The specified bucket does not exist (bucket ${bucket})`,
    );
  const location = `arn:aws:s3:::${bucket}/${key}`;
  shell.elapse(300 + entries.reduce((n, e) => n + e.content.length, 0) / 2048);
  if (target.type === 'CODEPIPELINE' || target.packaging === 'ZIP') {
    const zippable: Zippable = {};
    const mtime = new Date(ctx.world.startEpochMs + ctx.now);
    for (const e of entries)
      zippable[e.name] = [bytesOfBinaryNote(ctx.world, e.content) ?? strToU8(e.content), { mtime }];
    const bytes = zipSync(zippable, { level: 6 });
    putObject(ctx.world, bucket, key, bytes, ctx.now, 'application/zip');
    return {
      ok: true,
      result: {
        location,
        md5sum: bytesToHex(md5(bytes)),
        sha256sum: bytesToHex(sha256(bytes)),
        ...(target.artifactIdentifier && { artifactIdentifier: target.artifactIdentifier }),
      },
    };
  }
  for (const e of entries)
    putObject(ctx.world, bucket, `${key}/${e.name}`, bytesOfBinaryNote(ctx.world, e.content) ?? e.content, ctx.now);
  return {
    ok: true,
    result: { location, ...(target.artifactIdentifier && { artifactIdentifier: target.artifactIdentifier }) },
  };
}

/**
 * UPLOAD_ARTIFACTS: the primary artifact, then each secondary one the project declares. A pattern list that
 * matches nothing is CodeBuild's CLIENT_ERROR "no matching artifact paths found".
 */
export function uploadArtifacts(
  ctx: SimContext,
  build: Build,
  run: BuildRun,
  buildspec: Buildspec,
  shell: Shell,
  log: BuildLog,
): PhaseContext | undefined {
  const spec = buildspec.artifacts;
  const primary = build.artifacts;
  if (primary.type !== 'NO_ARTIFACTS') {
    if (!spec || spec.files.length === 0) {
      if (!spec || Object.keys(spec.secondaryArtifacts).length === 0) {
        build.artifactResults = {};
        log.container(shell.now(), 'Skipping artifact upload: the buildspec has no artifacts section');
      }
    } else {
      const result = uploadOne(ctx, build, run, shell, log, primary, spec);
      if (!result.ok) return result.context;
      build.artifactResults = {
        ...result.result,
        ...(primary.overrideArtifactName !== undefined && { overrideArtifactName: primary.overrideArtifactName }),
      };
    }
  }
  build.secondaryArtifactResults = [];
  for (const target of build.secondaryArtifacts) {
    const id = target.artifactIdentifier ?? '';
    const secondary = spec?.secondaryArtifacts[id];
    if (!secondary)
      return { statusCode: 'CLIENT_ERROR', message: `no definition for secondary artifact ${id} in buildspec` };
    const result = uploadOne(ctx, build, run, shell, log, target, secondary);
    if (!result.ok) return result.context;
    build.secondaryArtifactResults.push(result.result);
  }
  return undefined;
}
