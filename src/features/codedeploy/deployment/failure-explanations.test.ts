import { describe, expect, it } from 'vitest';
import type { LifecycleEvent } from '../../../api/codedeploy/deployment-types';
import { explainDeploymentError, explainLifecycleFailure, firstFailedEvent } from './failure-explanations';

const failed = (
  lifecycleEventName: string,
  diagnostics: NonNullable<LifecycleEvent['diagnostics']>,
  startTime = 10,
): LifecycleEvent => ({ lifecycleEventName, status: 'Failed', startTime, endTime: startTime + 5, diagnostics });

describe('deployment error codes', () => {
  it('HEALTH_CONSTRAINTS explains the minimum healthy hosts rule and points at the failed targets', () => {
    const e = explainDeploymentError({ code: 'HEALTH_CONSTRAINTS', message: 'The overall deployment failed…' });
    expect(e.why).toMatch(/minimum/);
    expect(e.fix).toMatch(/failed targets/);
  });

  it.each(['HEALTH_CONSTRAINTS_INVALID', 'NO_INSTANCES', 'ALARM_ACTIVE', 'MANUAL_STOP', 'AGENT_ISSUE'])(
    '%s has its own explanation and fix',
    (code) => {
      const e = explainDeploymentError({ code, message: 'm' });
      expect(e.title).not.toBe(code);
      expect(e.fix.length).toBeGreaterThan(20);
    },
  );

  it('ALARM_ACTIVE points at the errors per version', () => {
    expect(explainDeploymentError({ code: 'ALARM_ACTIVE' }).fix).toMatch(/errors per version/);
  });

  it('an unknown code keeps the service message', () => {
    expect(explainDeploymentError({ code: 'THROTTLED', message: 'Rate exceeded' })).toMatchObject({
      title: 'THROTTLED',
      what: 'Rate exceeded',
    });
  });
});

describe('lifecycle diagnostics', () => {
  it('ScriptFailed names the event and script and asks for exit 0', () => {
    const e = explainLifecycleFailure(
      failed('ValidateService', {
        errorCode: 'ScriptFailed',
        scriptName: 'scripts/validate.sh',
        message: 'Script at specified location: scripts/validate.sh run as user root failed with exit code 1',
        logTail: 'curl: (7) Failed to connect',
      }),
    );
    expect(e?.title).toBe('A script failed');
    expect(e?.what).toMatch(/^ValidateService failed in scripts\/validate.sh/);
    expect(e?.fix).toMatch(/exit 0/);
  });

  it('ScriptTimedOut says to shorten the script or raise the timeout (at most 3600 s)', () => {
    const e = explainLifecycleFailure(
      failed('ApplicationStart', {
        errorCode: 'ScriptTimedOut',
        message: 'Script at specified location: scripts/start.sh failed to complete in 30 seconds',
      }),
    );
    expect(e?.why).toMatch(/3600/);
    expect(e?.fix).toMatch(/timeout/);
  });

  it('ScriptMissing says the appspec names a script the revision lacks', () => {
    expect(
      explainLifecycleFailure(
        failed('BeforeInstall', {
          errorCode: 'ScriptMissing',
          message: 'Script does not exist at specified location: scripts/x.sh',
        }),
      )?.why,
    ).toMatch(/not in the revision/);
  });

  it('DownloadBundle "not opened for reading" names the S3 permission and the Region', () => {
    const e = explainLifecycleFailure(
      failed('DownloadBundle', { errorCode: 'UnknownError', message: 'not opened for reading' }),
    );
    expect(e?.why).toMatch(/s3:GetObject/);
    expect(e?.why).toMatch(/another Region/);
  });

  it('a signature expired in the log is clock skew, fixed by time sync', () => {
    const e = explainLifecycleFailure(
      failed('DownloadBundle', {
        errorCode: 'UnknownError',
        message: 'Cannot reach InstanceService',
        logTail:
          'Aws::CodeDeployCommand::Errors::InvalidSignatureException - Signature expired: 20260105T093000Z is now earlier than 20260105T094500Z',
      }),
    );
    expect(e?.title).toBe('The instance clock is wrong');
    expect(e?.fix).toMatch(/NTP|Time Sync/);
  });

  it('an agent that is not running says to start it', () => {
    const e = explainLifecycleFailure(
      failed('ApplicationStop', {
        errorCode: 'UnknownError',
        message: 'The CodeDeploy agent is not running on the instance',
      }),
    );
    expect(e?.fix).toMatch(/codedeploy-agent start/);
  });

  it('a succeeded event needs no explanation', () => {
    expect(explainLifecycleFailure({ lifecycleEventName: 'Install', status: 'Succeeded' })).toBeUndefined();
  });

  it('the first failed event is the earliest to start, across targets', () => {
    const first = firstFailedEvent([
      { targetId: 'i-2', lifecycleEvents: [failed('ValidateService', { errorCode: 'ScriptFailed' }, 50)] },
      { targetId: 'i-1', lifecycleEvents: [failed('AfterInstall', { errorCode: 'ScriptFailed' }, 20)] },
    ]);
    expect(first).toMatchObject({ targetId: 'i-1', event: { lifecycleEventName: 'AfterInstall' } });
  });
});
