import { defineConfig } from 'vite';

/**
 * The dashboard is built into `dashboard/dist`, which `newsgraph serve` serves beside the API.
 * `npm run dev:dashboard` proxies `/api` to a server started with `newsgraph serve --port 8787`.
 */
export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The map's world geometry and ECharts are lazy chunks well over Vite's default warning size.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      // ECharts in a chunk of its own, named for what it is, shared by the chart pages.
      output: {
        codeSplitting: { groups: [{ name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/ }] },
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8787' } },
});
