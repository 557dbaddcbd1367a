// The offline search's folding against the core's: the same table of cases both run
// (crates/core/tests/fold-cases.json, read here and by crates/core/tests/fold_cases.rs).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fold, typedStem, words } from '../src/fold';

const cases = JSON.parse(readFileSync(join(__dirname, '../../crates/core/tests/fold-cases.json'), 'utf8')) as {
  same: [string, string][];
  exact: [string, string][];
};

describe('folding, as the core folds', () => {
  test('the table still has its cases', () => {
    expect(cases.same.length).toBeGreaterThan(30);
  });
  test.each(cases.same)('%s and %s fold alike', (written, typed) => {
    expect(fold(written)).toBe(fold(typed));
  });
  test.each(cases.exact)('%s folds to %s', (text, folded) => {
    expect(fold(text)).toBe(folded);
  });
  test('words and a typed article', () => {
    expect(words(fold('السَّكَن، والعمل!'))).toEqual(['سكن', 'عمل']);
    expect(typedStem('الس')).toBe('س');
    expect(typedStem('ال')).toBeNull();
  });
});
