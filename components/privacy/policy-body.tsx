import Markdown from "react-markdown";
import type { PolicyView } from "@/lib/privacy/policies/policy-view";

/** A policy's Markdown text, rendered on the server; headings shift down under a section heading. */
export function PolicyBody({ policy, level }: { policy: PolicyView; level: 1 | 2 }) {
  return (
    <div
      lang={policy.bodyLocale}
      className="mt-6 max-w-3xl space-y-3 text-slate-800 [&_h2]:mt-8 [&_h2]:text-xl [&_h2]:font-semibold [&_h3]:mt-5 [&_h3]:font-semibold [&_h4]:mt-4 [&_h4]:font-semibold [&_ul]:list-disc [&_ul]:space-y-1 [&_ul]:pl-6"
    >
      <Markdown components={{ h1: "h3", h2: level === 1 ? "h2" : "h3", h3: level === 1 ? "h3" : "h4" }}>{policy.body}</Markdown>
    </div>
  );
}
