import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { Actor } from "@/lib/auth/actor";
import { currentSessionId, requireActor } from "@/lib/auth/current";
import { listSessions } from "@/lib/auth/sessions";
import { listApiTokens } from "@/lib/auth/tokens";
import { getUser } from "@/lib/users/queries";
import { ApiTokens } from "./api-tokens";
import { NotificationPrefsForm } from "./notification-prefs-form";
import { PasswordForm } from "./password-form";
import { ProfileForm } from "./profile-form";
import { Sessions } from "./sessions";

export const metadata = { title: "Profile" };

/** Everything the page shows, and the time it was read at (the relative times' clock). */
async function loadProfile(actor: Actor) {
  const [user, tokens, sessions] = await Promise.all([getUser(actor, actor.id), listApiTokens(actor), listSessions(actor, await currentSessionId())]);
  return { user, tokens, sessions, now: Date.now() };
}

export default async function ProfilePage() {
  const actor = await requireActor();
  const { user, tokens, sessions, now } = await loadProfile(actor);
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
            <CardTitle>Where you are signed in</CardTitle>
            <CardDescription>Browsers and API logins of your account. Sign out any you do not recognise.</CardDescription>
          </CardHeader>
          <CardContent>
            <Sessions sessions={sessions} now={now} />
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
