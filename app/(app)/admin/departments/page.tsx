import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { requireActor } from "@/lib/auth/current";
import { can } from "@/lib/auth/policy";
import { listDepartments } from "@/lib/departments";
import { CatalogAdmin } from "../catalog-admin";
import { deleteDepartmentAction } from "./actions";
import { DepartmentForm } from "./department-form";
import { managerOptions } from "./manager-options";

export const metadata = { title: "Departments" };

export default async function DepartmentsPage() {
  const actor = await requireActor();
  if (!can(actor, "departments.manage")) notFound();
  const [departments, managers] = await Promise.all([listDepartments(), managerOptions(actor)]);
  return (
    <CatalogAdmin
      title="Departments"
      description="Who belongs where, who approves their requests, and which department does creative work."
      rows={departments}
      nameBadge={(d) => d.isCreative && <Badge variant="secondary">creative</Badge>}
      columns={[
        { header: "Manager", cell: (d) => d.managerName ?? "—" },
        { header: "Members", cell: (d) => d.memberCount },
      ]}
      editHref={(d) => `/admin/departments/${d.id}`}
      deleteAction={deleteDepartmentAction}
      deleteNote="Only a department without members can be deleted."
      empty="No departments yet."
      newTitle="New department"
      newForm={<DepartmentForm managers={managers} />}
    />
  );
}
