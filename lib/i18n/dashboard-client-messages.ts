import type { Locale } from "./locales";
import { messagesFor, type Messages } from "./messages";

// The namespaces the dashboard's client components read (forms, editors, tables). Only these reach
// the browser; the rest of the catalogue stays on the server.
const CLIENT_NAMESPACES = [
  "apiErrors",
  "centerCourses",
  "centerQuizzes",
  "centerLiveClasses",
  "centerStudents",
  "centerOverview",
  "centerNotifications",
  "centerSettings",
] as const satisfies readonly (keyof Messages)[];

/** The dashboard's client-side messages in `locale`. */
export function dashboardClientMessages(locale: Locale): Pick<Messages, (typeof CLIENT_NAMESPACES)[number]> {
  const all = messagesFor(locale);
  return Object.fromEntries(CLIENT_NAMESPACES.map((namespace) => [namespace, all[namespace]])) as Pick<Messages, (typeof CLIENT_NAMESPACES)[number]>;
}
