// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { SEQUENCE_MS, createShortcutReader, keyBelongsToTarget } from './shortcuts';

describe('keyboard shortcuts', () => {
  it('maps single keys', () => {
    const read = createShortcutReader();
    expect(read(' ', 0)).toBe('toggle-pause');
    expect(read('.', 10)).toBe('step');
    expect(read('?', 20)).toBe('show-help');
    expect(read('x', 30)).toBeUndefined();
  });

  it('reads g followed by a letter as a jump', () => {
    const read = createShortcutReader();
    expect(read('g', 0)).toBeUndefined();
    expect(read('d', 200)).toBe('go-dashboard');
    read('g', 1000);
    expect(read('c', 1100)).toBe('go-codecommit');
    read('g', 2000);
    expect(read('e', 2100)).toBe('go-events');
  });

  it('forgets a g pressed too long ago, and a lone letter does nothing', () => {
    const read = createShortcutReader();
    read('g', 0);
    expect(read('d', SEQUENCE_MS + 1)).toBeUndefined();
    expect(read('e', SEQUENCE_MS + 2)).toBeUndefined();
  });

  it('leaves keys to text fields, and Space to buttons', () => {
    const input = document.createElement('input');
    const button = document.createElement('button');
    const div = document.createElement('div');
    expect(keyBelongsToTarget(input, '.')).toBe(true);
    expect(keyBelongsToTarget(button, ' ')).toBe(true);
    expect(keyBelongsToTarget(button, '.')).toBe(false);
    expect(keyBelongsToTarget(div, ' ')).toBe(false);
    expect(keyBelongsToTarget(document.body, 'g')).toBe(false);
  });

  it('stays out of the way inside dialogs', () => {
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    const p = document.createElement('p');
    dialog.append(p);
    expect(keyBelongsToTarget(p, '?')).toBe(true);
  });
});
