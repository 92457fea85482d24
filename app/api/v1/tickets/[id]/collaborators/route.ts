import { methods, versionedHandler } from "@/lib/api/routes";
import { addCollaborator, removeCollaborator } from "@/lib/tickets";

export const { GET, POST, PUT, PATCH, DELETE } = methods<{ id: string }>({
  POST: versionedHandler(addCollaborator),
  DELETE: versionedHandler(removeCollaborator),
});
