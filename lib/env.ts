import { z } from "zod";

// Every environment variable the app reads, validated once. .env.example lists the same names.
const booleanFlag = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => v === "true" || v === "1");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), "must start with postgres:// or postgresql://"),
  DATA_DIR: z.string().min(1).default(".data"),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (generate one with: openssl rand -base64 32)").optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // The public address: links in messages, next-auth's redirects, HSTS when https. Default below.
  APP_URL: z.url("must be a full URL such as https://crewdesk.example.com").optional(),
  ADMIN_USERNAME: z.string().min(3).max(40).optional(),
  ADMIN_PASSWORD: z.string().min(8).optional(),
  TRUST_PROXY: booleanFlag,
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  INNGEST_EVENT_KEY: z.string().optional(),
  INNGEST_SIGNING_KEY: z.string().optional(),
  // 1, or the dev server's URL (the SDK reads it itself); on unless empty, 0 or false.
  INNGEST_DEV: z
    .string()
    .optional()
    .transform((v) => !!v && !["0", "false"].includes(v)),
  ALLOW_INNGEST_DEV_IN_PRODUCTION: booleanFlag,
  RESEND_API_KEY: z.string().optional(),
  RESEND_BASE_URL: z.url().optional(),
  EMAIL_FROM: z.string().optional(),
  TELEGRAM_BOT_TOKEN: z.string().optional(),
  TELEGRAM_API_ROOT: z.url().optional(),
  TELEGRAM_GROUP_CHAT_ID: z.string().optional(),
});

export type Env = z.infer<typeof envSchema> & { APP_URL: string };

let cached: Env | undefined;

/** Parses process.env; throws one readable message naming every bad variable. */
export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}\nSee .env.example.`);
  }
  const data = parsed.data;
  if (data.ADMIN_USERNAME && !data.ADMIN_PASSWORD) {
    throw new Error("Invalid environment configuration:\n  ADMIN_PASSWORD: required when ADMIN_USERNAME is set");
  }
  // Inngest's dev mode skips request signing: anyone could run any background function at /api/inngest.
  if (data.INNGEST_DEV && data.NODE_ENV === "production" && !data.ALLOW_INNGEST_DEV_IN_PRODUCTION) {
    throw new Error(
      "Invalid environment configuration:\n  INNGEST_DEV: must not be set in production — it lets anyone run background functions at /api/inngest.\n" +
        "  Unset it and give INNGEST_SIGNING_KEY (and INNGEST_EVENT_KEY). To run production against a local dev server anyway, also set ALLOW_INNGEST_DEV_IN_PRODUCTION=1.",
    );
  }
  cached = { ...data, APP_URL: data.APP_URL ?? `http://localhost:${data.PORT}` };
  return cached;
}

/** Tests change DATABASE_URL between files; they call this to re-read. */
export function resetEnvCache() {
  cached = undefined;
}
