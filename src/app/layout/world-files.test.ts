import { describe, expect, it } from 'vitest';
import { exportFileName, scenarioFileTooLarge } from './world-files';

describe('export file names', () => {
  it('carry the scenario and the elapsed virtual time', () => {
    expect(exportFileName('demo', 3 * 60_000 + 12_000)).toBe('cicdlab-demo-00h03m12s.json');
  });

  it('count days for long-running worlds', () => {
    expect(exportFileName('demo', 26 * 3_600_000)).toBe('cicdlab-demo-1d02h00m00s.json');
  });

  it('turn characters that files cannot hold into dashes', () => {
    expect(exportFileName('labs/first build', 0)).toBe('cicdlab-labs-first-build-00h00m00s.json');
  });
});

describe('scenario file size', () => {
  it('accepts files up to 25 MB', () => {
    expect(scenarioFileTooLarge({ name: 'ok.json', size: 25 * 1024 * 1024 })).toBeUndefined();
  });

  it('refuses larger files, naming their size', () => {
    expect(scenarioFileTooLarge({ name: 'big.json', size: 31.4 * 1024 * 1024 })).toBe(
      'big.json is 31.4 MB; a scenario file can be at most 25.0 MB.',
    );
  });
});
