import { z } from 'zod';
import type { EventQuadClass } from '../document/annotations.js';
import { actorCode, countryCode, isoDate } from './query-fields.js';

const QUAD_MESSAGE = 'expected a QuadClass from 1 to 4';

/** An exact CAMEO event code. */
export const eventCode = z
  .string()
  .trim()
  .regex(/^\d{2,4}$/, 'expected a CAMEO event code of 2 to 4 digits, such as 036');

/** A CAMEO root code. */
export const rootCode = z
  .string()
  .trim()
  .regex(/^(0[1-9]|1\d|20)$/, 'expected a CAMEO root code from 01 to 20');

/** A QuadClass, 1 to 4, given as text or as a number. */
export const quadClass = z.coerce
  .number({ message: QUAD_MESSAGE })
  .int({ message: QUAD_MESSAGE })
  .min(1, { message: QUAD_MESSAGE })
  .max(4, { message: QUAD_MESSAGE })
  .transform((quad) => quad as EventQuadClass);

/** A source name. */
export const sourceName = z.string().trim().min(1, 'expected a source name');

/** The filters of an event query (as `events` takes them), without paging. */
export const eventFilterFields = {
  actor: actorCode.optional(),
  country: countryCode.optional(),
  code: eventCode.optional(),
  root: rootCode.optional(),
  quad: quadClass.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  source: sourceName.optional(),
};
