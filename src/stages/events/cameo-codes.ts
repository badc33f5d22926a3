import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { type DataFileKind, readDataFile } from '../read-data-file.js';

const CAMEO_CODES_FILE: DataFileKind = {
  name: 'CAMEO code table',
  rebuild: 'npx tsx training/events/build-cameo-codes.ts',
};

/** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export type QuadClass = 1 | 2 | 3 | 4;

/** What a CAMEO event code means. */
export interface EventCodeInfo {
  /** 2 to 4 digits: `19` (a root), `190`, `0231`. */
  code: string;
  /** The first two digits: the cue category, `01` to `20`. */
  rootCode: string;
  /** As the CAMEO table writes it; root codes are in capitals ("FIGHT"). */
  name: string;
  /** Goldstein scale, -10 (most conflictual) to +10 (most cooperative). */
  goldstein: number;
  quadClass: QuadClass;
}

const cameoCodesFile = z.object({
  format: z.literal('newsgraph-cameo-codes'),
  version: z.literal(1),
  source: z.object({ file: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/), origin: z.string() }),
  codes: z.array(
    z.object({
      code: z.string().regex(/^\d{2,4}$/),
      rootCode: z.string().regex(/^\d{2}$/),
      name: z.string().min(1),
      goldstein: z.number().min(-10).max(10),
      quadClass: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    }),
  ),
});

/** `data/events/cameo-codes.json.gz` as stored (gzip-compressed JSON), codes sorted as strings. */
export type CameoCodesFile = z.infer<typeof cameoCodesFile>;

export interface CameoCodes {
  /** Every code, sorted as strings (so each code follows its parent: `02`, `020`, `021`, `0211`). */
  codes: readonly EventCodeInfo[];
  byCode: ReadonlyMap<string, EventCodeInfo>;
}

export const SHIPPED_CAMEO_CODES = fileURLToPath(
  new URL('../../../data/events/cameo-codes.json.gz', import.meta.url),
);

/** Reads the CAMEO event code table built by `training/events/build-cameo-codes.ts`. */
export function loadCameoCodes(path: string = SHIPPED_CAMEO_CODES): CameoCodes {
  const file = readDataFile(path, CAMEO_CODES_FILE, cameoCodesFile);
  const codes: EventCodeInfo[] = file.codes.map((entry) => ({ ...entry }));
  return { codes, byCode: new Map(codes.map((entry) => [entry.code, entry])) };
}

/** QuadClass by CAMEO's rule: roots 01-05 → 1, 06-09 → 2, 10-14 → 3, 15-20 → 4; undefined outside 01-20. */
export function quadClassOfRoot(rootCode: string): QuadClass | undefined {
  if (!/^\d{2}$/.test(rootCode)) return undefined;
  const root = Number(rootCode);
  if (root < 1 || root > 20) return undefined;
  return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
}

/** The code's meaning, or undefined for a code the table does not list. */
export function describeEventCode(codes: CameoCodes, code: string): EventCodeInfo | undefined {
  return codes.byCode.get(code);
}
