import type { ReactNode } from "react";

type Props = { id: string; heading: string; note?: string; chart: ReactNode; children: ReactNode };

/**
 * A section of the overview: the chart and, beside it (below on a phone), the same numbers as a
 * server-rendered table — readable without JavaScript and by screen readers.
 */
export function ChartPanel({ id, heading, note, chart, children }: Props) {
  return (
    <section aria-labelledby={id} className="mt-8 rounded-lg border border-slate-200 p-4">
      <h3 id={id} className="font-semibold">
        {heading}
      </h3>
      {note ? <p className="mt-1 text-sm text-slate-600">{note}</p> : null}
      <div className="mt-4 grid gap-4 lg:grid-cols-3">
        <div className="min-w-0 lg:col-span-2">{chart}</div>
        <div className="max-h-72 overflow-auto lg:col-span-1">{children}</div>
      </div>
    </section>
  );
}

/** The message of a section with nothing to show for the period. */
export function EmptySection({ id, heading, message }: { id: string; heading: string; message: string }) {
  return (
    <section aria-labelledby={id} className="mt-8 rounded-lg border border-slate-200 p-4">
      <h3 id={id} className="font-semibold">
        {heading}
      </h3>
      <p className="mt-2 text-sm text-slate-500">{message}</p>
    </section>
  );
}

/** A two-column table of label and value, as most panels show their numbers. */
export function FigureTable({ testId, labelHead, valueHead, rows }: { testId: string; labelHead: string; valueHead: string; rows: { key: string; label: ReactNode; value: string }[] }) {
  return (
    <table className="w-full text-left text-sm" data-testid={testId}>
      <thead className="border-b border-slate-200 text-slate-500">
        <tr>
          <th scope="col" className="py-1 pr-2 font-medium">
            {labelHead}
          </th>
          <th scope="col" className="py-1 text-right font-medium">
            {valueHead}
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" className="py-1 pr-2 font-normal">
              {row.label}
            </th>
            <td className="py-1 text-right tabular-nums">{row.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
