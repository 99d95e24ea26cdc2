import { describe, expect, it } from 'vitest';
import { REST_JSON_APIS, SERVICE_APIS } from '../mocks/handlers';
import { CLI_MODEL, inputShape } from '../src/features/terminal/aws/model';
import { CLI_SERVICES } from './write-cli-model';

const services = Object.values(CLI_MODEL.services);

describe('the aws command model (npm run cli-model)', () => {
  it('has every operation the mocked JSON services implement, at their endpoint and target', () => {
    for (const api of SERVICE_APIS.filter((a) => CLI_SERVICES[a.endpointPrefix] !== null)) {
      const service = services.find((s) => s.endpointPrefix === api.endpointPrefix);
      expect(service, `${api.endpointPrefix} is missing; run npm run cli-model`).toBeDefined();
      expect(service?.targetPrefix).toBe(api.targetPrefix);
      for (const op of api.operations)
        expect(service?.operations[op], `${api.endpointPrefix} ${op}; run npm run cli-model`).toBeDefined();
    }
  });

  it('has every operation the mocked REST-JSON services route', () => {
    for (const api of REST_JSON_APIS) {
      const service = services.find((s) => s.endpointPrefix === api.endpointPrefix);
      for (const route of api.routes)
        expect(service?.operations[route.operation], `${api.endpointPrefix} ${route.operation}`).toBeDefined();
    }
  });

  it("reads members, types and required members from the SDK's schemas", () => {
    const codepipeline = CLI_MODEL.services.codepipeline!;
    expect(inputShape(codepipeline, 'StartPipelineExecution')).toMatchObject({
      members: { name: 'string', variables: 'PipelineVariableList', clientRequestToken: 'string' },
      required: ['name'],
    });
    expect(codepipeline.shapes.PipelineVariableList).toEqual({ type: 'list', member: 'PipelineVariable' });
    expect(inputShape(CLI_MODEL.services.deploy!, 'CreateDeployment')?.required).toEqual(['applicationName']);
  });
});
