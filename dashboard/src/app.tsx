import { Component, type ErrorInfo, lazy, type ReactNode, Suspense } from 'react';
import { ErrorView, Loading } from './components/status-views.js';
import { ArticlePage } from './pages/article-page.js';
import { SearchPage } from './pages/search-page.js';
import { SourcesPage } from './pages/sources-page.js';
import { Link, useUrl } from './router.js';

// The pages with charts load ECharts (and the map its world geometry) only when opened.
const EventsPage = lazy(() => import('./pages/events-page.js'));
const NetworkPage = lazy(() => import('./pages/network-page.js'));
const ActorPage = lazy(() => import('./pages/actor-page.js'));
const MapPage = lazy(() => import('./pages/map-page.js'));

const NAVIGATION = [
  { path: '/', label: 'Search' },
  { path: '/events', label: 'Events' },
  { path: '/network', label: 'Network' },
  { path: '/map', label: 'Map' },
  { path: '/sources', label: 'Sources' },
];

/** The page for a path, or undefined when no page has it. */
function page(url: URL): ReactNode | undefined {
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const article = /^\/articles\/([^/]+)$/.exec(path);
  if (article?.[1]) {
    const id = decodeURIComponent(article[1]);
    return <ArticlePage key={id} id={id} url={url} />;
  }
  const actor = /^\/actors\/([^/]+)$/.exec(path);
  if (actor?.[1]) {
    const id = decodeURIComponent(actor[1]);
    return <ActorPage key={id} id={id} />;
  }
  switch (path) {
    case '/':
      return <SearchPage url={url} />;
    case '/events':
      return <EventsPage url={url} />;
    case '/network':
      return <NetworkPage url={url} />;
    case '/map':
      return <MapPage url={url} />;
    case '/sources':
      return <SourcesPage url={url} />;
    default:
      return undefined;
  }
}

/** A page that throws shows its error instead of blanking the whole app. */
class PageBoundary extends Component<{ children: ReactNode; path: string }, { error?: Error }> {
  override state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override componentDidUpdate(previous: { path: string }) {
    if (previous.path !== this.props.path && this.state.error) this.setState({ error: undefined });
  }
  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn('newsgraph: a page failed', error, info.componentStack);
  }
  override render() {
    return this.state.error ? <ErrorView error={this.state.error} what="this page" /> : this.props.children;
  }
}

export function App() {
  const url = useUrl();
  const section = `/${url.pathname.split('/')[1] ?? ''}`;
  const current = page(url);
  return (
    <>
      <header className="top-bar">
        <Link to="/" className="brand">
          newsgraph
        </Link>
        <nav aria-label="Pages">
          {NAVIGATION.map((item) => (
            <Link key={item.path} to={item.path} aria-current={section === item.path ? 'page' : undefined}>
              {item.label}
            </Link>
          ))}
        </nav>
      </header>
      <main>
        <PageBoundary path={url.pathname}>
          <Suspense fallback={<Loading what="the page" />}>
            {current ?? (
              <ErrorView error={new Error(`There is no page at ${url.pathname}.`)} what="this page" />
            )}
          </Suspense>
        </PageBoundary>
      </main>
    </>
  );
}
