/** One Allow or Disallow line: `pattern` may hold `*` (any characters) and a final `$` (end of path). */
export interface RobotsRule {
  allow: boolean;
  pattern: string;
}

/** The rules of robots.txt that apply to one crawler. */
export interface RobotsRules {
  rules: RobotsRule[];
  /** The group's `Crawl-delay`, an extension RFC 9309 does not define; seconds between requests. */
  crawlDelaySeconds?: number;
}

interface Group {
  agents: string[];
  rules: RobotsRule[];
  crawlDelaySeconds?: number;
}

/**
 * Picks the rules of robots.txt that apply to the crawler named `productToken`, per RFC 9309:
 * the groups whose user-agent names the token (case-insensitively; `newsgraph/1.0` names
 * `newsgraph`) are combined; failing those, the `*` groups; failing those, nothing is disallowed.
 * Lines that cannot be read are skipped, as the RFC asks.
 */
export function parseRobots(text: string, productToken: string): RobotsRules {
  const groups = readGroups(text);
  const token = productToken.toLowerCase();
  const named = groups.filter((group) => group.agents.some((agent) => agentToken(agent) === token));
  const chosen = named.length > 0 ? named : groups.filter((group) => group.agents.includes('*'));
  const rules: RobotsRules = { rules: chosen.flatMap((group) => group.rules) };
  const delays = chosen.flatMap((group) =>
    group.crawlDelaySeconds === undefined ? [] : [group.crawlDelaySeconds],
  );
  if (delays.length > 0) rules.crawlDelaySeconds = Math.max(...delays);
  return rules;
}

function readGroups(text: string): Group[] {
  const groups: Group[] = [];
  let current: Group | undefined;
  // Consecutive user-agent lines share one group; any other group line closes the list of agents.
  let isCollectingAgents = false;
  for (const line of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    const match = /^\s*([A-Za-z-]+)\s*:\s*(.*?)\s*$/.exec(line.replace(/#.*$/, ''));
    if (!match) continue;
    const key = (match[1] ?? '').toLowerCase();
    const value = match[2] ?? '';
    if (key === 'user-agent') {
      if (!isCollectingAgents || current === undefined) {
        current = { agents: [], rules: [] };
        groups.push(current);
        isCollectingAgents = true;
      }
      current.agents.push(value === '*' ? '*' : value.toLowerCase());
      continue;
    }
    if (key === 'sitemap') continue;
    isCollectingAgents = false;
    if (current === undefined) continue;
    if ((key === 'allow' || key === 'disallow') && value !== '') {
      current.rules.push({ allow: key === 'allow', pattern: value });
    } else if (key === 'crawl-delay') {
      const seconds = Number(value);
      if (value !== '' && Number.isFinite(seconds) && seconds >= 0) current.crawlDelaySeconds = seconds;
    }
  }
  return groups;
}

/** The product token a user-agent line names: `Googlebot/2.1 (+http://…)` names `googlebot`. */
function agentToken(agent: string): string {
  return /^[a-z_-]*/.exec(agent)?.[0] ?? '';
}
