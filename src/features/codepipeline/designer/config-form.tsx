import { useId } from 'react';
import { inputClass } from '../../../components/button-styles';
import { SelectField, TextField } from '../../../components/form-field';
import type { ConfigKey } from './catalog';
import { useResourceSuggestions } from './use-account-resources';

interface ConfigFormProps {
  keys: readonly ConfigKey[];
  required: readonly string[];
  configuration: Readonly<Record<string, string>>;
  /** A value of `''` removes the key: CodePipeline treats an absent key as not set. */
  onChange: (key: string, value: string) => void;
}

/**
 * The provider's configuration keys as a form: required keys marked with *, each value checked the way the
 * provider reads it (true/false, one of a list, JSON). Keys the form does not know are kept and shown as text.
 */
export function ConfigForm({ keys, required, configuration, onChange }: ConfigFormProps) {
  const known = new Set(keys.map((k) => k.name));
  const extra = Object.keys(configuration).filter((key) => !known.has(key));
  const extraRequired = required.filter((key) => !known.has(key) && !(key in configuration));
  return (
    <div className="space-y-3">
      {keys.map((key) => (
        <ConfigField
          key={key.name}
          configKey={key}
          required={required.includes(key.name)}
          value={configuration[key.name] ?? ''}
          applicationName={configuration.ApplicationName}
          onChange={(value) => onChange(key.name, value)}
        />
      ))}
      {[...extraRequired, ...extra].map((name) => (
        <ConfigField
          key={name}
          configKey={{ name, kind: { type: 'text' } }}
          required={required.includes(name)}
          value={configuration[name] ?? ''}
          onChange={(value) => onChange(name, value)}
        />
      ))}
    </div>
  );
}

function ConfigField({
  configKey,
  required,
  value,
  applicationName,
  onChange,
}: {
  configKey: ConfigKey;
  required: boolean;
  value: string;
  applicationName?: string;
  onChange: (value: string) => void;
}) {
  const { name, kind, hint } = configKey;
  const suggestions = useResourceSuggestions(kind.type === 'text' ? kind.resource : undefined, applicationName);
  const label = required ? `${name} *` : name;
  const missing = required && value === '' ? 'Required: CodePipeline refuses the action without it.' : undefined;
  switch (kind.type) {
    case 'boolean':
    case 'enum': {
      const values = kind.type === 'boolean' ? ['true', 'false'] : kind.values;
      const unknown = value !== '' && !values.includes(value);
      const options: [string, string][] = [
        ['', '(not set)'],
        ...values.map((v): [string, string] => [v, v]),
        ...(unknown ? [[value, value] as [string, string]] : []),
      ];
      return (
        <SelectField
          label={label}
          value={value}
          onChange={onChange}
          options={options}
          hint={hint}
          error={missing ?? (unknown ? `"${value}" is not one of ${values.join(', ')}.` : undefined)}
        />
      );
    }
    case 'json':
      return (
        <JsonField label={label} value={value} onChange={onChange} hint={hint} shape={kind.shape} missing={missing} />
      );
    default:
      return (
        <TextField
          label={label}
          value={value}
          onChange={onChange}
          hint={hint}
          error={missing}
          mono
          suggestions={suggestions}
        />
      );
  }
}

/** Where JSON.parse stopped, as "line L, column C" of the value. */
export function jsonProblem(text: string, shape: 'array' | 'object'): string | undefined {
  if (text.trim() === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    const isArray = Array.isArray(parsed);
    const ok = shape === 'array' ? isArray : typeof parsed === 'object' && parsed !== null && !isArray;
    return ok ? undefined : `Must be a JSON ${shape}.`;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    if (!position) return `Not valid JSON: ${message}`;
    const before = text.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return `Not valid JSON at line ${line}, column ${column}: ${message.replace(/ in JSON at position.*$/, '')}.`;
  }
}

function JsonField({
  label,
  value,
  onChange,
  hint,
  shape,
  missing,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  shape: 'array' | 'object';
  missing?: string;
}) {
  const id = useId();
  const error = missing ?? jsonProblem(value, shape);
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      <textarea
        id={id}
        value={value}
        rows={3}
        spellCheck={false}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint ${id}-error`}
        className={`${inputClass} w-full font-mono text-xs${error ? ' border-red-600 dark:border-red-400' : ''}`}
      />
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-xs text-red-800 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}
