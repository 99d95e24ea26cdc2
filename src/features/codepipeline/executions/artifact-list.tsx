import { useState } from 'react';
import type { ActionExecutionDetailWire } from '../../../api/codepipeline/list-action-executions';
import { getObject } from '../../../api/s3/get-object';
import { linkClass } from '../../../components/button-styles';
import { errorText } from '../../../components/error-text';
import { saveBlob } from '../../../components/save-blob';

type Artifact = NonNullable<NonNullable<ActionExecutionDetailWire['input']>['inputArtifacts']>[number];

/** Input or output artifacts of an action, each downloadable as the zip the artifact store holds. */
export function ArtifactList({ artifacts }: { artifacts: readonly Artifact[] }) {
  const [failed, setFailed] = useState<string>();
  if (artifacts.length === 0) return <>–</>;
  const download = (artifact: Artifact) => {
    const { bucket, key } = artifact.s3location ?? {};
    if (!bucket || !key) return;
    setFailed(undefined);
    getObject(bucket, key)
      .then((blob) => saveBlob(blob, `${artifact.name ?? 'artifact'}.zip`))
      .catch((error: unknown) => setFailed(`${artifact.name}: ${errorText(error)}`));
  };
  return (
    <>
      <ul className="space-y-1">
        {artifacts.map((a) => (
          <li key={a.name}>
            <span className="font-semibold">{a.name}</span>
            {a.s3location?.bucket && a.s3location.key && (
              <>
                {' '}
                <span className="font-mono text-xs break-all text-zinc-600 dark:text-zinc-400">
                  s3://{a.s3location.bucket}/{a.s3location.key}
                </span>{' '}
                <button type="button" className={`${linkClass} text-xs`} onClick={() => download(a)}>
                  Download zip
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      {failed && (
        <p role="alert" className="mt-1 text-xs text-red-800 dark:text-red-300">
          The artifact could not be downloaded: {failed}
        </p>
      )}
    </>
  );
}
