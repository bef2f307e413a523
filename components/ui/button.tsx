import { Slot } from "@radix-ui/react-slot";
import type { ButtonHTMLAttributes } from "react";

const VARIANTS = {
  primary: "bg-brand-600 text-white hover:bg-brand-700 disabled:bg-slate-400",
  secondary: "border border-slate-300 bg-white text-slate-900 hover:bg-slate-50 disabled:text-slate-400",
  danger: "bg-red-700 text-white hover:bg-red-800 disabled:bg-slate-400",
  ghost: "text-brand-700 hover:bg-slate-100 disabled:text-slate-400",
} as const;

type Props = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: keyof typeof VARIANTS;
  size?: "sm" | "md";
  /** Renders the child (a Link, say) with the button's look instead of a <button>. */
  asChild?: boolean;
};

/** The dashboard's one button: a real <button> (type="button" unless told) with a visible focus ring. */
export function Button({ variant = "primary", size = "md", asChild = false, className = "", type, ...props }: Props) {
  const Component = asChild ? Slot : "button";
  const sizing = size === "sm" ? "px-2.5 py-1 text-sm" : "px-4 py-2";
  return (
    <Component
      type={asChild ? undefined : (type ?? "button")}
      className={`inline-flex min-h-9 items-center justify-center gap-2 rounded-md font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-not-allowed ${sizing} ${VARIANTS[variant]} ${className}`}
      {...props}
    />
  );
}
