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
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true, sourcemap: false },
  test: {
    environment: 'jsdom',
    // The contract test needs a running server; scripts/e2e.sh runs it with PEERGUIDE_URL.
    include: process.env.PEERGUIDE_URL ? ['test/**/*.live.test.ts'] : ['test/**/*.test.ts'],
    exclude: process.env.PEERGUIDE_URL ? [] : ['test/**/*.live.test.ts'],
  },
});
