import { z } from "zod";
import { multiLine, singleLine } from "@/lib/schemas/text";
import { patchOf } from "@/lib/schemas/patch";

export const departmentInputSchema = z.object({
  name: singleLine("Name is required").trim().min(1, "Name is required").max(80, "Name is too long"),
  description: multiLine().trim().max(500, "Description is too long").default(""),
  managerId: z.uuid("Choose a user").nullish().transform((v) => v ?? null),
  isCreative: z.boolean().default(false),
});
export const departmentPatchSchema = patchOf(departmentInputSchema);

export const departmentSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  managerId: z.uuid().nullable(),
  managerName: z.string().nullable(),
  isCreative: z.boolean(),
  memberCount: z.number().int(),
  createdAt: z.date(),
});
export type DepartmentView = z.infer<typeof departmentSchema>;
