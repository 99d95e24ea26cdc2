import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, estimateNesting, loadYaml, utf8Length } from './load-yaml';

const corpus = new URL('../../../../../shared/corpus/', import.meta.url);

function codes(text: string) {
  return loadYaml(text).diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`);
}

/** A small deterministic generator, so a failing fuzz case can be replayed. */
function lcg(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('loadYaml', () => {
  it('reads a plain file without diagnostics and keeps positions', () => {
    const file = loadYaml('version: 0.2\nphases:\n  build:\n    commands:\n      - echo hi\n');
    expect(file.diagnostics).toEqual([]);
    expect(file.doc).toBeDefined();
    expect(file.lineAt(file.text.indexOf('echo'))).toBe(5);
  });

  it('reports tabs used for indentation on the line of the tab', () => {
    const text = 'version: 0.2\nphases:\n\tbuild:\n    commands:\n      - echo\n';
    const file = loadYaml(text);
    const tab = file.diagnostics.find((d) => d.code === 'tab-indent');
    expect(tab).toMatchObject({ line: 3, column: 1, severity: 'error' });
    expect(tab?.message).toMatch(/only spaces/);
  });

  it('locates a syntax error and explains it', () => {
    const [first] = loadYaml('a: 1\nb: [1, 2\nc: 3\n').diagnostics;
    expect(first).toMatchObject({ code: 'yaml-syntax', severity: 'error', line: 3 });
    expect(first?.message).toMatch(/end with a \]/);
    expect(first?.message).toMatch(/^YAML syntax error: /);
  });

  it('reports an empty file and a file of comments only', () => {
    expect(codes('')).toEqual(['1:1 error empty-file']);
    expect(codes('  \n\n')).toEqual(['1:1 error empty-file']);
    expect(codes('# nothing here\n# at all\n')).toEqual(['1:1 error empty-file']);
  });

  it('refuses a file over 5 MB without parsing it', () => {
    const text = `a: "${'x'.repeat(MAX_FILE_BYTES)}"\n`;
    const file = loadYaml(text);
    expect(file.doc).toBeUndefined();
    expect(file.diagnostics.map((d) => d.code)).toEqual(['file-too-large']);
  });

  it('measures size in UTF-8 bytes', () => {
    expect(utf8Length('aé€😀')).toBe(1 + 2 + 3 + 4);
    const almost = 'é'.repeat(MAX_FILE_BYTES / 2 + 1); // fewer characters than the limit, more bytes
    expect(loadYaml(almost).diagnostics.map((d) => d.code)).toEqual(['file-too-large']);
  });

  it('stops an alias bomb quickly with alias-limit', () => {
    let bomb = 'a0: &a0 [x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 12; i++)
      bomb += `a${i}: &a${i} [${Array(9)
        .fill(`*a${i - 1}`)
        .join(', ')}]\n`;
    // A freeze would show as the test timing out; speed itself is the bench's business.
    const file = loadYaml(bomb);
    expect(file.doc).toBeUndefined();
    expect(file.diagnostics).toEqual([expect.objectContaining({ code: 'alias-limit', line: 2, severity: 'error' })]);
  });

  it('accepts a few ordinary aliases', () => {
    const file = loadYaml('base: &base\n  a: 1\nother:\n  <<: *base\n  b: 2\nlist: [*base, *base]\n');
    expect(file.diagnostics).toEqual([]);
  });

  it('warns that a second document is ignored', () => {
    expect(codes('a: 1\n---\nb: 2\n')).toEqual(['2:1 warning multiple-documents']);
  });

  it('refuses deep nesting before parsing it', () => {
    const deepFlow = `${'['.repeat(20000)}${']'.repeat(20000)}`;
    expect(codes(deepFlow)).toEqual(['1:1 error too-deep']);
    const deepBlock = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    expect(codes(deepBlock)).toEqual(['1:1 error too-deep']);
    const fine = Array.from({ length: 50 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    expect(loadYaml(fine).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('does not count brackets inside quotes or comments as nesting', () => {
    expect(estimateNesting(`a: '${'['.repeat(500)}'\nb: 1 # ${'{'.repeat(500)}\n`)).toBeLessThan(5);
  });

  it('never throws on random bytes', () => {
    const random = lcg(42);
    const alphabet = 'ab: -[]{}&*!|>\'"#%@`\t\n\r ,?~\\\u0000\uFEFF\u00e9';
    for (let i = 0; i < 300; i++) {
      const length = Math.floor(random() * 200);
      let text = '';
      for (let j = 0; j < length; j++) text += alphabet[Math.floor(random() * alphabet.length)];
      expect(() => loadYaml(text), JSON.stringify(text)).not.toThrow();
    }
  });

  it('never throws on truncated corpus files', () => {
    const dir = new URL('buildspec/', corpus);
    for (const name of readdirSync(dir).slice(0, 12)) {
      const text = readFileSync(new URL(name, dir), 'utf8');
      for (let cut = 0; cut < text.length; cut += Math.max(1, Math.floor(text.length / 25))) {
        const file = loadYaml(text.slice(0, cut));
        for (const d of file.diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.column).toBeGreaterThanOrEqual(1);
        }
      }
    }
  });
});
