import { asc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import { getDb, type Tx } from "@/db";
import { departments, users } from "@/db/schema";
import { diffFields, logActivity } from "@/lib/activity/log";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { AppError, conflict, isUniqueViolation, notFound, parseInput } from "@/lib/errors";
import { departmentInputSchema, departmentPatchSchema, type DepartmentView } from "./schemas";

const manager = alias(users, "manager");
const view = {
  id: departments.id,
  name: departments.name,
  description: departments.description,
  managerId: departments.managerId,
  managerName: manager.name,
  isCreative: departments.isCreative,
  memberCount: sql<number>`(select count(*)::int from ${users} where ${users.departmentId} = ${departments.id})`,
  createdAt: departments.createdAt,
};

/** Departments are public to every signed-in user (registration shows them before sign-in). */
export async function listDepartments(): Promise<DepartmentView[]> {
  const db = await getDb();
  return db.select(view).from(departments).leftJoin(manager, eq(manager.id, departments.managerId)).orderBy(asc(sql`lower(${departments.name})`));
}

export async function getDepartment(actor: Actor, id: string): Promise<DepartmentView> {
  assertCan(actor, "departments.read");
  if (!z.uuid().safeParse(id).success) throw notFound("Department");
  const db = await getDb();
  const [row] = await db.select(view).from(departments).leftJoin(manager, eq(manager.id, departments.managerId)).where(eq(departments.id, id));
  if (!row) throw notFound("Department");
  return row;
}

const nameTaken = () => new AppError("conflict", "A department with that name exists", { name: ["A department with that name exists"] });

async function assertManagerExists(tx: Tx, managerId: string | null | undefined) {
  if (!managerId) return;
  const [row] = await tx.select({ id: users.id }).from(users).where(eq(users.id, managerId));
  if (!row) throw new AppError("invalid", "Some fields are not valid", { managerId: ["No such user"] });
}

async function saving<T>(tx: Tx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await tx.transaction(fn);
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
}

export async function createDepartment(actor: Actor, input: unknown): Promise<DepartmentView> {
  assertCan(actor, "departments.manage");
  const data = parseInput(departmentInputSchema, input);
  const db = await getDb();
  const id = await db.transaction(async (tx) => {
    await assertManagerExists(tx, data.managerId);
    const [row] = await saving(tx, (sp) => sp.insert(departments).values(data).returning());
    await logActivity(tx, { entityType: "department", entityId: row.id, actorId: actor.id, action: "department.created", message: row.name });
    return row.id;
  });
  return getDepartment(actor, id);
}

export async function updateDepartment(actor: Actor, id: string, input: unknown): Promise<DepartmentView> {
  assertCan(actor, "departments.manage");
  const patch = parseInput(departmentPatchSchema, input);
  await getDepartment(actor, id);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(departments).where(eq(departments.id, id)).for("update");
    if (!before) throw notFound("Department");
    const changes = diffFields(before, patch);
    if (!Object.keys(changes).length) return;
    await assertManagerExists(tx, patch.managerId);
    await saving(tx, (sp) => sp.update(departments).set(patch).where(eq(departments.id, id)));
    await logActivity(tx, { entityType: "department", entityId: id, actorId: actor.id, action: "department.updated", changes });
  });
  return getDepartment(actor, id);
}

export async function deleteDepartment(actor: Actor, id: string): Promise<void> {
  assertCan(actor, "departments.manage");
  const department = await getDepartment(actor, id);
  if (department.memberCount > 0) throw conflict(`${department.name} still has ${department.memberCount} member(s). Move them to another department first.`);
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.delete(departments).where(eq(departments.id, id));
    await logActivity(tx, { entityType: "department", entityId: id, actorId: actor.id, action: "department.deleted", message: department.name });
  });
}
