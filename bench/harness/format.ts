/** Plain-text formatting of numbers and tables for the terminal and the Markdown report. */

/** Three significant digits, with thousands separators for large values. */
export function num(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 1000) return Math.round(value).toLocaleString('en-US');
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  if (abs >= 1) return value.toFixed(2);
  if (abs === 0) return '0';
  return value.toPrecision(3);
}

/** A duration in nanoseconds, printed in the most readable unit. */
export function duration(ns: number): string {
  if (!Number.isFinite(ns)) return String(ns);
  if (ns < 1e3) return `${num(ns)} ns`;
  if (ns < 1e6) return `${num(ns / 1e3)} µs`;
  if (ns < 1e9) return `${num(ns / 1e6)} ms`;
  return `${num(ns / 1e9)} s`;
}

/** A byte count in the most readable binary unit. */
export function bytes(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  if (abs < 1024) return `${num(n)} B`;
  if (abs < 1024 ** 2) return `${num(n / 1024)} KiB`;
  if (abs < 1024 ** 3) return `${num(n / 1024 ** 2)} MiB`;
  return `${num(n / 1024 ** 3)} GiB`;
}

/** A value with its unit. */
export function withUnit(value: number, unit: string): string {
  if (unit === 'ns') return duration(value);
  if (unit === 'bytes') return bytes(value);
  if (unit === '×' || unit === 'x') return `${num(value)}×`;
  return unit ? `${num(value)} ${unit}` : num(value);
}

/** Left-aligned text table with a header rule, for terminals and Markdown alike. */
export function textTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** A GitHub-flavoured Markdown table. */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  return [
    `| ${headers.map(esc).join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}
