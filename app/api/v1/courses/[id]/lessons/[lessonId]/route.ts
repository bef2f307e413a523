import { getLessonEndpoint } from "@/lib/api/learning-endpoints";
import { handle } from "@/lib/http/handle";
import { getLesson } from "@/lib/learning/get-lesson";

export const GET = handle(getLessonEndpoint, ({ params, actor, locale }) => getLesson({ actor, courseId: params.id, lessonId: params.lessonId, locale }));
