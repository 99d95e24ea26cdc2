import { describe, expect, it } from 'vitest';
import { splitCode } from './split-code';

describe('splitCode', () => {
  it('marks the backticked parts of a rule as code', () => {
    expect(splitCode('Need `package.json` (exit 254)')).toEqual([
      { text: 'Need ', code: false },
      { text: 'package.json', code: true },
      { text: ' (exit 254)', code: false },
    ]);
    expect(splitCode('`npm ci`')).toEqual([{ text: 'npm ci', code: true }]);
  });
});
