// Vite builds the UI into ui/dist, served by `peerguide serve` and embedded by the Tauri shell.
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

const locales = fileURLToPath(new URL('../locales', import.meta.url));

export default defineConfig({
  plugins: [preact()],
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
