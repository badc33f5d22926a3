import { QUAD_LABELS, ROOT_LABELS } from '../cameo-labels.js';
import { hrefOf, navigate } from '../router.js';

/** The URL parameters of the events, network and map pages, as the API takes them. */
export const EVENT_FILTERS = ['actor', 'country', 'root', 'quad', 'from', 'to', 'source'] as const;
export type EventFilterValues = Partial<Record<(typeof EVENT_FILTERS)[number], string>>;

export function eventFiltersOf(url: URL): EventFilterValues {
  const filters: EventFilterValues = {};
  for (const name of EVENT_FILTERS) {
    const value = url.searchParams.get(name);
    if (value) filters[name] = value;
  }
  return filters;
}

/** The filter bar of the event pages: each change is a new URL (`/events?quad=4&actor=ISR`). */
export function EventFilterBar({
  path,
  filters,
  keep = {},
}: {
  path: string;
  filters: EventFilterValues;
  /** Other URL parameters of the page, kept as the filters change (the events page's level). */
  keep?: Record<string, string | undefined>;
}) {
  const set = (name: string, value: string) =>
    navigate(hrefOf(path, { ...keep, ...filters, [name]: value.trim() || undefined }), { replace: true });
  return (
    <form className="filter-bar" onSubmit={(event) => event.preventDefault()} aria-label="Event filters">
      <label>
        Quad class
        <select value={filters.quad ?? ''} onChange={(event) => set('quad', event.target.value)}>
          <option value="">All</option>
          {Object.entries(QUAD_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Event type
        <select value={filters.root ?? ''} onChange={(event) => set('root', event.target.value)}>
          <option value="">All</option>
          {Object.entries(ROOT_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {value} {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Actor code
        <input
          key={`actor-${filters.actor ?? ''}`}
          defaultValue={filters.actor ?? ''}
          placeholder="ISR, RUSGOV"
          size={8}
          onBlur={(event) => set('actor', event.target.value.toUpperCase())}
          onKeyDown={(event) => {
            if (event.key === 'Enter') set('actor', event.currentTarget.value.toUpperCase());
          }}
        />
      </label>
      <label>
        From
        <input type="date" value={filters.from ?? ''} onChange={(event) => set('from', event.target.value)} />
      </label>
      <label>
        To
        <input type="date" value={filters.to ?? ''} onChange={(event) => set('to', event.target.value)} />
      </label>
      {Object.keys(filters).length > 0 ? (
        <button type="button" onClick={() => navigate(hrefOf(path, keep), { replace: true })}>
          Clear
        </button>
      ) : null}
    </form>
  );
}
