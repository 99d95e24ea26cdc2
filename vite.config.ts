import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// A relative base makes the build work from any static host and any sub-path; routes live in
// the URL hash so no server rewrite rules are needed.
export default defineConfig({
  base: './',
  plugins: [react(), tailwindcss()],
  resolve: {
    alias: [
      // monaco-editor 0.56+ exports `./*` from `esm/vs/`, so the old deep path that monaco-yaml's
      // worker manager still imports (`monaco-editor/esm/vs/editor/editor.worker.js`) needs mapping.
      {
        find: /^monaco-editor\/esm\/vs\/(.*)$/,
        replacement: `${fileURLToPath(new URL('./node_modules/monaco-editor/esm/vs/', import.meta.url))}$1`,
      },
    ],
  },
  // Without it the dev server re-optimises, and reloads the page, the first time an editor opens.
  optimizeDeps: { include: ['monaco-yaml/yaml.worker.js'] },
  worker: { format: 'es' },
  build: { target: 'es2023', chunkSizeWarningLimit: 1500 },
  server: { port: 5173 },
  preview: { port: 4173 },
});
