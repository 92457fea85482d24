import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { loginSchema } from "@/lib/auth/login";
import { sessionSchema } from "@/lib/auth/sessions";
import { apiTokenSchema, createApiTokenSchema, refreshSchema } from "@/lib/auth/tokens";
import { departmentInputSchema, departmentPatchSchema, departmentSchema } from "@/lib/departments/schemas";
import { errorCodes } from "@/lib/errors";
import { listNotificationsQuery, notificationSchema } from "@/lib/notifications/schemas";
import { productInputSchema, productPatchSchema, productSchema } from "@/lib/products";
import { settingsPatchSchema, settingsSchema } from "@/lib/settings";
import { ticketAttachmentSchema } from "@/lib/tickets/attachment-schemas";
import { addCommentSchema, mentionCandidatesQuery, ticketCommentSchema } from "@/lib/tickets/comment-schemas";
import { searchQuerySchema, searchResultSchema } from "@/lib/search/schemas";
import {
  approveTicketSchema,
  assignTicketSchema,
  collaboratorSchema,
  createTicketSchema,
  listTicketsQuery,
  listTrashQuery,
  rejectTicketSchema,
  requestChangesSchema,
  rollbackTicketSchema,
  ticketComplexitySchema,
  ticketPrioritySchema,
  ticketStatusSchema,
  updateTicketSchema,
} from "@/lib/tickets/schemas";
import { ticketWorkflowShape } from "@/lib/tickets/workflow-schemas";
import {
  changePasswordSchema,
  createUserSchema,
  listUsersQuery,
  profileSchema,
  registerSchema,
  registrationOptionsSchema,
  resetPasswordSchema,
  updateUserSchema,
  userSchema,
} from "@/lib/users/schemas";

/**
 * The OpenAPI 3.1 document of /api/v1, built from the zod schemas the domain validates with, so the
 * document cannot drift from what the API accepts. Only answer shapes the domain has no schema for
 * (token pair, page, error) are declared here.
 */
const registry = new OpenAPIRegistry();
registry.registerComponent("securitySchemes", "bearer", {
  type: "http",
  scheme: "bearer",
  description: "An access token from POST /api/v1/auth/login (15 minutes) or a personal API token. The browser session cookie works too.",
});

// A schema named with .meta({ id }) becomes a component and is referenced by $ref. (registry.register()
// would need extendZodWithOpenApi to have run before the domain's schemas were created.)
const named = <S extends z.ZodType>(id: string, schema: S) => schema.meta({ id }) as S;

const errorSchema = named(
  "Error",
  z.object({
    error: z.object({
      code: z.enum(errorCodes),
      message: z.string(),
      fields: z.record(z.string(), z.array(z.string())).optional().meta({ description: "Per-field messages (400)" }),
      attemptsRemaining: z.number().int().optional().meta({ description: "Wrong password: attempts left before the lock (401)" }),
      lockedUntil: z.iso.datetime().optional().meta({ description: "While the account is locked (423)" }),
    }),
  }),
);

const pageOf = (name: string, item: z.ZodType) =>
  named(
    `${name}Page`,
    z.object({ items: z.array(item), page: z.number().int(), pageSize: z.number().int(), total: z.number().int(), totalPages: z.number().int() }),
  );

const user = named("User", userSchema);
const department = named("Department", departmentSchema);
const product = named("Product", productSchema);
const apiToken = named("ApiToken", apiTokenSchema);
const settings = named("Settings", settingsSchema);
const session = named("Session", sessionSchema);
const tokenPair = named("TokenPair",
  z.object({ access: z.string(), refresh: z.string(), accessExpiresAt: z.iso.datetime(), refreshExpiresAt: z.iso.datetime() }),
);

// Tickets: the answer shapes (the domain's TicketView / TicketDetail / TicketHistoryEntry types).
const userRefId = z.uuid().nullable();
const ticket = named(
  "Ticket",
  z.object({
    id: z.uuid(),
    number: z.number().int(),
    key: z.string().meta({ description: "The number as shown: T-123" }),
    title: z.string(),
    description: z.string().meta({ description: "Markdown" }),
    status: ticketStatusSchema,
    priority: ticketPrioritySchema,
    complexity: ticketComplexitySchema.nullable(),
    deadline: z.iso.datetime().nullable(),
    estimatedHours: z.number().nullable(),
    actualHours: z.number().nullable(),
    requesterId: z.uuid(),
    requesterName: z.string(),
    assigneeId: userRefId,
    assigneeName: z.string().nullable(),
    departmentId: z.uuid().nullable(),
    departmentName: z.string().nullable(),
    productId: z.uuid().nullable(),
    productName: z.string().nullable(),
    deptApprovedById: userRefId,
    deptApprovedAt: z.iso.datetime().nullable(),
    creativeApprovedById: userRefId,
    creativeApprovedAt: z.iso.datetime().nullable(),
    rejectedById: userRefId,
    rejectedAt: z.iso.datetime().nullable(),
    rejectionReason: z.string().nullable(),
    startedAt: z.iso.datetime().nullable(),
    completedAt: z.iso.datetime().nullable(),
    confirmedById: userRefId,
    confirmedAt: z.iso.datetime().nullable(),
    revisionCount: z.number().int(),
    rollbackCount: z.number().int(),
    version: z.number().int().meta({ description: "Send it back as If-Match to act only on the state you saw" }),
    deletedAt: z.iso.datetime().nullable(),
    deletedById: userRefId,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    ...ticketWorkflowShape,
  }),
);
const ticketDetail = named("TicketDetail", ticket.extend({ collaborators: z.array(z.object({ id: z.uuid(), name: z.string() })) }));
const ticketHistoryEntry = named(
  "TicketHistoryEntry",
  z.object({
    id: z.number().int().meta({ description: "The entryId for rollback" }),
    action: z.string(),
    actorId: userRefId,
    actorName: z.string().nullable(),
    changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })).meta({ description: "Field → old and new value" }),
    snapshot: z.record(z.string(), z.unknown()).nullable().meta({ description: "The workflow state after this entry" }),
    message: z.string().nullable(),
    createdAt: z.iso.datetime(),
  }),
);
const ifMatchHeader = z.object({
  "If-Match": z
    .string()
    .optional()
    .meta({
      description:
        'The ticket version you acted on ("3", W/"3" or 3). If the ticket has changed since, the answer is 409 and nothing changes. Without it, no check.',
      example: '"3"',
    }),
});

const errorText: Record<number, string> = {
  400: "Invalid input: see error.fields",
  401: "No valid token or session",
  403: "Not allowed for this user",
  404: "Not found, or not visible to this user",
  405: "Method not allowed",
  409: "Conflicts with the current state",
  413: "The file is larger than the attachment size limit (settings)",
  415: "This type of file is not accepted, or its name does not match its content",
  423: "Account locked",
  429: "Too many sign-in attempts from this address",
};

type Operation = {
  method: "get" | "post" | "patch" | "delete";
  path: string;
  tag: string;
  summary: string;
  body?: z.ZodType;
  query?: z.ZodObject;
  /** A versioned command: an optional `If-Match: "<version>"` header, 409 when the ticket has moved on. */
  ifMatch?: boolean;
  /** The body may be left out (an empty body is `{}`). */
  optionalBody?: boolean;
  /** The success answer: its status, and its schema unless it is 204. */
  ok: [number, z.ZodType?];
  errors?: number[];
  public?: boolean;
};

function add(op: Operation) {
  // Every path parameter ({id}, {tokenId}) is a uuid.
  const pathParams = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  const hasId = pathParams.length > 0;
  const statuses = new Set([
    ...(op.public ? [] : [401, 403]),
    ...(op.body || op.query ? [400] : []),
    ...(hasId ? [404] : []),
    ...(op.errors ?? []),
    ...(op.ifMatch ? [400, 409] : []),
  ]);
  const [okStatus, okSchema] = op.ok;
  registry.registerPath({
    method: op.method,
    path: `/api/v1${op.path}`,
    tags: [op.tag],
    summary: op.summary,
    ...(op.public ? { security: [] } : {}),
    request: {
      ...(hasId ? { params: z.object(Object.fromEntries(pathParams.map((p) => [p, z.uuid()]))) } : {}),
      ...(op.query ? { query: op.query } : {}),
      ...(op.ifMatch ? { headers: ifMatchHeader } : {}),
      ...(op.body ? { body: { required: !op.optionalBody, content: { "application/json": { schema: op.body } } } } : {}),
    },
    responses: {
      [okStatus]: { description: okStatus === 204 ? "Done" : "OK", ...(okSchema ? { content: { "application/json": { schema: okSchema } } } : {}) },
      ...Object.fromEntries(
        [...statuses].sort().map((s) => [s, { description: errorText[s], content: { "application/json": { schema: errorSchema } } }]),
      ),
    },
  });
}

const me = user;
// Auth
add({ method: "post", path: "/auth/login", tag: "Auth", summary: "Sign in with username and password", public: true, body: loginSchema, ok: [200, tokenPair.extend({ user })], errors: [401, 403, 423, 429] });
add({ method: "post", path: "/auth/refresh", tag: "Auth", summary: "Trade a refresh token for a new pair (each refresh token works once)", public: true, body: refreshSchema, ok: [200, tokenPair], errors: [401] });
add({ method: "post", path: "/auth/logout", tag: "Auth", summary: "Revoke the login of the bearer access token, or of { refresh }", public: true, body: refreshSchema.partial(), ok: [204], errors: [401] });
add({ method: "get", path: "/auth/register", tag: "Auth", summary: "What registering needs: whether it is open, and the departments to choose from", public: true, ok: [200, registrationOptionsSchema] });
add({ method: "post", path: "/auth/register", tag: "Auth", summary: "Register; the account waits for approval", public: true, body: registerSchema, ok: [201, z.object({ id: z.uuid(), username: z.string(), isApproved: z.literal(false) })], errors: [403, 409, 429] });
add({ method: "get", path: "/auth/me", tag: "Auth", summary: "The signed-in user", ok: [200, me] });
add({ method: "patch", path: "/auth/me", tag: "Auth", summary: "Update your own profile", body: profileSchema, ok: [200, me] });
add({ method: "post", path: "/auth/change-password", tag: "Auth", summary: "Change your password (ends your other sessions and tokens); wrong current passwords count toward the lockout", body: changePasswordSchema, ok: [204], errors: [423] });
add({ method: "get", path: "/auth/tokens", tag: "Auth", summary: "Your personal API tokens", ok: [200, pageOf("ApiToken", apiToken)] });
add({ method: "post", path: "/auth/tokens", tag: "Auth", summary: "Create a personal API token (the secret is shown once)", body: createApiTokenSchema, ok: [201, apiToken.extend({ token: z.string() })] });
add({ method: "delete", path: "/auth/tokens/{id}", tag: "Auth", summary: "Revoke a personal API token", ok: [204] });
add({ method: "get", path: "/auth/sessions", tag: "Auth", summary: "Your signed-in browsers and API logins (IP, device, last seen)", ok: [200, pageOf("Session", session)] });
add({ method: "delete", path: "/auth/sessions", tag: "Auth", summary: "Sign out everywhere: end every session and API login of yours", ok: [204] });
add({ method: "delete", path: "/auth/sessions/{id}", tag: "Auth", summary: "End one of your sessions (that browser is signed out, that login's tokens stop)", ok: [204] });
// Users
add({ method: "get", path: "/users", tag: "Users", summary: "List users (admin, manager)", query: listUsersQuery, ok: [200, pageOf("User", user)] });
add({ method: "post", path: "/users", tag: "Users", summary: "Create an approved user (admin)", body: createUserSchema, ok: [201, user], errors: [409] });
add({ method: "get", path: "/users/{id}", tag: "Users", summary: "One user", ok: [200, user] });
add({ method: "patch", path: "/users/{id}", tag: "Users", summary: "Update a user, their role or active flag (admin)", body: updateUserSchema, ok: [200, user], errors: [409] });
add({ method: "delete", path: "/users/{id}", tag: "Users", summary: "Delete a user (admin; never yourself or the last admin)", ok: [204], errors: [409] });
add({ method: "post", path: "/users/{id}/approve", tag: "Users", summary: "Approve a registration (admin, or a manager of their department)", ok: [200, user], errors: [409] });
add({ method: "post", path: "/users/{id}/unlock", tag: "Users", summary: "Unlock a locked account (admin, manager)", ok: [200, user] });
add({ method: "post", path: "/users/{id}/reset-password", tag: "Users", summary: "Set a new password for a user (admin); ends their sessions and API tokens", body: resetPasswordSchema, ok: [200, user] });
add({ method: "get", path: "/users/{id}/tokens", tag: "Users", summary: "A user's personal API tokens, without secrets (admin)", ok: [200, pageOf("UserApiToken", apiToken)] });
add({ method: "delete", path: "/users/{id}/tokens/{tokenId}", tag: "Users", summary: "Revoke one of a user's personal API tokens (admin)", ok: [204] });
// Departments and products
add({ method: "get", path: "/departments", tag: "Departments", summary: "All departments", ok: [200, pageOf("Department", department)] });
add({ method: "post", path: "/departments", tag: "Departments", summary: "Create a department (admin)", body: departmentInputSchema, ok: [201, department], errors: [409] });
add({ method: "get", path: "/departments/{id}", tag: "Departments", summary: "One department", ok: [200, department] });
add({ method: "patch", path: "/departments/{id}", tag: "Departments", summary: "Update a department (admin)", body: departmentPatchSchema, ok: [200, department], errors: [409] });
add({ method: "delete", path: "/departments/{id}", tag: "Departments", summary: "Delete an empty department (admin)", ok: [204], errors: [409] });
add({ method: "get", path: "/products", tag: "Products", summary: "All products", ok: [200, pageOf("Product", product)] });
add({ method: "post", path: "/products", tag: "Products", summary: "Create a product (admin)", body: productInputSchema, ok: [201, product], errors: [409] });
add({ method: "get", path: "/products/{id}", tag: "Products", summary: "One product", ok: [200, product] });
add({ method: "patch", path: "/products/{id}", tag: "Products", summary: "Update a product (admin)", body: productPatchSchema, ok: [200, product], errors: [409] });
add({ method: "delete", path: "/products/{id}", tag: "Products", summary: "Delete an unused product (admin)", ok: [204], errors: [409] });
// Settings
add({ method: "get", path: "/settings", tag: "Settings", summary: "Organisation settings (admin)", ok: [200, settings] });
add({ method: "patch", path: "/settings", tag: "Settings", summary: "Change some settings (admin)", body: settingsPatchSchema, ok: [200, settings] });
// Tickets (SPEC §2). Each action answers with the updated ticket.
const T = "Tickets";
add({ method: "get", path: "/tickets", tag: T, summary: "Tickets you can see (admin/manager: all; others: requested, assigned or collaborating), filtered", query: listTicketsQuery, ok: [200, pageOf("Ticket", ticket)] });
add({ method: "post", path: "/tickets", tag: T, summary: "Request a ticket; routed by your department (requested, pending_creative, or approved for a creative manager)", body: createTicketSchema, ok: [201, ticketDetail] });
add({ method: "get", path: "/tickets/trash", tag: T, summary: "Tickets in trash (admin, manager)", query: listTrashQuery, ok: [200, pageOf("TrashedTicket", ticket)] });
add({ method: "get", path: "/tickets/{id}", tag: T, summary: "One ticket with its collaborators", ok: [200, ticketDetail] });
add({ method: "patch", path: "/tickets/{id}", tag: T, summary: "Edit fields (requester, admin, manager); status changes only through the actions", body: updateTicketSchema, ifMatch: true, ok: [200, ticketDetail] });
add({ method: "delete", path: "/tickets/{id}", tag: T, summary: "Delete permanently (admin; only a ticket in trash)", ifMatch: true, ok: [204] });
add({ method: "post", path: "/tickets/{id}/approve", tag: T, summary: "Approve the waiting step: dept (a manager of the requester's department) or creative (a creative manager); admin either", body: approveTicketSchema, optionalBody: true, ifMatch: true, ok: [200, ticketDetail] });
add({ method: "post", path: "/tickets/{id}/reject", tag: T, summary: "Reject at the waiting step, with an optional reason (whoever may approve that step)", body: rejectTicketSchema, optionalBody: true, ifMatch: true, ok: [200, ticketDetail] });
add({ method: "post", path: "/tickets/{id}/assign", tag: T, summary: "Assign or reassign an approved or in-progress ticket to an active user of a creative department (admin, manager)", body: assignTicketSchema, ifMatch: true, ok: [200, ticketDetail] });
add({ method: "post", path: "/tickets/{id}/start", tag: T, summary: "Start an approved ticket (assignee, admin, manager; an unassigned starter becomes the assignee)", ifMatch: true, ok: [200, ticketDetail] });
add({ method: "post", path: "/tickets/{id}/complete", tag: T, summary: "Complete a ticket in progress (assignee, admin, manager)", ifMatch: true, ok: [200, ticketDetail] });
add({ method: "post", path: "/tickets/{id}/confirm", tag: T, summary: "Confirm a completed ticket (the requester only, once)", ifMatch: true, ok: [200, ticketDetail] });
add({ method: "post", path: "/tickets/{id}/request-changes", tag: T, summary: "Send a completed ticket back to in progress with a reason (the requester)", body: requestChangesSchema, ifMatch: true, ok: [200, ticketDetail] });
add({ method: "post", path: "/tickets/{id}/rollback", tag: T, summary: "Restore the workflow state of a history entry (admin, manager); itself logged and reversible", body: rollbackTicketSchema, ifMatch: true, ok: [200, ticketDetail] });
add({ method: "post", path: "/tickets/{id}/trash", tag: T, summary: "Move to trash (requester, admin, manager)", ifMatch: true, ok: [200, ticketDetail] });
add({ method: "post", path: "/tickets/{id}/restore", tag: T, summary: "Restore from trash (admin, manager)", ifMatch: true, ok: [200, ticketDetail] });
add({ method: "post", path: "/tickets/{id}/collaborators", tag: T, summary: "Add a collaborator (anyone who can see the ticket); they can see it from then on", body: collaboratorSchema, ifMatch: true, ok: [200, ticketDetail] });
add({ method: "delete", path: "/tickets/{id}/collaborators", tag: T, summary: "Remove a collaborator (anyone who can see the ticket)", body: collaboratorSchema, ifMatch: true, ok: [200, ticketDetail] });
add({ method: "get", path: "/tickets/{id}/history", tag: T, summary: "The ticket's history, oldest first: who, when, old → new, workflow snapshot", ok: [200, pageOf("TicketHistoryEntry", ticketHistoryEntry)] });
add({ method: "get", path: "/tickets/{id}/mention-candidates", tag: T, summary: "Whom an @mention on this ticket would reach (active users who can see it), matching the letters typed; for autocomplete", query: mentionCandidatesQuery, ok: [200, pageOf("MentionCandidate", z.object({ id: z.uuid(), name: z.string(), username: z.string() }))] });
// Command palette
add({ method: "get", path: "/search", tag: "Search", summary: "Global search: tickets you can see by key (T-12) or words; people only for admins and managers", query: searchQuerySchema, ok: [200, named("SearchResult", searchResultSchema)] });

// Ticket comments and in-app notifications (SPEC §2, §4). Dates go out as ISO strings.
const ticketComment = named("TicketComment", ticketCommentSchema.extend({ createdAt: z.iso.datetime(), editedAt: z.iso.datetime().nullable() }));
const notification = named("Notification", notificationSchema.extend({ readAt: z.iso.datetime().nullable(), createdAt: z.iso.datetime() }));
add({ method: "get", path: "/tickets/{id}/comments", tag: "Tickets", summary: "The ticket's comments in thread order (each reply after its parent, with its depth); anyone who can see the ticket", ok: [200, pageOf("TicketComment", ticketComment)] });
add({ method: "post", path: "/tickets/{id}/comments", tag: "Tickets", summary: "Comment (markdown, ≤ 10,000 characters) or reply (parentId of a comment on the same ticket); notifies requester, assignee, parent author and @mentioned users, never you", body: addCommentSchema, ok: [201, ticketComment] });
add({ method: "get", path: "/notifications", tag: "Notifications", summary: "Your notifications, newest first (unread=true for the unread ones only)", query: listNotificationsQuery, ok: [200, pageOf("Notification", notification)] });
add({ method: "post", path: "/notifications/{id}/read", tag: "Notifications", summary: "Mark one of your notifications read (idempotent); anyone else's is 404", ok: [200, notification] });
add({ method: "post", path: "/notifications/read-all", tag: "Notifications", summary: "Mark all your notifications read", ok: [200, z.object({ updated: z.number().int() })] });

// Ticket attachments (SPEC §2). Upload and download are not JSON, so they are registered directly.
const ticketAttachment = named("TicketAttachment", ticketAttachmentSchema.extend({ createdAt: z.iso.datetime() }));
const errorResponses = (statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [s, { description: errorText[s], content: { "application/json": { schema: errorSchema } } }]));
add({ method: "get", path: "/tickets/{id}/attachments", tag: "Tickets", summary: "The ticket's attachments, oldest first; anyone who can see the ticket", ok: [200, pageOf("TicketAttachment", ticketAttachment)] });
registry.registerPath({
  method: "post",
  path: "/api/v1/tickets/{id}/attachments",
  tags: ["Tickets"],
  summary: "Attach a file (anyone who can see the ticket): images, PDF, Office documents (docx, xlsx, pptx), video (MP4, MOV, WebM) or zip, up to the size limit; the type is read from the bytes",
  request: {
    params: z.object({ id: z.uuid() }),
    body: { required: true, content: { "multipart/form-data": { schema: z.object({ file: z.string().meta({ format: "binary" }) }) } } },
  },
  description:
    "The body streams to storage: a ticket the caller cannot see (404) and a Content-Length over the limit (413) are answered before it is read, and the upload stops the moment its bytes pass the limit. The name is cleaned (no folders, control or bidi characters, trailing dots; at most 255 UTF-8 bytes) and ends in the detected type's extension.",
  responses: {
    201: { description: "Attached", content: { "application/json": { schema: ticketAttachment } } },
    ...errorResponses([400, 401, 403, 404, 413, 415]),
    429: { description: "This user already has 3 uploads in progress", content: { "application/json": { schema: errorSchema } } },
  },
});
registry.registerPath({
  method: "get",
  path: "/api/v1/attachments/{id}",
  tags: ["Tickets"],
  summary: "Download an attachment (anyone who can see its ticket), as its detected type with X-Content-Type-Options: nosniff; Content-Disposition attachment (inline only for PNG, JPEG, GIF, WebP)",
  request: { params: z.object({ id: z.uuid() }) },
  responses: { 200: { description: "The file's bytes", content: { "application/octet-stream": { schema: z.string().meta({ format: "binary" }) } } }, ...errorResponses([401, 403, 404]) },
});
add({ method: "delete", path: "/attachments/{id}", tag: "Tickets", summary: "Delete an attachment (its uploader, an admin or a manager)", ok: [204] });

// Ticket dashboard (SPEC §5): scope admin/manager all live tickets, others requested by or assigned to them.
const count = z.number().int().min(0);
const ticketDashboardSchema = named(
  "TicketDashboard",
  z.object({
    cards: z.object({
      total: count,
      requested: count.meta({ description: "Dept Approval" }),
      pendingCreative: count.meta({ description: "Creative Approval" }),
      approved: count,
      inProgress: count,
      completed: count,
      rejected: count,
      overdue: count.meta({ description: "Deadline passed, status not completed or rejected" }),
      assignedToMeOpen: count.meta({ description: "Assigned to you, not completed or rejected" }),
    }),
    byStatus: z.array(z.object({ status: ticketStatusSchema, count })),
    byPriority: z.array(z.object({ priority: ticketPrioritySchema, count })).meta({ description: "Urgent, High, Medium, Low" }),
    lastSevenDays: z
      .array(
        z.object({
          day: z.iso.date(),
          created: count,
          completed: count,
          from: z.iso.datetime({ offset: true }).meta({ description: "The day's first millisecond, with the organisation's UTC offset (GET /tickets createdFrom)" }),
          to: z.iso.datetime({ offset: true }).meta({ description: "The day's last millisecond, with the organisation's UTC offset (GET /tickets createdTo)" }),
        }),
      )
      .meta({ description: "The last 7 days in the organisation's time zone, oldest first, ending today" }),
    timeZone: z.string(),
  }),
);
add({ method: "get", path: "/dashboard/tickets", tag: "Dashboard", summary: "The ticket dashboard: 8 cards, assigned to you and open, by status, by priority, created and completed per day for 7 days", ok: [200, ticketDashboardSchema] });

let document: ReturnType<OpenApiGeneratorV31["generateDocument"]> | undefined;

export function openApiDocument() {
  document ??= new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Crewdesk API",
      version: "1",
      description: "JSON API of Crewdesk. Errors: `{ error: { code, message, fields? } }`. Lists: `{ items, page, pageSize, total, totalPages }`.",
    },
    security: [{ bearer: [] }],
  });
  return document;
}
