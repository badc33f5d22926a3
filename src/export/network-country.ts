import { isRoleCode } from '../stages/actors/split-actor-code.js';
import type { NetworkNode } from '../store/store.js';

/** The ISO-3 country part of a node's CAMEO code (`ISRGOV` -> ISR); null for `IGOUNO` or no code. */
export function networkCountry(node: NetworkNode): string | null {
  const head = node.code?.slice(0, 3);
  return head && /^[A-Z]{3}$/.test(head) && !isRoleCode(head) ? head : null;
}
