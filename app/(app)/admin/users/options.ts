import type { Option } from "@/components/forms/fields";
import { listDepartments } from "@/lib/departments";
import { roleLabel } from "@/lib/users/role-label";
import { roleSchema, userStatuses } from "@/lib/users/schemas";

// Server-side only: the schemas module pulls in password hashing, which must not reach the browser.
export const roleOptions: Option[] = roleSchema.options.map((r) => ({ value: r, label: roleLabel(r) }));
export const statusOptions: Option[] = userStatuses.map((s) => ({ value: s, label: s[0].toUpperCase() + s.slice(1) }));

export async function departmentOptions(): Promise<Option[]> {
  return (await listDepartments()).map((d) => ({ value: d.id, label: d.name }));
}
