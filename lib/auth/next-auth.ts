import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { AppError } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";
import { authenticate } from "./login";
import { authConfig } from "./next-auth.config";

/** Carries our AppError (message, code) through next-auth to the sign-in form. */
export class SignInRefused extends CredentialsSignin {
  constructor(readonly appError: AppError) {
    super(appError.message);
    this.code = appError.code;
  }
}

export const { auth, handlers, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { username: {}, password: {} },
      async authorize(credentials, request) {
        try {
          const user = await authenticate(credentials, clientIp(request.headers));
          return { id: user.id, name: user.name, sessionVersion: user.sessionVersion } as never;
        } catch (error) {
          if (error instanceof AppError) throw new SignInRefused(error);
          throw error;
        }
      },
    }),
  ],
});
