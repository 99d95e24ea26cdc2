import { useBuckets } from '../../../api/s3/list-buckets';
import { CheckField, SelectField, TextField } from '../../../components/form-field';
import type { ProjectForm } from './project-form-model';

/** Artifacts, cache, badge and triggers. */
export function OutputSection({ form, patch }: { form: ProjectForm; patch: (p: Partial<ProjectForm>) => void }) {
  const buckets = useBuckets();
  const bucketOptions = [['', 'Choose a bucket'] as const, ...(buckets.data ?? []).map((b) => [b, b] as const)];
  if (form.artifactsBucket && !bucketOptions.some(([v]) => v === form.artifactsBucket))
    bucketOptions.push([form.artifactsBucket, form.artifactsBucket]);
  return (
    <div className="space-y-4">
      <SelectField
        label="Artifacts"
        value={form.artifactsType}
        onChange={(artifactsType) => patch({ artifactsType })}
        options={[
          ['NO_ARTIFACTS', 'No artifacts'],
          ['S3', 'Amazon S3'],
        ]}
      />
      {form.artifactsType === 'S3' && (
        <div className="flex flex-wrap gap-4">
          <SelectField
            label="Bucket"
            value={form.artifactsBucket}
            onChange={(artifactsBucket) => patch({ artifactsBucket })}
            options={bucketOptions}
          />
          <TextField
            label="Artifact name"
            value={form.artifactsName}
            onChange={(artifactsName) => patch({ artifactsName })}
            width="w-56"
            mono
          />
          <TextField
            label="Path"
            value={form.artifactsPath}
            onChange={(artifactsPath) => patch({ artifactsPath })}
            width="w-40"
            mono
          />
          <SelectField
            label="Namespace"
            value={form.namespaceType}
            onChange={(namespaceType) => patch({ namespaceType })}
            options={[
              ['BUILD_ID', 'Build ID'],
              ['NONE', 'None'],
            ]}
          />
          <SelectField
            label="Packaging"
            value={form.packaging}
            onChange={(packaging) => patch({ packaging })}
            options={[
              ['ZIP', 'Zip'],
              ['NONE', 'None'],
            ]}
          />
        </div>
      )}
      <div className="flex flex-wrap gap-4">
        <SelectField
          label="Cache"
          value={form.cacheType}
          onChange={(cacheType) => patch({ cacheType })}
          options={[
            ['NO_CACHE', 'No cache'],
            ['S3', 'Amazon S3'],
            ['LOCAL', 'Local'],
          ]}
        />
        {form.cacheType === 'S3' && (
          <TextField
            label="Cache location"
            value={form.cacheLocation}
            onChange={(cacheLocation) => patch({ cacheLocation })}
            width="w-72"
            mono
            placeholder="bucket/prefix"
          />
        )}
      </div>
      <CheckField
        label="Enable build badge"
        checked={form.badgeEnabled}
        onChange={(badgeEnabled) => patch({ badgeEnabled })}
        hint="A public image URL showing whether the latest build passes."
      />
      {form.sourceType === 'CODECOMMIT' && (
        <fieldset className="space-y-3">
          <legend className="font-semibold">Triggers</legend>
          <CheckField
            label="Build on push"
            checked={form.buildOnPush}
            onChange={(buildOnPush) => patch({ buildOnPush })}
          />
          {form.buildOnPush && (
            <TextField
              label="Branch filter (HEAD_REF)"
              value={form.pushBranchFilter}
              onChange={(pushBranchFilter) => patch({ pushBranchFilter })}
              placeholder="^refs/heads/main$"
              mono
              hint="A regular expression on the pushed ref; empty builds every branch."
            />
          )}
          <CheckField
            label="Build on pull request created or updated"
            checked={form.buildOnPullRequest}
            onChange={(buildOnPullRequest) => patch({ buildOnPullRequest })}
          />
        </fieldset>
      )}
    </div>
  );
}
