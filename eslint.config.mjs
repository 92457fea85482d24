import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Callers (pages, actions, route handlers, background functions) talk to lib/<domain>/ only;
// the database is reached through the domain, so every rule is checked in one place.
const noDatabaseInCallers = {
  files: ["app/**/*.{ts,tsx}", "inngest/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/telegram/**/*.{ts,tsx}"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          { group: ["@/db", "@/db/*", "**/db", "**/db/*"], message: "Call a lib/<domain>/ function instead of the database." },
          { group: ["drizzle-orm", "drizzle-orm/*"], message: "Call a lib/<domain>/ function instead of the database." },
        ],
      },
    ],
  },
};

const config = [
  ...nextVitals,
  ...nextTs,
  noDatabaseInCallers,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  { ignores: [".next/**", ".next-*/**", "node_modules/**", ".data/**", "public/**", "db/migrations/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
];

export default config;
