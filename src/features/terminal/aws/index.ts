import { codeartifactLogin } from './codeartifact-login';
import { CLI_MODEL } from './model';
import { createAwsProgram } from './program';
import { createResourceNames } from './resources';
import { S3_COMMANDS } from './s3';
import { callService } from './transport';

/** `aws`, calling the mocked services as the console does. */
export const AWS_PROGRAM = createAwsProgram({
  model: CLI_MODEL,
  call: callService,
  custom: { ...S3_COMMANDS, 'codeartifact login': codeartifactLogin(CLI_MODEL, callService) },
  resourceNames: createResourceNames(CLI_MODEL, callService),
});
