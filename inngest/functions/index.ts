import type { InngestFunction } from "inngest";

/** Every background function, one file each in this folder (id = file name). Later modules add theirs. */
export const functions: InngestFunction.Any[] = [];
