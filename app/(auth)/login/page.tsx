import { redirect } from "next/navigation";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { currentActor } from "@/lib/auth/current";
import { isDemo } from "@/lib/setup/bootstrap";
import { demoUsers } from "@/lib/setup/demo";
import { DemoSignIn } from "./demo-sign-in";
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
          <CardTitle as="h1" className="text-xl">
            Sign in to Crewdesk
          </CardTitle>
          <CardDescription>Use your username and password.</CardDescription>
        </CardHeader>
        <CardContent>
          <LoginForm next={next ? safeNext(next) : undefined} />
        </CardContent>
      </Card>
      {demo && <DemoSignIn users={demoUsers} next={next ? safeNext(next) : undefined} />}
    </div>
  );
}
