import type { NextAuthConfig } from "next-auth";

/**
 * The part of the next-auth set-up the proxy may load: no database, no hashing. The proxy uses it
 * only to send anonymous visitors to /login; every rule is checked again in lib/.
 */
export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: 7 * 24 * 3600 },
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      // The cookie carries only the id of the server-side session row; lib/auth/sessions decides.
      if (user) token.sid = (user as { sessionId?: string }).sessionId;
      return token;
    },
    session({ session, token }) {
      return { ...session, sid: token.sid as string | undefined };
    },
  },
  logger: {
    // A refused sign-in is an answer to the user, not a server error worth a stack trace.
    error(error) {
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      console.error(error);
    },
  },
} satisfies NextAuthConfig;
