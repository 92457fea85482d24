/** Next.js calls this once when the server starts, before it takes requests. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  try {
    env();
  } catch (error) {
    // A bad configuration stops the server, rather than leaving it serving without its set-up.
    console.error(`\nCrewdesk cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  const { bootstrap } = await import("./lib/setup/bootstrap");
  await bootstrap();
}
