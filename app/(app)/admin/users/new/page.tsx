import { notFound } from "next/navigation";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/current";
import { can } from "@/lib/auth/policy";
import { departmentOptions, roleOptions } from "../options";
import { UserForm } from "../user-form";

export const metadata = { title: "New user" };

export default async function NewUserPage() {
  if (!can(await requireActor(), "users.create")) notFound();
  return (
    <>
      <PageHeader title="New user" description="Users created here are approved and can sign in at once." />
      <Card className="max-w-3xl">
        <CardContent>
          <UserForm roles={roleOptions} departments={await departmentOptions()} />
        </CardContent>
      </Card>
    </>
  );
}
