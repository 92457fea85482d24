import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/login";
import { createDepartment } from "@/lib/departments";
import { createProduct } from "@/lib/products";
import { addComment } from "@/lib/tickets/comments";
import { listTickets, updateTicket } from "@/lib/tickets";
import { registerUser } from "@/lib/users/self-service";
import { makeOrg, newTicket } from "./tickets-fixtures";
import { actorOf, makeUser, rejects, uniqueIp } from "./helpers";

// Each of these reached the database and failed there (a 500) before the shared text and date
// schemas: NUL bytes, lone surrogates and years JavaScript has but ISO 8601 text and Postgres lack.
describe("malformed text and dates are field errors, never a database failure", () => {
  it("a NUL byte in the username, signing in and registering anonymously", async () => {
    expect((await rejects(authenticate({ username: "ad\u0000min", password: "whatever-1" }, uniqueIp()), "invalid")).fields?.username).toBeDefined();
    const registration = { username: "nul\u0000user", name: "N\u0000", email: "n@example.com", password: "Str0ng-pass-1", passwordConfirm: "Str0ng-pass-1", departmentId: "00000000-0000-4000-8000-000000000000" };
    const error = await rejects(registerUser(registration, uniqueIp()), "invalid");
    expect(Object.keys(error.fields ?? {})).toEqual(expect.arrayContaining(["username", "name"]));
  });

  it("a lone surrogate or a control character in a ticket, a comment, a department and a product", async () => {
    const org = await makeOrg();
    const admin = actorOf(await makeUser("admin"));
    await rejects(newTicket(org.requester, { title: "Poster \ud800" }), "invalid");
    const ticket = await newTicket(org.requester);
    expect((await rejects(updateTicket(org.requester, ticket.id, { description: "text\u0000more" }), "invalid")).fields?.description).toBeDefined();
    await rejects(addComment(org.requester, ticket.id, { body: "hi \udc00" }), "invalid");
    await rejects(createDepartment(admin, { name: "Ops\u0000" }), "invalid");
    await rejects(createProduct(admin, { name: "Flyer", description: "\u001b[31mred" }), "invalid");
    // Line breaks and tabs stay allowed where text may span lines.
    expect((await updateTicket(org.requester, ticket.id, { description: "line 1\n\tline 2\r\n" })).description).toBe("line 1\n\tline 2");
  });

  it("a date outside the years 1900–9999, as a deadline and as a list filter", async () => {
    const org = await makeOrg();
    for (const deadline of ["+275760-09-13T00:00:00.000Z", "-000001-01-01T00:00:00Z", "1899-12-31T00:00:00Z"]) {
      expect((await rejects(newTicket(org.requester, { deadline }), "invalid")).fields?.deadline, deadline).toBeDefined();
    }
    expect((await rejects(listTickets(org.requester, { createdFrom: "+200000-01-01T00:00:00Z" }), "invalid")).fields?.createdFrom).toBeDefined();
    expect((await rejects(listTickets(org.requester, { q: "a\u0000" }), "invalid")).fields?.q).toBeDefined();
  });
});
