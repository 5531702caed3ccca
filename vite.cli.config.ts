import { defineConfig } from "vite";

// The CLI as one ES module for Node (packages stay external): it starts in a third of the time tsx needs to load the
// TypeScript sources module by module. bin/modelwerk.js falls back to the sources when this build is missing or stale.
export default defineConfig({
  build: {
    ssr: "app/cli/entry.ts",
    outDir: "build/cli",
    target: "node20",
    emptyOutDir: true,
    copyPublicDir: false,
    rollupOptions: { output: { entryFileNames: "modelwerk.mjs", chunkFileNames: "chunks/[name]-[hash].mjs" } },
  },
  logLevel: "warn",
});
