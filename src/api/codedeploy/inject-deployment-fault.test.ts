import { beforeAll, describe, expect, it, vi } from 'vitest';
import { serveMockAws } from '../../../test/mock-aws';
import { markApiReady } from '../aws-call';
import { injectDeploymentFault } from './inject-deployment-fault';

serveMockAws();
beforeAll(() => {
  vi.stubGlobal('document', { baseURI: 'http://localhost:5173/' });
  markApiReady();
});

describe('injectDeploymentFault', () => {
  it('arms a hook fault through the deployment simulator target and explains it', async () => {
    const out = await injectDeploymentFault({ lifecycleEventName: 'ValidateService', effect: 'fail' });
    expect(out.explanation).toContain("The next deployment's ValidateService event fails");
  });
});
