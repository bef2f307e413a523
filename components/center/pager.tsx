import Link from "@/components/site/intent-link";

type Props = {
  /** Back to the first page, or null on it. */
  firstHref: string | null;
  /** The next page, or null on the last one. */
  nextHref: string | null;
  firstLabel: string;
  nextLabel: string;
};

/** The links under a keyset-paged dashboard table. */
export function Pager({ firstHref, nextHref, firstLabel, nextLabel }: Props) {
  return (
    <nav className="mt-4 flex gap-4 text-sm">
      {firstHref ? (
        <Link href={firstHref} className="text-brand-700 underline">
          {firstLabel}
        </Link>
      ) : null}
      {nextHref ? (
        <Link href={nextHref} className="text-brand-700 underline" rel="next">
          {nextLabel}
        </Link>
      ) : null}
    </nav>
  );
}
