import { z } from "zod";
import { singleLine } from "@/lib/schemas/text";
import { patchOf } from "@/lib/schemas/patch";

/** The kinds of file an admin can allow as attachments; each covers the detected types of its family. */
export const attachmentTypeGroups = ["images", "pdf", "office", "video", "zip"] as const;
export type AttachmentTypeGroup = (typeof attachmentTypeGroups)[number];
export const attachmentTypeGroupLabels: Record<AttachmentTypeGroup, string> = {
  images: "Images (PNG, JPEG, GIF, WebP)",
  pdf: "PDF",
  office: "Office documents (docx, xlsx, pptx)",
  video: "Video (MP4, MOV, WebM)",
  zip: "ZIP",
};

/** An IANA zone name ("Europe/Berlin", "UTC") that this runtime knows; not an offset or an abbreviation. */
export const timeZoneSchema = singleLine("Choose a time zone")
  .trim()
  .refine((tz) => {
    if (tz !== "UTC" && !/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)+$/.test(tz)) return false;
    try {
      new Intl.DateTimeFormat("en", { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, "Unknown time zone: use an IANA name such as Europe/Berlin or UTC");

const count = (max: number, what: string) =>
  z.coerce.number({ error: `${what} must be a number` }).int(`${what} must be a whole number`).min(1, `${what} must be at least 1`).max(max, `${what} can be at most ${max}`);

/** Every setting with its default; stored rows override one key each. */
export const settingsSchema = z.object({
  lockoutThreshold: count(20, "Wrong passwords before the lock").default(3),
  lockoutMinutes: count(24 * 60, "Lock minutes").default(30),
  ipLoginLimit: count(10_000, "Sign-ins per address").default(20),
  ipLoginWindowMinutes: count(24 * 60, "Window minutes").default(15),
  // Registrations per address in the same window as sign-in failures.
  ipRegistrationLimit: count(10_000, "Registrations per address").default(10),
  registrationEnabled: z.boolean({ error: "Must be true or false" }).default(true),
  timeZone: timeZoneSchema.default("UTC"),
  attachmentMaxMb: z.coerce.number({ error: "Size must be a number" }).min(1, "At least 1 MB").max(500, "At most 500 MB").default(25),
  attachmentTypes: z
    .array(z.enum(attachmentTypeGroups, { error: `Each type must be one of: ${attachmentTypeGroups.join(", ")}` }), { error: "Types must be a list" })
    .min(1, "Allow at least one type of file")
    .transform((list) => attachmentTypeGroups.filter((g) => list.includes(g)))
    .default([...attachmentTypeGroups]),
});
export type Settings = z.infer<typeof settingsSchema>;
/** PATCH /settings: the keys given, and only those. */
export const settingsPatchSchema = patchOf(settingsSchema);
