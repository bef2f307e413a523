import { getQuizEndpoint } from "@/lib/api/quiz-endpoints";
import { handle } from "@/lib/http/handle";
import { getQuizForStudent } from "@/lib/quizzes/get-quiz-for-student";

export const GET = handle(getQuizEndpoint, ({ params, actor, locale }) => getQuizForStudent(actor, params.id, locale));
