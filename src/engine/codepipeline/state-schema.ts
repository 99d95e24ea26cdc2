import { z } from 'zod';
import type { CodePipelineState } from './state';

// Contract placeholder: the control-plane helper replaces this with the full schema mirroring state.ts.
export const CodePipelineStateSchema = z.custom<CodePipelineState>((v) => typeof v === 'object' && v !== null);
