import type { Metadata } from "next";

// The sandbox gateways are test tools: never indexed. Each page checks the mode itself (404 in production).
export const metadata: Metadata = { robots: { index: false, follow: false } };

/** The frame of the sandbox gateway pages (/sandbox/<provider>/<checkoutId>). */
export default function SandboxLayout({ children }: { children: React.ReactNode }) {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-8">
      {children}
    </main>
  );
}
