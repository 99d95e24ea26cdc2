import { useId, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useAssociateApprovalRuleTemplate } from '../../../api/codecommit/associate-approval-rule-template-with-repository';
import { useDeleteApprovalRuleTemplate } from '../../../api/codecommit/delete-approval-rule-template';
import { useDisassociateApprovalRuleTemplate } from '../../../api/codecommit/disassociate-approval-rule-template-from-repository';
import { useApprovalRuleTemplate } from '../../../api/codecommit/get-approval-rule-template';
import { useRepositories } from '../../../api/codecommit/list-repositories';
import { useTemplateRepositories } from '../../../api/codecommit/list-repositories-for-approval-rule-template';
import { fromEpochSeconds } from '../../../api/codecommit/service';
import { buttonClass, inputClass } from '../../../components/button-styles';
import { ErrorPanel } from '../../../components/error-panel';
import { formatDateTime } from '../../../components/format/time';
import { KeyValueList } from '../../../components/key-value-list';
import { Loading } from '../../../components/loading';
import { PageHeader } from '../../../components/page-header';
import { Panel } from '../../../components/panel';
import { useStatusStore } from '../../../stores/status-store';
import { ErrorLine } from '../diff/error-line';
import { ActingAsNote } from '../pull-requests/acting-as';
import { principalName } from '../pull-requests/principal-name';
import { templatesPath } from '../paths';
import { TemplateRuleSummary } from './template-rule-summary';

/** One template: its content, the repositories it applies to (associate / disassociate), delete. */
export function TemplateDetailPage() {
  const name = useParams().templateName ?? '';
  const template = useApprovalRuleTemplate(name);
  const associated = useTemplateRepositories(name);
  const repositories = useRepositories();
  const associate = useAssociateApprovalRuleTemplate();
  const disassociate = useDisassociateApprovalRuleTemplate();
  const remove = useDeleteApprovalRuleTemplate();
  const navigate = useNavigate();
  const selectId = useId();
  const [chosen, setChosen] = useState('');

  if (template.isPending) return <Loading label="Reading the template…" />;
  if (template.isError) {
    return (
      <ErrorPanel
        error={template.error}
        subject={`Template ${name}`}
        back={{ to: templatesPath(), label: 'Back to templates' }}
      />
    );
  }
  const t = template.data;
  const linked = associated.data ?? [];
  const available = (repositories.data ?? []).map((r) => r.repositoryName).filter((r) => !linked.includes(r));
  const target = chosen || available[0] || '';

  return (
    <>
      <PageHeader
        title={t.approvalRuleTemplateName}
        description={t.approvalRuleTemplateDescription || undefined}
        actions={
          <button
            type="button"
            className={buttonClass('danger')}
            onClick={() =>
              remove.mutate(name, {
                onSuccess: () => {
                  useStatusStore.getState().show(`Deleted approval rule template ${name}`);
                  void navigate(templatesPath());
                },
              })
            }
          >
            Delete template
          </button>
        }
      />
      <div className="space-y-5">
        {remove.isError && <ErrorLine error={remove.error} />}
        <Panel title="Template details">
          <KeyValueList
            items={[
              { label: 'Rule', value: <TemplateRuleSummary content={t.approvalRuleTemplateContent} /> },
              { label: 'Template ID', value: <code className="font-mono text-xs">{t.approvalRuleTemplateId}</code> },
              { label: 'Last modified by', value: principalName(t.lastModifiedUser) },
              { label: 'Last modified', value: formatDateTime(fromEpochSeconds(t.lastModifiedDate).getTime()) },
              {
                label: 'Content SHA-256',
                value: <code className="font-mono text-xs break-all">{t.ruleContentSha256}</code>,
              },
            ]}
          />
          <pre className="mt-4 overflow-x-auto rounded-lg bg-zinc-50 p-3 font-mono text-xs dark:bg-zinc-950">
            {formatJson(t.approvalRuleTemplateContent)}
          </pre>
        </Panel>
        <Panel title={`Associated repositories (${linked.length})`}>
          {associated.isError && <ErrorLine error={associated.error} />}
          {linked.length === 0 ? (
            <p className="text-zinc-600 dark:text-zinc-400">
              Not associated with any repository: it applies to no pull request yet.
            </p>
          ) : (
            <ul className="mb-4 divide-y divide-zinc-100 dark:divide-zinc-800">
              {linked.map((r) => (
                <li key={r} className="flex items-center justify-between gap-3 py-2">
                  <span className="font-semibold">{r}</span>
                  <button
                    type="button"
                    className={buttonClass('normal', 'px-3 py-1 text-xs')}
                    onClick={() => disassociate.mutate({ approvalRuleTemplateName: name, repositoryName: r })}
                  >
                    Disassociate<span className="sr-only"> {r}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {available.length > 0 && (
            <div className="mt-3 flex flex-wrap items-end gap-2">
              <div>
                <label htmlFor={selectId} className="mb-1 block text-xs font-semibold">
                  Repository
                </label>
                <select id={selectId} value={target} onChange={(e) => setChosen(e.target.value)} className={inputClass}>
                  {available.map((r) => (
                    <option key={r} value={r}>
                      {r}
                    </option>
                  ))}
                </select>
              </div>
              <button
                type="button"
                className={buttonClass('primary')}
                onClick={() =>
                  associate.mutate(
                    { approvalRuleTemplateName: name, repositoryName: target },
                    { onSuccess: () => setChosen('') },
                  )
                }
              >
                Associate
              </button>
            </div>
          )}
          {(associate.error ?? disassociate.error) && (
            <ErrorLine error={associate.error ?? disassociate.error} className="mt-2" />
          )}
          <div className="mt-3">
            <ActingAsNote action="Associating, disassociating or deleting" />
          </div>
        </Panel>
      </div>
    </>
  );
}

function formatJson(content: string): string {
  try {
    return JSON.stringify(JSON.parse(content), null, 2);
  } catch {
    return content;
  }
}
