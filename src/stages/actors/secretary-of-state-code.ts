/**
 * The code a bare "Secretary of State" before a name gives: news writes the title without a
 * country for the United States' foreign minister alone (Britain's secretaries of state have a
 * portfolio: "Secretary of State for Health"; a country written before the title is read by
 * `titleCode` first). `title` are the words just before the name.
 */
export function secretaryOfStateCode(title: readonly string[]): string | undefined {
  const last = title.slice(-3).map((word) => word.toLowerCase());
  if (last.join(' ') !== 'secretary of state') return undefined;
  const before = title.at(-4)?.toLowerCase();
  return before === undefined || before === 'the' || !/^\p{L}/u.test(before) || before === 'us'
    ? 'USAGOV'
    : undefined;
}
