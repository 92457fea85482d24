import { z } from "zod";
import { getDb, type DbOrTx } from "@/db";
import { settings } from "@/db/schema";
import { logActivity } from "@/lib/activity/log";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { parseInput } from "@/lib/errors";

/** Every setting with its default; stored rows override one key each. */
export const settingsSchema = z.object({
  lockoutThreshold: z.coerce.number().int().min(1).max(20).default(3),
  lockoutMinutes: z.coerce.number().int().min(1).max(24 * 60).default(30),
  ipLoginLimit: z.coerce.number().int().min(1).max(10_000).default(20),
  ipLoginWindowMinutes: z.coerce.number().int().min(1).max(24 * 60).default(15),
  // Registrations per address in the same window as sign-in failures.
  ipRegistrationLimit: z.coerce.number().int().min(1).max(10_000).default(10),
  registrationEnabled: z.boolean().default(true),
  timeZone: z
    .string()
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat("en", { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, "Unknown time zone")
    .default("UTC"),
  attachmentMaxMb: z.coerce.number().min(1).max(500).default(25),
});
export type Settings = z.infer<typeof settingsSchema>;
export const settingsPatchSchema = settingsSchema.partial().strict();

export async function getSettings(tx?: DbOrTx): Promise<Settings> {
  const conn = tx ?? (await getDb());
  const rows = await conn.select({ key: settings.key, value: settings.value }).from(settings);
  const stored = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  // A stored value that no longer parses (renamed, retyped) falls back to its default.
  const merged = settingsSchema.safeParse(stored);
  return merged.success ? merged.data : settingsSchema.parse({});
}

/** The settings as an admin sees them on the settings page and the API. */
export async function readSettings(actor: Actor): Promise<Settings> {
  assertCan(actor, "settings.manage");
  return getSettings();
}

export async function updateSettings(actor: Actor, input: unknown): Promise<Settings> {
  assertCan(actor, "settings.manage");
  const patch = parseInput(settingsPatchSchema, input);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const before = await getSettings(tx);
    for (const [key, value] of Object.entries(patch)) {
      await tx
        .insert(settings)
        .values({ key, value, updatedById: actor.id })
        .onConflictDoUpdate({ target: settings.key, set: { value, updatedById: actor.id, updatedAt: new Date() } });
    }
    const changes = Object.fromEntries(
      Object.entries(patch).map(([k, v]) => [k, { from: before[k as keyof Settings], to: v }]),
    );
    await logActivity(tx, { entityType: "settings", entityId: "settings", actorId: actor.id, action: "settings.updated", changes });
  });
  return getSettings();
}
