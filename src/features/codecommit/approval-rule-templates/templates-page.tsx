import { useState } from 'react';
import { Link } from 'react-router';
import { useApprovalRuleTemplates } from '../../../api/codecommit/list-approval-rule-templates';
import { fromEpochSeconds } from '../../../api/codecommit/service';
import { buttonClass, linkClass } from '../../../components/button-styles';
import { EmptyState } from '../../../components/empty-state';
import { ErrorPanel } from '../../../components/error-panel';
import { formatDateTime } from '../../../components/format/time';
import { Loading } from '../../../components/loading';
import { PageHeader } from '../../../components/page-header';
import { Panel } from '../../../components/panel';
import { templatePath } from '../paths';
import { CreateTemplateDialog } from './create-template-dialog';
import { TemplateRuleSummary } from './template-rule-summary';
import { TableHead } from '../../../components/table-head';

const COLUMNS = ['Name', 'Description', 'Rule', 'Last modified'];

/** ListApprovalRuleTemplates with each template's content; create one from a form. */
export function TemplatesPage() {
  const templates = useApprovalRuleTemplates();
  const [creating, setCreating] = useState(false);
  const create = (
    <button type="button" className={buttonClass('primary')} onClick={() => setCreating(true)}>
      Create template
    </button>
  );
  if (templates.isError) {
    return (
      <ErrorPanel
        error={templates.error}
        subject="The template list"
        back={{ to: '/codecommit', label: 'Back to repositories' }}
      />
    );
  }
  return (
    <>
      <PageHeader
        title="Approval rule templates"
        description="A template adds an approval rule to every new pull request whose destination branch it matches, in the repositories it is associated with."
        actions={create}
      />
      <Panel title={templates.data ? `Templates (${templates.data.length})` : 'Templates'} flush>
        {templates.isPending && (
          <div className="px-4">
            <Loading label="Reading templates…" />
          </div>
        )}
        {templates.data?.length === 0 && (
          <EmptyState title="No approval rule templates" action={create}>
            <p>Create a template to require approvals on pull requests into branches such as main.</p>
          </EmptyState>
        )}
        {templates.data && templates.data.length > 0 && (
          <table className="w-full text-left">
            <caption className="sr-only">Approval rule templates</caption>
            <TableHead columns={COLUMNS} />
            <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
              {templates.data.map((t) => (
                <tr key={t.approvalRuleTemplateId}>
                  <td className="px-4 py-2.5">
                    <Link to={templatePath(t.approvalRuleTemplateName)} className={`${linkClass} font-semibold`}>
                      {t.approvalRuleTemplateName}
                    </Link>
                  </td>
                  <td className="max-w-xs px-4 py-2.5 text-zinc-700 dark:text-zinc-300">
                    {t.approvalRuleTemplateDescription || <span className="text-zinc-400">–</span>}
                  </td>
                  <td className="px-4 py-2.5 text-sm">
                    <TemplateRuleSummary content={t.approvalRuleTemplateContent} />
                  </td>
                  <td className="px-4 py-2.5 whitespace-nowrap">
                    {formatDateTime(fromEpochSeconds(t.lastModifiedDate).getTime())}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Panel>
      {creating && <CreateTemplateDialog onClose={() => setCreating(false)} />}
    </>
  );
}
