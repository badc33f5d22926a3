/**
 * How CAMEO codes what is announced rather than done. A cooperative act stated as an intention
 * ("will meet", "pledged to send aid") is its "express intent to" code of root 03; a material
 * conflict stated as what will come ("will take action against") is a threat of root 13. Verbal
 * acts (roots 01-03, 10-14) are coded as they are.
 */
const INTENT_BY_ROOT: Readonly<Record<string, string>> = {
  '04': '036',
  '05': '030',
  '06': '031',
  '07': '033',
  '08': '035',
  '09': '030',
};

/** Finer intents, where CAMEO has one for the act's own code. */
const INTENT_BY_CODE: Readonly<Record<string, string>> = {
  '061': '0311',
  '062': '0312',
  '063': '0313',
  '064': '0314',
  '071': '0331',
  '072': '0332',
  '073': '0333',
  '074': '0334',
  '081': '0351',
  '083': '0352',
  '084': '0353',
  '085': '0354',
  '086': '0355',
  '087': '0356',
  '037': '037',
};

const THREAT_BY_ROOT: Readonly<Record<string, string>> = {
  '15': '130',
  '16': '131',
  '17': '130',
  '18': '138',
  '19': '138',
  '20': '138',
};

/** The code of a cooperative act stated as an intention; the code itself for other acts. */
export function intentCode(code: string): string {
  const base = code.slice(0, 3);
  return INTENT_BY_CODE[base] ?? INTENT_BY_ROOT[code.slice(0, 2)] ?? code;
}

/** The code of a material conflict stated as what will come; the code itself for other acts. */
export function threatCode(code: string): string {
  if (code.slice(0, 3) === '172') return '132';
  return THREAT_BY_ROOT[code.slice(0, 2)] ?? code;
}

/** Verbs whose demand CAMEO codes as a demand for withdrawal (106). */
const WITHDRAWAL = new Set(['withdraw', 'leave', 'retreat', 'pull', 'evacuate', 'exit']);

/**
 * The demand (root 10) that a speaker makes by saying that someone must, should or needs to do
 * something ("Iran needs to withdraw from all of Syria": 106, demand withdrawal). `code` is the
 * inner act's own code when the dictionary gives one.
 */
export function demandCode(innerLemma: string, code: string | null): string {
  if (WITHDRAWAL.has(innerLemma)) return '106';
  if (code === null) return '100';
  if (code.startsWith('087')) return code === '0871' ? '107' : '1056';
  const root = code.slice(0, 2);
  if (root === '04') return '108';
  if (root === '07') return '103';
  if (code.startsWith('081')) return '1051';
  if (code.startsWith('084')) return '1053';
  if (code.startsWith('085')) return '1054';
  if (code.startsWith('086')) return '1055';
  return '100';
}
