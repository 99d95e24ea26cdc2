import { useState } from 'react';
import { usePutPackageOriginConfiguration } from '../../../api/codeartifact/put-package-origin-configuration';
import type {
  AllowPublish,
  AllowUpstream,
  PackageCoordinates,
  PackageDescription,
} from '../../../api/codeartifact/wire-types';
import { buttonClass } from '../../../components/button-styles';
import { SelectField } from '../../../components/form-field';
import { Panel } from '../../../components/panel';
import { ErrorCallout } from '../shared/error-callout';

const OPTIONS = [
  ['ALLOW', 'ALLOW'],
  ['BLOCK', 'BLOCK'],
] as const;

/**
 * PutPackageOriginConfiguration: whether new versions may be published directly to this repository, and whether
 * they may come from upstreams or an external connection. Both are sent together, as the API requires.
 */
export function OriginControls({
  coordinates,
  description,
}: {
  coordinates: PackageCoordinates;
  description?: PackageDescription;
}) {
  const current = description?.originConfiguration?.restrictions;
  const [draft, setDraft] = useState<{ publish: AllowPublish; upstream: AllowUpstream }>();
  const put = usePutPackageOriginConfiguration();
  const value = draft ?? { publish: current?.publish ?? 'ALLOW', upstream: current?.upstream ?? 'ALLOW' };
  const dirty = draft !== undefined && (draft.publish !== current?.publish || draft.upstream !== current?.upstream);
  return (
    <Panel
      title="Origin controls"
      actions={
        <button
          type="button"
          className={buttonClass('primary', 'px-3 py-1')}
          aria-disabled={!dirty || put.isPending}
          onClick={() =>
            dirty && put.mutate({ ...coordinates, restrictions: value }, { onSuccess: () => setDraft(undefined) })
          }
        >
          Save origin controls
        </button>
      }
    >
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          label="Publish"
          value={value.publish}
          onChange={(publish) => setDraft({ ...value, publish })}
          options={OPTIONS}
          hint="ALLOW: new versions can be published to this repository. BLOCK: publishing fails."
        />
        <SelectField
          label="Upstream"
          value={value.upstream}
          onChange={(upstream) => setDraft({ ...value, upstream })}
          options={OPTIONS}
          hint="ALLOW: new versions can be retained from upstream repositories and external connections. BLOCK stops both."
        />
      </div>
      <p className="mt-3 text-xs text-zinc-600 dark:text-zinc-400">
        Defaults follow how the first version arrived: published directly → publish ALLOW, upstream BLOCK; fetched from
        a public registry → publish BLOCK, upstream ALLOW. A version already here stays whatever you choose.
      </p>
      {put.error && (
        <div className="mt-3">
          <ErrorCallout error={put.error} />
        </div>
      )}
    </Panel>
  );
}
