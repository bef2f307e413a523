import { getCenterAccess } from "@/lib/access/center-scope";
import { getWebActor } from "@/lib/auth/web-actor";
import { listCenterStudents } from "@/lib/centers/students/list-center-students";
import { listCenterStudentsQuery } from "@/lib/centers/students/student-schemas";
import { AppError } from "@/lib/http/errors";
import { toFieldErrors } from "@/lib/http/field-errors";
import { toAppError } from "@/lib/http/map-error";
import { requestContext } from "@/lib/http/request-context";
import { errorResponse, jsonResponse } from "@/lib/http/respond";
import { currentLocale } from "@/lib/i18n/current-locale";
import { describeError, log } from "@/lib/log";

export const dynamic = "force-dynamic";

/**
 * The students table's rows (`?q=&courseId=&status=&sort=&page=&pageSize=`) as JSON for the
 * dashboard's TanStack Query. The session decides the access: signed out or not staff → 404,
 * no `student.read` → 403, a bad query → 422 on `query.<field>`, in the contract's error shape.
 */
export async function GET(req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const ctx = { ...requestContext(req), locale: await currentLocale() };
  try {
    const { slug } = await params;
    const access = await getCenterAccess(await getWebActor(), slug);
    const parsed = listCenterStudentsQuery.safeParse(Object.fromEntries(new URL(req.url).searchParams));
    if (!parsed.success) throw new AppError("validation_failed", { details: toFieldErrors(parsed.error, "query") });
    const page = await listCenterStudents(access, parsed.data, ctx.locale);
    return jsonResponse(page, 200, ctx, { "cache-control": "private, no-store" });
  } catch (error) {
    const { appError, unexpected } = toAppError(error);
    if (unexpected) log.error("center.students.rows_failed", { requestId: ctx.requestId, ...describeError(error) });
    return errorResponse(appError, ctx);
  }
}
