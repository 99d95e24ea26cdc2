import { strToU8, zipSync } from 'fflate';
import type { PipelineDeclaration } from '../../../engine/specs/pipeline/types';
import { writeCode, type CodeFormat } from './code-formats';
import type { CodeDocument } from './code-store';
import { servicePolicyFor } from './service-policy';
import type { CollectedSpecFiles } from './spec-files';

/** A file name made of the pipeline's name (which may hold characters a file system refuses). */
export const fileBaseName = (declaration: PipelineDeclaration) =>
  (typeof declaration.name === 'string' ? declaration.name : '').replace(/[^A-Za-z0-9._-]/g, '_') || 'pipeline';

/**
 * The pipeline as exported text: the code view's own text when it is in step with the draft (so an imported
 * template keeps its comments and key order), else the draft written afresh around that text.
 */
export function exportText(
  format: CodeFormat,
  declaration: PipelineDeclaration,
  document: CodeDocument | undefined,
  logicalId: string,
): string {
  if (document?.declaration === declaration) return document.synced;
  return writeCode(format, declaration, { previousText: document?.synced, logicalId });
}

const ARN_ACCOUNT = /^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:(\d{12}):/;
const ARN_REGION = /^arn:aws[a-z-]*:[a-z0-9-]+:([a-z]{2}(?:-[a-z]+)+-\d):/;

/**
 * The account and Region the policy's ARNs name: the account of the pipeline's service role, the Region of the
 * first regional ARN the pipeline (or the account, `knownArn`) mentions, else the simulated account's us-east-1.
 */
export function accountAndRegionOf(
  declaration: PipelineDeclaration,
  knownArn?: string,
): { accountId: string; region: string } {
  const arns = [
    knownArn,
    declaration.roleArn,
    ...declaration.stages.flatMap((s) => s.actions.flatMap((a) => Object.values(a.configuration ?? {}))),
  ].filter((v): v is string => typeof v === 'string');
  const accountId = arns.map((a) => ARN_ACCOUNT.exec(a)?.[1]).find(Boolean) ?? '111122223333';
  const region = arns.map((a) => ARN_REGION.exec(a)?.[1]).find(Boolean) ?? 'us-east-1';
  return { accountId, region };
}

export const policyText = (declaration: PipelineDeclaration, accountId: string, region: string) =>
  `${JSON.stringify(servicePolicyFor(declaration, accountId, region), null, 2)}\n`;

export interface ExportBundle {
  json: string;
  cloudformation: string;
  policy: string;
  specFiles: CollectedSpecFiles;
}

/** Everything as one zip: the two pipeline files, the service role policy, and the buildspec/AppSpec files. */
export function bundleZip(declaration: PipelineDeclaration, bundle: ExportBundle): Uint8Array {
  const base = fileBaseName(declaration);
  const files: Record<string, Uint8Array> = {
    [`${base}.json`]: strToU8(bundle.json),
    [`${base}.template.yaml`]: strToU8(bundle.cloudformation),
    [`${base}-service-role-policy.json`]: strToU8(bundle.policy),
  };
  for (const file of bundle.specFiles.files) files[file.path] = strToU8(file.text);
  if (bundle.specFiles.missing.length > 0) {
    files['NOT-INCLUDED.txt'] = strToU8(
      `These files could not be read from the account, so they are not in this zip:\n\n${bundle.specFiles.missing.map((m) => `- ${m}`).join('\n')}\n`,
    );
  }
  return zipSync(files, { level: 6, mtime: new Date('2026-01-01T00:00:00Z') });
}
