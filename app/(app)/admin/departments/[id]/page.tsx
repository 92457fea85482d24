import { notFound } from "next/navigation";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/current";
import { can } from "@/lib/auth/policy";
import { getDepartment } from "@/lib/departments";
import { orNotFound } from "@/lib/forms/or-not-found";
import { DepartmentForm } from "../department-form";
import { managerOptions } from "../manager-options";

export const metadata = { title: "Edit department" };

export default async function EditDepartmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  if (!can(actor, "departments.manage")) notFound();
  const department = await orNotFound(getDepartment(actor, id));
  return (
    <>
      <PageHeader title={`Edit ${department.name}`} />
      <Card className="max-w-xl">
        <CardContent>
          <DepartmentForm department={department} managers={await managerOptions(actor)} />
        </CardContent>
      </Card>
    </>
  );
}
