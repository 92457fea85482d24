import Link from "next/link";
import { notFound } from "next/navigation";
import { ConfirmButton } from "@/components/forms/action-button";
import { PageHeader } from "@/components/shell/page-header";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/current";
import { can } from "@/lib/auth/policy";
import { listDepartments } from "@/lib/departments";
import { deleteDepartmentAction } from "./actions";
import { DepartmentForm } from "./department-form";
import { managerOptions } from "./manager-options";

export const metadata = { title: "Departments" };

export default async function DepartmentsPage() {
  const actor = await requireActor();
  if (!can(actor, "departments.manage")) notFound();
  const [departments, managers] = await Promise.all([listDepartments(), managerOptions(actor)]);
  return (
    <>
      <PageHeader title="Departments" description="Who belongs where, who approves their requests, and which department does creative work." />
      <div className="grid gap-6 xl:grid-cols-[2fr_1fr]">
        <Card>
          <CardContent>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>Name</TableHead>
                  <TableHead>Manager</TableHead>
                  <TableHead>Members</TableHead>
                  <TableHead className="sr-only">Actions</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {departments.map((d) => (
                  <TableRow key={d.id}>
                    <TableCell>
                      <div className="flex items-center gap-2 font-medium">
                        {d.name}
                        {d.isCreative && <Badge variant="secondary">creative</Badge>}
                      </div>
                      {d.description && <div className="max-w-xs truncate text-xs text-muted-foreground">{d.description}</div>}
                    </TableCell>
                    <TableCell>{d.managerName ?? "—"}</TableCell>
                    <TableCell>{d.memberCount}</TableCell>
                    <TableCell className="flex justify-end gap-2">
                      <Button asChild variant="outline" size="sm">
                        <Link href={`/admin/departments/${d.id}`}>Edit</Link>
                      </Button>
                      <ConfirmButton action={deleteDepartmentAction} fields={{ id: d.id }} title={`Delete ${d.name}?`} description="Only a department without members can be deleted." confirmLabel="Delete">
                        Delete
                      </ConfirmButton>
                    </TableCell>
                  </TableRow>
                ))}
                {!departments.length && (
                  <TableRow>
                    <TableCell colSpan={4} className="h-24 text-center text-muted-foreground">
                      No departments yet.
                    </TableCell>
                  </TableRow>
                )}
              </TableBody>
            </Table>
          </CardContent>
        </Card>
        <Card className="content-start">
          <CardHeader>
            <CardTitle>New department</CardTitle>
          </CardHeader>
          <CardContent>
            <DepartmentForm managers={managers} />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
