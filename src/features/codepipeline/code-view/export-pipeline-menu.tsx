import { useState } from 'react';
import { AwsApiError } from '../../../api/aws-call';
import { batchGetProjects } from '../../../api/codebuild/batch-get-projects';
import { getFile } from '../../../api/codecommit/get-file';
import { buttonClass } from '../../../components/button-styles';
import { MenuButton } from '../../../components/menu-button';
import { saveBlob } from '../../../components/save-blob';
import { useDraftStore } from '../draft/draft-store';
import { useCodeViewStore } from './code-store';
import { accountAndRegionOf, bundleZip, exportText, fileBaseName, policyText } from './export-files';
import { collectSpecFiles, specFilesFor, type SpecFileReader } from './spec-files';

/** Reads buildspecs and AppSpec files from the simulated account through its APIs. */
const accountReader: SpecFileReader = {
  buildspecOf: async (projectName) => {
    const [project] = await batchGetProjects([projectName]);
    return project && { buildspec: project.source.buildspec };
  },
  fileText: async (repositoryName, branchName, path) => {
    try {
      return (await getFile(repositoryName, branchName, path)).text;
    } catch (error) {
      // A file or branch that is not there is reported as missing; any other failure is the user's to see.
      if (error instanceof AwsApiError && /DoesNotExist|NotFound/.test(error.type)) return undefined;
      throw error;
    }
  },
};

const download = (text: string, fileName: string, type: string) => saveBlob(new Blob([text], { type }), fileName);

/**
 * "Export": the pipeline as get-pipeline JSON, as a CloudFormation template, the IAM policy its service role
 * needs, or all of it in a zip with the buildspec and AppSpec files its projects and deployment groups use.
 * `accountArn` is any ARN of the simulated account (the pipeline's own, once saved) for the policy's account and Region.
 */
export function ExportPipelineMenu({ accountArn, className }: { accountArn?: string; className?: string }) {
  const declaration = useDraftStore((s) => s.declaration);
  const [error, setError] = useState<string>();
  if (!declaration) return null;

  const { documents, logicalId } = useCodeViewStore.getState();
  const base = fileBaseName(declaration);
  const json = () => exportText('json', declaration, documents.json, logicalId);
  const cloudformation = () => exportText('cloudformation', declaration, documents.cloudformation, logicalId);
  const policy = () => {
    const { accountId, region } = accountAndRegionOf(declaration, accountArn);
    return policyText(declaration, accountId, region);
  };
  const zip = async () => {
    setError(undefined);
    try {
      const specFiles = await collectSpecFiles(specFilesFor(declaration), accountReader);
      const bytes = bundleZip(declaration, {
        json: json(),
        cloudformation: cloudformation(),
        policy: policy(),
        specFiles,
      });
      saveBlob(new Blob([bytes as BlobPart], { type: 'application/zip' }), `${base}.zip`);
    } catch (e) {
      setError(`The zip could not be made: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <div className="flex flex-col items-end gap-1">
      <MenuButton
        label="Export"
        className={className ?? buttonClass()}
        items={[
          {
            label: 'Pipeline JSON (get-pipeline)',
            onSelect: () => download(json(), `${base}.json`, 'application/json'),
          },
          {
            label: 'CloudFormation template (YAML)',
            onSelect: () => download(cloudformation(), `${base}.template.yaml`, 'application/yaml'),
          },
          {
            label: 'Service role policy (IAM)',
            onSelect: () => download(policy(), `${base}-service-role-policy.json`, 'application/json'),
          },
          { label: 'Everything, with buildspecs and AppSpec files (zip)', onSelect: () => void zip() },
        ]}
      />
      {error && (
        <p role="alert" className="text-xs text-red-800 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}
