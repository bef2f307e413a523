import type { ReactNode } from "react";

type Props = {
  testId: string;
  /** The header cells (`<th>`s). */
  head: ReactNode;
  /** The body rows (`<tr>`s). */
  children: ReactNode;
  /** Margin of the scrolling wrapper, or of the table itself. */
  wrapperMargin?: string;
  tableMargin?: string;
};

/** The dashboard's plain table: a header row over divided body rows, scrolling sideways when narrow. */
export function DataTable({ testId, head, children, wrapperMargin, tableMargin }: Props) {
  return (
    <div className={wrapperMargin ? `${wrapperMargin} overflow-x-auto` : "overflow-x-auto"}>
      <table className={tableMargin ? `${tableMargin} w-full text-left text-sm` : "w-full text-left text-sm"} data-testid={testId}>
        <thead className="border-b border-slate-200 text-slate-500">
          <tr>{head}</tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}
