import { useState } from 'react';
import type { FleetSnapshot } from '../../../api/fleet/describe-fleet';
import { useBuckets } from '../../../api/s3/list-buckets';
import { buttonClass } from '../../../components/button-styles';
import { Panel } from '../../../components/panel';
import { ErrorCallout } from '../shared/error-callout';
import { SelectField, TextField } from '../../../components/form-field';
import { ALL, FAULTS, type FaultAction, type FaultSpec, type FaultValues } from './fault-catalogue';
import { useRunFault } from './run-fault';

const HOOKS = [
  'ApplicationStop',
  'BeforeInstall',
  'AfterInstall',
  'ApplicationStart',
  'ValidateService',
  'BeforeAllowTraffic',
  'AfterAllowTraffic',
];

function FaultRow({
  spec,
  values,
  setValues,
  options,
}: {
  spec: FaultSpec;
  values: FaultValues;
  setValues: (p: Partial<FaultValues>) => void;
  options: { instances: string[]; buckets: string[]; revisions: string[]; alarms: string[] };
}) {
  const run = useRunFault();
  const [result, setResult] = useState<{ ok?: string; error?: unknown }>();
  const call = (action: FaultAction, done: string) => {
    setResult(undefined);
    run.mutateAsync(action).then(
      (explanation) => setResult({ ok: explanation ?? done }),
      (error: unknown) => setResult({ error }),
    );
  };
  const pick = (list: string[]) => list.map((v) => [v, v] as const);
  return (
    <li className="space-y-2 py-4">
      <h3 className="font-bold">{spec.title}</h3>
      <p>{spec.explanation}</p>
      <p className="text-zinc-600 dark:text-zinc-400">
        <strong>What you will see:</strong> {spec.youWillSee}
      </p>
      <div className="flex flex-wrap items-end gap-3">
        {spec.inputs.includes('instance') && (
          <SelectField
            label="Instance"
            value={values.instance}
            onChange={(instance) => setValues({ instance })}
            options={[[ALL, 'All instances'] as const, ...pick(options.instances)]}
          />
        )}
        {spec.inputs.includes('bucket') && (
          <SelectField
            label="Bucket"
            value={values.bucket}
            onChange={(bucket) => setValues({ bucket })}
            options={pick(options.buckets)}
          />
        )}
        {spec.inputs.includes('region') && (
          <TextField label="Region" value={values.region} onChange={(region) => setValues({ region })} width="w-36" />
        )}
        {spec.inputs.includes('seconds') && (
          <TextField
            label="Skew (seconds)"
            value={values.seconds}
            onChange={(seconds) => setValues({ seconds })}
            width="w-28"
          />
        )}
        {spec.inputs.includes('revision') && (
          <SelectField
            label="Revision or version"
            value={values.revision}
            onChange={(revision) => setValues({ revision })}
            options={pick(options.revisions)}
          />
        )}
        {spec.inputs.includes('alarm') && (
          <SelectField
            label="Alarm"
            value={values.alarm}
            onChange={(alarm) => setValues({ alarm })}
            options={pick(options.alarms)}
          />
        )}
        {spec.inputs.includes('hook') && (
          <>
            <SelectField
              label="Lifecycle event"
              value={values.hook}
              onChange={(hook) => setValues({ hook })}
              options={pick(HOOKS)}
            />
            <SelectField
              label="Effect"
              value={values.effect}
              onChange={(effect) => setValues({ effect })}
              options={
                [
                  ['fail', 'Fail'],
                  ['hang', 'Hang'],
                ] as const
              }
            />
          </>
        )}
        <button type="button" className={buttonClass('primary')} onClick={() => call(spec.apply(values), 'Applied.')}>
          Apply
        </button>
        {spec.undo && (
          <button
            type="button"
            className={buttonClass('normal')}
            onClick={() => spec.undo && call(spec.undo.action(values), 'Undone.')}
          >
            {spec.undo.label}
          </button>
        )}
      </div>
      {!spec.undo && (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          It applies to the next deployment only, then clears itself.
        </p>
      )}
      {result?.ok && (
        <p role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
          {result.ok}
        </p>
      )}
      {result?.error !== undefined && <ErrorCallout error={result.error} />}
    </li>
  );
}

/** Named faults a learner can inject and undo, each with what it breaks and what the deployment will show. */
export function FaultPanel({ fleet }: { fleet: FleetSnapshot }) {
  const buckets = useBuckets();
  const instances = fleet.instances.map((i) => i.InstanceId);
  const revisions = [
    ...new Set(
      fleet.instances.flatMap((i) =>
        i.SimulatorState.InstalledRevision ? [i.SimulatorState.InstalledRevision.RevisionKey] : [],
      ),
    ),
    ...fleet.lambdaFunctions.flatMap((f) => f.versions.map((v) => `lambda:${f.name}:${v.Version}`)),
  ];
  const alarms = fleet.alarms.map((a) => a.AlarmName);
  const [values, setAll] = useState<FaultValues>(() => ({
    instance: instances[0] ?? ALL,
    allInstances: instances,
    bucket: '',
    region: 'eu-west-1',
    seconds: '1200',
    revision: revisions[0] ?? '',
    alarm: alarms[0] ?? '',
    hook: 'ValidateService',
    effect: 'fail',
  }));
  const current = { ...values, allInstances: instances, bucket: values.bucket || (buckets.data?.[0] ?? '') };
  return (
    <Panel title="Faults">
      <p className="text-zinc-600 dark:text-zinc-400">
        Each fault reproduces a failure from the CodeDeploy troubleshooting guide. Apply one, run a deployment, read
        what the deployment page explains, then undo it.
      </p>
      <ul className="divide-y divide-zinc-100 dark:divide-zinc-800">
        {FAULTS.map((spec) => (
          <FaultRow
            key={spec.id}
            spec={spec}
            values={current}
            setValues={(p) => setAll((v) => ({ ...v, ...p }))}
            options={{ instances, buckets: buckets.data ?? [], revisions, alarms }}
          />
        ))}
      </ul>
    </Panel>
  );
}
