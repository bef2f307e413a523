import { completeLessonEndpoint } from "@/lib/api/learning-endpoints";
import { handle } from "@/lib/http/handle";
import { completeLesson } from "@/lib/learning/complete-lesson";

export const POST = handle(completeLessonEndpoint, ({ params, actor }) => completeLesson({ actor, lessonId: params.lessonId }));
