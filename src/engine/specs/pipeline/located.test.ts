import { readFileSync } from 'node:fs';
import { parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { largePipeline } from './bench';
import { fromJsonNode, fromValue, locator } from './located';

const corpus = new URL('../../../../../shared/corpus/pipeline-json/', import.meta.url);

describe('fromValue', () => {
  it('places every node where JSON.stringify(value, null, 2) prints it', () => {
    const values = [
      JSON.parse(readFileSync(new URL('jfrog-custom-action-3-stage.json', corpus), 'utf8')) as unknown,
      largePipeline(3, 12),
      { a: [], b: {}, c: [null, 1.5, 'x\n"y"', { d: [[]] }], e: undefined, 'f"g': true },
    ];
    for (const value of values) {
      const text = JSON.stringify(value, null, 2);
      expect(fromValue(value)).toEqual(fromJsonNode(parseTree(text)!, locator(text)));
    }
  });
});
