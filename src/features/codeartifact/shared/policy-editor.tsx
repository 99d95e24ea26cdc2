import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { ResourcePolicy } from '../../../api/codeartifact/wire-types';
import { buttonClass } from '../../../components/button-styles';
import { SpecEditor } from '../../../components/editor/spec-editor';
import { isNotFound } from '../../../components/error-text';
import { Loading } from '../../../components/loading';
import { Panel } from '../../../components/panel';
import { ErrorCallout } from './error-callout';
import { policyDiagnostics } from './policy-diagnostics';

/** A starting point: the account reads every package of the resource; edit the principal and actions. */
export const examplePolicy = (account: string, actions: readonly string[]) =>
  JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: actions, Resource: '*' },
      ],
    },
    null,
    2,
  );

/**
 * A domain's or repository's resource policy as JSON in the editor, checked as it is typed (errors with their
 * line), saved with the revision it was read at so a concurrent change is refused rather than overwritten. The
 * draft survives a refusal.
 */
export function PolicyEditor({
  title,
  explanation,
  policy,
  onSave,
  onDelete,
  pending,
  error,
  example,
}: {
  title: string;
  explanation: string;
  policy: UseQueryResult<ResourcePolicy>;
  /** Put…PermissionsPolicy; `done` runs once it is saved. */
  onSave: (input: { policyDocument: string; policyRevision?: string }, done: () => void) => void;
  onDelete: (done: () => void) => void;
  pending: boolean;
  /** The service's refusal of the last save or delete. */
  error: unknown;
  example: string;
}) {
  const [draft, setDraft] = useState<string>();
  const missing = policy.isError && isNotFound(policy.error);
  const saved = policy.data?.document ?? '';
  const text = draft ?? (missing ? '' : saved);
  const findings = useMemo(() => ({ diagnostics: text === '' ? [] : policyDiagnostics(text), text }), [text]);
  const dirty = draft !== undefined && draft !== saved;
  const save = () => onSave({ policyDocument: text, policyRevision: policy.data?.revision }, () => setDraft(undefined));
  return (
    <Panel
      title={title}
      actions={
        <div className="flex gap-2">
          {policy.data?.document && (
            <button type="button" className={buttonClass('normal')} onClick={() => onDelete(() => setDraft(undefined))}>
              Delete policy
            </button>
          )}
          {dirty && (
            <button type="button" className={buttonClass('normal')} onClick={() => setDraft(undefined)}>
              Discard changes
            </button>
          )}
          <button
            type="button"
            className={buttonClass('primary')}
            aria-disabled={!dirty || pending}
            onClick={() => dirty && save()}
          >
            Save policy
          </button>
        </div>
      }
    >
      <p className="mb-3 max-w-3xl text-sm text-zinc-600 dark:text-zinc-400">{explanation}</p>
      {policy.isPending && <Loading label="Reading the policy…" />}
      {policy.isError && !missing && <ErrorCallout error={policy.error} />}
      {(policy.isSuccess || missing) && (
        <>
          {missing && draft === undefined && (
            <div className="mb-3 flex flex-wrap items-center gap-3 text-sm">
              <span>No policy: only identities of the owning account with IAM permissions can use it.</span>
              <button
                type="button"
                className={buttonClass('normal', 'px-3 py-1 text-xs')}
                onClick={() => setDraft(example)}
              >
                Start from an example
              </button>
            </div>
          )}
          {(draft !== undefined || !missing) && (
            <SpecEditor
              value={text}
              onChange={setDraft}
              path="policy.json"
              height="16rem"
              label={`Edit ${title}`}
              findings={findings}
            />
          )}
        </>
      )}
      {error ? (
        <div className="mt-3">
          <ErrorCallout error={error} />
        </div>
      ) : null}
    </Panel>
  );
}
