import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createDepartment, deleteDepartment, getDepartment, listDepartments, updateDepartment } from "@/lib/departments";
import { createProduct, deleteProduct, listProducts, updateProduct } from "@/lib/products";
import { getDb } from "@/db";
import { products } from "@/db/schema";
import { getTicket, trashTicket } from "@/lib/tickets";
import { listManagerCandidates } from "@/lib/users/queries";
import { newTicket } from "./tickets-fixtures";
import { actorOf, makeUser, rejects, unique } from "./helpers";

describe("departments", () => {
  it("an admin creates, renames and deletes an empty department", async () => {
    const admin = actorOf(await makeUser("admin"));
    const manager = await makeUser("manager");
    const name = unique("Design ");
    const created = await createDepartment(admin, { name, managerId: manager.id, isCreative: true });
    expect(created).toMatchObject({ name, managerId: manager.id, managerName: manager.name, isCreative: true, memberCount: 0 });
    expect((await listDepartments()).map((d) => d.id)).toContain(created.id);

    const renamed = await updateDepartment(admin, created.id, { name: name + " Studio", managerId: null });
    expect(renamed).toMatchObject({ name: name + " Studio", managerId: null });
    await deleteDepartment(admin, created.id);
    await rejects(getDepartment(admin, created.id), "not_found");
  });

  it("every active admin and manager can be picked as a department's manager, however many there are", async () => {
    const admin = actorOf(await makeUser("admin"));
    const managers = await Promise.all(Array.from({ length: 105 }, () => makeUser("manager")));
    const inactive = await makeUser("manager", null, { isActive: false });
    const member = await makeUser("member");
    const ids = (await listManagerCandidates(admin)).map((u) => u.id);
    expect(ids).toEqual(expect.arrayContaining([admin.id, ...managers.map((m) => m.id)]));
    expect(ids).not.toContain(inactive.id);
    expect(ids).not.toContain(member.id);
    await rejects(listManagerCandidates(actorOf(managers[0])), "forbidden");
  });

  it("a duplicate name, in another case, is a field error", async () => {
    const admin = actorOf(await makeUser("admin"));
    const name = unique("Ops ");
    await createDepartment(admin, { name });
    expect((await rejects(createDepartment(admin, { name: name.toUpperCase() }), "conflict")).fields?.name).toBeDefined();
    const other = await createDepartment(admin, { name: unique("Other ") });
    expect((await rejects(updateDepartment(admin, other.id, { name }), "conflict")).fields?.name).toBeDefined();
  });

  it("refuses a blank name and an unknown manager as field errors", async () => {
    const admin = actorOf(await makeUser("admin"));
    expect((await rejects(createDepartment(admin, { name: "  " }), "invalid")).fields?.name).toBeDefined();
    expect((await rejects(createDepartment(admin, { name: unique("X "), managerId: "00000000-0000-4000-8000-000000000000" }), "invalid")).fields?.managerId).toBeDefined();
  });

  it("a department with members cannot be deleted (409)", async () => {
    const admin = actorOf(await makeUser("admin"));
    const dept = await createDepartment(admin, { name: unique("Busy ") });
    await makeUser("member", dept.id);
    expect((await rejects(deleteDepartment(admin, dept.id), "conflict")).message).toMatch(/1 member/);
  });

  it("only admins manage departments; everyone reads them", async () => {
    const admin = actorOf(await makeUser("admin"));
    const dept = await createDepartment(admin, { name: unique("Read ") });
    for (const role of ["manager", "member", "sales_agent", "technician"] as const) {
      const actor = actorOf(await makeUser(role));
      await rejects(createDepartment(actor, { name: unique("No ") }), "forbidden");
      await rejects(updateDepartment(actor, dept.id, { name: unique("No ") }), "forbidden");
      await rejects(deleteDepartment(actor, dept.id), "forbidden");
      await expect(getDepartment(actor, dept.id)).resolves.toMatchObject({ id: dept.id });
    }
  });

  it("an unknown or malformed id is 404", async () => {
    const admin = actorOf(await makeUser("admin"));
    await rejects(getDepartment(admin, "not-a-uuid"), "not_found");
    await rejects(updateDepartment(admin, "00000000-0000-4000-8000-000000000000", { name: "X" }), "not_found");
  });
});

describe("products", () => {
  it("an admin creates, retires and deletes a product; the active list hides retired ones", async () => {
    const admin = actorOf(await makeUser("admin"));
    const product = await createProduct(admin, { name: unique("Poster ") });
    expect(product).toMatchObject({ isActive: true, description: "" });
    await updateProduct(admin, product.id, { isActive: false });
    expect((await listProducts(admin, { activeOnly: true })).map((p) => p.id)).not.toContain(product.id);
    expect((await listProducts(admin)).map((p) => p.id)).toContain(product.id);
    await deleteProduct(admin, product.id);
    expect((await listProducts(admin)).map((p) => p.id)).not.toContain(product.id);
  });

  it("a duplicate name, in another case, is a field error", async () => {
    const admin = actorOf(await makeUser("admin"));
    const name = unique("Banner ");
    await createProduct(admin, { name });
    expect((await rejects(createProduct(admin, { name: name.toLowerCase() }), "conflict")).fields?.name).toBeDefined();
  });

  it("only admins manage products; everyone reads them", async () => {
    const admin = actorOf(await makeUser("admin"));
    const product = await createProduct(admin, { name: unique("Flyer ") });
    const manager = actorOf(await makeUser("manager"));
    await rejects(createProduct(manager, { name: unique("No ") }), "forbidden");
    await rejects(updateProduct(manager, product.id, { name: "No" }), "forbidden");
    await rejects(deleteProduct(manager, product.id), "forbidden");
    expect((await listProducts(actorOf(await makeUser("technician")))).map((p) => p.id)).toContain(product.id);
  });

  it("a product used by tickets, even trashed ones, is refused (409) and stays on its tickets", async () => {
    const admin = actorOf(await makeUser("admin"));
    const product = await createProduct(admin, { name: unique("Leaflet ") });
    const kept = await newTicket(admin, { productId: product.id });
    const trashed = await newTicket(admin, { productId: product.id });
    await trashTicket(admin, trashed.id);
    const refused = await rejects(deleteProduct(admin, product.id), "conflict");
    expect(refused.message).toBe("Used by 2 tickets — mark it inactive instead.");
    expect((await getTicket(admin, kept.id)).productName).toBe(product.name);
  });

  it("the database refuses deleting a product a ticket uses, whoever asks", async () => {
    const admin = actorOf(await makeUser("admin"));
    const product = await createProduct(admin, { name: unique("Sticker ") });
    await newTicket(admin, { productId: product.id });
    const db = await getDb();
    await expect(db.delete(products).where(eq(products.id, product.id))).rejects.toThrow();
  });
});
