import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { attachmentName, cleanFileName, NAME_MAX_BYTES, truncateKeepingExtension } from "./file-name";
import { detectType, type DetectedType } from "./file-types";

const type = (bytes: string | number[]) => detectType(new Uint8Array(typeof bytes === "string" ? Buffer.from(bytes, "latin1") : bytes)) as DetectedType;
const png = type([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const pdf = type("%PDF-1.7\n");
const jpeg = type([0xff, 0xd8, 0xff, 0xe0]);
const utf8 = (s: string) => Buffer.byteLength(s, "utf8");

describe("cleanFileName", () => {
  it("drops folders of either kind of slash", () => {
    expect(cleanFileName("../../etc/passwd.png")).toBe("passwd.png");
    expect(cleanFileName("C:\\Users\\ada\\Desktop\\plan.pdf")).toBe("plan.pdf");
    expect(cleanFileName("..")).toBe("");
  });

  it("removes bidi overrides, isolates and marks, so a name reads as it is", () => {
    // Shown as "invoicefdp.exe"-looking text otherwise: U+202E reverses what follows.
    expect(cleanFileName("invoice\u202Egnp.exe")).toBe("invoicegnp.exe");
    expect(cleanFileName("a\u2066b\u2067c\u2068d\u2069e\u200Ef\u200Fg\u061Ch\u202Ai\u202Bj\u202Ck\u202Dl.pdf")).toBe("abcdefghijkl.pdf");
  });

  it("removes control characters, CR and LF, zero-width characters, NUL and lone surrogates", () => {
    expect(cleanFileName("report\r\nSet-Cookie: x.pdf")).toBe("reportSet-Cookie_ x.pdf");
    expect(cleanFileName("a\u0000b\u0007c\u001bd\u007fe\u0085f\u200Bg\uFEFFh\u2028i.png")).toBe("abcdefghi.png");
    expect(cleanFileName("bad\uD800half.png")).toBe("badhalf.png");
    // A whole character outside the BMP stays.
    expect(cleanFileName("poster 🎨.png")).toBe("poster 🎨.png");
  });

  it("no leading or trailing dots and spaces, one space at a time, Windows' reserved characters and device names made safe", () => {
    expect(cleanFileName("  photo.png. . ")).toBe("photo.png");
    expect(cleanFileName("photo.png...")).toBe("photo.png");
    expect(cleanFileName(".hidden.pdf")).toBe("hidden.pdf");
    expect(cleanFileName("a  \t b.pdf")).toBe("a b.pdf");
    expect(cleanFileName('what?<is>*"this"|.pdf')).toBe("what__is___this__.pdf");
    expect(cleanFileName("CON.pdf")).toBe("_CON.pdf");
    expect(cleanFileName("lpt1")).toBe("_lpt1");
    expect(cleanFileName("console.pdf")).toBe("console.pdf");
  });

  it("keeps the same text in one Unicode form (NFC)", () => {
    expect(cleanFileName("Gro\u0308sse.pdf")).toBe("Grösse.pdf");
  });

  it("cuts a long name to 255 UTF-8 bytes before its extension, never inside a character", () => {
    const long = cleanFileName(`${"a".repeat(400)}.pdf`);
    expect(long).toBe(`${"a".repeat(NAME_MAX_BYTES - 4)}.pdf`);
    const wide = cleanFileName(`${"ü".repeat(300)}.docx`);
    expect(wide.endsWith("ü.docx")).toBe(true);
    expect(utf8(wide)).toBeLessThanOrEqual(NAME_MAX_BYTES);
    expect(utf8(wide)).toBeGreaterThan(NAME_MAX_BYTES - 2);
    const emoji = cleanFileName(`${"🎨".repeat(100)}.png`);
    expect(emoji).toMatch(/^(🎨)+\.png$/u);
    expect(utf8(emoji)).toBeLessThanOrEqual(NAME_MAX_BYTES);
    // No extension to keep: cut at the end.
    expect(cleanFileName("b".repeat(300))).toBe("b".repeat(NAME_MAX_BYTES));
    expect(truncateKeepingExtension("name.pdf", 255)).toBe("name.pdf");
  });
});

describe("attachmentName", () => {
  it("gives a name without an extension, or with one that claims nothing, the detected type's", () => {
    expect(attachmentName("scan", png)).toBe("scan.png");
    expect(attachmentName("report.v2", pdf)).toBe("report.v2.pdf");
    expect(attachmentName("photo.jpeg", jpeg)).toBe("photo.jpeg");
    expect(attachmentName("photo.JPG", jpeg)).toBe("photo.JPG");
    expect(attachmentName("", pdf)).toBe("attachment.pdf");
    expect(attachmentName("../..", pdf)).toBe("attachment.pdf");
    expect(attachmentName("photo.png.", png)).toBe("photo.png");
  });

  it("refuses a name whose extension names another type or active content (415)", () => {
    for (const name of ["invoice.pdf", "photo.html", "logo.svg", "setup.exe", "run.bat", "page.HTM", "invoice\u202Egnp.exe"]) {
      expect(() => attachmentName(name, png), name).toThrow(AppError);
    }
    try {
      attachmentName("invoice.pdf", png);
    } catch (error) {
      expect(error).toMatchObject({ code: "unsupported_type", message: "The name says .pdf but the file's content is a PNG image. Rename it or upload the right file." });
    }
  });

  it("keeps the extension when the added one makes the name too long", () => {
    const name = attachmentName("c".repeat(300), pdf);
    expect(name).toBe(`${"c".repeat(NAME_MAX_BYTES - 4)}.pdf`);
  });
});

describe("detectType", () => {
  it("reads magic numbers only and names each type's extension", () => {
    expect(png).toMatchObject({ contentType: "image/png", ext: "png" });
    expect(jpeg).toMatchObject({ contentType: "image/jpeg", ext: "jpg" });
    expect(type("GIF89a")).toMatchObject({ contentType: "image/gif", ext: "gif" });
    expect(type("%PDX-")).toBeNull();
    expect(type("<svg xmlns='http://www.w3.org/2000/svg'/>")).toBeNull();
    expect(type("MZ\x90\x00")).toBeNull();
    expect(detectType(new Uint8Array())).toBeNull();
  });

  it("tells an Office document from a zip by names in the zip's first or last bytes", () => {
    expect(type("PK\x03\x04....[Content_Types].xml....word/document.xml")?.ext).toBe("docx");
    // As metering joins them: the head, then the tail with the central directory.
    expect(type("PK\x03\x04" + "x".repeat(100) + "[Content_Types].xml" + "xl/workbook.xml")?.ext).toBe("xlsx");
    expect(type("PK\x03\x04logo.png")?.ext).toBe("zip");
  });
});
