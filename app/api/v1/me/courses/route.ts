import { listMyCoursesEndpoint } from "@/lib/api/learning-endpoints";
import { handle } from "@/lib/http/handle";
import { listMyCourses } from "@/lib/learning/list-my-courses";

export const GET = handle(listMyCoursesEndpoint, ({ query, actor, locale }) => listMyCourses({ ...query, actor, locale }));
