import { type EventCodeInfo, type QuadClass, quadClassOfRoot } from '../../src/stages/events/cameo-codes.js';

/** A line of the table that could not be read, or a fact that disagrees with CAMEO's structure. */
export interface CameoTableProblem {
  line: number;
  text: string;
  message: string;
}

export interface ParsedCameoCodes {
  /** Sorted as strings, so each code follows its parent. */
  codes: EventCodeInfo[];
  /** Rows that were not converted. */
  rejected: CameoTableProblem[];
  /** Converted rows whose QuadClass is not the one CAMEO's root rule gives (the row's value is kept). */
  quadClassDisagreements: CameoTableProblem[];
  /** Converted rows whose parent code (`0231` → `023`, `023` → `02`) the table lacks. */
  missingParents: CameoTableProblem[];
}

const HEADER = 'code\tname\tgoldstein\tquadclass';
const CODE = /^\d{2,4}$/;
const GOLDSTEIN = /^-?\d+(\.\d+)?$/;

/**
 * Reads the CAMEO event code table of `../shared/data/cameo/cameo_codes.tsv`: a header
 * `code<TAB>name<TAB>goldstein<TAB>quadclass`, then one code per line.
 */
export function parseCameoCodes(text: string): ParsedCameoCodes {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const rejected: CameoTableProblem[] = [];
  const quadClassDisagreements: CameoTableProblem[] = [];
  const byCode = new Map<string, { info: EventCodeInfo; line: number; text: string }>();
  if (lines[0]?.trim() !== HEADER) {
    rejected.push({ line: 1, text: lines[0] ?? '', message: `expected the header "${HEADER}"` });
  }
  lines.forEach((row, index) => {
    const line = index + 1;
    if (index === 0 || row.trim() === '') return;
    const read = readRow(row);
    const earlier = typeof read === 'string' ? undefined : byCode.get(read.code);
    if (typeof read === 'string' || earlier) {
      const message =
        typeof read === 'string' ? read : `code ${read.code} is listed twice (line ${earlier?.line})`;
      rejected.push({ line, text: row, message });
      return;
    }
    const ruleQuad = quadClassOfRoot(read.rootCode);
    if (read.quadClass !== ruleQuad) {
      const message = `QuadClass ${read.quadClass}, but root ${read.rootCode} gives ${ruleQuad}`;
      quadClassDisagreements.push({ line, text: row, message });
    }
    byCode.set(read.code, { info: read, line, text: row });
  });
  const missingParents: CameoTableProblem[] = [];
  for (const { info, line, text: row } of byCode.values()) {
    const parent = parentCode(info.code);
    if (parent !== undefined && !byCode.has(parent)) {
      missingParents.push({ line, text: row, message: `its parent code ${parent} is not in the table` });
    }
  }
  const codes = [...byCode.values()]
    .map(({ info }) => info)
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { codes, rejected, quadClassDisagreements, missingParents };
}

/** One row of the table, or why it cannot be read. */
function readRow(row: string): EventCodeInfo | string {
  const fields = row.split('\t');
  if (fields.length !== 4) return `expected 4 tab-separated fields, found ${fields.length}`;
  const [code = '', rawName = '', goldsteinText = '', quadText = ''] = fields.map((field) => field.trim());
  if (!CODE.test(code)) return `"${code}" is not a CAMEO event code of 2 to 4 digits`;
  const rootCode = code.slice(0, 2);
  if (quadClassOfRoot(rootCode) === undefined) return `root ${rootCode} is not one of CAMEO's 01 to 20`;
  const name = rawName.replace(/\s+/g, ' ');
  if (name === '') return 'the name is empty';
  if (!GOLDSTEIN.test(goldsteinText)) return `Goldstein value "${goldsteinText}" is not a number`;
  const goldstein = Number(goldsteinText);
  if (goldstein < -10 || goldstein > 10) return `Goldstein value ${goldstein} is outside -10 to 10`;
  if (!/^[1-4]$/.test(quadText)) return `QuadClass "${quadText}" is not 1 to 4`;
  return { code, rootCode, name, goldstein, quadClass: Number(quadText) as QuadClass };
}

/** `0231` → `023`, `023` → `02`, a root → undefined. */
function parentCode(code: string): string | undefined {
  return code.length > 2 ? code.slice(0, -1) : undefined;
}
