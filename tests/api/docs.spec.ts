import { expect, test } from "@playwright/test";
import { BASE_URL } from "../support/env";

test.describe("health and API documentation", () => {
  test("/api/health answers 200 with the database up", async () => {
    const res = await fetch(`${BASE_URL}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", database: "up" });
  });

  test("/api/openapi.json is an OpenAPI 3.1 document of every v1 path", async () => {
    const res = await fetch(`${BASE_URL}/api/openapi.json`);
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.openapi).toMatch(/^3\.1\./);
    expect(doc.info.title).toBeTruthy();
    expect(Object.keys(doc.paths["/api/v1/users"])).toEqual(expect.arrayContaining(["get", "post"]));
    for (const path of ["/api/v1/auth/login", "/api/v1/auth/refresh", "/api/v1/users/{id}/approve", "/api/v1/departments/{id}", "/api/v1/products", "/api/v1/settings"]) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: "http", scheme: "bearer" });
    expect(doc.components.schemas.Error.properties.error.required).toEqual(["code", "message"]);
    expect(doc.components.schemas.UserPage.required).toEqual(["items", "page", "pageSize", "total", "totalPages"]);
    // Generated from the domain's zod schemas: the validation rules show through.
    expect(doc.components.schemas.User.properties).not.toHaveProperty("passwordHash");
    expect(doc.paths["/api/v1/auth/login"].post.security).toEqual([]);
  });

  test("/docs is public HTML that loads Scalar from our own origin only", async () => {
    const res = await fetch(`${BASE_URL}/docs`, { redirect: "manual" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    const html = await res.text();
    expect(html).toContain('src="/scalar/standalone.js"');
    expect(html).toContain('data-url="/api/openapi.json"');
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//);
    const bundle = await fetch(`${BASE_URL}/scalar/standalone.js`);
    expect(bundle.status).toBe(200);
  });
});
