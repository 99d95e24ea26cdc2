import type { Tool } from '../shell';
import { AWS_TOOLS } from './aws';
import { BUILD_TOOLS } from './build-tools';
import { BUILTINS } from './builtins';
import { DOCKER_TOOLS } from './docker';
import { DOTNET_TOOLS } from './dotnet';
import { GO_TOOLS } from './go';
import { JVM_TOOLS } from './jvm';
import { NODE_TOOLS } from './node';
import { PYTHON_TOOLS } from './python';

/** Every command the simulated shell knows; anything else runs as "simulated" and exits 0. */
export const TOOLS: Readonly<Record<string, Tool>> = Object.freeze({
  ...BUILD_TOOLS,
  ...NODE_TOOLS,
  ...PYTHON_TOOLS,
  ...JVM_TOOLS,
  ...GO_TOOLS,
  ...DOTNET_TOOLS,
  ...DOCKER_TOOLS,
  ...AWS_TOOLS,
  ...BUILTINS,
});
