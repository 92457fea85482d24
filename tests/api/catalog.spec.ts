import { expect, test } from "@playwright/test";
import { adminAccess, apiCall, apiLogin, createDepartment, createUser, unique, type ApiError } from "../support/api";

type Department = { id: string; name: string; managerId: string | null; isCreative: boolean; memberCount: number };
type Product = { id: string; name: string; isActive: boolean };

test.describe("departments and products", () => {
  test("department lifecycle: create, read, rename, refuse a duplicate name, refuse deleting one with members, delete", async () => {
    const admin = await adminAccess();
    const department = await createDepartment({ isCreative: true });
    const other = await createDepartment();
    expect((await apiCall<Department>("GET", `/departments/${department.id}`, admin)).body).toMatchObject({ name: department.name, isCreative: true, memberCount: 0 });

    const renamed = await apiCall<Department>("PATCH", `/departments/${department.id}`, admin, { name: `${department.name} renamed` });
    expect(renamed.status).toBe(200);
    expect(renamed.body.name).toBe(`${department.name} renamed`);
    const duplicate = await apiCall<ApiError>("PATCH", `/departments/${other.id}`, admin, { name: renamed.body.name });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.fields).toHaveProperty("name");

    const member = await createUser("member", { departmentId: other.id });
    const list = await apiCall<{ items: Department[]; total: number }>("GET", "/departments", await apiLogin(member.username, member.password));
    expect(list.status).toBe(200);
    expect(list.body.items.find((d) => d.id === other.id)?.memberCount).toBe(1);
    expect((await apiCall("DELETE", `/departments/${other.id}`, admin)).status).toBe(409);

    expect((await apiCall("DELETE", `/departments/${department.id}`, admin)).status).toBe(204);
    expect((await apiCall("GET", `/departments/${department.id}`, admin)).status).toBe(404);
  });

  test("product lifecycle: create 201, bad input 400, retire, delete 204; members read but cannot change", async () => {
    const admin = await adminAccess();
    const name = unique("Product ");
    const created = await apiCall<Product>("POST", "/products", admin, { name });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name, isActive: true });
    const bad = await apiCall<ApiError>("POST", "/products", admin, { name: "", isActive: "yes" });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields ?? {}).sort()).toEqual(["isActive", "name"]);

    const member = await createUser("member");
    const memberToken = await apiLogin(member.username, member.password);
    const seen = await apiCall<{ items: Product[] }>("GET", "/products", memberToken);
    expect(seen.body.items.map((p) => p.id)).toContain(created.body.id);
    expect((await apiCall("PATCH", `/products/${created.body.id}`, memberToken, { isActive: false })).status).toBe(403);

    expect((await apiCall<Product>("PATCH", `/products/${created.body.id}`, admin, { isActive: false })).body.isActive).toBe(false);
    expect((await apiCall("DELETE", `/products/${created.body.id}`, admin)).status).toBe(204);
    expect((await apiCall("GET", `/products/${created.body.id}`, admin)).status).toBe(404);
  });

  test("a product used by a ticket cannot be deleted: 409 with the count, and the ticket keeps it", async () => {
    const admin = await adminAccess();
    const product = (await apiCall<Product>("POST", "/products", admin, { name: unique("Used ") })).body;
    const ticket = await apiCall<{ id: string; productId: string }>("POST", "/tickets", admin, { title: unique("Uses a product "), productId: product.id });
    expect(ticket.status).toBe(201);
    const refused = await apiCall<ApiError>("DELETE", `/products/${product.id}`, admin);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: "conflict", message: "Used by 1 ticket — mark it inactive instead." });
    expect((await apiCall<{ productId: string }>("GET", `/tickets/${ticket.body.id}`, admin)).body.productId).toBe(product.id);
  });
});
