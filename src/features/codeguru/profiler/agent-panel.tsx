import { useState } from 'react';
import { useSimulatedAgent, useUpdateSimulatedAgent } from '../../../api/codeguru-profiler/simulated-agent';
import type { AgentParameterField, SimulatedAgent } from '../../../api/codeguru-profiler/wire-types';
import { buttonClass } from '../../../components/button-styles';
import { ErrorCallout } from '../../../components/error-callout';
import { TextField } from '../../../components/form-field';
import { formatDateTime } from '../../../components/format/time';
import { Loading } from '../../../components/loading';
import { Panel } from '../../../components/panel';
import { CODEGURU_PROFILER_ERROR_EXPLANATIONS } from '../../../engine/codeguru-profiler/errors';
import { AgentActivity } from './agent-activity';
import { AGENT_FIELDS, agentFormProblems } from './agent-form';

type Values = Record<AgentParameterField, string>;

const valuesOf = (agent: SimulatedAgent): Values =>
  Object.fromEntries(AGENT_FIELDS.map(([f]) => [f, String(agent.agentParameters[f])])) as Values;

/** The group's agent parameters (the five ConfigureAgent hands out), what the agent did, and how it samples. */
export function AgentPanel({ name }: { name: string }) {
  const agent = useSimulatedAgent(name);
  // Owned here, not by the form: a save remounts the form with the new values, and its outcome must stay shown.
  const save = useUpdateSimulatedAgent();
  if (agent.isPending) return <Loading />;
  if (agent.isError) return <ErrorCallout error={agent.error} explanations={CODEGURU_PROFILER_ERROR_EXPLANATIONS} />;
  return (
    <>
      <AgentForm key={JSON.stringify(agent.data.agentParameters)} agent={agent.data} save={save} />
      <AgentActivity agent={agent.data} />
    </>
  );
}

function AgentForm({ agent, save }: { agent: SimulatedAgent; save: ReturnType<typeof useUpdateSimulatedAgent> }) {
  const [values, setValues] = useState<Values>(() => valuesOf(agent));
  const [checked, setChecked] = useState(false);
  const problems = agentFormProblems(values);
  const changed = AGENT_FIELDS.some(([f]) => values[f].trim() !== String(agent.agentParameters[f]));

  const submit = () => {
    setChecked(true);
    if (Object.keys(problems).length > 0) return;
    save.mutate({
      profilingGroupName: agent.profilingGroupName,
      agentParameters: Object.fromEntries(AGENT_FIELDS.map(([f]) => [f, Number(values[f])])),
    });
  };

  return (
    <Panel title="Agent configuration">
      <p className="mb-4 max-w-3xl text-sm text-zinc-600 dark:text-zinc-400">
        In AWS these come from the agent's start-up options and environment (for example
        AWS_CODEGURU_PROFILER_SAMPLING_INTERVAL_MS) and from ConfigureAgent's agentParameters. The simulator keeps them
        on the profiling group so you can change them here and watch what the agent collects change; ConfigureAgent
        returns them.
      </p>
      <form
        aria-label="Agent configuration"
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <div className="grid gap-4 md:grid-cols-2">
          {AGENT_FIELDS.map(([field, hint]) => (
            <TextField
              key={field}
              label={field}
              value={values[field]}
              onChange={(v) => setValues((old) => ({ ...old, [field]: v }))}
              mono
              hint={`${hint} Default ${agent.defaults[field]}.`}
              error={checked ? problems[field] : undefined}
            />
          ))}
        </div>
        {save.isError && <ErrorCallout error={save.error} explanations={CODEGURU_PROFILER_ERROR_EXPLANATIONS} />}
        {save.isSuccess && !changed && (
          <p role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
            Saved. The agent called ConfigureAgent and samples with these parameters from now on.
          </p>
        )}
        <div className="flex gap-2">
          <button type="submit" className={buttonClass('primary')} disabled={save.isPending || !changed}>
            Save agent configuration
          </button>
          <button
            type="button"
            className={buttonClass('normal')}
            onClick={() =>
              setValues(Object.fromEntries(AGENT_FIELDS.map(([f]) => [f, String(agent.defaults[f])])) as Values)
            }
          >
            Agent defaults
          </button>
        </div>
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          ConfigureAgent answers shouldProfile {String(agent.configuration.shouldProfile)}, periodInSeconds{' '}
          {agent.configuration.periodInSeconds}
          {agent.nextReportAt ? `; next report ${formatDateTime(Date.parse(agent.nextReportAt))}` : ''}.
        </p>
      </form>
    </Panel>
  );
}
