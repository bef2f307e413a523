import { listMyQuizAttemptsEndpoint, startQuizAttemptEndpoint } from "@/lib/api/quiz-endpoints";
import { handle } from "@/lib/http/handle";
import { listMyAttempts } from "@/lib/quizzes/list-my-attempts";
import { startAttempt } from "@/lib/quizzes/start-attempt";

export const GET = handle(listMyQuizAttemptsEndpoint, ({ params, query, actor }) => listMyAttempts(actor, params.id, query));
export const POST = handle(startQuizAttemptEndpoint, ({ params, actor, locale }) => startAttempt(actor, params.id, locale));
