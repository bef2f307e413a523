export type PaidCourse = { id: string; amount: number };

/** Paid MMK courses from the public catalog (every provider takes MMK), as a buyer would find them. */
export async function paidCourses(base: string, limit = 50): Promise<PaidCourse[]> {
  const res = await fetch(`${base}/api/v1/courses?limit=${limit}`, { signal: AbortSignal.timeout(15_000) });
  if (!res.ok) throw new Error(`GET /api/v1/courses answered ${res.status}`);
  const { items } = (await res.json()) as { items: { id: string; price: { amount: number; currency: string } }[] };
  const courses = items.filter((c) => c.price.currency === "MMK" && c.price.amount > 0).map((c) => ({ id: c.id, amount: c.price.amount }));
  if (courses.length === 0) throw new Error("the demo catalog has no paid MMK course");
  return courses;
}
