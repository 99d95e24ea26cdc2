import type { TerminalProgram } from '../command';
import { git } from './git';

/** `git`, against the simulated CodeCommit repositories. */
export const GIT_PROGRAMS: Record<string, TerminalProgram> = { git };
