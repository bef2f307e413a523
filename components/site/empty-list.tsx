import Link from "@/components/site/intent-link";

/** An empty personal list (My learning, Following): why it is empty and a link to browse the courses. */
export function EmptyList({ message, browseLabel }: { message: string; browseLabel: string }) {
  return (
    <p className="mt-6 text-slate-600">
      {message}{" "}
      <Link href="/courses" className="text-brand-700 underline">
        {browseLabel}
      </Link>
    </p>
  );
}
