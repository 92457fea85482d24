import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { departments, products, settings, users, type Role } from "@/db/schema";
import { hashPassword } from "@/lib/auth/passwords";
import { seedDemoTickets } from "./demo-tickets";

export const DEMO_ADMIN = { username: "admin", password: "admin123" };
export const DEMO_PASSWORD = "demo-pass-1";

type DemoPerson = { username: string; name: string; role: Role; department: "Sales" | "Operations" | "Creative" };
const people: DemoPerson[] = [
  { username: "morgan", name: "Morgan Operations", role: "manager", department: "Operations" },
  { username: "sam", name: "Sam Sales-Lead", role: "manager", department: "Sales" },
  { username: "carla", name: "Carla Creative", role: "manager", department: "Creative" },
  { username: "dana", name: "Dana Designer", role: "member", department: "Creative" },
  { username: "mia", name: "Mia Member", role: "member", department: "Operations" },
  { username: "sally", name: "Sally Agent", role: "sales_agent", department: "Sales" },
  { username: "tom", name: "Tom Technician", role: "technician", department: "Operations" },
];

/** Everyone the demo signs in as, for the sign-in page, the console and the README. */
export const demoUsers: (Omit<DemoPerson, "department"> & { department: DemoPerson["department"] | null; password: string })[] = [
  { username: DEMO_ADMIN.username, name: "Ada Admin", role: "admin", department: null, password: DEMO_ADMIN.password },
  ...people.map((p) => ({ ...p, password: DEMO_PASSWORD })),
];

/** The embedded demo: admin/admin123, three departments, one user of each role, a few products. */
export async function seedDemo() {
  const db = await getDb();
  const [adminHash, demoHash] = await Promise.all([hashPassword(DEMO_ADMIN.password), hashPassword(DEMO_PASSWORD)]);
  await db.transaction(async (tx) => {
    const depts = await tx
      .insert(departments)
      .values([
        { name: "Sales", description: "Sells jobs to clients" },
        { name: "Operations", description: "Runs the field jobs" },
        { name: "Creative", description: "Design and content", isCreative: true },
      ])
      .returning();
    const deptId = (name: string) => depts.find((d) => d.name === name)!.id;
    await tx.insert(users).values({
      username: DEMO_ADMIN.username,
      name: demoUsers[0].name,
      email: "admin@crewdesk.test",
      role: "admin",
      passwordHash: adminHash,
      isApproved: true,
      approvedAt: new Date(),
    });
    const created = await tx
      .insert(users)
      .values(
        people.map((p) => ({
          username: p.username,
          name: p.name,
          email: `${p.username}@crewdesk.test`,
          role: p.role,
          departmentId: deptId(p.department),
          passwordHash: demoHash,
          isApproved: true,
          approvedAt: new Date(),
        })),
      )
      .returning();
    for (const p of people.filter((p) => p.role === "manager")) {
      const user = created.find((u) => u.username === p.username)!;
      await tx
        .update(departments)
        .set({ managerId: user.id })
        .where(eq(departments.id, deptId(p.department)));
    }
    await tx.insert(products).values([
      { name: "Social media post", description: "Single image or carousel" },
      { name: "Flyer", description: "Print or digital" },
      { name: "Video", description: "Short clip up to 60 seconds" },
    ]);
    await tx.insert(settings).values({ key: "demoSeeded", value: true });
  });
  await seedDemoTickets();
}
