import type { z } from '@hono/zod-openapi';
import { errorSchema } from '../schemas/page-schemas.js';

/** An OpenAPI response with a JSON body of this schema. */
export function jsonContent<Schema extends z.ZodType>(schema: Schema, description: string) {
  return { content: { 'application/json': { schema } }, description };
}

/** The error answers every read route may give. */
export const READ_ERRORS = {
  400: jsonContent(errorSchema, 'A parameter is not valid: the message says which and why'),
} as const;
