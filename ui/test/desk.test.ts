// The desk's line diff: what a coordinator sees side by side in an article's history.

import { describe, expect, test } from 'vitest';
import { diffLines } from '../src/desk/diff';

describe('diffLines', () => {
  test('unchanged text is all the same', () => {
    expect(diffLines('a\nb', 'a\nb').map((r) => r.kind)).toEqual(['same', 'same']);
  });

  test('an edited line is shown beside the line it replaced', () => {
    expect(diffLines('a\nold\nc', 'a\nnew\nc')).toEqual([
      { kind: 'same', left: 'a', right: 'a' },
      { kind: 'changed', left: 'old', right: 'new' },
      { kind: 'same', left: 'c', right: 'c' },
    ]);
  });

  test('added and removed lines keep their places', () => {
    expect(diffLines('a\nc', 'a\nb\nc').map((r) => r.kind)).toEqual(['same', 'added', 'same']);
    expect(diffLines('a\nb\nc', 'a\nc').map((r) => r.kind)).toEqual(['same', 'removed', 'same']);
  });
});
