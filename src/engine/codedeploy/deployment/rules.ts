import { MINUTE, SECOND } from '../../core/time';
import { BOOT_SECONDS } from '../../fleet/lifecycle';
import { DEFAULT_DEREGISTRATION_DELAY_SECONDS, DEFAULT_HEALTH_CHECK } from '../../fleet/scenario-schema';
import { AGENT_POLL_MS, BAD_REVISION_ERROR_RATE, DEFAULT_SCRIPT_TIMEOUT_SECONDS } from './agent';
import {
  AGENT_WAIT_MS,
  DOWNLOAD_BASE_MS,
  DOWNLOAD_MS_PER_100KB,
  INSTALL_BASE_MS,
  INSTALL_MS_PER_FILE,
  INSTANCE_GONE_WAIT_MS,
  MAX_CLOCK_SKEW_SECONDS,
} from './ec2';
import {
  DEFAULT_HOOK_DELAY_SECONDS,
  HOOK_WINDOW_MS,
  PROVISIONING_POLL_MS,
  SERVICE_EVENT_MS,
  START_DELAY_MS,
} from './run';

/**
 * The rules the simulator invents for deployments, in plain words and with the values the engine
 * uses. The CodeDeploy console's "How deployments are simulated" page and
 * docs/codedeploy-simulation.md both show this table (a test keeps the doc in step with it).
 * Text in `backticks` is code.
 */
export interface SimulatedDeploymentRule {
  subject: string;
  rule: string;
  duration: string;
}

/** Virtual time as people say it: "1 s", "5 minutes", "1 hour". */
export function spoken(ms: number): string {
  if (ms >= 60 * MINUTE && ms % (60 * MINUTE) === 0) {
    const hours = ms / (60 * MINUTE);
    return hours === 1 ? '1 hour' : `${hours} hours`;
  }
  if (ms >= MINUTE && ms % MINUTE === 0) return `${ms / MINUTE} minutes`;
  if (ms >= SECOND) return `${ms / SECOND} s`;
  return `${ms} ms`;
}

const health = DEFAULT_HEALTH_CHECK;
const healthWait = health.intervalSeconds * health.healthyThresholdCount * SECOND;
const percent = (rate: number) => `${rate * 100}%`;

export const SIMULATED_DEPLOYMENT_RULES: readonly SimulatedDeploymentRule[] = [
  {
    subject: 'Start of a deployment',
    rule: 'The deployment is `Created`, then `InProgress`; it finds its targets and reads the revision.',
    duration: `${spoken(START_DELAY_MS)} after CreateDeployment`,
  },
  {
    subject: 'Start, End',
    rule: 'Run by CodeDeploy itself; they never fail.',
    duration: spoken(SERVICE_EVENT_MS),
  },
  {
    subject: 'A hook with no scripts',
    rule: 'Succeeds (the agent polls CodeDeploy every second).',
    duration: spoken(AGENT_POLL_MS),
  },
  {
    subject: 'DownloadBundle',
    rule: 'Reads the revision from S3 and checks `appspec.yml`; an invalid or missing AppSpec fails the event with the reason.',
    duration: `${spoken(DOWNLOAD_BASE_MS)} + ${spoken(DOWNLOAD_MS_PER_100KB)} per 100 KB of bundle`,
  },
  {
    subject: 'Install',
    rule: "Removes what the group's last successful deployment installed, then copies the AppSpec's `files`; a file in the way follows `fileExistsBehavior` (DISALLOW fails).",
    duration: `${spoken(INSTALL_BASE_MS)} + ${spoken(INSTALL_MS_PER_FILE)} per file copied`,
  },
  {
    subject: 'BlockTraffic',
    rule: "Deregisters the instance from the group's target groups and waits for their deregistration delay.",
    duration: `the delay (${DEFAULT_DEREGISTRATION_DELAY_SECONDS} s by default) + ${spoken(AGENT_POLL_MS)}`,
  },
  {
    subject: 'AllowTraffic (EC2)',
    rule: 'Registers the instance and waits until it passes the health checks.',
    duration: `health-check interval × healthy threshold (${health.intervalSeconds} s × ${health.healthyThresholdCount} = ${spoken(healthWait)} by default) + ${spoken(AGENT_POLL_MS)}`,
  },
  {
    subject: 'Hook scripts',
    rule: "Run in order in the simulated shell CodeBuild uses, in the revision's `deployment-archive` directory; unknown programs are simulated and exit 0. ApplicationStop, BeforeBlockTraffic and AfterBlockTraffic run the previous revision's scripts.",
    duration: `${spoken(AGENT_POLL_MS)} + the scripts' time: a few ms per command, \`sleep N\` N seconds of virtual time`,
  },
  {
    subject: 'Script exit codes',
    rule: 'Every script exits 0: Succeeded. A script exits non-zero: `ScriptFailed`. A script is not in the bundle: `ScriptMissing`.',
    duration: '–',
  },
  {
    subject: 'Script timeout',
    rule: `A script that runs longer than its \`timeout\` (default ${DEFAULT_SCRIPT_TIMEOUT_SECONDS} s) fails with \`ScriptTimedOut\`.`,
    duration: 'the timeout',
  },
  {
    subject: '`curl` to `localhost`',
    rule: `Answers 200, or 500 when the revision installed on the instance fails at least ${percent(BAD_REVISION_ERROR_RATE)} of its requests (its \`errorRate\` ≥ ${BAD_REVISION_ERROR_RATE}); with \`-f\` curl then exits 22, so a ValidateService check fails. Other hosts succeed.`,
    duration: 'a few ms',
  },
  {
    subject: 'Instance stopped or gone',
    rule: 'Its next event fails: "CodeDeploy agent was not able to receive the lifecycle event…" (UnknownError).',
    duration: spoken(INSTANCE_GONE_WAIT_MS),
  },
  {
    subject: 'Agent stopped, no instance profile, clock skew',
    rule: `The event fails with the same message when the agent is stopped or not installed, the instance has no instance profile ("Missing credentials") or its clock is more than ${MAX_CLOCK_SKEW_SECONDS / 60} minutes off ("Signature expired").`,
    duration: spoken(AGENT_WAIT_MS),
  },
  {
    subject: 'Bucket unreadable or in another Region',
    rule: 'DownloadBundle fails: "UnknownError: not opened for reading", with the plain cause in the log tail.',
    duration: spoken(DOWNLOAD_BASE_MS),
  },
  {
    subject: 'Blue/green replacement fleet',
    rule: "`COPY_AUTO_SCALING_GROUP` copies the group's first Auto Scaling group; the deployment checks whether its instances have booted.",
    duration: `boot ${BOOT_SECONDS} s, checked every ${spoken(PROVISIONING_POLL_MS)}`,
  },
  {
    subject: 'Lambda and ECS hooks',
    rule: `A hook function reports through \`PutLifecycleEventHookExecutionStatus\` (yourself, or its \`hookBehaviour\`); without one it reports Succeeded after ${DEFAULT_HOOK_DELAY_SECONDS} s. A function that does not exist fails at once; one that never reports fails when the window ends.`,
    duration: `window ${spoken(HOOK_WINDOW_MS)}`,
  },
  {
    subject: 'Traffic shifting',
    rule: "AllowTraffic moves the Lambda alias's or ECS listener's weights by the configuration: canary (first step, then 100% one interval later), linear (one step per interval) or all at once.",
    duration: `the configuration's interval per step; all at once ${spoken(SERVICE_EVENT_MS)}`,
  },
  {
    subject: 'ECS Install',
    rule: 'Creates the replacement task set in the target group the production listener does not serve.',
    duration: `health-check interval × healthy threshold (${spoken(healthWait)} by default)`,
  },
  {
    subject: 'Alarms',
    rule: 'With alarm monitoring on, an alarm of the group in ALARM when the deployment starts, at any lifecycle event or traffic shift, or whenever it changes state stops the deployment (`ALARM_ACTIVE`).',
    duration: 'at once',
  },
  {
    subject: 'Faults you inject',
    rule: "`fail`: the event's first script exits 1, or a Lambda/ECS hook reports Failed. `hang`: the first script times out, or the hook never reports.",
    duration: `the script's timeout, or ${spoken(HOOK_WINDOW_MS)}`,
  },
];

/** How the simulated traffic behind the charts and alarms runs. */
export { TRAFFIC_RULES } from '../../fleet/traffic';
