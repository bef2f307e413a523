// TanStack Query keys of the notifications feature (style rule 11): always under the center's id,
// so one center's cached answers can never show on another center's page.
export const announcementKeys = {
  all: (centerId: string) => ["center", centerId, "announcements"] as const,
  recipients: (centerId: string, courseId: string) => [...announcementKeys.all(centerId), "recipients", courseId] as const,
};
