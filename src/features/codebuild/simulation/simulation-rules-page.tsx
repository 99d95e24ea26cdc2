import { Link } from 'react-router';
import {
  SIMULATED_TEST_RULES,
  SIMULATED_TOOL_RULES,
  UNKNOWN_COMMAND_RULE,
} from '../../../engine/codebuild/shell/tools/rules';
import { buttonClass } from '../../../components/button-styles';
import { PageHeader } from '../../../components/page-header';
import { Panel } from '../../../components/panel';
import { RulesTable } from '../../../components/rules-table';
import { codebuildHome } from '../shared/paths';
import { CodeText } from '../../../components/code-text';

/**
 * The rules the simulated build tools follow, so outcomes are never a mystery: the same table the
 * engine's rules file holds and docs/codebuild-simulation.md prints.
 */
export function SimulationRulesPage() {
  return (
    <>
      <PageHeader
        title="How builds are simulated"
        description="Builds run in a simulated shell: no real process starts. Each tool below acts on the repository's files, takes virtual time and fails for the reasons listed, the same way every time."
        actions={
          <Link to={codebuildHome()} className={buttonClass('normal')}>
            Build projects
          </Link>
        }
      />
      <div className="space-y-5">
        <Panel title="Simulated tools" flush>
          <RulesTable
            caption="Simulated tools and their rules"
            columns={['Command', 'What it does', 'Fails when', 'Simulated duration']}
          >
            {SIMULATED_TOOL_RULES.map((rule) => (
              <tr key={rule.commands.join()}>
                <th scope="row" className="px-4 py-2.5 text-left font-normal">
                  <ul className="space-y-1">
                    {rule.commands.map((command) => (
                      <li key={command}>
                        <code className="font-mono text-xs font-semibold whitespace-nowrap">{command}</code>
                      </li>
                    ))}
                  </ul>
                </th>
                <td className="px-4 py-2.5">
                  <CodeText text={rule.does} />
                </td>
                <td className="px-4 py-2.5">
                  <CodeText text={rule.failsWhen} />
                </td>
                <td className="px-4 py-2.5 text-zinc-700 dark:text-zinc-300">
                  <CodeText text={rule.duration} />
                </td>
              </tr>
            ))}
          </RulesTable>
        </Panel>
        <Panel title="Test results">
          <p>Test tools find test files by name, then decide each case:</p>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {SIMULATED_TEST_RULES.map((rule) => (
              <li key={rule}>
                <CodeText text={rule} />
              </li>
            ))}
          </ul>
        </Panel>
        <Panel title="Everything else">
          <p>
            <CodeText text={UNKNOWN_COMMAND_RULE} />
          </p>
        </Panel>
      </div>
    </>
  );
}
