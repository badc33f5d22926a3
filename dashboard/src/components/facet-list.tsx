import type { FacetCount } from '../api/types.js';
import { Link } from '../router.js';

interface FacetListProps {
  title: string;
  /** The URL parameter this facet sets (`source`, `actor`...). */
  name: string;
  values: readonly FacetCount[];
  /** The value now filtered on, if any. */
  active: string | undefined;
  /** The link that filters on `value`, or that removes the filter when `value` is undefined. */
  hrefFor: (name: string, value: string | undefined) => string;
  label?: (value: string) => string;
}

/** A facet's values with their counts; a click filters on one, a second click removes it. */
export function FacetList({
  title,
  name,
  values,
  active,
  hrefFor,
  label = (value) => value,
}: FacetListProps) {
  // An empty value (articles without a source) cannot be a filter of the API.
  const shown = values.filter((facet) => facet.value !== '');
  return (
    <section className="facet" data-facet={name}>
      <h3>{title}</h3>
      {shown.length === 0 ? (
        <p className="facet-none">None</p>
      ) : (
        <ul>
          {shown.map((facet) => {
            const isActive = facet.value === active;
            return (
              <li key={facet.value}>
                <Link
                  to={hrefFor(name, isActive ? undefined : facet.value)}
                  className={isActive ? 'facet-value is-active' : 'facet-value'}
                  aria-pressed={isActive}
                  data-testid={`facet-${name}`}
                  data-value={facet.value}
                >
                  <span className="facet-label">{label(facet.value)}</span>
                  <span className="facet-count">{facet.count.toLocaleString('en')}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
