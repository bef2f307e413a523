/** Every page of the admin area, in the order the navigation and the overview list them. */
export const ADMIN_SECTIONS = [
  { key: "centers", href: "/admin/centers" },
  { key: "users", href: "/admin/users" },
  { key: "childReports", href: "/admin/child-reports" },
  { key: "privacyRequests", href: "/admin/privacy-requests" },
  { key: "policies", href: "/admin/policies" },
  { key: "reconciliation", href: "/admin/reconciliation" },
  { key: "retention", href: "/admin/retention" },
  { key: "outbox", href: "/admin/outbox" },
  { key: "support", href: "/admin/support" },
  { key: "activity", href: "/admin/activity" },
] as const;
