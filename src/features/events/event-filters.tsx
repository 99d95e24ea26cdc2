import { useId } from 'react';
import { inputClass } from '../../components/button-styles';
import type { EventFilters } from './event-rows';

interface EventFiltersBarProps {
  filters: EventFilters;
  sources: string[];
  detailTypes: string[];
  follow: boolean;
  onChange: (filters: EventFilters) => void;
  onFollowChange: (follow: boolean) => void;
}

export function EventFiltersBar({
  filters,
  sources,
  detailTypes,
  follow,
  onChange,
  onFollowChange,
}: EventFiltersBarProps) {
  const id = useId();
  return (
    <div className="flex flex-wrap items-end gap-3">
      <div className="w-52">
        <label htmlFor={`${id}-source`} className="mb-1 block text-xs font-semibold">
          Source
        </label>
        <select
          id={`${id}-source`}
          value={filters.source}
          onChange={(e) => onChange({ ...filters, source: e.target.value, detailType: '' })}
          className={`${inputClass} w-full`}
        >
          <option value="">All sources</option>
          {sources.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </div>
      <div className="w-72">
        <label htmlFor={`${id}-type`} className="mb-1 block text-xs font-semibold">
          Detail type
        </label>
        <select
          id={`${id}-type`}
          value={filters.detailType}
          onChange={(e) => onChange({ ...filters, detailType: e.target.value })}
          className={`${inputClass} w-full`}
        >
          <option value="">All detail types</option>
          {detailTypes.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </div>
      <div className="min-w-56 flex-1">
        <label htmlFor={`${id}-search`} className="mb-1 block text-xs font-semibold">
          Search
        </label>
        <input
          id={`${id}-search`}
          type="search"
          value={filters.text}
          placeholder="Any text in the event JSON, e.g. a commit ID"
          onChange={(e) => onChange({ ...filters, text: e.target.value })}
          className={`${inputClass} w-full`}
        />
      </div>
      <label className="flex items-center gap-2 py-1.5 font-semibold">
        <input
          type="checkbox"
          checked={follow}
          onChange={(e) => onFollowChange(e.target.checked)}
          className="size-4 accent-accent"
        />
        Follow live
      </label>
    </div>
  );
}
