import { z } from '@hono/zod-openapi';

/**
 * The query parameters of each route, for the OpenAPI document and a first check: every one is
 * text, and an unknown one is refused. The operation each route calls parses their values.
 */
const text = (description: string) => z.string().optional().openapi({ description });

const paging = {
  limit: text('How many, 1 to 1000 (default 20)'),
  offset: text('Skip this many (default 0)'),
};
const dates = {
  from: text('On or after this date, YYYY-MM-DD'),
  to: text('On or before this date, YYYY-MM-DD'),
};
const eventFilters = {
  actor: text('A CAMEO actor code or its beginning, on either side (ISRGOV, RUS, IGO)'),
  country: text('ISO-3 country of either side (ISR)'),
  code: text('An exact CAMEO event code (036)'),
  root: text('A CAMEO root code, 01 to 20'),
  quad: text(
    'QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict',
  ),
  ...dates,
  source: text("The article's source, case-insensitive"),
};

export const browseQuery = z
  .object({
    q: text('Search words: "a phrase", -excluded, prefix*; without it, newest articles first'),
    ...dates,
    source: text('Source name, case-insensitive'),
    actor: text('An actor of the article has this CAMEO code or one beginning with it'),
    country: text('An actor of the article is of this ISO-3 country'),
    root: text('An event of the article has this CAMEO root code'),
    quad: text('An event of the article has this QuadClass'),
    copies: text('include (default), or exclude the articles marked as copies of earlier ones'),
    ...paging,
  })
  .strict();

export const eventQuery = z.object({ ...eventFilters, ...paging }).strict();
export const timelineQuery = z.object(eventFilters).strict();
export const networkQuery = z
  .object({
    ...eventFilters,
    nodes: text('The actors in most events, at most this many (1 to 500, default 50)'),
  })
  .strict();
export const mapQuery = z
  .object({
    ...eventFilters,
    limit: text('At most this many event points and places (1 to 5000, default 500)'),
  })
  .strict();
export const actorQuery = z
  .object({
    country: text('ISO-3 country of the actor (RUS)'),
    name: text('Words one of its names contains, ignoring case and accents'),
    ...paging,
  })
  .strict();
export const quoteQuery = z
  .object({
    speaker: text("Words of the speaker's name or description, ignoring case and accents"),
    actor: text("A CAMEO code or its beginning, of the speaker's actor"),
    ...dates,
    source: text('Source name, case-insensitive'),
    ...paging,
  })
  .strict();
export const placeQuery = z.object({ country: text('ISO-3 country of the place'), ...paging }).strict();
export const sourceQuery = z.object(paging).strict();
