import type { InngestFunction } from "inngest";
import { ticketReminders } from "./ticket-reminders";

/** Every background function, one file each in this folder (id = file name). Later modules add theirs. */
export const functions: InngestFunction.Any[] = [ticketReminders];
