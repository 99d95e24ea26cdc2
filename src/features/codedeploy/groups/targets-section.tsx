import { buttonClass, inputClass } from '../../../components/button-styles';
import { TokenList } from '../shared/token-list';
import type { FleetOptions } from './fleet-options';
import type { GroupForm, TagRow } from './group-form-model';
import { tagFiltersOf } from './group-form-model';
import { matchingInstances } from './instance-match';

type Patch = (p: Partial<GroupForm>) => void;

/** The tag set CodeDeploy allows: at most three tag groups. */
const MAX_TAG_GROUPS = 3;

function TagGroupEditor({
  index,
  rows,
  onChange,
  onRemove,
}: {
  index: number;
  rows: TagRow[];
  onChange: (rows: TagRow[]) => void;
  onRemove?: () => void;
}) {
  const set = (i: number, row: Partial<TagRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...row } : r)));
  return (
    <fieldset className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-700">
      <legend className="px-1 text-xs font-semibold text-zinc-600 dark:text-zinc-400">
        Tag group {index + 1} (an instance matches if any row matches)
      </legend>
      <div className="space-y-2">
        {rows.map((row, i) => (
          <div key={i} className="flex flex-wrap items-center gap-2">
            <input
              aria-label={`Tag group ${index + 1}, row ${i + 1}: key`}
              placeholder="Key"
              value={row.key}
              onChange={(e) => set(i, { key: e.target.value })}
              className={`${inputClass} w-48 font-mono`}
              autoComplete="off"
              spellCheck={false}
            />
            <input
              aria-label={`Tag group ${index + 1}, row ${i + 1}: value`}
              placeholder="Value"
              value={row.value}
              onChange={(e) => set(i, { value: e.target.value })}
              className={`${inputClass} w-48 font-mono`}
              autoComplete="off"
              spellCheck={false}
            />
            {rows.length > 1 && (
              <button
                type="button"
                className={buttonClass('normal')}
                onClick={() => onChange(rows.filter((_, j) => j !== i))}
                aria-label={`Remove row ${i + 1} of tag group ${index + 1}`}
              >
                Remove
              </button>
            )}
          </div>
        ))}
      </div>
      <div className="mt-2 flex gap-2">
        <button
          type="button"
          className={buttonClass('normal')}
          onClick={() => onChange([...rows, { key: '', value: '' }])}
        >
          Add tag
        </button>
        {onRemove && (
          <button type="button" className={buttonClass('normal')} onClick={onRemove}>
            Remove tag group
          </button>
        )}
      </div>
    </fieldset>
  );
}

/** EC2 targets: tag groups (one = ec2TagFilters, several = ec2TagSet) and Auto Scaling groups, with a live match count. */
export function TargetsSection({ form, patch, fleet }: { form: GroupForm; patch: Patch; fleet: FleetOptions }) {
  const matched = matchingInstances(fleet.instances, tagFiltersOf(form), form.autoScalingGroups);
  const setGroup = (i: number, rows: TagRow[]) =>
    patch({ tagGroups: form.tagGroups.map((g, j) => (j === i ? rows : g)) });
  return (
    <div className="space-y-4">
      <p className="text-zinc-600 dark:text-zinc-400">
        Amazon EC2 instances with these tags. A key alone matches any value; a value alone matches any key.
      </p>
      {form.tagGroups.map((rows, i) => (
        <TagGroupEditor
          key={i}
          index={i}
          rows={rows}
          onChange={(r) => setGroup(i, r)}
          onRemove={
            form.tagGroups.length > 1 ? () => patch({ tagGroups: form.tagGroups.filter((_, j) => j !== i) }) : undefined
          }
        />
      ))}
      {form.tagGroups.length < MAX_TAG_GROUPS && (
        <button
          type="button"
          className={buttonClass('normal')}
          onClick={() => patch({ tagGroups: [...form.tagGroups, [{ key: '', value: '' }]] })}
        >
          Add tag group
        </button>
      )}
      <TokenList
        label="Amazon EC2 Auto Scaling groups"
        values={form.autoScalingGroups}
        onChange={(autoScalingGroups) => patch({ autoScalingGroups })}
        suggestions={fleet.autoScalingGroups}
        max={10}
        hint="Instances in these groups are targeted too; up to 10 groups."
      />
      <p role="status" className="rounded-lg bg-zinc-50 px-3 py-2 dark:bg-zinc-800/60">
        <strong>
          {matched.length} {matched.length === 1 ? 'instance matches' : 'instances match'}
        </strong>
        {matched.length > 0 && (
          <span className="ml-2 font-mono text-xs text-zinc-600 dark:text-zinc-400">
            {matched
              .slice(0, 8)
              .map((i) => `${i.instanceId}${i.state === 'running' ? '' : ` (${i.state})`}`)
              .join(', ')}
            {matched.length > 8 && ` and ${matched.length - 8} more`}
          </span>
        )}
      </p>
    </div>
  );
}
