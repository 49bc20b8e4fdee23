/**
 * Rewrites a data table the build rendered (src/components/charts/DataTable.astro)
 * with new numbers, as text only: the explorable's and an embedded
 * scenario's tables follow the scenario on screen.
 */
import type { DataTable } from './types';

export function writeTable(host: ParentNode | null | undefined, table: DataTable, caption: string): void {
  if (!host) return;
  const captionEl = host.querySelector('caption');
  if (captionEl) captionEl.textContent = caption;
  host.querySelectorAll('thead th').forEach((th, k) => (th.textContent = table.columns[k] ?? ''));
  host.querySelector('tbody')?.replaceChildren(
    ...table.rows.map((row) => {
      const tr = document.createElement('tr');
      row.forEach((value, k) => {
        const cell = document.createElement(k === 0 ? 'th' : 'td');
        if (k === 0) cell.setAttribute('scope', 'row');
        cell.textContent = String(value);
        tr.append(cell);
      });
      return tr;
    }),
  );
}
