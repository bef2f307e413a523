import type { ReactNode } from "react";
import Link from "@/components/site/intent-link";

/** The "next page" / "more" link under a paged list. */
export function MoreLink({ href, children, margin = "mt-6" }: { href: string; children: ReactNode; margin?: string }) {
  return (
    <p className={margin}>
      <Link href={href} className="rounded-md border border-slate-300 px-4 py-2">
        {children}
      </Link>
    </p>
  );
}
