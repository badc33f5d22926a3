const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Which of the page's blocks an extracted element holds: Readability moves the page's text nodes
 * into its article rather than copying them, so each text node found under `content` marks the
 * block that `owners` (from `collectBlocks` on the page before Readability ran) says it came from.
 * Returns one flag per block.
 */
export function findSelectedBlocks(
  content: Element,
  owners: Map<Node, number>,
  blockCount: number,
): boolean[] {
  const isSelected = new Array<boolean>(blockCount).fill(false);
  const stack: Node[] = [content];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeType === TEXT_NODE) {
      const index = owners.get(node);
      if (index !== undefined && (node.nodeValue ?? '').trim()) isSelected[index] = true;
    } else if (node.nodeType === ELEMENT_NODE) {
      const children = node.childNodes;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
    }
  }
  return isSelected;
}
