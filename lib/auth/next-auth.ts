import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { AppError } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";
import { authenticate } from "./login";
import { endSessionById, startSession } from "./sessions";
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
          const ip = clientIp(request.headers);
          const user = await authenticate(credentials, ip);
          const sessionId = await startSession(user.id, "browser", { ip, userAgent: request.headers.get("user-agent") });
          return { id: user.id, name: user.name, sessionId } as never;
        } catch (error) {
          if (error instanceof AppError) throw new SignInRefused(error);
          throw error;
        }
      },
    }),
  ],
  events: {
    // Every sign-out, through our action or next-auth's own route, ends the session row.
    async signOut(message) {
      if ("token" in message && message.token) await endSessionById(message.token.sid);
    },
  },
});
