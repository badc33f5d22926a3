import type { QuadClass } from './api/types.js';

/** CAMEO's QuadClasses: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export const QUAD_LABELS: Record<QuadClass, string> = {
  1: 'Verbal cooperation',
  2: 'Material cooperation',
  3: 'Verbal conflict',
  4: 'Material conflict',
};

/** One colour per QuadClass, shared by the timeline, the tables and the map (cooperation blue, conflict red). */
export const QUAD_COLORS: Record<QuadClass, string> = {
  1: '#6baed6',
  2: '#2166ac',
  3: '#f4a582',
  4: '#b2182b',
};

/** The twenty CAMEO root codes. */
export const ROOT_LABELS: Record<string, string> = {
  '01': 'Make public statement',
  '02': 'Appeal',
  '03': 'Express intent to cooperate',
  '04': 'Consult',
  '05': 'Engage in diplomatic cooperation',
  '06': 'Engage in material cooperation',
  '07': 'Provide aid',
  '08': 'Yield',
  '09': 'Investigate',
  '10': 'Demand',
  '11': 'Disapprove',
  '12': 'Reject',
  '13': 'Threaten',
  '14': 'Protest',
  '15': 'Exhibit force posture',
  '16': 'Reduce relations',
  '17': 'Coerce',
  '18': 'Assault',
  '19': 'Fight',
  '20': 'Use unconventional mass violence',
};

export function quadLabel(value: string | number): string {
  return QUAD_LABELS[Number(value) as QuadClass] ?? `QuadClass ${value}`;
}

export function rootLabel(code: string): string {
  return ROOT_LABELS[code] ?? `CAMEO ${code}`;
}
