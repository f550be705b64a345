// Vite build of the web app (npm run build:web → web/dist). Preact through esbuild's automatic JSX
// runtime; no plugin needed. In development, /api is proxied to a running `lantern serve`.
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: true },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
