import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.tsx", "tests/integration/**/*.test.ts"],
    environment: "node",
    // One template (PostgreSQL) or one temp root (PGlite) per run; one fresh database per test file.
    globalSetup: ["tests/setup/vitest-global.ts"],
    setupFiles: ["tests/setup/vitest-file.ts"],
    // argon2 hashing and migrations on a cold PGlite take a few seconds on a busy 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
