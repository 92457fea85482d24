import { afterEach, describe, expect, it, vi } from "vitest";
import { env, resetEnvCache } from "./env";

const withEnv = (vars: Record<string, string | undefined>) => {
  for (const [k, v] of Object.entries(vars)) vi.stubEnv(k, v);
  resetEnvCache();
  return () => env();
};

afterEach(() => {
  vi.unstubAllEnvs();
  resetEnvCache();
});

describe("INNGEST_DEV", () => {
  it("stops a production start with a message saying why and what to do", () => {
    for (const value of ["1", "true", "http://127.0.0.1:8288"]) {
      expect(withEnv({ NODE_ENV: "production", INNGEST_DEV: value, ALLOW_INNGEST_DEV_IN_PRODUCTION: undefined })).toThrow(
        /INNGEST_DEV: must not be set in production — it lets anyone run background functions at \/api\/inngest[\s\S]*INNGEST_SIGNING_KEY[\s\S]*ALLOW_INNGEST_DEV_IN_PRODUCTION=1/,
      );
    }
  });

  it("is allowed in production only with the explicit override, and anywhere in development", () => {
    expect(withEnv({ NODE_ENV: "production", INNGEST_DEV: "1", ALLOW_INNGEST_DEV_IN_PRODUCTION: "1" })().INNGEST_DEV).toBe(true);
    expect(withEnv({ NODE_ENV: "development", INNGEST_DEV: "1", ALLOW_INNGEST_DEV_IN_PRODUCTION: undefined })().INNGEST_DEV).toBe(true);
    expect(withEnv({ NODE_ENV: "production", INNGEST_DEV: "0", ALLOW_INNGEST_DEV_IN_PRODUCTION: undefined })().INNGEST_DEV).toBe(false);
    expect(withEnv({ NODE_ENV: "production", INNGEST_DEV: "", ALLOW_INNGEST_DEV_IN_PRODUCTION: undefined })().INNGEST_DEV).toBe(false);
  });
});

describe("APP_URL", () => {
  it("defaults to localhost on PORT, and must be a full URL when given", () => {
    expect(withEnv({ APP_URL: undefined, PORT: "4321" })().APP_URL).toBe("http://localhost:4321");
    expect(withEnv({ APP_URL: undefined, PORT: undefined })().APP_URL).toBe("http://localhost:3000");
    expect(withEnv({ APP_URL: "https://crewdesk.example.com", PORT: "4321" })().APP_URL).toBe("https://crewdesk.example.com");
    expect(withEnv({ APP_URL: "crewdesk.example.com" })).toThrow(/APP_URL: must be a full URL/);
  });
});
