/** A personal API token stops working after this many days unless its creator chooses otherwise. */
export const DEFAULT_TOKEN_DAYS = 90;
