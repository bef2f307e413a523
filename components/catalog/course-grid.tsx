import type { CourseSummary } from "@/lib/catalog/course-dto";
import { MoreLink } from "@/components/site/more-link";
import { CourseCard } from "./course-card";

type GridProps = {
  courses: CourseSummary[];
  /** Shown instead of the grid when there are no courses. */
  emptyMessage: string;
  /** Top margins of the grid and of the empty message. */
  listMargin?: string;
  emptyMargin?: string;
};

/** Course cards in a responsive grid, or a message when there are none. */
export function CourseGrid({ courses, emptyMessage, listMargin = "mt-3", emptyMargin = "mt-3" }: GridProps) {
  if (courses.length === 0) return <p className={`${emptyMargin} text-slate-600`}>{emptyMessage}</p>;
  return (
    <ul className={`${listMargin} grid gap-4 sm:grid-cols-2 lg:grid-cols-3`}>
      {courses.map((course) => (
        <li key={course.id}>
          <CourseCard course={course} />
        </li>
      ))}
    </ul>
  );
}

type SectionProps = {
  title: string;
  emptyMessage: string;
  page: { items: CourseSummary[]; nextCursor: string | null };
  /** The page's own path; the next page adds `?cursor=…`. */
  path: string;
  moreLabel: string;
};

/** A center's or instructor's "Courses" section: a page of course cards and a link to the next page. */
export function CourseSection({ title, emptyMessage, page, path, moreLabel }: SectionProps) {
  return (
    <section aria-labelledby="courses">
      <h2 id="courses" className="text-xl font-semibold">
        {title}
      </h2>
      <CourseGrid courses={page.items} emptyMessage={emptyMessage} />
      {page.nextCursor ? <MoreLink href={`${path}?cursor=${encodeURIComponent(page.nextCursor)}`}>{moreLabel}</MoreLink> : null}
    </section>
  );
}
