import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // The manifest lets scripts/report-size.ts add up the chunks a route loads.
    manifest: true,
    target: 'es2022',
    // The strict CSP allows no inline assets: every file is served from Sopu itself.
    assetsInlineLimit: 0,
  },
  server: {
    // `npm run dev` serves the API on its default port; the app's pages come from Vite.
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
