import { z } from "zod";

/** What the page-view beacon posts: the browser's path (its query is dropped unread). */
export const pageViewInput = z.object({ path: z.string().min(1).max(500).startsWith("/") }).strict().meta({ id: "WebPageView" });
