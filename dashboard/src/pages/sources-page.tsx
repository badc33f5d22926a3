import type { SourceList } from '../api/types.js';
import { useApi } from '../api/use-api.js';
import { Pager } from '../components/pager.js';
import { Empty, ErrorView, Loading } from '../components/status-views.js';
import { hrefOf, Link } from '../router.js';

const PAGE_SIZE = 50;

/** `/sources`: the publishers of the stored articles, with counts and dates; a click searches one. */
export function SourcesPage({ url }: { url: URL }) {
  const offset = Number(url.searchParams.get('offset') ?? 0) || 0;
  const sources = useApi<SourceList>(hrefOf('/api/sources', { limit: PAGE_SIZE, offset }));
  return (
    <div className="sources-page">
      <h1>Sources</h1>
      {sources.status === 'error' ? (
        <ErrorView error={sources.error} what="the sources" />
      ) : !sources.data ? (
        <Loading what="sources" />
      ) : sources.data.sources.length === 0 ? (
        <Empty>
          No articles yet. <code>newsgraph ingest PATH</code> adds some, <code>newsgraph demo</code> the
          examples.
        </Empty>
      ) : (
        <>
          <div className="table-scroll">
            <table data-testid="source-table">
              <thead>
                <tr>
                  <th>Source</th>
                  <th>Articles</th>
                  <th>First</th>
                  <th>Latest</th>
                </tr>
              </thead>
              <tbody>
                {sources.data.sources.map((source) => (
                  <tr key={source.name}>
                    <td>
                      <Link to={hrefOf('/', { source: source.name })}>{source.name || '(no source)'}</Link>
                    </td>
                    <td className="number">{source.articles.toLocaleString('en')}</td>
                    <td>{source.firstPublishedAt?.slice(0, 10) ?? '—'}</td>
                    <td>{source.lastPublishedAt?.slice(0, 10) ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            offset={offset}
            limit={PAGE_SIZE}
            total={sources.data.total}
            hrefAt={(at) => hrefOf('/sources', { offset: at || undefined })}
          />
        </>
      )}
    </div>
  );
}
