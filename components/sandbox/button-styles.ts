/** The sandbox pages' buttons: the one that pays, and every other choice. */
export const PRIMARY_BUTTON = "rounded-md bg-brand-600 px-4 py-2 text-white";
export const SECONDARY_BUTTON = "rounded-md border border-slate-300 px-4 py-2";
