import type { Output } from './output.js';

/** One page of a read command's results and how to print it. */
export interface Page<Item> {
  /** Print `result` as one line of JSON instead. */
  json: boolean | undefined;
  result: unknown;
  items: readonly Item[];
  total: number;
  /** How many results come before this page. */
  offset: number | undefined;
  /** What to print when there are none ("no events found"). */
  none: string;
  format(item: Item, rank: number): string;
  /** Added to the closing "1-20 of 311" line. */
  note?: string;
}

/** Prints a page of results as JSON, or each result with its rank and then which of how many they were. */
export function printPage<Item>(output: Output, page: Page<Item>): void {
  if (page.json) {
    output.out(JSON.stringify(page.result));
    return;
  }
  if (page.items.length === 0) {
    output.out(page.none);
    return;
  }
  const first = (page.offset ?? 0) + 1;
  page.items.forEach((item, index) => {
    output.out(page.format(item, first + index));
  });
  output.out(`${first}-${first + page.items.length - 1} of ${page.total}${page.note ?? ''}`);
}
