import { AppError } from "./errors";
import { requestContext } from "./request-context";
import { errorResponse } from "./respond";

export async function unknownPath(req: Request): Promise<Response> {
  return errorResponse(new AppError("not_found"), requestContext(req));
}
