import type { Shell } from '../shell';

const PATCH: Record<string, Record<string, string>> = {
  nodejs: {
    '16': '16.20.2',
    '18': '18.20.5',
    '20': '20.18.1',
    '22': '22.12.0',
    '24': '24.1.0',
    '14': '14.21.3',
    '12': '12.22.12',
    '10': '10.24.1',
  },
  python: {
    '3.7': '3.7.17',
    '3.8': '3.8.20',
    '3.9': '3.9.21',
    '3.10': '3.10.16',
    '3.11': '3.11.11',
    '3.12': '3.12.8',
    '3.13': '3.13.1',
    '3.14': '3.14.0',
  },
  java: {
    corretto8: '1.8.0_432',
    corretto11: '11.0.25',
    corretto17: '17.0.13',
    corretto21: '21.0.5',
    corretto25: '25.0.1',
  },
  dotnet: { '3.1': '3.1.426', '5.0': '5.0.408', '6.0': '6.0.428', '8.0': '8.0.404', '10.0': '10.0.100' },
};

/** The full version the container reports for a runtime (`node --version` and friends). */
export function runtimeVersion(shell: Shell, runtime: string): string {
  const selected = shell.host.run.runtimes[runtime];
  if (selected === undefined)
    return runtime === 'nodejs'
      ? '20.18.1'
      : runtime === 'python'
        ? '3.12.8'
        : runtime === 'java'
          ? '17.0.13'
          : runtime === 'golang'
            ? '1.22.10'
            : '8.0.404';
  return PATCH[runtime]?.[selected] ?? (runtime === 'golang' ? `${selected}.10` : `${selected}.0`);
}
