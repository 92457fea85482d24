import { inArray } from "drizzle-orm";
import { getDb } from "@/db";
import { products, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { addComment, approveTicket, assignTicket, completeTicket, confirmTicket, createTicket, rejectTicket, requestChanges, startTicket } from "@/lib/tickets";

const DAY = 86_400_000;
const inDays = (n: number) => new Date(Date.now() + n * DAY).toISOString();

type Step = "dept" | "creative" | "assign" | "start" | "complete" | "confirm" | "changes" | "reject";
type DemoTicket = {
  by: string;
  title: string;
  description: string;
  product?: string;
  priority: "low" | "medium" | "high" | "urgent";
  deadline?: number;
  steps: Step[];
  comments?: [string, string][];
};

// A dozen requests across every status, each moved there by the people whose turn it was.
const demoTickets: DemoTicket[] = [
  {
    by: "mia",
    title: "Flyer for the open day",
    description: "A5 flyer, both sides. **Date, map and the programme** on the back.",
    product: "Flyer",
    priority: "high",
    deadline: 6,
    steps: [],
    comments: [["mia", "The programme is final; the map is the one from last year."]],
  },
  { by: "sally", title: "Client testimonial video", description: "30 seconds from the Harbour Hotel interview.", product: "Video", priority: "medium", deadline: 14, steps: [] },
  { by: "mia", title: "Safety poster for the warehouse", description: "Lifting technique, in the style of the existing posters.", priority: "medium", deadline: 10, steps: ["dept"] },
  { by: "dana", title: "Refresh the email signature", description: "New logo and the support phone number.", priority: "low", steps: [] },
  {
    by: "mia",
    title: "Social post: our new van fleet",
    description: "Carousel of the three new vans, with the team.",
    product: "Social media post",
    priority: "medium",
    deadline: 4,
    steps: ["dept", "creative"],
  },
  { by: "carla", title: "Brand colour guide update", description: "Add the accessible palette and contrast pairs.", priority: "low", deadline: 21, steps: [] },
  {
    by: "sally",
    title: "Brochure for the trade fair",
    description: "Eight pages: services, three case studies, contact.",
    product: "Flyer",
    priority: "urgent",
    deadline: 3,
    steps: ["dept", "creative", "assign", "start"],
    comments: [
      ["dana", "First layout is in progress — case studies need photos."],
      ["sally", "@dana photos of the Harbour Hotel job are in the shared drive."],
    ],
  },
  {
    by: "mia",
    title: "Signage for the depot entrance",
    description: "Opening hours and the delivery bay arrows.",
    priority: "high",
    deadline: -2,
    steps: ["dept", "creative", "assign", "start"],
    comments: [["morgan", "This is overdue — @dana can you give an update?"]],
  },
  {
    by: "mia",
    title: "Banner for the website header",
    description: "1920×480, the summer campaign.",
    product: "Social media post",
    priority: "medium",
    deadline: 2,
    steps: ["dept", "creative", "assign", "start", "complete"],
    comments: [["dana", "Done — two variants attached for you to pick."]],
  },
  {
    by: "sally",
    title: "Business cards for the new technicians",
    description: "Tom and two more to come.",
    product: "Flyer",
    priority: "low",
    steps: ["dept", "creative", "assign", "start", "complete", "confirm"],
    comments: [["sally", "Printed and handed out. Thanks!"]],
  },
  { by: "mia", title: "Menu for the staff party", description: "One page, playful.", priority: "low", deadline: 8, steps: ["dept", "creative", "assign", "start", "complete", "changes"] },
  { by: "mia", title: "Billboard on the ring road", description: "Six weeks from September.", priority: "medium", steps: ["reject"] },
];

/** The demo's tickets, made through the same commands as the app, so history and notifications are real. */
export async function seedDemoTickets() {
  const db = await getDb();
  const people = await db
    .select()
    .from(users)
    .where(inArray(users.username, ["mia", "sally", "dana", "carla", "morgan", "sam"]));
  const actor = (username: string): Actor => {
    const u = people.find((p) => p.username === username)!;
    return { id: u.id, username: u.username, name: u.name, role: u.role, departmentId: u.departmentId };
  };
  const productId = new Map((await db.select().from(products)).map((p) => [p.name, p.id]));
  const deptManager = (requester: string) => (actor(requester).departmentId === actor("sam").departmentId ? actor("sam") : actor("morgan"));

  for (const t of demoTickets) {
    const ticket = await createTicket(actor(t.by), {
      title: t.title,
      description: t.description,
      priority: t.priority,
      productId: t.product ? productId.get(t.product) : undefined,
      deadline: t.deadline === undefined ? undefined : inDays(t.deadline),
    });
    for (const step of t.steps) {
      if (step === "dept") await approveTicket(deptManager(t.by), ticket.id, { step: "dept" });
      if (step === "creative") await approveTicket(actor("carla"), ticket.id, { step: "creative" });
      if (step === "reject") await rejectTicket(deptManager(t.by), ticket.id, { reason: "No budget for outdoor advertising this year." });
      if (step === "assign") await assignTicket(actor("carla"), ticket.id, { assigneeId: actor("dana").id });
      if (step === "start") await startTicket(actor("dana"), ticket.id);
      if (step === "complete") await completeTicket(actor("dana"), ticket.id);
      if (step === "confirm") await confirmTicket(actor(t.by), ticket.id);
      if (step === "changes") await requestChanges(actor(t.by), ticket.id, { reason: "Please use the new logo and a larger font." });
    }
    for (const [who, body] of t.comments ?? []) await addComment(actor(who), ticket.id, { body });
  }
}
