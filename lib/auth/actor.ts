import type { Role } from "@/db/schema/users";

/** Who is acting: resolved fresh from the database on every request, passed first to every domain call. */
export type Actor = {
  id: string;
  username: string;
  name: string;
  role: Role;
  departmentId: string | null;
};

export type { Role };
