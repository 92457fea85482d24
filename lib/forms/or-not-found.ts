import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

/** For pages: a record the domain says does not exist (or is not visible) renders the 404 page. */
export function orNotFound<T>(promise: Promise<T>): Promise<T> {
  return promise.catch((error) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
}
