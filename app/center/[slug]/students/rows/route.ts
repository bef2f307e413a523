import { listCenterStudents } from "@/lib/centers/students/list-center-students";
import { listCenterStudentsQuery } from "@/lib/centers/students/student-schemas";
import { centerJson } from "@/lib/http/center-json-route";
import { AppError } from "@/lib/http/errors";
import { toFieldErrors } from "@/lib/http/field-errors";

export const dynamic = "force-dynamic";

/**
 * The students table's rows (`?q=&courseId=&status=&sort=&page=&pageSize=`) as JSON for the
 * dashboard's TanStack Query. The session decides the access: signed out or not staff → 404,
 * no `student.read` → 403, a bad query → 422 on `query.<field>`, in the contract's error shape.
 */
export async function GET(req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return centerJson(req, slug, (access, locale) => {
    const parsed = listCenterStudentsQuery.safeParse(Object.fromEntries(new URL(req.url).searchParams));
    if (!parsed.success) throw new AppError("validation_failed", { details: toFieldErrors(parsed.error, "query") });
    return listCenterStudents(access, parsed.data, locale);
  });
}
