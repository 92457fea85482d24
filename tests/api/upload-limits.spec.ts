import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { apiCall, apiLogin, createDepartment, createUser } from "../support/api";
import { BASE_URL } from "../support/env";
import { peakRssGrowthMb, rawUpload } from "../support/uploads";

// Uploads are never held in memory whole: refused before the body is read when they can be, and
// streamed to disk with a counter that stops them at the limit (default 25 MB) when they cannot.

const MB = 1024 * 1024;
const PDF_HEAD = Buffer.from("%PDF-1.7\n% a large test file\n");
/** What the server may grow by during one of these attempts; reading a 200 MB body whole cost ~720 MB. */
const FLAT_MB = 100;

async function requesterWithTicket() {
  const department = await createDepartment();
  const user = await createUser("member", { departmentId: department.id });
  const token = await apiLogin(user.username, user.password);
  const ticket = await apiCall<{ id: string }>("POST", "/tickets", token, { title: "Large files", description: "Uploads", priority: "low" });
  expect(ticket.status, JSON.stringify(ticket.body)).toBe(201);
  return { token, ticketId: ticket.body.id };
}

test.describe("upload size and memory", () => {
  test.describe.configure({ timeout: 180_000 });

  test("a 200 MB upload with Content-Length is refused at once (413 too_large); the server's memory stays flat", async () => {
    const { token, ticketId } = await requesterWithTicket();
    const { result, growthMb } = await peakRssGrowthMb(() => rawUpload({ ticketId, token, head: PDF_HEAD, fileBytes: 200 * MB }));
    expect(result.status).toBe(413);
    expect(result.body.error).toEqual({ code: "too_large", message: "The file is larger than the limit of 25 MB." });
    // Answered from the header: the body had hardly begun.
    expect(result.sentBytes).toBeLessThan(50 * MB);
    expect(growthMb).toBeLessThan(FLAT_MB);
  });

  test("a client that sends its whole 200 MB body before reading the answer (fetch) gets the 413; memory stays flat", async () => {
    const { token, ticketId } = await requesterWithTicket();
    const form = new FormData();
    form.append("file", new Blob([PDF_HEAD, new Uint8Array(200 * MB)]), "big.pdf");
    const { result, growthMb } = await peakRssGrowthMb(async () => {
      const res = await fetch(`${BASE_URL}/api/v1/tickets/${ticketId}/attachments`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form });
      return { status: res.status, body: await res.json() };
    });
    expect(result.status).toBe(413);
    expect(result.body.error.code).toBe("too_large");
    expect(growthMb).toBeLessThan(FLAT_MB);
    // The connection is still good for the next request.
    expect((await apiCall("GET", `/tickets/${ticketId}/attachments`, token)).status).toBe(200);
  });

  test("a 200 MB chunked upload without Content-Length stops at the limit (413); memory stays flat and nothing is kept", async () => {
    const { token, ticketId } = await requesterWithTicket();
    const { result, growthMb } = await peakRssGrowthMb(() => rawUpload({ ticketId, token, head: PDF_HEAD, fileBytes: 200 * MB, chunked: true }));
    expect(result.status).toBe(413);
    expect(result.body.error?.code).toBe("too_large");
    expect(result.sentBytes).toBeGreaterThan(25 * MB);
    expect(result.sentBytes).toBeLessThan(100 * MB);
    expect(growthMb).toBeLessThan(FLAT_MB);
    const list = await apiCall<{ total: number }>("GET", `/tickets/${ticketId}/attachments`, token);
    expect(list.body.total).toBe(0);
  });

  test("four parallel 150 MB chunked uploads from four people: each stops at the limit, memory stays flat", async () => {
    const people = await Promise.all([0, 1, 2, 3].map(() => requesterWithTicket()));
    const { result, growthMb } = await peakRssGrowthMb(() =>
      Promise.all(people.map(({ token, ticketId }) => rawUpload({ ticketId, token, head: PDF_HEAD, fileBytes: 150 * MB, chunked: true }))),
    );
    expect(result.map((r) => r.status)).toEqual([413, 413, 413, 413]);
    expect(growthMb).toBeLessThan(FLAT_MB);
  });

  test("a file at the limit streams through whole and comes back byte for byte", async () => {
    const { token, ticketId } = await requesterWithTicket();
    const { result, growthMb } = await peakRssGrowthMb(() => rawUpload({ ticketId, token, head: PDF_HEAD, fileBytes: 25 * MB, chunked: true }));
    expect(result.status, JSON.stringify(result.body)).toBe(201);
    expect(result.body).toMatchObject({ size: 25 * MB, contentType: "application/pdf", originalName: "big.pdf" });
    expect(growthMb).toBeLessThan(FLAT_MB);
    const back = await fetch(`${BASE_URL}/api/v1/attachments/${result.body.id}`, { headers: { authorization: `Bearer ${token}` } });
    expect(back.status).toBe(200);
    const bytes = Buffer.from(await back.arrayBuffer());
    expect(bytes.subarray(0, PDF_HEAD.length).equals(PDF_HEAD)).toBe(true);
    expect(bytes.length).toBe(25 * MB);
    expect(bytes.subarray(PDF_HEAD.length).every((b) => b === 0x20)).toBe(true);
  });

  test("an unknown or invisible ticket is 404 before the body is read: the answer comes while the client is still sending", async () => {
    const { token, ticketId } = await requesterWithTicket();
    const outsider = await requesterWithTicket();
    const never = new Promise<void>(() => undefined);
    for (const [who, id] of [
      [token, randomUUID()],
      [outsider.token, ticketId],
    ] as const) {
      // 200 MB announced, 64 KB sent, and then the client waits: only an answer that needs no body can come.
      const answer = await rawUpload({ ticketId: id, token: who, head: PDF_HEAD, fileBytes: 200 * MB, pauseAfter: 64 * 1024, resume: never });
      expect(answer.status).toBe(404);
      expect(answer.body.error?.code).toBe("not_found");
      expect(answer.sentBytes).toBeLessThan(MB);
    }
  });

  test("three uploads of one person at a time: a fourth is 429 until one has finished", async () => {
    const { token, ticketId } = await requesterWithTicket();
    let resume!: () => void;
    const go = new Promise<void>((resolve) => (resume = resolve));
    const held = [0, 1, 2].map(() => rawUpload({ ticketId, token, head: PDF_HEAD, fileBytes: 2 * MB, chunked: true, pauseAfter: 256 * 1024, resume: go }));
    // The three are in the server's hands once their first bytes have arrived; poll instead of sleeping a guess.
    let fourth = await rawUpload({ ticketId, token, head: PDF_HEAD, fileBytes: 1024 });
    for (let i = 0; i < 50 && fourth.status !== 429; i++) {
      expect(fourth.status).toBe(201);
      await apiCall("DELETE", `/attachments/${fourth.body.id}`, token);
      await new Promise((r) => setTimeout(r, 100));
      fourth = await rawUpload({ ticketId, token, head: PDF_HEAD, fileBytes: 1024 });
    }
    expect(fourth.status).toBe(429);
    expect(fourth.body.error).toEqual({ code: "rate_limited", message: "You already have 3 uploads in progress. Wait for one to finish, then try again." });
    resume();
    expect((await Promise.all(held)).map((r) => r.status)).toEqual([201, 201, 201]);
    expect((await rawUpload({ ticketId, token, head: PDF_HEAD, fileBytes: 1024 })).status).toBe(201);
  });
});
