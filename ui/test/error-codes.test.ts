// Every error code the core can answer with (crates/core/tests/error-codes.json, written by
// crates/core/tests/error_codes.rs from every variant of its error types) has its own message,
// so the UI never shows only the generic "error-unknown" for a failure the core names. The
// locale check makes every other language carry the same keys as English.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, Message } from '@fluent/syntax';
import { expect, test } from 'vitest';

const codes: string[] = JSON.parse(readFileSync(join(__dirname, '../../crates/core/tests/error-codes.json'), 'utf8'));
const english = new Set(
  parse(readFileSync(join(__dirname, '../../locales/en/app.ftl'), 'utf8'), {})
    .body.filter((e): e is Message => e instanceof Message)
    .map((m) => m.id.name),
);

test('the core names dozens of codes', () => expect(codes.length).toBeGreaterThan(30));

test.each(codes)('%s has its message', (code) => {
  expect(english.has(`error-${code}`), `locales/en/app.ftl lacks error-${code}`).toBe(true);
});
