import { describe, expect, it } from 'vitest';
import { isSimulationNote } from './log-line';

describe('isSimulationNote', () => {
  it("recognises the shell's notes about simulated commands, which link to the rules", () => {
    expect(isSimulationNote("cicdlab: simulated 'terraform plan' (not modelled): exit status 0\n")).toBe(true);
    expect(isSimulationNote("cicdlab: simulated block 'if [ -f x ]…' (not interpreted): exit status 0\n")).toBe(true);
    expect(isSimulationNote('[Container] 2026/01/05 09:00:26.536 Entering phase POST_BUILD')).toBe(false);
  });
});
