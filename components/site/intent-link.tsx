"use client";

import NextLink from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

type Props = ComponentProps<typeof NextLink>;

/**
 * `next/link` that prefetches when the person reaches for a link (hover, keyboard focus, the start
 * of a tap) instead of whenever it scrolls into view. Viewport prefetching fetched every link in
 * the header, footer and lists after each page load — 14 requests on /login — which costs mobile
 * data that is dear in Myanmar and main-thread time on cheap phones while the page is starting
 * (bench:web). A tap still gets a head start of about 100 ms before its click. The app's links use
 * this component; ESLint forbids importing next/link elsewhere. ADR 0042.
 */
export default function IntentLink({ prefetch, href, onMouseEnter, onFocus, onTouchStart, ...props }: Props) {
  const router = useRouter();
  const url = typeof href === "string" && href.startsWith("/") && !href.startsWith("//") ? href : null;
  const prefetchOnIntent = () => {
    if (url && prefetch !== false) router.prefetch(url);
  };
  return (
    <NextLink
      {...props}
      href={href}
      prefetch={prefetch === true}
      onMouseEnter={(event) => {
        prefetchOnIntent();
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        prefetchOnIntent();
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        prefetchOnIntent();
        onTouchStart?.(event);
      }}
    />
  );
}
