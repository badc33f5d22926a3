import { hrefOf, navigate } from '../router.js';

/** Which events the events page lists: each coded mention, or aggregate events (of one origin). */
export interface EventLevel {
  level: 'mentions' | 'aggregate';
  /** With `aggregate`: newsgraph's own, GDELT's imports, or both (empty). */
  origin: '' | 'newsgraph' | 'gdelt';
}

export function eventLevelOf(url: URL): EventLevel {
  const origin = url.searchParams.get('origin');
  return {
    level: url.searchParams.get('level') === 'aggregate' ? 'aggregate' : 'mentions',
    origin: origin === 'newsgraph' || origin === 'gdelt' ? origin : '',
  };
}

/** The URL parameters of a level (none for mentions, the default). */
export function levelParams({ level, origin }: EventLevel): Record<string, string | undefined> {
  return level === 'aggregate' ? { level, origin: origin || undefined } : {};
}

/**
 * A switch between mentions and aggregate events, and for aggregates an origin filter, so that
 * newsgraph's coding can be compared with GDELT's; each change is a new URL.
 */
export function EventLevelSwitch({
  path,
  filters,
  level,
}: {
  path: string;
  filters: Record<string, string | undefined>;
  level: EventLevel;
}) {
  const go = (next: EventLevel) =>
    navigate(hrefOf(path, { ...filters, ...levelParams(next) }), { replace: true });
  return (
    <form className="filter-bar" onSubmit={(event) => event.preventDefault()} aria-label="Event level">
      <fieldset className="level-switch">
        <legend>List</legend>
        {(['mentions', 'aggregate'] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="level"
              value={value}
              checked={level.level === value}
              onChange={() => go({ ...level, level: value })}
            />
            {value === 'mentions' ? 'Each mention' : 'Aggregate events'}
          </label>
        ))}
      </fieldset>
      {level.level === 'aggregate' ? (
        <label>
          Origin
          <select
            data-testid="origin-filter"
            value={level.origin}
            onChange={(event) => go({ ...level, origin: event.target.value as EventLevel['origin'] })}
          >
            <option value="">newsgraph and GDELT</option>
            <option value="newsgraph">newsgraph (from the articles)</option>
            <option value="gdelt">GDELT (imported)</option>
          </select>
        </label>
      ) : null}
    </form>
  );
}
