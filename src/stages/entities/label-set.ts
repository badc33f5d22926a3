/**
 * The labels of a BILOU tagger over some entity types: `O`, then `B-`, `I-`, `L-`, `U-` for each
 * type (Begin, Inside, Last, Unit), and which label may follow which.
 */
export interface LabelSet {
  types: readonly string[];
  labels: readonly string[];
  /** `isAllowed[from * size + to]` is 1 when label `to` may follow label `from`. */
  isAllowed: Uint8Array;
  /** Labels a sentence may start with, and end with. */
  canStart: Uint8Array;
  canEnd: Uint8Array;
  /**
   * What Viterbi has to try, read off `isAllowed`: O, B- and U- labels may follow exactly the
   * `closers` (O, L- and U-, which leave no entity open), listed in label order; I-X and L-X may
   * follow exactly B-X and I-X, `inside[2 * label]` then `inside[2 * label + 1]` (-1 for the other
   * labels).
   */
  closers: Int32Array;
  inside: Int32Array;
}

const PREFIXES = ['B', 'I', 'L', 'U'] as const;

export function createLabelSet(types: readonly string[]): LabelSet {
  const labels = ['O', ...types.flatMap((type) => PREFIXES.map((prefix) => `${prefix}-${type}`))];
  const size = labels.length;
  const isAllowed = new Uint8Array(size * size);
  const canStart = new Uint8Array(size);
  const canEnd = new Uint8Array(size);
  labels.forEach((from, i) => {
    const [fromPrefix, fromType] = split(from);
    const isOpen = fromPrefix === 'B' || fromPrefix === 'I';
    canStart[i] = isOpen && fromPrefix === 'I' ? 0 : fromPrefix === 'L' ? 0 : 1;
    canEnd[i] = isOpen ? 0 : 1;
    labels.forEach((to, j) => {
      const [toPrefix, toType] = split(to);
      const continues = toPrefix === 'I' || toPrefix === 'L';
      isAllowed[i * size + j] = Number(isOpen ? continues && toType === fromType : !continues);
    });
  });
  const predecessorsOf = (to: number) =>
    labels.flatMap((_, from) => (isAllowed[from * size + to] ? [from] : []));
  const inside = new Int32Array(2 * size).fill(-1);
  labels.forEach((label, to) => {
    if (label.startsWith('I-') || label.startsWith('L-')) inside.set(predecessorsOf(to), 2 * to);
  });
  return {
    types: [...types],
    labels,
    isAllowed,
    canStart,
    canEnd,
    closers: Int32Array.from(predecessorsOf(0)),
    inside,
  };
}

function split(label: string): [string, string] {
  return label === 'O' ? ['O', ''] : [label.slice(0, 1), label.slice(2)];
}
