/** The values of a query's `$n` placeholders, numbered as they are added. */
export class QueryParameters {
  readonly values: unknown[] = [];

  /** The placeholder for `value` (`$3`). */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
