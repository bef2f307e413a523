/**
 * The statements of the scale seed (scripts/bench/scale/seed.ts), all server-side
 * `INSERT … SELECT FROM generate_series`. Ids are derived from a row's number
 * (`pg_temp.bid(kind, n)`), so an order can name its course, center and student without a join;
 * a course's center, price and currency are functions of the course's number for the same reason.
 * Popularity is skewed as on a real marketplace: a few centers own most courses (center_of),
 * a few courses take most orders (random()²).
 */

/** Per-session helpers; `pg_temp` keeps them out of the schema (no drift). */
export const HELPERS = [
  // A UUID with version 7 and variant bits set, unique per (kind, n): zod and Postgres accept it.
  `CREATE FUNCTION pg_temp.bid(kind bigint, n bigint) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
   $$ SELECT (lpad(to_hex(kind), 8, '0') || '-0000-7000-8000-' || lpad(to_hex(n), 12, '0'))::uuid $$`,
  // Center of course n among k centers: a Knuth hash of n, cubed, so center 1 is the biggest (~8 % of courses).
  `CREATE FUNCTION pg_temp.center_of(n bigint, k int) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
   $$ SELECT 1 + least(k - 1, floor(k * power(((n * 2654435761) % 4294967296)::float8 / 4294967296, 3))::int) $$`,
  `CREATE FUNCTION pg_temp.price_of(n bigint) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
   $$ SELECT CASE WHEN n % 20 = 19 THEN 2500 ELSE (3 + n % 8) * 5000 END $$`,
  `CREATE FUNCTION pg_temp.currency_of(n bigint) RETURNS "Currency" LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
   $$ SELECT (CASE WHEN n % 20 = 19 THEN 'USD' ELSE 'MMK' END)::"Currency" $$`,
];

export const KIND = { center: 0xb5ca1e01, course: 0xb5ca1e02, student: 0xb5ca1e03, order: 0xb5ca1e04, refund: 0xb5ca1e05, teacherUser: 0xb5ca1e06, teacher: 0xb5ca1e07 } as const;

// $1 names en, $2 names my, $3 count
export const CENTERS_SQL = `
INSERT INTO centers (id, slug, name_en, name_my, status, approved_at, created_at, updated_at)
SELECT pg_temp.bid(${KIND.center}, n), 'scale-center-' || n,
  ($1::text[])[1 + n % cardinality($1::text[])] || ' ' || n, ($2::text[])[1 + n % cardinality($2::text[])] || ' ' || n,
  (CASE WHEN n % 97 = 0 THEN 'PENDING' ELSE 'ACTIVE' END)::"CenterStatus", now() - interval '3 years', now() - interval '3 years', now()
FROM generate_series(1, $3::int) AS n`;

// $1 count
export const TEACHER_USERS_SQL = `
INSERT INTO users (id, name, locale, updated_at)
SELECT pg_temp.bid(${KIND.teacherUser}, n), 'Teacher ' || n, 'MY', now() FROM generate_series(1, $1::int) AS n`;
// $1 syllables en, $2 syllables my, $3 honorifics en, $4 honorifics my, $5 count
export const TEACHERS_SQL = `
INSERT INTO instructor_profiles (id, user_id, display_name_en, display_name_my, updated_at)
SELECT pg_temp.bid(${KIND.teacher}, n), pg_temp.bid(${KIND.teacherUser}, n),
  ($3::text[])[1 + n % 5] || ' ' || ($1::text[])[1 + (n / 5) % 20] || ' ' || ($1::text[])[1 + (n / 100) % 20],
  ($4::text[])[1 + n % 5] || ($2::text[])[1 + (n / 5) % 20] || ($2::text[])[1 + (n / 100) % 20], now()
FROM generate_series(1, $5::int) AS n`;

// $1 topics en, $2 topics my, $3 modifiers en, $4 modifiers my, $5 courses, $6 centers, $7 category ids
export const COURSES_SQL = `
INSERT INTO courses (id, center_id, category_id, slug, status, title_en, title_my, summary_en, summary_my, price_amount, currency, published_at, created_at, updated_at)
SELECT pg_temp.bid(${KIND.course}, n), pg_temp.bid(${KIND.center}, pg_temp.center_of(n, $6::int)), ($7::uuid[])[1 + n % cardinality($7::uuid[])],
  'scale-course-' || n, (CASE WHEN n % 10 = 3 THEN 'DRAFT' ELSE 'PUBLISHED' END)::"CourseStatus",
  CASE WHEN ($3::text[])[m] LIKE 'for %' THEN ($1::text[])[t] || ' ' || ($3::text[])[m]
       ELSE ($3::text[])[m] || ' ' || ($1::text[])[t] || coalesce(' and ' || ($1::text[])[t2], '') END
    || CASE WHEN y < 0.2 THEN ' ' || (2020 + floor(y * 35)::int) ELSE '' END,
  ($2::text[])[t] || ' ' || ($4::text[])[m] || coalesce(' နှင့် ' || ($2::text[])[t2], '') || ' သင်တန်း',
  'Learn ' || lower(($1::text[])[t]) || ' step by step, with projects and a certificate.',
  ($2::text[])[t] || ' ကို အဆင့်ဆင့် လေ့လာပါ။',
  pg_temp.price_of(n), pg_temp.currency_of(n),
  CASE WHEN n % 10 <> 3 THEN now() - p * interval '3 years' END, now() - p * interval '3 years' - interval '7 days', now()
FROM (SELECT n, 1 + floor(random() * cardinality($1::text[]))::int AS t, 1 + floor(random() * cardinality($3::text[]))::int AS m,
        CASE WHEN random() < 0.3 THEN 1 + floor(random() * cardinality($1::text[]))::int END AS t2, random() AS y, random() AS p
      FROM generate_series(1, $5::int) AS n) AS s`;

// Half the courses name a teacher. $1 courses, $2 centers, $3 teachers
export const COURSE_TEACHERS_SQL = `
INSERT INTO course_instructors (id, center_id, course_id, instructor_id)
SELECT uuidv7(), pg_temp.bid(${KIND.center}, pg_temp.center_of(n, $2::int)), pg_temp.bid(${KIND.course}, n), pg_temp.bid(${KIND.teacher}, 1 + (n * 31) % $3::int)
FROM generate_series(2, $1::int, 2) AS n`;

// $1 syllables en, $2 syllables my, $3 count
export const STUDENTS_SQL = `
INSERT INTO users (id, phone, phone_verified_at, name, locale, age_confirmed_at, last_login_at, created_at, updated_at)
SELECT pg_temp.bid(${KIND.student}, n), '+95945' || lpad(n::text, 7, '0'), c,
  CASE WHEN n % 5 = 0 THEN ($1::text[])[1 + n % 20] || ' ' || ($1::text[])[1 + (n / 20) % 20]
       ELSE ($2::text[])[1 + n % 20] || ($2::text[])[1 + (n / 20) % 20] || ($2::text[])[1 + (n / 400) % 20] END,
  (CASE WHEN n % 5 = 0 THEN 'EN' ELSE 'MY' END)::"Locale", c, c + random() * (now() - c), c, c
FROM (SELECT n, now() - random() * interval '3 years' AS c FROM generate_series(1, $3::int) AS n) AS s`;

/** Course number → ids, so that bulk rows join for them instead of deriving them row by row. $1 courses, $2 centers */
export const COURSE_STAGE_SQL = `
CREATE UNLOGGED TABLE _scale_courses AS
SELECT n AS cn, pg_temp.bid(${KIND.course}, n) AS course_id, pg_temp.bid(${KIND.center}, pg_temp.center_of(n, $2::int)) AS center_id
FROM generate_series(1, $1::int) AS n`;

/**
 * One row per order with everything the five tables derive from it (UNLOGGED, dropped after).
 * 3 % expired unpaid, 2 % refunded, 2 % half refunded, the rest paid, over the last two years.
 * Stored in time order, so that every table made from it is written as a live system writes it
 * (a center's recent orders share heap pages with everyone's recent orders, not with random ones).
 * $1 orders, $2 courses, $3 students
 */
export const ORDER_STAGE_SQL = `
CREATE UNLOGGED TABLE _scale_orders AS
SELECT i, cn, c.course_id, c.center_id, pg_temp.bid(${KIND.order}, i) AS order_id, pg_temp.bid(${KIND.student}, u) AS user_id,
  CASE WHEN status IN ('REFUNDED', 'PARTIALLY_REFUNDED') THEN pg_temp.bid(${KIND.refund}, i) END AS refund_id, u, at, status, provider, method, unit, discount, unit - discount AS total,
  CASE status WHEN 'REFUNDED' THEN unit - discount WHEN 'PARTIALLY_REFUNDED' THEN (unit - discount) / 2 ELSE 0 END AS refunded,
  CASE WHEN provider = 'STRIPE' THEN round((unit - discount) * 0.029)::int + CASE WHEN currency = 'USD' THEN 30 ELSE 0 END END AS fee,
  ((unit - discount) * 1000 + 5000) / 10000 AS commission, currency,
  least(now() - interval '1 second', at + r * interval '7 days') AS refund_at
FROM (
  SELECT i, cn, u, at, r, pg_temp.price_of(cn) AS unit, pg_temp.currency_of(cn) AS currency,
    CASE WHEN d < 0.1 THEN round(pg_temp.price_of(cn) * 0.2)::int ELSE 0 END AS discount,
    CASE WHEN s < 0.03 THEN 'EXPIRED' WHEN s < 0.05 THEN 'REFUNDED' WHEN s < 0.07 THEN 'PARTIALLY_REFUNDED' ELSE 'PAID' END AS status,
    CASE WHEN m < 0.60 THEN 'KBZPAY' WHEN m < 0.85 THEN 'DINGER' ELSE 'STRIPE' END AS provider,
    CASE WHEN m < 0.45 THEN 'KBZ Pay' WHEN m < 0.60 THEN 'MMQR' WHEN m < 0.75 THEN 'AYA Pay' WHEN m < 0.85 THEN 'Wave Pay' ELSE 'card' END AS method
  FROM (SELECT i, 1 + least($2::int - 1, floor($2::int * random() ^ 2)::int) AS cn, 1 + floor($3::int * random())::int AS u,
          now() - random() * interval '730 days' AS at, random() AS d, random() AS s, random() AS m, random() AS r
        FROM generate_series(1, $1::int) AS i) AS x
) AS y JOIN _scale_courses c USING (cn)
ORDER BY at`;

export const ORDERS_SQL = `
INSERT INTO orders (id, reference, user_id, center_id, course_id, provider, status, unit_amount, discount_amount, total_amount, refunded_amount, currency,
  expires_at, paid_at, refunded_at, created_at, updated_at)
SELECT order_id, 'SC' || i, user_id, center_id, course_id, provider::"PaymentProvider", status::"OrderStatus",
  unit, discount, total, refunded, currency, at + interval '30 minutes', CASE WHEN status <> 'EXPIRED' THEN at END,
  CASE WHEN refunded > 0 THEN refund_at END, at, greatest(at, CASE WHEN refunded > 0 THEN refund_at END)
FROM _scale_orders`;

export const PAYMENTS_SQL = `
INSERT INTO payments (id, center_id, order_id, provider, provider_transaction_id, status, amount, currency, method, provider_fee_amount, paid_at, created_at, updated_at)
SELECT uuidv7(), center_id, order_id, provider::"PaymentProvider", 'scale-' || i, 'SUCCEEDED', total, currency, method, fee, at, at, at
FROM _scale_orders WHERE status <> 'EXPIRED'`;

export const REFUNDS_SQL = `
INSERT INTO refunds (id, center_id, order_id, provider, amount, currency, reason, status, requested_at, processed_at, created_at, updated_at)
SELECT refund_id, center_id, order_id, provider::"PaymentProvider", refunded, currency, 'bench', 'SUCCEEDED', refund_at, refund_at, refund_at, refund_at
FROM _scale_orders WHERE refunded > 0`;

/** The lines of lib/commerce/ledger/postings.ts (orderPostings, refundPostings with nothing refunded before). */
export const LEDGER_SQL = `
INSERT INTO ledger_entries (id, center_id, order_id, refund_id, type, amount, currency, posting_key, occurred_at, created_at)
SELECT uuidv7(), center_id, order_id, v.refund_id, v.type::"LedgerEntryType", v.amount, currency, v.key || v.type, v.at, v.at
FROM (SELECT *, 'order:' || order_id || ':' AS okey, 'refund:' || refund_id || ':' AS rkey FROM _scale_orders WHERE status <> 'EXPIRED') AS o
CROSS JOIN LATERAL (VALUES
  ('GROSS', unit, NULL::uuid, okey, at),
  ('DISCOUNT', -discount, NULL, okey, at),
  ('PROVIDER_FEE', -coalesce(fee, 0), NULL, okey, at),
  ('PLATFORM_COMMISSION', -commission, NULL, okey, at),
  ('CENTER_NET', total - coalesce(fee, 0) - commission, NULL, okey, at),
  ('REFUND', -(refunded - commission * refunded / nullif(total, 0)), refund_id, rkey, refund_at),
  ('PLATFORM_COMMISSION', commission * refunded / nullif(total, 0), refund_id, rkey, refund_at)
) AS v(type, amount, refund_id, key, at)
WHERE (v.key IS NOT NULL)
  AND (v.amount <> 0 OR v.type IN ('GROSS', 'CENTER_NET') OR (v.type = 'REFUND' AND v.refund_id IS NOT NULL))`;

/** One enrollment per student and course (the first order of a pair that was bought twice). */
export const ENROLLMENTS_SQL = `
INSERT INTO enrollments (id, center_id, course_id, user_id, source, status, order_id, created_at, updated_at)
SELECT uuidv7(), center_id, course_id, user_id, 'ORDER', 'ACTIVE', order_id, at, at
FROM (SELECT DISTINCT ON (u, cn) * FROM _scale_orders WHERE status IN ('PAID', 'PARTIALLY_REFUNDED') ORDER BY u, cn, at) AS first_orders
ORDER BY at`;

/**
 * Course page views (ADR 0038: no person) between $3 and $3 + $4 days old; one in five is a
 * signed-in screen view instead. $1 count, $2 courses, $3/$4 age in days from/span, $5 students
 */
export const USAGE_EVENTS_SQL = `
INSERT INTO usage_events (id, user_id, name, screen, props, center_id, at, received_at, platform, country)
SELECT uuidv7(), CASE WHEN i % 5 = 0 THEN pg_temp.bid(${KIND.student}, 1 + (i * 7) % $5::int) END,
  CASE WHEN i % 5 = 0 THEN 'screen.view' ELSE 'page.view' END, CASE WHEN i % 5 = 0 THEN 'course' ELSE '/courses/[id]' END,
  jsonb_build_object('course', c.course_id::text, 'center', c.center_id::text), CASE WHEN i % 5 <> 0 THEN c.center_id END,
  at, at, (CASE WHEN i % 5 = 0 THEN 'ANDROID' ELSE 'WEB' END)::"DevicePlatform", 'MM'
FROM (SELECT i, 1 + least($2::int - 1, floor($2::int * random() ^ 2)::int) AS cn, now() - ($3::float8 + random() * $4::float8) * interval '1 day' AS at
      FROM generate_series(1, $1::int) AS i) AS s
JOIN _scale_courses c USING (cn)
ORDER BY at`;
