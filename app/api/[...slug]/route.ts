import { publicApiRoute } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";

// Any /api path no route answers: a JSON 404 in the API's error shape, not the HTML not-found page.
const notFound = publicApiRoute(async ({ req }) => {
  throw new AppError("not_found", `No API endpoint at ${req.nextUrl.pathname}`);
});

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
