import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 30000,
    // Vitest keeps a core free by default, which on a 2-core CI machine runs the files one by
    // one; most time here is spent waiting on spawned CLI processes, so use every core.
    maxWorkers: availableParallelism(),
  },
});
