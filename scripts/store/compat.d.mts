export interface CompatRow {
  feature: string;
  bcd: string;
  chrome: number | null;
  firefox: number | null;
  only?: 'chrome' | 'firefox';
  optional?: string;
  note?: string;
}
export declare const FEATURES: readonly {
  feature: string;
  bcd: string;
  pattern: RegExp;
  only?: 'chrome' | 'firefox';
  optional?: string;
}[];
export declare function apiNames(source: string): Set<string>;
export declare function firstVersion(support: unknown): number | null;
export declare function compatRows(bcd: unknown, source: string): CompatRow[];
export declare function minimumVersion(
  rows: readonly CompatRow[],
  browser: 'chrome' | 'firefox',
): { version: number | null; because: CompatRow[] };
export declare function compatTable(rows: readonly CompatRow[]): string;
