import { getDb, type DbOrTx } from "@/db";
import { settings } from "@/db/schema";
import { logActivity } from "@/lib/activity/log";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { parseInput } from "@/lib/errors";
import { settingsPatchSchema, settingsSchema, type Settings } from "./schemas";

export { settingsPatchSchema, settingsSchema, type Settings } from "./schemas";

const keys = Object.keys(settingsSchema.shape) as (keyof Settings)[];
const defaults = settingsSchema.parse({});

export async function getSettings(tx?: DbOrTx): Promise<Settings> {
  const conn = tx ?? (await getDb());
  const rows = await conn.select({ key: settings.key, value: settings.value }).from(settings);
  const stored = new Map(rows.map((r) => [r.key, r.value]));
  // Key by key: a stored value that no longer parses (renamed, retyped) falls back to its own default only.
  return Object.fromEntries(
    keys.map((key) => {
      const parsed = settingsSchema.shape[key].safeParse(stored.get(key));
      return [key, parsed.success ? parsed.data : defaults[key]];
    }),
  ) as Settings;
}

/** The settings as an admin sees them on the settings page and the API. */
export async function readSettings(actor: Actor): Promise<Settings> {
  assertCan(actor, "settings.manage");
  return getSettings();
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Changes the keys given, and only those; the history entry names the ones whose value changed. */
export async function updateSettings(actor: Actor, input: unknown): Promise<Settings> {
  assertCan(actor, "settings.manage");
  const patch = parseInput(settingsPatchSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const before = await getSettings(tx);
    const changed = (Object.entries(patch) as [keyof Settings, unknown][]).filter(([key, value]) => value !== undefined && !same(before[key], value));
    if (!changed.length) return before;
    for (const [key, value] of changed) {
      await tx
        .insert(settings)
        .values({ key, value, updatedById: actor.id })
        .onConflictDoUpdate({ target: settings.key, set: { value, updatedById: actor.id, updatedAt: new Date() } });
    }
    const changes = Object.fromEntries(changed.map(([key, to]) => [key, { from: before[key], to }]));
    await logActivity(tx, { entityType: "settings", entityId: "settings", actorId: actor.id, action: "settings.updated", changes });
    return getSettings(tx);
  });
}
