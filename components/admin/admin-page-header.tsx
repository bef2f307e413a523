import { LanguageSwitch } from "@/components/i18n/language-switch";

/** The heading of an operator page: title, one-paragraph intro, and the language switch. */
export function AdminPageHeader({ title, intro }: { title: string; intro: string }) {
  return (
    <div className="flex items-start justify-between gap-4">
      <div>
        <h1 className="text-2xl font-bold">{title}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">{intro}</p>
      </div>
      <LanguageSwitch />
    </div>
  );
}
