import { z } from "zod";
import { singleLine } from "@/lib/schemas/text";
import { roles } from "@/db/schema/users";
import { notificationChannelSchema, notificationKinds } from "@/lib/notifications/kinds";
import { passwordMatchesUsername, passwordSchema } from "@/lib/auth/passwords";
import { listQuerySchema } from "@/lib/pagination";
import { patchOf } from "@/lib/schemas/patch";

export const roleSchema = z.enum(roles, { error: `Role must be one of: ${roles.join(", ")}` });

export const usernameSchema = singleLine("Username is required")
  .trim()
  .min(3, "Username must be at least 3 characters")
  .max(40, "Username must be at most 40 characters")
  .regex(/^[A-Za-z0-9._-]+$/, "Username may contain only letters, digits, dot, dash and underscore");

const nameSchema = singleLine("Name is required").trim().min(1, "Name is required").max(100, "Name is too long");
const emailSchema = singleLine("Email is required").trim().toLowerCase().pipe(z.email("Enter a valid email address"));

const optionalText = (max: number, message: string) =>
  singleLine()
    .trim()
    .max(max, message)
    .nullish()
    .transform((v) => v || null);

/** "@handle" (5–32 letters, digits, underscores) or a numeric Telegram user id. Stored without "@". */
export const telegramHandleSchema = singleLine()
  .trim()
  .nullish()
  .transform((v) => (v ? v.replace(/^@/, "") : null))
  .refine(
    (v) => v === null || /^[A-Za-z][A-Za-z0-9_]{4,31}$/.test(v) || /^\d{5,15}$/.test(v),
    "Telegram handle must be @name (5–32 letters, digits or _) or a numeric user id",
  );

const phoneSchema = optionalText(40, "Phone is too long").refine(
  (v) => v === null || /^[+()\d\s.-]{5,40}$/.test(v),
  "Phone may contain only digits, spaces and + ( ) - .",
);

const departmentIdSchema = z.uuid("Choose a department");

const passwordNotUsername = (v: { username?: string; password: string }) => !passwordMatchesUsername(v.password, v.username);
const notUsernameIssue = { message: "Password cannot be the same as the username", path: ["password"] };

export const createUserSchema = z
  .object({
    username: usernameSchema,
    name: nameSchema,
    email: emailSchema,
    phone: phoneSchema,
    telegramHandle: telegramHandleSchema,
    role: roleSchema.default("member"),
    departmentId: departmentIdSchema.nullish().transform((v) => v ?? null),
    password: passwordSchema,
  })
  .refine(passwordNotUsername, notUsernameIssue);
export type CreateUserInput = z.input<typeof createUserSchema>;

export const updateUserSchema = patchOf(
  z.object({
    name: nameSchema,
    email: emailSchema,
    phone: phoneSchema,
    telegramHandle: telegramHandleSchema,
    role: roleSchema,
    departmentId: departmentIdSchema.nullable(),
    isActive: z.boolean(),
  }),
);
export type UpdateUserInput = z.input<typeof updateUserSchema>;

export const registerSchema = z
  .object({
    username: usernameSchema,
    name: nameSchema,
    email: emailSchema,
    password: passwordSchema,
    passwordConfirm: singleLine("Repeat the password"),
    departmentId: departmentIdSchema,
    telegramHandle: telegramHandleSchema,
  })
  .refine(passwordNotUsername, notUsernameIssue)
  .refine((v) => v.password === v.passwordConfirm, { message: "Passwords do not match", path: ["passwordConfirm"] });

/** What a registration form needs, open to anyone: whether registration is on, and the departments (names only). */
export const registrationOptionsSchema = z.object({
  registrationEnabled: z.boolean(),
  departments: z.array(z.object({ id: z.uuid(), name: z.string() })),
});
export type RegistrationOptions = z.infer<typeof registrationOptionsSchema>;

/** Per notification kind, the channels it is delivered on (deduplicated). A kind left out keeps what it had. */
export const notificationPrefsSchema = z
  .record(z.string(), z.array(notificationChannelSchema, { error: "Channels must be a list" }).transform((list) => [...new Set(list)]), {
    error: "Notification preferences must be an object keyed by kind",
  })
  .superRefine((prefs, ctx) => {
    for (const kind of Object.keys(prefs)) {
      if (!(notificationKinds as readonly string[]).includes(kind)) ctx.addIssue({ code: "custom", path: [kind], message: "Unknown notification kind" });
    }
  });
export type NotificationPrefs = z.infer<typeof notificationPrefsSchema>;

export const profileSchema = patchOf(
  z.object({ name: nameSchema, email: emailSchema, phone: phoneSchema, telegramHandle: telegramHandleSchema, notificationPrefs: notificationPrefsSchema }),
);

export const changePasswordSchema = z
  .object({
    currentPassword: singleLine("Enter your current password").min(1, "Enter your current password"),
    newPassword: passwordSchema,
    newPasswordConfirm: singleLine("Repeat the new password"),
    revokeApiTokens: z.boolean().default(true).meta({ description: "Also revoke your personal API tokens (default true)" }),
  })
  .refine((v) => v.newPassword === v.newPasswordConfirm, { message: "Passwords do not match", path: ["newPasswordConfirm"] })
  .refine((v) => v.newPassword !== v.currentPassword, { message: "Choose a password different from the current one", path: ["newPassword"] });

export const resetPasswordSchema = z.object({ password: passwordSchema });

export const userStatuses = ["active", "inactive", "pending", "locked"] as const;
export type UserStatus = (typeof userStatuses)[number];
export const userSortKeys = ["username", "name", "email", "role", "department", "createdAt", "lastLoginAt"] as const;

export const listUsersQuery = listQuerySchema(userSortKeys, "username").extend({
  role: roleSchema.optional(),
  departmentId: z.uuid().optional(),
  status: z.enum(userStatuses).optional(),
});
export type ListUsersQuery = z.input<typeof listUsersQuery>;

/** What the app and the API show of a user: never the hash, the counters' internals or tokens. */
export const userSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  name: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  telegramHandle: z.string().nullable(),
  notificationPrefs: z.record(z.string(), z.array(z.string())),
  role: roleSchema,
  departmentId: z.uuid().nullable(),
  departmentName: z.string().nullable(),
  isApproved: z.boolean(),
  isActive: z.boolean(),
  lockedUntil: z.date().nullable(),
  lastLoginAt: z.date().nullable(),
  createdAt: z.date(),
  /** Changes with every edit: forms showing the user are keyed by it. */
  updatedAt: z.date(),
});
export type UserView = z.infer<typeof userSchema>;
