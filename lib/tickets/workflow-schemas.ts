import { z } from "zod";
import { ticketActionNames } from "./transitions";
import { waitingStages } from "./waiting-on";

/** The OpenAPI shape of TicketWorkflow (allowedActions, waitingOn), beside the types it documents. */
export const ticketWorkflowShape = {
  allowedActions: z.array(z.enum(ticketActionNames)).meta({ description: "What you may do on this ticket now, from the workflow's transition table" }),
  waitingOn: z
    .object({
      stage: z.enum(waitingStages),
      userIds: z.array(z.uuid()).meta({ description: "The people expected to act next (empty when it is a role, not a person)" }),
      you: z.boolean().meta({ description: "You are the one it waits on" }),
      message: z.string().meta({ description: 'One sentence from your side, e.g. "Waiting for Morgan (Operations manager) to approve"' }),
    })
    .meta({ description: "Who the ticket waits on and what happens next" }),
};
