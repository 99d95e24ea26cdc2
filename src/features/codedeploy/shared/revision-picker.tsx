import { useBuckets } from '../../../api/s3/list-buckets';
import { useObjects } from '../../../api/s3/list-objects-v2';
import type { ComputePlatform, RevisionInfo } from '../../../api/codedeploy/control-types';
import { SpecEditor } from '../../../components/editor/spec-editor';
import { RadioGroup, SelectField } from '../../../components/form-field';
import { bundleTypeOf, type RevisionForm } from './revision-form-model';
import { revisionLabel } from './revision-label';

const BUNDLE_TYPES = [
  ['zip', 'zip'],
  ['tar', 'tar'],
  ['tgz', 'tgz (tar.gz)'],
  ['YAML', 'YAML (an AppSpec file)'],
  ['JSON', 'JSON (an AppSpec file)'],
] as const;

function S3Picker({ form, patch }: { form: RevisionForm; patch: (p: Partial<RevisionForm>) => void }) {
  const buckets = useBuckets();
  const objects = useObjects(form.bucket, '', !!form.bucket);
  const bucketOptions = [['', 'Choose a bucket'] as const, ...(buckets.data ?? []).map((b) => [b, b] as const)];
  const keyOptions = [['', 'Choose an object'] as const, ...(objects.data ?? []).map((o) => [o.key, o.key] as const)];
  if (form.key && !keyOptions.some(([k]) => k === form.key)) keyOptions.push([form.key, form.key]);
  return (
    <div className="flex flex-wrap items-start gap-4">
      <SelectField
        label="S3 bucket"
        value={form.bucket}
        onChange={(bucket) => patch({ bucket, key: '' })}
        options={bucketOptions}
      />
      <SelectField
        label="Object key"
        value={form.key}
        onChange={(key) => patch({ key, bundleType: bundleTypeOf(key) })}
        options={keyOptions}
      />
      <SelectField
        label="Bundle type"
        value={form.bundleType}
        onChange={(bundleType) => patch({ bundleType })}
        options={BUNDLE_TYPES}
      />
    </div>
  );
}

/** Choose a revision: one the application registered, an S3 bundle, or (Lambda, ECS) AppSpec content. */
export function RevisionPicker({
  platform,
  registered,
  form,
  patch,
  allowRegistered = true,
}: {
  platform: ComputePlatform;
  registered: readonly RevisionInfo[];
  form: RevisionForm;
  patch: (p: Partial<RevisionForm>) => void;
  allowRegistered?: boolean;
}) {
  const options = [
    ...(allowRegistered && registered.length > 0
      ? [{ value: 'registered' as const, label: 'A revision registered with the application' }]
      : []),
    { value: 's3' as const, label: 'An application bundle in Amazon S3' },
    ...(platform !== 'Server'
      ? [{ value: 'appspec' as const, label: 'AppSpec content typed here (YAML or JSON)' }]
      : []),
  ];
  return (
    <div className="space-y-4">
      <RadioGroup
        legend="Revision location"
        value={form.source}
        onChange={(source) => patch({ source })}
        options={options}
      />
      {form.source === 'registered' && (
        <SelectField
          label="Registered revision"
          value={form.registered}
          onChange={(r) => patch({ registered: r })}
          options={registered.map((r, i) => [String(i), revisionLabel(r.revisionLocation)] as const)}
        />
      )}
      {form.source === 's3' && <S3Picker form={form} patch={patch} />}
      {form.source === 'appspec' && (
        <div className="overflow-hidden rounded-lg border border-zinc-300 dark:border-zinc-700">
          <SpecEditor
            value={form.content}
            onChange={(content) => patch({ content })}
            path="appspec.yml"
            height="16rem"
            label="AppSpec content"
          />
        </div>
      )}
    </div>
  );
}
