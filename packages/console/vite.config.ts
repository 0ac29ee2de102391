import { defineConfig } from 'vite';

/**
 * No React plugin: Vite's own transform compiles TSX with the automatic JSX runtime (no Fast Refresh needed — the
 * console is served built, by infra/local/consoleServer.ts). Chunks stay per route (React.lazy) and per big library.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // Read by bench/console.bench.ts to find each route's initial chunks.
    manifest: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // antd marks its modules "use client" (for React Server Components); meaningless in a client-only bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
