const ELSEWHERE_TAGS = new Set(['NAV', 'FOOTER']);
const ELSEWHERE_NAMES = /comment|related|sidebar|teaser|widget|recommend|more-stories|trending|popular/i;
const PAGE_TAGS = new Set(['BODY', 'HTML', 'MAIN']);

/**
 * Whether an element sits in a part of the page about something else: navigation, an aside
 * outside the article, a footer, comments, related or recommended articles, teasers, widgets. The body, the root and
 * `<main>` are not looked at, since sites put page-wide classes there ("one-sidebar").
 */
export function isElsewhere(element: Element): boolean {
  for (
    let node: Element | null = element;
    node && !PAGE_TAGS.has(node.tagName.toUpperCase());
    node = node.parentElement
  ) {
    const tag = node.tagName.toUpperCase();
    if (ELSEWHERE_TAGS.has(tag)) return true;
    // An aside inside the article is often its own meta box (date, author); outside, a sidebar.
    if (tag === 'ASIDE' && !node.parentElement?.closest('article')) return true;
    if (ELSEWHERE_NAMES.test(`${node.getAttribute('class') ?? ''} ${node.id}`)) return true;
  }
  return false;
}
