"use client";

import NextLink from "next/link";
import { useState, type ComponentProps } from "react";

type Props = ComponentProps<typeof NextLink>;

/**
 * `next/link` that prefetches when the person reaches for a link (hover, keyboard focus, the start
 * of a tap) instead of whenever it scrolls into view. Viewport prefetching fetched every link in
 * the header, footer and lists after each page load — 14 requests on /login — which costs mobile
 * data that is dear in Myanmar and main-thread time on cheap phones while the page is starting
 * (bench:web). A tap still gets a head start of about 100 ms before its click.
 *
 * How: the link starts with prefetching off; the first intent turns it on ("auto"), and next/link,
 * seeing a visible link that may prefetch, prefetches it. No router hook is needed, so the link
 * also renders where no app router is mounted. `prefetch={true}` keeps eager prefetching and
 * `prefetch={false}` none at all. The app's links use this component; ESLint forbids importing
 * next/link elsewhere. ADR 0042.
 */
export default function IntentLink({ prefetch, onMouseEnter, onFocus, onTouchStart, ...props }: Props) {
  const [reached, setReached] = useState(false);
  const reach = () => {
    if (prefetch !== false && !reached) setReached(true);
  };
  return (
    <NextLink
      {...props}
      prefetch={prefetch === true ? true : reached ? "auto" : false}
      onMouseEnter={(event) => {
        reach();
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        reach();
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        reach();
        onTouchStart?.(event);
      }}
    />
  );
}
