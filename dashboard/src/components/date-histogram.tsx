import type { FacetCount } from '../api/types.js';
import { navigate } from '../router.js';

interface DateHistogramProps {
  dates: readonly FacetCount[];
  interval: 'day' | 'month';
  /** The link that filters on the range `from`-`to` (inclusive ISO dates). */
  hrefForRange: (from: string, to: string) => string;
}

const WIDTH = 240;
const HEIGHT = 64;

/** The inclusive first and last days of a histogram bar (`2018-06-17`, or the month `2018-06`). */
export function dayRange(value: string, interval: 'day' | 'month'): [string, string] {
  if (interval === 'day') return [value, value];
  const [year, month] = value.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return [`${value}-01`, `${value}-${String(lastDay).padStart(2, '0')}`];
}

/** The next day (`2018-06-18`) or month (`2018-07`) after `value`. */
function nextPeriod(value: string, interval: 'day' | 'month'): string {
  if (interval === 'day')
    return new Date(Date.parse(`${value}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const [year, month] = value.split('-').map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
}

/** Every day or month from the first to the last, those without articles at zero, so bars stand in time. */
export function withEmptyPeriods(dates: readonly FacetCount[], interval: 'day' | 'month'): FacetCount[] {
  const first = dates[0]?.value;
  const last = dates.at(-1)?.value;
  if (!first || !last || !/^\d{4}-\d{2}(-\d{2})?$/.test(first)) return [...dates];
  const counts = new Map(dates.map((date) => [date.value, date.count]));
  const filled: FacetCount[] = [];
  // At most 400 periods: a longer span than the API folds into months is shown as it comes.
  for (let value = first; value <= last && filled.length <= 400; value = nextPeriod(value, interval)) {
    filled.push({ value, count: counts.get(value) ?? 0 });
  }
  return filled.length > 400 ? [...dates] : filled;
}

/**
 * Articles per day or month as bars drawn in SVG (no chart library on the first page); a click on
 * a bar filters on its dates.
 */
export function DateHistogram({ dates: counted, interval, hrefForRange }: DateHistogramProps) {
  if (counted.length === 0) return <p className="facet-none">No dated articles</p>;
  const dates = withEmptyPeriods(counted, interval);
  const most = Math.max(...dates.map((date) => date.count));
  const barWidth = WIDTH / dates.length;
  const first = dates[0]?.value ?? '';
  const last = dates.at(-1)?.value ?? '';
  return (
    <figure className="histogram">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`Articles per ${interval}`}>
        {dates.map((date, index) => {
          if (date.count === 0) return null;
          const height = Math.max(2, (date.count / most) * (HEIGHT - 4));
          const [from, to] = dayRange(date.value, interval);
          return (
            // biome-ignore lint/a11y/useSemanticElements: an SVG bar cannot be a <button>; it gets the role and keys instead
            <rect
              key={date.value}
              role="button"
              tabIndex={0}
              className="histogram-bar"
              x={index * barWidth + 0.5}
              y={HEIGHT - height}
              width={Math.max(1, barWidth - 1)}
              height={height}
              onClick={() => navigate(hrefForRange(from, to))}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') navigate(hrefForRange(from, to));
              }}
            >
              <title>
                {date.value}: {date.count} article{date.count === 1 ? '' : 's'}
              </title>
            </rect>
          );
        })}
      </svg>
      <figcaption>
        <span>{first}</span>
        <span>{last}</span>
      </figcaption>
    </figure>
  );
}
