import { redirect } from "next/navigation";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { currentActor } from "@/lib/auth/current";
import { isDemo } from "@/lib/setup/bootstrap";
import { DEMO_ADMIN, DEMO_PASSWORD } from "@/lib/setup/demo";
import { LoginForm } from "./login-form";
import { safeNext } from "@/lib/auth/safe-next";

export const metadata = { title: "Sign in" };

// Fixed texts by key: the query string never puts arbitrary words on the page.
const notices: Record<string, string> = {
  "password-changed": "Password changed — sign in with your new password",
  "signed-out": "You are signed out.",
};

type Props = { searchParams: Promise<{ next?: string; notice?: string }> };

export default async function LoginPage({ searchParams }: Props) {
  const { next, notice } = await searchParams;
  if (await currentActor()) redirect(safeNext(next));
  const demo = await isDemo();
  const noticeText = notice ? notices[notice] : undefined;
  return (
    <div className="grid gap-4">
      {noticeText && (
        <Alert variant="success" data-testid="notice" role="status">
          <AlertDescription>{noticeText}</AlertDescription>
        </Alert>
      )}
      <Card>
        <CardHeader>
          <CardTitle className="text-xl">Sign in to Crewdesk</CardTitle>
          <CardDescription>Use your username and password.</CardDescription>
        </CardHeader>
        <CardContent>
          <LoginForm next={next ? safeNext(next) : undefined} />
        </CardContent>
      </Card>
      {demo && (
        <Alert data-testid="demo-accounts" role="note">
          <AlertTitle>Demo data</AlertTitle>
          <AlertDescription>
            <p>
              Sign in as{" "}
              <code className="font-mono">
                {DEMO_ADMIN.username} / {DEMO_ADMIN.password}
              </code>
              . The demo users of the other roles use the password <code className="font-mono">{DEMO_PASSWORD}</code>.
            </p>
          </AlertDescription>
        </Alert>
      )}
    </div>
  );
}
