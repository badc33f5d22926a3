import { useEffect, useMemo, useState } from 'react';
import type { AnnotatedArticle } from '../api/types.js';
import { useApi } from '../api/use-api.js';
import { ErrorView, Loading } from '../components/status-views.js';
import { hrefOf, Link, navigate } from '../router.js';
import { AnnotatedText } from './annotated-text.js';
import { annotationMarks, type Layer } from './annotation-marks.js';
import { AnnotationPanel } from './annotation-panel.js';

const LAYERS: { layer: Layer; label: string }[] = [
  { layer: 'entities', label: 'Entities' },
  { layer: 'quotes', label: 'Quotes' },
  { layer: 'events', label: 'Events' },
  { layer: 'places', label: 'Places' },
];

/** A link to the article's address, only when it is a web address (never `javascript:`). */
function isWebAddress(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** `/articles/:id`: the article with every annotation highlighted, and a panel listing them. */
export function ArticlePage({ id, url }: { id: string; url: URL }) {
  const article = useApi<AnnotatedArticle>(`/api/articles/${encodeURIComponent(id)}`);
  if (article.status === 'error') return <ErrorView error={article.error} what="this article" />;
  if (article.status === 'loading') return <Loading what="the article" />;
  return <Reader article={article.data} focus={url.searchParams.get('focus') ?? undefined} />;
}

function Reader({ article, focus }: { article: AnnotatedArticle; focus: string | undefined }) {
  const marks = useMemo(() => annotationMarks(article), [article]);
  const [shown, setShown] = useState<ReadonlySet<Layer>>(() => new Set(LAYERS.map((each) => each.layer)));

  /** Selecting an annotation puts it in the URL (`?focus=quote-2`), so that it can be shared. */
  const select = (annotation: string) => {
    navigate(hrefOf(`/articles/${encodeURIComponent(article.id)}`, { focus: annotation }), { replace: true });
  };
  useEffect(() => {
    if (!focus) return;
    const element = document.querySelector(`[data-ann~="${CSS.escape(focus)}"]`);
    element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [focus]);

  const toggle = (layer: Layer) => {
    const next = new Set(shown);
    if (next.has(layer)) next.delete(layer);
    else next.add(layer);
    setShown(next);
  };

  return (
    <div className="reader with-sidebar-right">
      <article className="reader-article" data-testid="reader">
        <p className="article-meta">
          <Link to={hrefOf('/', { source: article.source })}>{article.source || 'unknown source'}</Link>
          {article.publishedAt ? (
            <time dateTime={article.publishedAt}>{article.publishedAt.slice(0, 10)}</time>
          ) : null}
          {article.authors.length > 0 ? <span>by {article.authors.join(', ')}</span> : null}
          {article.url && isWebAddress(article.url) ? (
            <a href={article.url} rel="noopener noreferrer nofollow" target="_blank">
              original
            </a>
          ) : null}
          {article.tone ? (
            <span title="GDELT tone: positive minus negative words, in percentage points">
              tone {article.tone.score.toFixed(2)}
            </span>
          ) : null}
        </p>
        <fieldset className="layer-toggles">
          <legend>Highlight</legend>
          {LAYERS.map(({ layer, label }) => (
            <label key={layer} className={`toggle toggle-${layer}`}>
              <input type="checkbox" checked={shown.has(layer)} onChange={() => toggle(layer)} /> {label}
            </label>
          ))}
        </fieldset>
        <AnnotatedText article={article} marks={marks} shown={shown} selected={focus} onSelect={select} />
        {article.image ? <p className="article-image">Image: {article.image}</p> : null}
      </article>
      <AnnotationPanel article={article} selected={focus} onSelect={select} />
    </div>
  );
}
