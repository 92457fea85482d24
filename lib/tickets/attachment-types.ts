import { AppError } from "@/lib/errors";
import { attachmentTypeGroupLabels, type AttachmentTypeGroup } from "@/lib/settings/schemas";

/** Which setting's group a detected family belongs to (lib/tickets/attachments.ts detectType). */
const groupOf: Record<string, AttachmentTypeGroup> = {
  png: "images",
  jpeg: "images",
  gif: "images",
  webp: "images",
  pdf: "pdf",
  docx: "office",
  xlsx: "office",
  pptx: "office",
  mp4: "video",
  webm: "video",
  zip: "zip",
};

/** The allowed types as the upload form and the 415 message say them. */
export const allowedTypesText = (allowed: readonly AttachmentTypeGroup[]) => allowed.map((g) => attachmentTypeGroupLabels[g]).join(", ");

/** 415 unless the settings allow the family the bytes were detected as. */
export function assertTypeAllowed(type: { family: string; label: string }, allowed: readonly AttachmentTypeGroup[]) {
  const group = groupOf[type.family];
  if (!group || !allowed.includes(group)) {
    throw new AppError("unsupported_type", `${type.label} files are not accepted here. Allowed: ${allowedTypesText(allowed)}.`);
  }
}
