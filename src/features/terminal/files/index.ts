import type { TerminalProgram } from '../command';
import { cp, mkdir, mv, rm, touch } from './manage';
import { cd, ls, pwd } from './navigation';
import { cat, grep, head, tail, wc } from './text';

/** The file utilities of the terminal, by the name they are run as. */
export const FILE_PROGRAMS: Record<string, TerminalProgram> = {
  ls,
  cat,
  cd,
  pwd,
  mkdir,
  rm,
  touch,
  cp,
  mv,
  head,
  tail,
  wc,
  grep,
};
