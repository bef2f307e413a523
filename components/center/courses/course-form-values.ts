import { toPlatformAmount } from "@/components/center/form-values";
import type { CreateCourseInput, UpdateCourseInput } from "@/lib/authoring/schemas";

// The course form holds strings (what the inputs hold); these pure functions turn them into the
// input of the SAME zod schemas the server uses (createCourseInput / updateCourseInput), so the
// client resolver and the server action validate exactly the same object.

export type Currency = "MMK" | "USD";
export type CourseLevel = NonNullable<CreateCourseInput["level"]>;
export type CourseLanguage = NonNullable<CreateCourseInput["language"]>;

export type CourseFormValues = {
  categoryId: string;
  titleEn: string;
  titleMy: string;
  summaryEn: string;
  summaryMy: string;
  descriptionEn: string;
  descriptionMy: string;
  coverImageUrl: string;
  level: CourseLevel;
  language: CourseLanguage;
  /** Typed in the currency's everyday unit: kyat, or dollars and cents. */
  priceAmount: string;
  currency: Currency;
};

type StoredCourse = { [K in Exclude<keyof CourseFormValues, "priceAmount" | "currency" | "level" | "language">]: string | null } & {
  level: CourseLevel;
  language: CourseLanguage;
  priceAmount: number;
  currency: Currency;
};

// Burmese digits ၀–၉ (U+1040–1049); the letter ဝ (U+101D) is often typed for zero.
const toLatinDigits = (text: string) => text.replace(/[\u1040-\u1049]/g, (d) => String(d.charCodeAt(0) - 0x1040)).replace(/\u101D/g, "0");

/** A typed price ("15,000", "၁၅၀၀၀", "12.50") as the platform's integer unit; NaN when it is not one. */
export function parseTypedAmount(text: string, currency: Currency): number {
  const plain = toLatinDigits(text).replace(/[\s,]/g, "");
  return /^\d+(\.\d+)?$/.test(plain) ? toPlatformAmount(Number(plain), currency) : Number.NaN;
}

/** A stored amount as the form shows it: whole kyat, or dollars with cents. */
export function formatTypedAmount(amount: number, currency: Currency): string {
  return currency === "USD" ? (amount / 100).toFixed(2) : String(amount);
}

const blankToUndefined = (text: string) => (text.trim() === "" ? undefined : text);
const blankToNull = (text: string) => (text.trim() === "" ? null : text);

const TEXT_FIELDS = ["titleEn", "titleMy", "summaryEn", "summaryMy", "descriptionEn", "descriptionMy", "coverImageUrl"] as const;

/** The new-course form as `createCourseInput`'s input: blank fields are left out. */
export function toCreateCourseInput(values: CourseFormValues): CreateCourseInput {
  const text = Object.fromEntries(TEXT_FIELDS.map((key) => [key, blankToUndefined(values[key])]));
  return {
    ...text,
    categoryId: values.categoryId,
    level: values.level,
    language: values.language,
    priceAmount: parseTypedAmount(values.priceAmount, values.currency),
    currency: values.currency,
  };
}

/**
 * The edit form as `updateCourseInput`'s input: a blank text field clears it (null). The price is
 * sent only by someone who may change it (`course.price`); otherwise it stays as stored.
 */
export function toUpdateCourseInput(courseId: string, values: CourseFormValues, options: { withPrice: boolean }): UpdateCourseInput {
  const text = Object.fromEntries(TEXT_FIELDS.map((key) => [key, blankToNull(values[key])]));
  const price = options.withPrice ? { priceAmount: parseTypedAmount(values.priceAmount, values.currency), currency: values.currency } : {};
  return { courseId, ...text, categoryId: values.categoryId || undefined, level: values.level, language: values.language, ...price };
}

/** The form's starting values: a stored course's, or an empty new course in kyat. */
export function courseFormDefaults(course: StoredCourse | null, fallbackCategoryId = ""): CourseFormValues {
  if (!course) {
    return {
      categoryId: fallbackCategoryId,
      ...Object.fromEntries(TEXT_FIELDS.map((key) => [key, ""])),
      level: "ALL_LEVELS",
      language: "MY",
      priceAmount: "",
      currency: "MMK",
    } as CourseFormValues;
  }
  const text = Object.fromEntries(TEXT_FIELDS.map((key) => [key, course[key] ?? ""])) as Record<(typeof TEXT_FIELDS)[number], string>;
  return { ...text, categoryId: course.categoryId ?? "", level: course.level, language: course.language, priceAmount: formatTypedAmount(course.priceAmount, course.currency), currency: course.currency };
}
