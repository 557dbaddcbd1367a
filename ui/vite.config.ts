// Vite builds the UI into ui/dist, served by `peerguide serve` and embedded by the Tauri shell.
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, Message, TextElement } from '@fluent/syntax';
import type { Plugin } from 'vite';

const locales = fileURLToPath(new URL('../locales', import.meta.url));

/** The Fluent messages the hub's server-rendered pages and manifests use. */
const READER_KEYS = /^(app-name|topic-[a-z-]+|service-(hours|closed-all-day|call|website|accessibility))$/;

/** Per locale, the plain (no variable) messages the hub's pages use, and the weekdays' names
 * as Intl writes them, so the hub formats no text of its own. */
function readerStrings(): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const locale of readdirSync(locales)) {
    const strings: Record<string, string> = {};
    for (const file of readdirSync(join(locales, locale)).filter((f) => f.endsWith('.ftl'))) {
      for (const entry of parse(readFileSync(join(locales, locale, file), 'utf8'), {}).body) {
        if (!(entry instanceof Message) || !entry.value || !READER_KEYS.test(entry.id.name)) continue;
        const parts = entry.value.elements;
        if (parts.every((p) => p instanceof TextElement)) strings[entry.id.name] = parts.map((p) => (p as TextElement).value).join('').trim();
      }
    }
    // 2024-01-01 was a Monday.
    const day = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { weekday: 'long', timeZone: 'UTC' });
    ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].forEach((d, i) => (strings[`weekday-${d}`] = day.format(new Date(Date.UTC(2024, 0, 1 + i)))));
    out[locale] = strings;
  }
  return out;
}

/** The public reader's service worker with this build's files to keep, and its strings. */
function readerFiles(): Plugin {
  return {
    name: 'peerguide-reader-files',
    apply: 'build',
    generateBundle(_options, bundle) {
      // What the reader's page loads, now or later (its locale chunks): the files reachable
      // from the `main` entry, so the desk's bundle and strings are never kept on a phone.
      const kept = new Set<string>();
      const keep = (file: string) => {
        const item = bundle[file];
        if (!item || kept.has(file)) return;
        kept.add(file);
        if (item.type !== 'chunk') return;
        [...item.imports, ...item.dynamicImports, ...(item.viteMetadata?.importedCss ?? []), ...(item.viteMetadata?.importedAssets ?? [])].forEach(keep);
      };
      for (const item of Object.values(bundle)) if (item.type === 'chunk' && item.isEntry && item.name === 'main') keep(item.fileName);
      const shell = [...kept, 'icons/icon-192.png', 'icons/icon-512.png'].sort().map((f) => `/${f}`);
      const version = createHash('sha256').update(shell.join('\n')).digest('hex').slice(0, 12);
      const sw = readFileSync(fileURLToPath(new URL('./sw/sw.js', import.meta.url)), 'utf8')
        .replace("'__VERSION__'", JSON.stringify(version))
        .replace('[] /* __SHELL__ */', JSON.stringify(shell));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: sw });
      this.emitFile({ type: 'asset', fileName: 'reader-strings.json', source: JSON.stringify(readerStrings()) });
    },
  };
}

export default defineConfig({
  plugins: [preact(), readerFiles()],
  // Relative asset URLs: the same build works at http://127.0.0.1:PORT/ and in Tauri's
  // custom protocol.
  base: './',
  resolve: { alias: { '@locales': locales } },
  server: { fs: { allow: ['..'] }, proxy: { '/api': 'http://127.0.0.1:8080' } },
  // Two pages: the reader (index.html) and the coordinators' desk (desk.html, served by the
  // hub at /desk), each with its own bundle, so readers never download the editor.
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('index.html', import.meta.url)),
        desk: fileURLToPath(new URL('desk.html', import.meta.url)),
      },
    },
  },
  test: {
    environment: 'jsdom',
    // The contract test needs a running server; scripts/e2e.sh runs it with PEERGUIDE_URL.
    include: process.env.PEERGUIDE_URL ? ['test/**/*.live.test.ts'] : ['test/**/*.test.ts'],
    exclude: process.env.PEERGUIDE_URL ? [] : ['test/**/*.live.test.ts'],
  },
});
