import { Link } from '../router.js';

interface PagerProps {
  offset: number;
  limit: number;
  total: number;
  /** The link to the page that starts at `offset`. */
  hrefAt: (offset: number) => string;
}

/** "21–40 of 312" with previous and next links. */
export function Pager({ offset, limit, total, hrefAt }: PagerProps) {
  if (total === 0) return null;
  const last = Math.min(offset + limit, total);
  return (
    <nav className="pager" aria-label="Pages">
      {offset > 0 ? (
        <Link to={hrefAt(Math.max(0, offset - limit))} rel="prev">
          ← Previous
        </Link>
      ) : (
        <span className="pager-disabled">← Previous</span>
      )}
      <span className="pager-range">
        {offset + 1}–{last} of {total.toLocaleString('en')}
      </span>
      {last < total ? (
        <Link to={hrefAt(offset + limit)} rel="next">
          Next →
        </Link>
      ) : (
        <span className="pager-disabled">Next →</span>
      )}
    </nav>
  );
}
