import { AppError } from "@/lib/errors";
import { attachmentTypeLabel } from "./attachment-schemas";

// What an uploaded file is, decided by its bytes; its name is only a claim that must agree.

export type DetectedType = {
  contentType: string;
  label: string;
  /** Which extensions may name it: a docx is also a zip. */
  family: string;
  /** The extension a name gets when it has none of its own. */
  ext: string;
};

const OOXML = {
  docx: { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", dir: "word/" },
  xlsx: { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", dir: "xl/" },
  pptx: { contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation", dir: "ppt/" },
} as const;

const detected = (contentType: string, family: string, ext = family): DetectedType => ({ contentType, label: attachmentTypeLabel(contentType), family, ext });

const ascii = (bytes: Uint8Array, start: number, end: number) => Buffer.from(bytes.subarray(start, end)).toString("latin1");
const startsWith = (bytes: Uint8Array, signature: number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);

/**
 * What a file is, from its bytes (magic numbers): PNG, JPEG, GIF, WEBP, PDF, ZIP (and the Office
 * documents that are zips: docx, xlsx, pptx), MP4/MOV (ISO base media `ftyp`), WEBM/Matroska.
 * Null for anything else — SVG, HTML, scripts and executables included. Given a stream's first and
 * last bytes it decides the same: a zip's entry names sit in its local headers and its central
 * directory at the end.
 */
export function detectType(bytes: Uint8Array): DetectedType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return detected("image/png", "png");
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return detected("image/jpeg", "jpeg", "jpg");
  if (ascii(bytes, 0, 6) === "GIF87a" || ascii(bytes, 0, 6) === "GIF89a") return detected("image/gif", "gif");
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") return detected("image/webp", "webp");
  if (ascii(bytes, 0, 5) === "%PDF-") return detected("application/pdf", "pdf");
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    // Entry names are stored uncompressed, so a byte search finds them without inflating anything;
    // an Office document has [Content_Types].xml and its own folder.
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (buf.includes("[Content_Types].xml", 0, "latin1")) {
      for (const [ext, kind] of Object.entries(OOXML)) {
        if (buf.includes(kind.dir, 0, "latin1")) return detected(kind.contentType, ext);
      }
    }
    return detected("application/zip", "zip");
  }
  if (bytes.length >= 12 && ascii(bytes, 4, 8) === "ftyp") {
    const brand = ascii(bytes, 8, 12);
    if (brand === "qt  ") return detected("video/quicktime", "mp4", "mov");
    if (/^(heic|heix|mif1|msf1|avif)$/.test(brand)) return null;
    return detected("video/mp4", "mp4");
  }
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) {
    const webm = ascii(bytes, 0, 64).includes("webm");
    return webm ? detected("video/webm", "webm") : detected("video/x-matroska", "webm", "mkv");
  }
  return null;
}

/** The families each accepted extension claims; a name with one of these must match its bytes. */
const extensionFamilies: Record<string, string[]> = {
  png: ["png"],
  jpg: ["jpeg"],
  jpeg: ["jpeg"],
  jpe: ["jpeg"],
  jfif: ["jpeg"],
  gif: ["gif"],
  webp: ["webp"],
  pdf: ["pdf"],
  zip: ["zip", "docx", "xlsx", "pptx"],
  docx: ["docx"],
  xlsx: ["xlsx"],
  pptx: ["pptx"],
  mp4: ["mp4"],
  m4v: ["mp4"],
  mov: ["mp4"],
  webm: ["webm"],
  mkv: ["webm"],
};

/**
 * Extensions of types that are never accepted but that a browser or desktop would open as active
 * content: a name ending so claims to be what we refuse, whatever its bytes.
 */
const refusedExtensions = new Set(
  "html htm xhtml shtml svg svgz xml xsl js mjs cjs jsx ts hta exe dll com scr msi msix bat cmd ps1 vbs vbe wsf jar apk sh php jsp asp aspx lnk reg".split(" "),
);

export const acceptedExtensions = Object.keys(extensionFamilies);

export const ALLOWED_TYPES_TEXT = "images (PNG, JPEG, GIF, WebP), PDF, Office documents (docx, xlsx, pptx), video (MP4, MOV, WebM) and ZIP";

export const unsupportedType = () => new AppError("unsupported_type", `This type of file is not accepted. Allowed: ${ALLOWED_TYPES_TEXT}.`);

/** The extension of a name, lower case, if it has one ("archive.tar" → "tar"; ".env" has none). */
export const extensionOf = (name: string) => /[^.]\.([^.]{1,10})$/.exec(name)?.[1]?.toLowerCase();

/**
 * Whether the name's extension agrees with the bytes: 415 when it claims another accepted type
 * (`invoice.pdf` holding a PNG) or a type that is never accepted (`photo.html`). An extension that
 * claims nothing we know (`report.v2`) is not a lie; the name then gets the type's own extension.
 */
export function assertNameMatches(name: string, type: DetectedType): void {
  const ext = extensionOf(name);
  if (!ext) return;
  const claims = extensionFamilies[ext];
  if ((claims && !claims.includes(type.family)) || refusedExtensions.has(ext)) {
    throw new AppError("unsupported_type", `The name says .${ext} but the file's content is a ${type.label}. Rename it or upload the right file.`);
  }
}

/** True when the name already ends in an extension that names this type. */
export const hasExtensionFor = (name: string, type: DetectedType) => {
  const ext = extensionOf(name);
  return !!ext && !!extensionFamilies[ext]?.includes(type.family);
};
