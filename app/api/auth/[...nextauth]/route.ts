import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/next-auth";
import { onAppOrigin } from "@/lib/http/app-origin";

// next-auth's own pages and redirects name APP_URL, never the bind address.
export const GET = (req: NextRequest) => handlers.GET(onAppOrigin(req));
export const POST = (req: NextRequest) => handlers.POST(onAppOrigin(req));
