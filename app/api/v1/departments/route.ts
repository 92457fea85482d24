import { apiRoute } from "@/lib/api/handler";
import { methods, wholeList } from "@/lib/api/routes";
import { createDepartment, listDepartments } from "@/lib/departments";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute(async () => wholeList(await listDepartments())),
  POST: apiRoute(async (actor, { json }) => createDepartment(actor, await json()), { status: 201 }),
});
