import localFont from "next/font/local";

/**
 * The self-hosted Burmese face (Noto Sans Myanmar from @fontsource), through next/font so that the
 * files get hashed, immutable URLs and a <link rel="preload"> in every page's head: the font then
 * arrives before the first layout instead of being discovered by it, and Burmese text is not laid
 * out twice (fallback, then swap), which showed as layout shift (CLS up to 0.28 in bench:web).
 * unicode-range keeps it to the Myanmar block (@fontsource's per-subset CSS had none), so Latin text
 * uses system fonts and no Latin metric override is wanted (adjustFontFallback off). The preload
 * (an HTTP Link header) goes out on English pages too, where unicode-range leaves the files unused:
 * next/font cannot preload by locale, and Burmese is the default and the common case.
 */
export const myanmarFont = localFont({
  src: [
    { path: "../node_modules/@fontsource/noto-sans-myanmar/files/noto-sans-myanmar-myanmar-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/noto-sans-myanmar/files/noto-sans-myanmar-myanmar-700-normal.woff2", weight: "700", style: "normal" },
  ],
  display: "swap",
  preload: true,
  adjustFontFallback: false,
  declarations: [{ prop: "unicode-range", value: "U+1000-109F, U+200C-200D, U+25CC, U+A92E, U+A9E0-A9FE, U+AA60-AA7F, U+116D0-116E3" }],
  variable: "--font-myanmar",
});
