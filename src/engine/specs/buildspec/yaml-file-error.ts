import type { BuildspecContext } from './types';
import { parseBuildspec } from './parse-buildspec';

/**
 * The status message CodeBuild fails DOWNLOAD_SOURCE with for this buildspec (`YAML_FILE_ERROR: ...`), or
 * undefined when CodeBuild would accept it. Same as `parseBuildspec(text, context).yamlFileError`.
 */
export function buildspecYamlFileError(text: string, context?: BuildspecContext): string | undefined {
  return parseBuildspec(text, context).yamlFileError;
}
