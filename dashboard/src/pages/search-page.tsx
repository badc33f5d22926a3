import { type FormEvent, useEffect, useState } from 'react';
import type { ArticleFacets, ArticleHit, ArticlePage } from '../api/types.js';
import { useApi } from '../api/use-api.js';
import { quadLabel, rootLabel } from '../cameo-labels.js';
import { DateHistogram } from '../components/date-histogram.js';
import { FacetList } from '../components/facet-list.js';
import { MarkedText } from '../components/marked-text.js';
import { Pager } from '../components/pager.js';
import { Empty, ErrorView, Loading } from '../components/status-views.js';
import { hrefOf, Link, navigate } from '../router.js';

const PAGE_SIZE = 20;
/** The URL parameters of a search, as the API takes them. */
const FILTERS = ['q', 'from', 'to', 'source', 'actor', 'country', 'root', 'quad'] as const;
type Filters = Partial<Record<(typeof FILTERS)[number] | 'offset', string>>;

function filtersOf(url: URL): Filters {
  const filters: Filters = {};
  for (const name of [...FILTERS, 'offset'] as const) {
    const value = url.searchParams.get(name);
    if (value) filters[name] = value;
  }
  return filters;
}

/** Marks when the first results are on screen, for the dashboard's speed figure (`web.firstResultsMs`). */
function useFirstResultsMark(isShown: boolean): void {
  useEffect(() => {
    if (!isShown || performance.getEntriesByName('first-results').length > 0) return;
    requestAnimationFrame(() => performance.mark('first-results'));
  }, [isShown]);
}

/** `/?q=…`: articles, searched or newest first, with facets that filter as they are clicked. */
export function SearchPage({ url }: { url: URL }) {
  const filters = filtersOf(url);
  const offset = Number(filters.offset ?? 0) || 0;
  const page = useApi<ArticlePage>(hrefOf('/api/articles', { ...filters, limit: PAGE_SIZE, offset }));
  const [text, setText] = useState(filters.q ?? '');
  useEffect(() => setText(filters.q ?? ''), [filters.q]);
  useFirstResultsMark(page.status === 'ok' && page.data.articles.length > 0);

  /** The same search with one filter set (or removed), from the first page. */
  const hrefFor = (name: string, value: string | undefined) =>
    hrefOf('/', { ...filters, [name]: value, offset: undefined });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(hrefOf('/', { ...filters, q: text.trim(), offset: undefined }));
  };

  return (
    <div className="search-page">
      <form className="search-form" onSubmit={submit}>
        <input
          type="search"
          name="q"
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder='Search: words, "a phrase", -not, prefix*'
          title='All the words must match; "a phrase" matches as written, -word excludes, word* is a prefix'
          aria-label="Search articles"
        />
        <button type="submit">Search</button>
      </form>
      <ActiveFilters filters={filters} hrefFor={hrefFor} />
      <div className="with-sidebar">
        <aside className="facets" aria-label="Filters">
          {page.data ? (
            <Facets facets={page.data.facets} filters={filters} hrefFor={hrefFor} />
          ) : page.status === 'loading' ? (
            <Loading what="filters" />
          ) : null}
        </aside>
        <section className="results" aria-busy={page.status === 'loading'}>
          {page.status === 'error' ? (
            <ErrorView error={page.error} what="the articles" />
          ) : page.data ? (
            <Results
              hits={page.data.articles}
              total={page.data.total}
              offset={offset}
              hrefAt={(at) => hrefOf('/', { ...filters, offset: at || undefined })}
            />
          ) : (
            <Loading what="articles" />
          )}
        </section>
      </div>
    </div>
  );
}

const FILTER_LABELS: Record<string, string> = {
  q: 'Words',
  from: 'From',
  to: 'To',
  source: 'Source',
  actor: 'Actor',
  country: 'Country',
  root: 'Event type',
  quad: 'Quad class',
};

function ActiveFilters({
  filters,
  hrefFor,
}: {
  filters: Filters;
  hrefFor: (name: string, value: string | undefined) => string;
}) {
  const active = FILTERS.filter((name) => filters[name]);
  if (active.length === 0) return null;
  const shown = (name: string, value: string) =>
    name === 'root' ? `${value} ${rootLabel(value)}` : name === 'quad' ? quadLabel(value) : value;
  return (
    <ul className="chips" aria-label="Active filters">
      {active.map((name) => (
        <li key={name}>
          <Link to={hrefFor(name, undefined)} className="chip" title="Remove this filter" data-testid="chip">
            {FILTER_LABELS[name]}: {shown(name, filters[name] ?? '')} <span aria-hidden="true">×</span>
          </Link>
        </li>
      ))}
      {active.length > 1 ? (
        <li>
          <Link to="/" className="chip chip-clear">
            Clear all
          </Link>
        </li>
      ) : null}
    </ul>
  );
}

function Facets({
  facets,
  filters,
  hrefFor,
}: {
  facets: ArticleFacets;
  filters: Filters;
  hrefFor: (name: string, value: string | undefined) => string;
}) {
  const actorNames = new Map(facets.actors.map((actor) => [actor.value, actor.name]));
  return (
    <details className="facets-details" open>
      <summary>Filters</summary>
      <section className="facet">
        <h3>Published</h3>
        <DateHistogram
          dates={facets.dates}
          interval={facets.interval}
          hrefForRange={(from, to) => hrefOf('/', { ...filters, from, to, offset: undefined })}
        />
      </section>
      <FacetList
        title="Sources"
        name="source"
        values={facets.sources}
        active={filters.source}
        hrefFor={hrefFor}
      />
      <FacetList
        title="Actors"
        name="actor"
        values={facets.actors}
        active={filters.actor}
        hrefFor={hrefFor}
        label={(code) => `${actorNames.get(code) ?? code} (${code})`}
      />
      <FacetList
        title="Countries"
        name="country"
        values={facets.countries}
        active={filters.country}
        hrefFor={hrefFor}
      />
      <FacetList
        title="Event types"
        name="root"
        values={facets.roots}
        active={filters.root}
        hrefFor={hrefFor}
        label={(code) => `${code} ${rootLabel(code)}`}
      />
      <FacetList
        title="Quad classes"
        name="quad"
        values={facets.quads}
        active={filters.quad}
        hrefFor={hrefFor}
        label={quadLabel}
      />
    </details>
  );
}

function Results({
  hits,
  total,
  offset,
  hrefAt,
}: {
  hits: readonly ArticleHit[];
  total: number;
  offset: number;
  hrefAt: (offset: number) => string;
}) {
  if (hits.length === 0) {
    return (
      <Empty>
        No articles match. Try fewer words or remove a filter; <code>newsgraph ingest</code> adds articles.
      </Empty>
    );
  }
  return (
    <>
      <p className="result-count" data-testid="result-count">
        {total.toLocaleString('en')} article{total === 1 ? '' : 's'}
      </p>
      <ol className="result-list">
        {hits.map((hit) => (
          <li key={hit.article.id} className="result" data-testid="result-row">
            <h2>
              <Link to={`/articles/${encodeURIComponent(hit.article.id)}`}>
                {hit.article.title || '(untitled)'}
              </Link>
            </h2>
            <p className="result-meta">
              <Link to={hrefOf('/', { source: hit.article.source })} className="result-source">
                {hit.article.source || 'unknown source'}
              </Link>
              {hit.article.publishedAt ? (
                <time dateTime={hit.article.publishedAt}>{hit.article.publishedAt.slice(0, 10)}</time>
              ) : null}
            </p>
            <p className="result-snippet">
              <MarkedText text={hit.snippet} marks={hit.highlights} />
            </p>
          </li>
        ))}
      </ol>
      <Pager offset={offset} limit={PAGE_SIZE} total={total} hrefAt={hrefAt} />
    </>
  );
}
