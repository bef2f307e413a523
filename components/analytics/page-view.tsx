"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";

const ENDPOINT = "/api/events/web";

/**
 * Reports each page of the student site once per navigation (policy S1.2 "pages viewed"): a few
 * hundred bytes, sent after the page is up with `sendBeacon`, so a slow connection never waits
 * for it. Only the path goes out; the server keeps its route pattern (ADR 0038). A browser that
 * asks not to be tracked (Global Privacy Control or Do Not Track) sends nothing.
 */
export function PageViewBeacon() {
  const pathname = usePathname();
  useEffect(() => {
    const nav = navigator as Navigator & { globalPrivacyControl?: boolean };
    if (!pathname || nav.globalPrivacyControl || nav.doNotTrack === "1") return;
    const body = new Blob([JSON.stringify({ path: pathname })], { type: "application/json" });
    if (typeof nav.sendBeacon === "function" && nav.sendBeacon(ENDPOINT, body)) return;
    void fetch(ENDPOINT, { method: "POST", body, keepalive: true, credentials: "omit" }).catch(() => undefined);
  }, [pathname]);
  return null;
}
