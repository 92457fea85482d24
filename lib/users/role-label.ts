/** "Sales agent": a role as a label (client-safe: no schema or database import). */
export const roleLabel = (role: string) => role.replace("_", " ").replace(/^\w/, (c) => c.toUpperCase());
