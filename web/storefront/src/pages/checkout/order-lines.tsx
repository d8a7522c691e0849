import { money } from '../../format/money.ts'

export interface SummaryLine {
  product_id: string
  name: string
  quantity: number
  line_total: number | null
}

export interface SummaryRow {
  label: string
  amount: number | null
  /** Shown when there is no amount yet, such as "Added with the order". */
  note?: string
}

/** The lines and totals beside a checkout form. */
export function OrderLines({ lines, rows, total, currency }: { lines: readonly SummaryLine[]; rows: readonly SummaryRow[]; total: SummaryRow; currency: string }) {
  const amount = (row: SummaryRow) => (row.amount === null ? row.note ?? '—' : money(row.amount, currency))
  return (
    <aside className="summary" aria-labelledby="order-summary-title">
      <h2 id="order-summary-title">Your order</h2>
      <ul className="summary__lines">
        {lines.map((line) => (
          <li key={line.product_id}>
            <span>{line.quantity} × {line.name}</span>
            <span>{line.line_total === null ? '—' : money(line.line_total, currency)}</span>
          </li>
        ))}
      </ul>
      <dl className="summary__rows">
        {rows.map((row) => (
          <div key={row.label}>
            <dt>{row.label}</dt>
            <dd>{amount(row)}</dd>
          </div>
        ))}
        <div className="summary__total">
          <dt>{total.label}</dt>
          <dd>{amount(total)}</dd>
        </div>
      </dl>
    </aside>
  )
}
