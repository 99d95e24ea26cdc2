/**
 * `npm run validate -- <file>... [--kind buildspec|appspec|pipeline] [--logical-id <id>]`: checks spec files with
 * the same code the editor and the engine use, and prints one JSON object:
 * `{"files":[{"file","kind","diagnostics":[{"line","column","severity","code","message"}]}]}`.
 * Pipelines are read from get-pipeline / create-pipeline JSON or from CloudFormation templates (YAML or JSON):
 * every `AWS::CodePipeline::Pipeline` resource is checked, or only the one `--logical-id` names.
 * Exit code: 2 if a file cannot be read, else 1 if any file has an error, else 0.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import {
  MAX_FILE_BYTES,
  parseAppSpec,
  parseBuildspec,
  parseCloudFormationPipelines,
  parsePipeline,
} from '../src/engine/specs';
import type { Diagnostic } from '../src/engine/specs';

const KINDS = ['buildspec', 'appspec', 'pipeline'] as const;
type Kind = (typeof KINDS)[number];

interface FileReport {
  file: string;
  kind: Kind | 'unknown';
  diagnostics: Pick<Diagnostic, 'line' | 'column' | 'severity' | 'code' | 'message'>[];
}

function usage(message: string): never {
  process.stderr.write(
    `${message}\nUsage: npm run validate -- <file>... [--kind ${KINDS.join('|')}] [--logical-id <pipeline resource>]\n`,
  );
  process.exit(2);
}

/** The kind of a spec file, from its name first, then from its content. */
function detectKind(file: string, text: string): Kind | undefined {
  const name = basename(file).toLowerCase();
  if (/^buildspec.*\.ya?ml$/.test(name)) return 'buildspec';
  if (/appspec/.test(name) && /\.(ya?ml|json)$/.test(name)) return 'appspec';
  if (/^phases\s*:/m.test(text)) return 'buildspec';
  if (looksLikeAppSpec(text)) return 'appspec';
  if (/AWS::CodePipeline::Pipeline/.test(text) || looksLikePipelineJson(text)) return 'pipeline';
  if (/pipeline/.test(name) && /\.(json|ya?ml)$/.test(name)) return 'pipeline';
  return undefined;
}

/** A declaration under `pipeline` (get-pipeline output, create-pipeline input), or a bare one. */
function looksLikePipelineJson(text: string): boolean {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return /"pipeline"\s*:\s*\{/.test(text);
  }
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  const wrapped = record.pipeline;
  if (typeof wrapped === 'object' && wrapped !== null && 'stages' in wrapped) return true;
  return 'stages' in record && 'roleArn' in record;
}

/** A CloudFormation template, YAML or JSON. */
function isTemplate(text: string): boolean {
  return (
    /AWS::CodePipeline::Pipeline/.test(text) ||
    /^\s*(Resources|AWSTemplateFormatVersion)\s*:/m.test(text) ||
    /"(Resources|AWSTemplateFormatVersion)"\s*:/.test(text)
  );
}

/** `version: 0.0` (the only AppSpec version) together with a key only AppSpec files have. */
function looksLikeAppSpec(text: string): boolean {
  const version = /^\s*version\s*:\s*["']?0\.0["']?\s*(#.*)?$/m.test(text) || /"version"\s*:\s*"?0\.0"?/.test(text);
  const keys = /^(hooks|Hooks|Resources|files)\s*:/m.test(text) || /"(hooks|Hooks|Resources|files)"\s*:/.test(text);
  return (version && keys) || /^(hooks|Hooks)\s*:/m.test(text) || /"(hooks|Hooks)"\s*:/.test(text);
}

const at = { line: 1, column: 1 };

function validate(
  file: string,
  forced: Kind | undefined,
  logicalId: string | undefined,
): { report: FileReport; unreadable: boolean } {
  let text: string;
  try {
    const size = statSync(file).size;
    if (size > MAX_FILE_BYTES) {
      return {
        unreadable: false,
        report: {
          file,
          kind: forced ?? detectKind(file, '') ?? 'unknown',
          diagnostics: [
            {
              ...at,
              severity: 'error',
              code: 'file-too-large',
              message: `This file is larger than ${MAX_FILE_BYTES / (1024 * 1024)} MB, so it is not checked.`,
            },
          ],
        },
      };
    }
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return {
      unreadable: true,
      report: {
        file,
        kind: forced ?? 'unknown',
        diagnostics: [
          {
            ...at,
            severity: 'error',
            code: 'file-unreadable',
            message: `The file cannot be read: ${(error as Error).message}`,
          },
        ],
      },
    };
  }
  const kind = forced ?? detectKind(file, text);
  if (kind === undefined) {
    return {
      unreadable: false,
      report: {
        file,
        kind: 'unknown',
        diagnostics: [
          {
            ...at,
            severity: 'info',
            code: 'unknown-kind',
            message: `Cannot tell what kind of file this is; pass --kind ${KINDS.join('|')}.`,
          },
        ],
      },
    };
  }
  const found =
    kind === 'buildspec'
      ? parseBuildspec(text)
      : kind === 'appspec'
        ? parseAppSpec(text, { fileName: basename(file) })
        : isTemplate(text)
          ? parseCloudFormationPipelines(text, { logicalId })
          : parsePipeline(text);
  const diagnostics = found.diagnostics.map(({ line, column, severity, code, message }) => ({
    line,
    column,
    severity,
    code,
    message,
  }));
  return { unreadable: false, report: { file, kind, diagnostics } };
}

function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { kind: { type: 'string' }, 'logical-id': { type: 'string' } },
    });
  } catch (error) {
    usage((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) usage('Give at least one file.');
  const kind = values.kind;
  if (kind !== undefined && !(KINDS as readonly string[]).includes(kind)) {
    usage(`--kind ${kind}: expected one of ${KINDS.join(', ')}.`);
  }
  const results = positionals.map((file) => validate(file, kind as Kind | undefined, values['logical-id']));
  process.stdout.write(`${JSON.stringify({ files: results.map((r) => r.report) })}\n`);
  if (results.some((r) => r.unreadable)) process.exitCode = 2;
  else if (results.some((r) => r.report.diagnostics.some((d) => d.severity === 'error'))) process.exitCode = 1;
}

main();
