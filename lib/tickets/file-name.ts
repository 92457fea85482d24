import { assertNameMatches, hasExtensionFor, type DetectedType } from "./file-types";

// An uploaded file's name is a label shown to people and offered again on download: it must not
// carry folders, hidden direction changes or line breaks, and must save as a file on any system.

/** A file name's longest form in UTF-8 bytes: what common file systems store. */
export const NAME_MAX_BYTES = 255;

// C0 and C1 controls, DEL; bidi marks, embeddings, overrides and isolates (U+061C, U+200E/F,
// U+202A–E, U+2066–9); zero-width characters and the BOM; line and paragraph separators.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2028\u2029\u2060-\u2069\ufeff]/g;
// A lone surrogate half is not a character: it cannot be encoded as UTF-8.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// Characters Windows refuses in file names.
const RESERVED = /[<>:"|?*]/g;
// Names Windows keeps for devices, with or without an extension.
const DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;

const utf8Length = (s: string) => Buffer.byteLength(s, "utf8");

/** Cuts `s` to at most `max` UTF-8 bytes without splitting a character. */
function cutToBytes(s: string, max: number): string {
  let out = "";
  for (const ch of s) {
    if (utf8Length(out + ch) > max) break;
    out += ch;
  }
  return out;
}

/**
 * The name without folders (`../`, `C:\`), invisible and control characters (bidi overrides, CR, LF,
 * NUL), characters Windows refuses, runs of spaces, leading or trailing dots and spaces; at most
 * 255 UTF-8 bytes, cut before the extension so the extension stays. "" if nothing is left.
 */
export function cleanFileName(raw: string): string {
  const base = raw.normalize("NFC").split(/[\\/]/).pop() ?? "";
  let name = base
    .replace(LONE_SURROGATE, "")
    .replace(INVISIBLE, "")
    .replace(RESERVED, "_")
    .replace(/\s+/g, " ")
    .replace(/^[\s.]+|[\s.]+$/g, "");
  if (DEVICE.test(name)) name = `_${name}`;
  return truncateKeepingExtension(name, NAME_MAX_BYTES);
}

/** `name` cut to `max` UTF-8 bytes, shortening the part before the last dot so the extension survives. */
export function truncateKeepingExtension(name: string, max: number): string {
  if (utf8Length(name) <= max) return name;
  const dot = name.lastIndexOf(".");
  const ext = dot > 0 && name.length - dot <= 11 ? name.slice(dot) : "";
  const stem = cutToBytes(name.slice(0, name.length - ext.length), max - utf8Length(ext)).replace(/[\s.]+$/, "");
  return stem + ext;
}

/**
 * The name an attachment is stored under: cleaned, refused (415) when its extension lies about the
 * bytes, and ending in the detected type's extension (`scan` → `scan.png`, `report.v2` → `report.v2.pdf`).
 */
export function attachmentName(raw: string, type: DetectedType): string {
  const name = cleanFileName(raw) || "attachment";
  assertNameMatches(name, type);
  if (hasExtensionFor(name, type)) return name;
  return truncateKeepingExtension(`${name}.${type.ext}`, NAME_MAX_BYTES);
}
