/** Next.js calls this once when the server starts, before it takes requests. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { bootstrap } = await import("./lib/setup/bootstrap");
  await bootstrap();
}
