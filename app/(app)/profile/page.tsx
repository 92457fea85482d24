import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/current";
import { listApiTokens } from "@/lib/auth/tokens";
import { getUser } from "@/lib/users/queries";
import { ApiTokens } from "./api-tokens";
import { NotificationPrefsForm } from "./notification-prefs-form";
import { PasswordForm } from "./password-form";
import { ProfileForm } from "./profile-form";

export const metadata = { title: "Profile" };

export default async function ProfilePage() {
  const actor = await requireActor();
  const [user, tokens] = await Promise.all([getUser(actor, actor.id), listApiTokens(actor)]);
  return (
    <>
      <PageHeader title="Your profile" description={`@${user.username} · ${user.role.replace("_", " ")}${user.departmentName ? ` · ${user.departmentName}` : ""}`} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Details</CardTitle>
            <CardDescription>Your role and department are set by an admin.</CardDescription>
          </CardHeader>
          <CardContent>
            <ProfileForm user={user} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Password</CardTitle>
          </CardHeader>
          <CardContent>
            <PasswordForm />
          </CardContent>
        </Card>
        <Card className="lg:col-span-2">
          <CardHeader>
            <CardTitle>Notifications</CardTitle>
            <CardDescription>Choose, for each event, where you are told about it. Telegram needs your handle above.</CardDescription>
          </CardHeader>
          <CardContent>
            <NotificationPrefsForm prefs={user.notificationPrefs} />
          </CardContent>
        </Card>
        <Card className="lg:col-span-2">
          <CardHeader>
            <CardTitle>Personal API tokens</CardTitle>
            <CardDescription>For integrations: send as “Authorization: Bearer &lt;token&gt;”. A token acts as you.</CardDescription>
          </CardHeader>
          <CardContent>
            <ApiTokens tokens={tokens} />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
