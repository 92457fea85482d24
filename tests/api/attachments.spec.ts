import { expect, test } from "@playwright/test";
import { BASE_URL } from "../support/env";
import { apiCall, apiLogin, createDepartment, createUser, type ApiError } from "../support/api";

type Page<T> = { items: T[]; total: number };
type Attachment = { id: string; ticketId: string; uploaderId: string; originalName: string; contentType: string; size: number; createdAt: string };
type Ticket = { id: string };

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(24, 7)]);
const PDF = Buffer.from("%PDF-1.7\n% a tiny test file\n");

/** POST …/attachments as multipart/form-data with one `file` field. */
async function upload(ticketId: string, token: string, name: string, bytes: Buffer, type = "application/octet-stream") {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(bytes)], { type }), name);
  const res = await fetch(`${BASE_URL}/api/v1/tickets/${ticketId}/attachments`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form });
  return { status: res.status, body: (await res.json()) as Attachment & ApiError };
}

const download = (id: string, token: string) => fetch(`${BASE_URL}/api/v1/attachments/${id}`, { headers: { authorization: `Bearer ${token}` } });

async function people() {
  const marketing = await createDepartment();
  const requester = await createUser("member", { departmentId: marketing.id });
  const outsider = await createUser("member", { departmentId: marketing.id });
  const manager = await createUser("manager", { departmentId: marketing.id });
  const tokens = {
    requester: await apiLogin(requester.username, requester.password),
    outsider: await apiLogin(outsider.username, outsider.password),
    manager: await apiLogin(manager.username, manager.password),
  };
  const ticket = await apiCall<Ticket>("POST", "/tickets", tokens.requester, { title: "Poster with files", description: "See attached", priority: "medium" });
  expect(ticket.status, JSON.stringify(ticket.body)).toBe(201);
  return { requester, tokens, ticket: ticket.body };
}

test.describe("ticket attachments API", () => {
  test("upload via multipart, list, download with safe headers; an outsider gets 404", async () => {
    const { requester, tokens, ticket } = await people();

    // The client's claimed type is ignored: the bytes decide.
    const image = await upload(ticket.id, tokens.requester, "Plakat größe 1.png", PNG, "text/html");
    expect(image.status, JSON.stringify(image.body)).toBe(201);
    expect(image.body).toMatchObject({ ticketId: ticket.id, uploaderId: requester.id, originalName: "Plakat größe 1.png", contentType: "image/png", size: PNG.length });
    expect(image.body).not.toHaveProperty("storageKey");
    const pdf = await upload(ticket.id, tokens.requester, "brief.pdf", PDF);
    expect(pdf.status).toBe(201);
    expect(pdf.body.contentType).toBe("application/pdf");

    const list = await apiCall<Page<Attachment>>("GET", `/tickets/${ticket.id}/attachments`, tokens.requester);
    expect(list.status).toBe(200);
    expect(list.body.items.map((a) => a.originalName)).toEqual(["Plakat größe 1.png", "brief.pdf"]);

    const img = await download(image.body.id, tokens.requester);
    expect(img.status).toBe(200);
    expect(img.headers.get("content-type")).toBe("image/png");
    expect(img.headers.get("x-content-type-options")).toBe("nosniff");
    expect(img.headers.get("content-disposition")).toBe(`inline; filename="Plakat gr__e 1.png"; filename*=UTF-8''Plakat%20gr%C3%B6%C3%9Fe%201.png`);
    expect(Buffer.from(await img.arrayBuffer()).equals(PNG)).toBe(true);

    const doc = await download(pdf.body.id, tokens.manager);
    expect(doc.status).toBe(200);
    expect(doc.headers.get("content-type")).toBe("application/pdf");
    expect(doc.headers.get("content-disposition")).toMatch(/^attachment; filename="brief\.pdf"; filename\*=UTF-8''brief\.pdf$/);
    expect(doc.headers.get("x-content-type-options")).toBe("nosniff");

    // Someone who cannot see the ticket learns nothing.
    expect((await download(image.body.id, tokens.outsider)).status).toBe(404);
    expect((await apiCall("GET", `/tickets/${ticket.id}/attachments`, tokens.outsider)).status).toBe(404);
    expect((await upload(ticket.id, tokens.outsider, "x.png", PNG)).status).toBe(404);
    expect((await apiCall("DELETE", `/attachments/${image.body.id}`, tokens.outsider)).status).toBe(404);
    expect((await fetch(`${BASE_URL}/api/v1/attachments/${image.body.id}`)).status).toBe(401);
  });

  test("a name that lies about the bytes and an unknown type are 415; no file field is 400; delete by the uploader is 204", async () => {
    const { tokens, ticket } = await people();
    const lying = await upload(ticket.id, tokens.requester, "invoice.pdf", PNG);
    expect(lying.status).toBe(415);
    expect(lying.body.error.code).toBe("unsupported_type");
    const html = await upload(ticket.id, tokens.requester, "page.html", Buffer.from("<html><script>alert(1)</script></html>"));
    expect(html.status).toBe(415);

    const noFile = await fetch(`${BASE_URL}/api/v1/tickets/${ticket.id}/attachments`, { method: "POST", headers: { authorization: `Bearer ${tokens.requester}` }, body: new FormData() });
    expect(noFile.status).toBe(400);
    const json = await apiCall<ApiError>("POST", `/tickets/${ticket.id}/attachments`, tokens.requester, { file: "x" });
    expect(json.status).toBe(415);

    const ok = await upload(ticket.id, tokens.requester, "photo.png", PNG);
    expect(ok.status).toBe(201);
    expect((await apiCall("DELETE", `/attachments/${ok.body.id}`, tokens.requester)).status).toBe(204);
    expect((await download(ok.body.id, tokens.requester)).status).toBe(404);
  });

  test("a file larger than the proxy's 10 MB request buffer arrives whole", async () => {
    const { tokens, ticket } = await people();
    const big = Buffer.concat([PDF, Buffer.alloc(11 * 1024 * 1024, 0x20)]);
    const res = await upload(ticket.id, tokens.requester, "print-ready.pdf", big);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.size).toBe(big.length);
    const back = await download(res.body.id, tokens.requester);
    expect(Buffer.from(await back.arrayBuffer()).equals(big)).toBe(true);
  });
});
