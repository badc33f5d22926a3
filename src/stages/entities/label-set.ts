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
   * What Viterbi has to try. Labels preceded by the same labels share a group (O, B- and U- labels
   * follow O, L- and U- labels; I-X and L-X follow B-X and I-X): label `to` may follow exactly the
   * labels `groupMembers[groupStarts[g] .. groupStarts[g + 1])` of group `g = predecessorGroup[to]`,
   * listed in label order.
   */
  predecessorGroup: Int32Array;
  groupStarts: Int32Array;
  groupMembers: Int32Array;
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
  const groups = new Map<string, number[]>();
  const predecessorGroup = Int32Array.from(labels, (_, to) => {
    const before = labels.flatMap((__, from) => (isAllowed[from * size + to] ? [from] : []));
    const key = before.join(' ');
    if (!groups.has(key)) groups.set(key, before);
    return [...groups.keys()].indexOf(key);
  });
  const members = [...groups.values()];
  const groupStarts = new Int32Array(members.length + 1);
  members.forEach((group, g) => {
    groupStarts[g + 1] = (groupStarts[g] as number) + group.length;
  });
  return {
    types: [...types],
    labels,
    isAllowed,
    canStart,
    canEnd,
    predecessorGroup,
    groupStarts,
    groupMembers: Int32Array.from(members.flat()),
  };
}

function split(label: string): [string, string] {
  return label === 'O' ? ['O', ''] : [label.slice(0, 1), label.slice(2)];
}
