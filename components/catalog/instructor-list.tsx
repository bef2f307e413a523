import Link from "@/components/site/intent-link";
import { getTranslations } from "next-intl/server";
import type { CenterInstructor } from "@/lib/catalog/list-center-instructors";
import { Avatar } from "./avatar";

/** Instructors as links to their public pages, with their headline. */
export async function InstructorList({ instructors }: { instructors: CenterInstructor[] }) {
  const t = await getTranslations("instructorPage");
  return (
    <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="instructor-list">
      {instructors.map((instructor) => (
        <li key={instructor.id} className="flex items-center gap-3 rounded-lg border border-slate-200 p-3">
          <Avatar name={instructor.name} imageUrl={instructor.photoUrl} alt={t("photoAlt", { name: instructor.name })} />
          <div>
            <Link href={`/instructors/${instructor.id}`} className="font-medium text-brand-700 hover:underline">
              {instructor.name}
            </Link>
            {instructor.headline ? <p className="text-sm text-slate-500">{instructor.headline}</p> : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
