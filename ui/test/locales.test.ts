// Every locale has exactly English's messages, uses no variable English does not, parses
// cleanly, and says at the top whether a native speaker reviewed it. English is the reference.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, Visitor, Message, Junk, type Pattern, VariableReference } from '@fluent/syntax';
import { describe, expect, test } from 'vitest';

const LOCALES = join(__dirname, '../../locales');
const REQUIRED = ['en', 'ar', 'fa', 'ckb', 'ti', 'uk', 'fr', 'es', 'so', 'ps'];

class Variables extends Visitor {
  found = new Set<string>();
  visitVariableReference(node: VariableReference) {
    this.found.add(node.id.name);
  }
}

interface Parsed {
  messages: Map<string, Set<string>>;
  junk: string[];
  header: string;
}

function load(locale: string): Parsed {
  const messages = new Map<string, Set<string>>();
  const junk: string[] = [];
  let header = '';
  for (const file of readdirSync(join(LOCALES, locale)).filter((f) => f.endsWith('.ftl')).sort()) {
    const text = readFileSync(join(LOCALES, locale, file), 'utf8');
    header += text.split('\n').filter((l) => l.startsWith('###')).join('\n');
    for (const entry of parse(text, {}).body) {
      if (entry instanceof Junk) junk.push(`${file}: ${entry.content.trim().slice(0, 80)}`);
      if (!(entry instanceof Message)) continue;
      expect(messages.has(entry.id.name), `${locale}/${file}: ${entry.id.name} defined twice`).toBe(false);
      const vars = new Variables();
      vars.visit(entry.value as Pattern);
      messages.set(entry.id.name, vars.found);
    }
  }
  return { messages, junk, header };
}

const locales = readdirSync(LOCALES).sort();
const english = load('en');

test('the required UI locales are all there', () => {
  for (const l of REQUIRED) expect(locales).toContain(l);
});

describe.each(locales)('locales/%s', (locale) => {
  const parsed = load(locale);

  test('parses without errors', () => {
    expect(parsed.junk).toEqual([]);
  });

  test('has every message English has, and no other', () => {
    const missing = [...english.messages.keys()].filter((k) => !parsed.messages.has(k));
    const extra = [...parsed.messages.keys()].filter((k) => !english.messages.has(k));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  test('uses only the variables English uses', () => {
    const unknown: string[] = [];
    for (const [id, vars] of parsed.messages) {
      const allowed = english.messages.get(id) ?? new Set();
      for (const v of vars) if (!allowed.has(v)) unknown.push(`${id}: $${v}`);
    }
    expect(unknown).toEqual([]);
  });

  test('says whether a native speaker reviewed it', () => {
    if (locale === 'en') expect(parsed.header).toMatch(/reference/);
    else expect(parsed.header).toMatch(/not yet reviewed by a native speaker|reviewed by a native speaker/);
  });
});
