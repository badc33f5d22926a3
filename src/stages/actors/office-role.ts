/** The sectors after GOV that an office keeps in its code. */
const KEPT_SECTORS = new Set(['MIL', 'BUS']);

/**
 * The role an agent noun gives an office-holder or a ministry, with the portfolio dropped: a health
 * minister acts for the government (GOV), not for its health sector (the agent dictionary's
 * GOVHLH), as the project's quote guidelines code ministers. Defence (GOVMIL) and the central bank
 * (GOVBUS) keep theirs, as the guidelines code them after the agent dictionary. Other roles pass.
 */
export function officeRole(role: string): string {
  if (!role.startsWith('GOV') || role.length === 3) return role;
  return KEPT_SECTORS.has(role.slice(3, 6)) ? role.slice(0, 6) : 'GOV';
}
