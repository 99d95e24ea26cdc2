import { isMap, isScalar, visit } from 'yaml';
import { loadYaml, parseAppSpec, parseBuildspec } from '../../engine/specs';
import type { Diagnostic, YamlFile } from '../../engine/specs';
import type { FileKind } from './file-kind';

/** What the account knows, for the buildspec checks that look outside the file (plain data: it crosses to a worker). */
export interface SpecContext {
  parameterNames?: string[];
  secretIds?: string[];
  repositoryFiles?: string[];
  /**
   * The file's path in the repository. An AppSpec file sits at the root of its revision, so its hook scripts and
   * `files` sources are looked up relative to its folder.
   */
  filePath?: string;
}

/**
 * The specs module's findings for one file. Buildspecs get every check (with the account context when given);
 * other YAML gets the loader's findings: syntax, tabs, duplicate keys, alias bombs, size and depth limits.
 */
export function validateSpec(kind: FileKind, text: string, context: SpecContext = {}): Diagnostic[] {
  if (kind === 'appspec') {
    const revisionFiles = context.repositoryFiles && revisionFilesOf(context.repositoryFiles, context.filePath);
    const { diagnostics } = parseAppSpec(text, {
      ...(context.filePath && { fileName: context.filePath.split('/').pop() }),
      ...(revisionFiles && { context: { revisionFiles } }),
    });
    // In a JSON editor, Monaco's JSON service already marks syntax errors in its own words.
    return /\.json$/i.test(context.filePath ?? '') ? diagnostics.filter((d) => d.code !== 'yaml-syntax') : diagnostics;
  }
  if (kind === 'buildspec') {
    return parseBuildspec(text, {
      ...(context.parameterNames && { parameterNames: new Set(context.parameterNames) }),
      ...(context.secretIds && { secretIds: new Set(context.secretIds) }),
      ...(context.repositoryFiles && { repositoryFiles: context.repositoryFiles }),
    }).diagnostics;
  }
  const file = loadYaml(text);
  return [...file.diagnostics, ...duplicateKeys(file)].sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * The repository's files as the revision sees them, when that is known: CodeDeploy reads `appspec.yml` at the root
 * of the revision, and a repository becomes a revision as a whole (CodePipeline's source artifact), so only an
 * AppSpec file at the repository root is checked against the files. Elsewhere the revision root is unknown.
 */
function revisionFilesOf(repositoryFiles: string[], filePath: string | undefined): Set<string> | undefined {
  if (filePath?.replace(/^\/+/, '').includes('/')) return undefined;
  return new Set(repositoryFiles.map((file) => file.replace(/^\/+/, '')));
}

/** Keys written twice in one mapping: YAML readers keep the last one silently, which is rarely what was meant. */
function duplicateKeys(file: YamlFile): Diagnostic[] {
  const found: Diagnostic[] = [];
  if (!file.doc) return found;
  visit(file.doc, {
    Map(_key, map) {
      if (!isMap(map)) return;
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const name = String(pair.key.value);
        if (seen.has(name)) {
          found.push({
            ...file.rangeOf(pair.key),
            severity: 'warning',
            code: 'duplicate-key',
            message: `\`${name}\` is written twice in this mapping; only the last one counts. Merge the two into one.`,
          });
        }
        seen.add(name);
      }
    },
  });
  return found;
}
