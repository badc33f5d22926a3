import type { z } from 'zod';
import { NewsgraphError } from '../errors.js';

/**
 * A read query checked at the boundary; one that is not valid is a usage error naming the
 * command, the field and the value given (`events quad: expected ... (got "7")`).
 */
export function parseQuery<Schema extends z.ZodType>(
  command: string,
  schema: Schema,
  query: z.input<Schema>,
): z.output<Schema> {
  const parsed = schema.safeParse(query);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.join('.') ?? '';
  const given = (query as Record<string, unknown>)[String(issue?.path[0] ?? '')];
  const got = given === undefined ? '' : ` (got "${String(given)}")`;
  throw new NewsgraphError('USAGE', `${command} ${field}: ${issue?.message ?? 'invalid'}${got}`);
}
