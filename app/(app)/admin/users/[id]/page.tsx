import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { ActionButton, ConfirmButton } from "@/components/forms/action-button";
import { PageHeader } from "@/components/shell/page-header";
import { DateTime } from "@/components/time/date-time";
import { ApiTokenTable } from "@/components/tokens/api-token-table";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/current";
import { can, mayApproveRegistration } from "@/lib/auth/policy";
import { listDepartments } from "@/lib/departments";
import { orNotFound } from "@/lib/forms/or-not-found";
import { listUserApiTokens } from "@/lib/users/api-tokens";
import { getUser } from "@/lib/users/queries";
import { userStatus } from "@/lib/users/status";
import { approveUserAction, deleteUserAction, revokeUserTokenAction, setActiveAction, unlockUserAction } from "../actions";
import { roleLabel } from "@/lib/users/role-label";
import { departmentOptions, roleOptions } from "../options";
import { StatusBadge } from "../status-badge";
import { UserForm } from "../user-form";
import { ResetPasswordForm } from "./reset-password";

export const metadata = { title: "User" };

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const user = await orNotFound(getUser(actor, id));
  const self = user.id === actor.id;
  const status = userStatus(user);
  const fields = { id: user.id };
  // can() only decides which buttons to show; every command checks again (e.g. a manager of another department).
  const mayEdit = can(actor, "users.update");
  const department = status === "pending" ? (await listDepartments()).find((d) => d.id === user.departmentId) : undefined;
  const mayApprove = status === "pending" && mayApproveRegistration(actor, department);
  const tokens = can(actor, "users.manageTokens") ? await listUserApiTokens(actor, user.id) : null;
  return (
    <>
      <Button asChild variant="ghost" size="sm" className="mb-2">
        <Link href="/admin/users">
          <ArrowLeft /> Users
        </Link>
      </Button>
      <PageHeader
        title={user.name}
        description={
          <>
            @{user.username} · {roleLabel(user.role)}
            {user.departmentName ? ` · ${user.departmentName}` : ""} · last sign-in <DateTime value={user.lastLoginAt} fallback="never" />
          </>
        }
        actions={<StatusBadge status={status} />}
      />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Card>
          <CardHeader>
            <CardTitle>Details</CardTitle>
          </CardHeader>
          <CardContent>
            {mayEdit ? (
              <UserForm roles={roleOptions} departments={await departmentOptions()} user={user} self={self} />
            ) : (
              <dl className="grid gap-2 text-sm">
                <dt className="text-muted-foreground">Email</dt>
                <dd>{user.email}</dd>
                <dt className="text-muted-foreground">Phone</dt>
                <dd>{user.phone ?? "—"}</dd>
                <dt className="text-muted-foreground">Telegram</dt>
                <dd>{user.telegramHandle ? `@${user.telegramHandle}` : "—"}</dd>
              </dl>
            )}
          </CardContent>
        </Card>
        <div className="grid content-start gap-6">
          <Card>
            <CardHeader>
              <CardTitle>Access</CardTitle>
              <CardDescription>Status: {status}</CardDescription>
            </CardHeader>
            <CardContent className="flex flex-wrap gap-2">
              {mayApprove && (
                <ActionButton action={approveUserAction} fields={fields} variant="default">
                  Approve
                </ActionButton>
              )}
              {status === "locked" && can(actor, "users.unlock") && (
                <ActionButton action={unlockUserAction} fields={fields}>
                  Unlock
                </ActionButton>
              )}
              {mayEdit && !self && user.isActive && (
                <ConfirmButton
                  action={setActiveAction}
                  fields={{ ...fields, isActive: "false" }}
                  title={`Deactivate ${user.username}?`}
                  description="They are signed out at once and cannot sign in until reactivated."
                  confirmLabel="Deactivate"
                  variant="outline"
                >
                  Deactivate
                </ConfirmButton>
              )}
              {mayEdit && !self && !user.isActive && (
                <ActionButton action={setActiveAction} fields={{ ...fields, isActive: "true" }}>
                  Reactivate
                </ActionButton>
              )}
              {can(actor, "users.delete") && !self && (
                <ConfirmButton
                  action={deleteUserAction}
                  fields={fields}
                  title={`Delete ${user.username}?`}
                  description="This cannot be undone. Users who own records must be deactivated instead."
                  confirmLabel="Delete user"
                >
                  Delete
                </ConfirmButton>
              )}
            </CardContent>
          </Card>
          {can(actor, "users.resetPassword") && !self && (
            <Card>
              <CardHeader>
                <CardTitle>Reset password</CardTitle>
                <CardDescription>Ends their sessions and API tokens, and clears a lockout.</CardDescription>
              </CardHeader>
              <CardContent>
                <ResetPasswordForm id={user.id} />
              </CardContent>
            </Card>
          )}
        </div>
        {tokens && (
          <Card className="lg:col-span-2">
            <CardHeader>
              <CardTitle>Personal API tokens</CardTitle>
              <CardDescription>Tokens this user made for integrations. A password reset, a deactivation or a role change revokes them all.</CardDescription>
            </CardHeader>
            <CardContent>
              <ApiTokenTable tokens={tokens} revoke={revokeUserTokenAction} tokenField="tokenId" fields={{ id: user.id }} empty="No personal API tokens." testId="user-tokens" />
            </CardContent>
          </Card>
        )}
      </div>
    </>
  );
}
