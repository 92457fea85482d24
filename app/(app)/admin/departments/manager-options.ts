import type { Option } from "@/components/forms/fields";
import type { Actor } from "@/lib/auth/actor";
import { listUsers } from "@/lib/users/queries";

/** Active admins and managers, who can be named a department's manager. */
export async function managerOptions(actor: Actor): Promise<Option[]> {
  const pages = await Promise.all(["manager", "admin"].map((role) => listUsers(actor, { role, status: "active", pageSize: 100, sort: "name" })));
  return pages.flatMap((p) => p.items).map((u) => ({ value: u.id, label: `${u.name} (@${u.username})` }));
}
