import pino from "pino";

// Structured logs on stdout; error objects are serialised with their stack here, never in a response.
export const logger = pino({ level: process.env.LOG_LEVEL ?? "info", base: undefined });
