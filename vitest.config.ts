import { defineConfig } from "vitest/config";

// Kept apart from vite.config.ts: the Remix plugin must not run inside vitest.
export default defineConfig({
  test: {
    include: ["{ordinance-model,fair-share,templates,db,app,test}/**/*.test.{ts,tsx}"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
