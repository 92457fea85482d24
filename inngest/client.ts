import { Inngest } from "inngest";

/**
 * The Inngest client. It reads INNGEST_EVENT_KEY / INNGEST_SIGNING_KEY (cloud or self-hosted) or
 * INNGEST_DEV=1 (a local dev server). Without either, the app still works: scheduled work can be run
 * by hand, and sending an event must never fail a user's request.
 */
export const inngest = new Inngest({ id: "crewdesk" });
