import type { Option } from "@/components/forms/fields";
import type { Actor } from "@/lib/auth/actor";
import { listManagerCandidates } from "@/lib/users/queries";

/** Active admins and managers, who can be named a department's manager. */
export async function managerOptions(actor: Actor): Promise<Option[]> {
  return (await listManagerCandidates(actor)).map((u) => ({ value: u.id, label: `${u.name} (@${u.username})` }));
}
