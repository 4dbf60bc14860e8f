import { defineConfig } from 'vite';

// Everything the page needs is bundled from npm packages at build time: no CDN, nothing fetched at run time.
export default defineConfig({
  base: '/',
  build: {
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    sourcemap: false,
  },
});
