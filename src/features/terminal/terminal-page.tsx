import { PageHeader } from '../../components/page-header';
import { TerminalView } from './terminal-view';

/** The terminal full page, at /terminal: the same session as the docked panel. */
export function TerminalPage() {
  return (
    <div className="flex h-full min-h-[480px] flex-col">
      <PageHeader
        title="Terminal"
        description="A Cloud9-style shell: aws and git against the simulated account, as the identity the console acts as. Type help to list the commands."
      />
      <TerminalView className="flex-1 rounded-md border border-zinc-300 dark:border-zinc-700" />
    </div>
  );
}
