import { useState } from 'react';
import type { Build } from '../../../api/codebuild/types';
import { getObject } from '../../../api/s3/get-object';
import { useObjects } from '../../../api/s3/list-objects-v2';
import { buttonClass } from '../../../components/button-styles';
import { formatBytes } from '../../../components/format/bytes';
import { formatDateTime } from '../../../components/format/time';
import { errorText } from '../../../components/error-text';
import { Loading } from '../../../components/loading';
import { saveBlob } from '../../../components/save-blob';
import { artifactLocation } from './artifact-location';

function DownloadButton({ bucket, objectKey }: { bucket: string; objectKey: string }) {
  const [state, setState] = useState<{ busy: boolean; error?: unknown }>({ busy: false });
  const name = objectKey.slice(objectKey.lastIndexOf('/') + 1);
  const download = async () => {
    setState({ busy: true });
    try {
      saveBlob(await getObject(bucket, objectKey), name);
      setState({ busy: false });
    } catch (error) {
      setState({ busy: false, error });
    }
  };
  return (
    <>
      <button
        type="button"
        className={buttonClass('normal', 'px-3 py-1 text-xs')}
        aria-disabled={state.busy}
        aria-label={`Download ${name}`}
        onClick={() => void (state.busy ? undefined : download())}
      >
        Download
      </button>
      {state.error !== undefined && (
        <p role="alert" className="mt-1 font-mono text-xs text-red-700 dark:text-red-300">
          {errorText(state.error)}
        </p>
      )}
    </>
  );
}

/** The build's artifact: where it went in S3, the objects there (ListObjectsV2), and a download (GetObject). */
export function ArtifactsPanel({ build }: { build: Build }) {
  const location = artifactLocation(build.artifacts?.location, {
    inPipeline: build.initiator?.startsWith('codepipeline/') ?? false,
  });
  const listed = useObjects(
    location?.bucket ?? '',
    location?.prefix ?? '',
    location !== undefined && build.buildComplete,
  );
  if (!location) {
    return (
      <p className="text-zinc-600 dark:text-zinc-400">
        This build uploads no artifacts (the project's artifacts type is “No artifacts”, or its pipeline action declares
        no output artifact).
      </p>
    );
  }
  return (
    <div className="space-y-4">
      <p>
        Location: <span className="font-mono text-xs break-all">{build.artifacts?.location}</span>
      </p>
      {build.artifacts?.sha256sum && (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          SHA-256 <span className="font-mono">{build.artifacts.sha256sum}</span>
        </p>
      )}
      {!build.buildComplete && (
        <p className="text-zinc-600 dark:text-zinc-400">
          Artifacts are uploaded in UPLOAD_ARTIFACTS; listed once the build completes.
        </p>
      )}
      {listed.isPending && build.buildComplete && <Loading label="Listing objects…" />}
      {listed.error && (
        <p role="alert" className="font-mono text-xs text-red-700 dark:text-red-300">
          {errorText(listed.error)}
        </p>
      )}
      {listed.data?.length === 0 && (
        <p className="text-zinc-600 dark:text-zinc-400">
          Nothing is stored under s3://{location.bucket}/{location.prefix}: the build did not get as far as uploading.
        </p>
      )}
      {listed.data && listed.data.length > 0 && (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Artifact objects</caption>
          <thead className="text-xs text-zinc-600 dark:text-zinc-400">
            <tr>
              <th scope="col" className="py-1 pr-4 font-semibold">
                Object key
              </th>
              <th scope="col" className="py-1 pr-4 font-semibold">
                Size
              </th>
              <th scope="col" className="py-1 pr-4 font-semibold">
                Last modified
              </th>
              <th scope="col" className="py-1 font-semibold">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
            {listed.data.map((o) => (
              <tr key={o.key}>
                <td className="py-1.5 pr-4 font-mono text-xs break-all">{o.key}</td>
                <td className="py-1.5 pr-4 whitespace-nowrap tabular-nums">{formatBytes(o.size)}</td>
                <td className="py-1.5 pr-4 whitespace-nowrap">{formatDateTime(o.lastModified)}</td>
                <td className="py-1.5 text-right">
                  <DownloadButton bucket={location.bucket} objectKey={o.key} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
