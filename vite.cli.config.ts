import { defineConfig } from "vite";

// The CLI as ES modules for Node, its packages bundled in: resolving and reading some 400 package files one by one was
// a fifth of a short command's start-up. Packages with a native part stay external (Node loads their .node file).
// bin/modelwerk.js falls back to the TypeScript sources when this build is missing or stale.
export default defineConfig({
  ssr: { noExternal: true, external: ["better-sqlite3", "@resvg/resvg-js"] },
  build: {
    ssr: "app/cli/entry.ts",
    outDir: "build/cli",
    target: "node20",
    emptyOutDir: true,
    copyPublicDir: false,
    rollupOptions: {
      output: { entryFileNames: "modelwerk.mjs", chunkFileNames: "chunks/[name]-[hash].mjs" },
      // zod's sources carry comments Rollup cannot place; it drops them, which changes nothing.
      onwarn: (warning, warn) => (warning.code === "INVALID_ANNOTATION" ? undefined : warn(warning)),
    },
  },
  logLevel: "warn",
});
