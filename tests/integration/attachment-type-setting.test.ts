import { describe, expect, it } from "vitest";
import { fileUploadOf } from "@/lib/http/file-upload";
import { updateSettings } from "@/lib/settings";
import { addAttachment, attachmentLimits } from "@/lib/tickets/attachments";
import { actorOf, makeUser, rejects } from "./helpers";
import { makeOrg, newTicket } from "./tickets-fixtures";

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const pdf = new TextEncoder().encode("%PDF-1.7\nhello");

describe("the allowed attachment types are a setting", () => {
  it("with only PDF allowed, a PNG is refused (415) and a PDF is attached; the form says so", async () => {
    const org = await makeOrg();
    const admin = actorOf(await makeUser("admin"));
    const ticket = await newTicket(org.requester);
    await updateSettings(admin, { attachmentTypes: ["pdf"] });
    expect((await rejects(addAttachment(org.requester, ticket.id, fileUploadOf("photo.png", png)), "unsupported_type")).message).toMatch(/Allowed: PDF\./);
    expect((await addAttachment(org.requester, ticket.id, fileUploadOf("brief.pdf", pdf))).contentType).toBe("application/pdf");
    expect((await attachmentLimits(org.requester)).allowed).toBe("PDF");
    await updateSettings(admin, { attachmentTypes: ["images", "pdf"] });
    expect((await addAttachment(org.requester, ticket.id, fileUploadOf("photo.png", png))).contentType).toBe("image/png");
  });

  it("an empty list or an unknown type is a field error", async () => {
    const admin = actorOf(await makeUser("admin"));
    expect((await rejects(updateSettings(admin, { attachmentTypes: [] }), "invalid")).fields?.attachmentTypes).toEqual(["Allow at least one type of file"]);
    expect(Object.keys((await rejects(updateSettings(admin, { attachmentTypes: ["exe"] }), "invalid")).fields ?? {})).toEqual(["attachmentTypes.0"]);
  });
});
