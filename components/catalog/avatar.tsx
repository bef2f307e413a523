/** A person's or center's picture, or the first letter of the name when there is none. */
export function Avatar({ name, imageUrl, alt, size = 48 }: { name: string; imageUrl: string | null; alt: string; size?: number }) {
  const style = { width: size, height: size };
  if (imageUrl) {
    // eslint-disable-next-line @next/next/no-img-element -- images we stored and resized already
    return <img src={imageUrl} alt={alt} width={size} height={size} style={style} className="shrink-0 rounded-full object-cover" />;
  }
  // A whole grapheme, so a Burmese name keeps its vowel signs with the first consonant.
  const first = new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(name.trim())[Symbol.iterator]().next().value?.segment ?? "";
  return (
    <span aria-hidden style={style} className="flex shrink-0 items-center justify-center rounded-full bg-brand-100 font-semibold text-brand-700">
      {first.toUpperCase()}
    </span>
  );
}
