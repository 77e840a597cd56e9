import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import messages from './src/i18n/messages/nl.json' with { type: 'json' };

const workspaceRoot = resolve(import.meta.dirname, '../..');

/** Fills `%t:key%` in index.html from the message catalog, so that static text is in the catalog too. */
function htmlMessages(): Plugin {
  const catalog: Record<string, string> = messages;
  return {
    name: 'koers-html-messages',
    transformIndexHtml: (html) =>
      html.replace(/%t:([\w.]+)%/g, (_, key: string) => {
        const text = catalog[key];
        if (text === undefined) throw new Error(`index.html uses an unknown message key: ${key}`);
        return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');
      }),
  };
}

/**
 * The web app. Built into dist/apps/web, which the API serves on the same port as /api
 * (with a fallback to index.html for client-side routes). In development, `nx run web:serve`
 * starts Vite on 5173 and passes /api on to the API on 3000.
 */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), htmlMessages()],
  resolve: {
    alias: {
      '@koers/contracts': resolve(workspaceRoot, 'libs/contracts/src/index.ts'),
      '@koers/domain': resolve(workspaceRoot, 'libs/domain/src/index.ts'),
    },
  },
  build: {
    outDir: resolve(workspaceRoot, 'dist/apps/web'),
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    port: 5173,
    strictPort: true,
    // No changeOrigin: the API compares Origin with Host to refuse cross-site requests, and both
    // must stay localhost:5173 for that check to pass through the proxy.
    proxy: { '/api': { target: 'http://localhost:3000' } },
  },
  preview: { port: 4173 },
});
