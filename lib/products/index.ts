import { asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { multiLine, singleLine } from "@/lib/schemas/text";
import { getDb, type Tx } from "@/db";
import { products, tickets, type Product } from "@/db/schema";
import { diffFields, logActivity } from "@/lib/activity/log";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { AppError, isForeignKeyViolation, isUniqueViolation, notFound, parseInput } from "@/lib/errors";
import { patchOf } from "@/lib/schemas/patch";

export const productInputSchema = z.object({
  name: singleLine("Name is required").trim().min(1, "Name is required").max(80, "Name is too long"),
  description: multiLine().trim().max(500, "Description is too long").default(""),
  isActive: z.boolean().default(true),
});
export const productPatchSchema = patchOf(productInputSchema);
export const productSchema = z.object({ id: z.uuid(), name: z.string(), description: z.string(), isActive: z.boolean(), createdAt: z.date() });

export async function listProducts(actor: Actor, options: { activeOnly?: boolean } = {}): Promise<Product[]> {
  assertCan(actor, "products.read");
  const db = await getDb();
  return db
    .select()
    .from(products)
    .where(options.activeOnly ? eq(products.isActive, true) : undefined)
    .orderBy(asc(sql`lower(${products.name})`));
}

export async function getProduct(actor: Actor, id: string): Promise<Product> {
  assertCan(actor, "products.read");
  if (!z.uuid().safeParse(id).success) throw notFound("Product");
  const db = await getDb();
  const [row] = await db.select().from(products).where(eq(products.id, id));
  if (!row) throw notFound("Product");
  return row;
}

async function saving<T>(tx: Tx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await tx.transaction(fn);
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", "A product with that name exists", { name: ["A product with that name exists"] });
    throw error;
  }
}

export async function createProduct(actor: Actor, input: unknown): Promise<Product> {
  assertCan(actor, "products.manage");
  const data = parseInput(productInputSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await saving(tx, (sp) => sp.insert(products).values(data).returning());
    await logActivity(tx, { entityType: "product", entityId: row.id, actorId: actor.id, action: "product.created", message: row.name });
    return row;
  });
}

export async function updateProduct(actor: Actor, id: string, input: unknown): Promise<Product> {
  assertCan(actor, "products.manage");
  const patch = parseInput(productPatchSchema, input);
  const before = await getProduct(actor, id);
  const changes = diffFields(before, patch);
  if (!Object.keys(changes).length) return before;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await saving(tx, (sp) => sp.update(products).set(patch).where(eq(products.id, id)).returning());
    await logActivity(tx, { entityType: "product", entityId: id, actorId: actor.id, action: "product.updated", changes });
    return row;
  });
}

const inUse = (count: number) => new AppError("conflict", `Used by ${count} ticket${count === 1 ? "" : "s"} — mark it inactive instead.`);

/**
 * Products are retired (isActive false) rather than deleted once tickets use them (trashed ones too);
 * deleting an unused one is fine. The foreign key refuses it as well, for a ticket added meanwhile.
 */
export async function deleteProduct(actor: Actor, id: string): Promise<void> {
  assertCan(actor, "products.manage");
  const product = await getProduct(actor, id);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [{ n }] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(tickets)
      .where(eq(tickets.productId, id));
    if (n > 0) throw inUse(n);
    try {
      await tx.transaction((sp) => sp.delete(products).where(eq(products.id, id)));
    } catch (error) {
      if (isForeignKeyViolation(error)) throw inUse(1);
      throw error;
    }
    await logActivity(tx, { entityType: "product", entityId: id, actorId: actor.id, action: "product.deleted", message: product.name });
  });
}
