import type { AnnotatedArticle } from '../api/types.js';
import { type Layer, type Mark, segmentSpan } from './annotation-marks.js';

interface AnnotatedTextProps {
  article: AnnotatedArticle;
  marks: readonly Mark[];
  shown: ReadonlySet<Layer>;
  selected: string | undefined;
  onSelect: (id: string) => void;
}

/**
 * The article's paragraphs with their annotations highlighted. Every piece of text is a React text
 * node, never HTML: the article is untrusted.
 */
export function AnnotatedText({ article, marks, shown, selected, onSelect }: AnnotatedTextProps) {
  const visible = marks.filter((mark) => shown.has(mark.layer));
  return (
    <div className="annotated-text">
      {article.paragraphs.map((paragraph) => {
        const pieces = segmentSpan(paragraph, visible).map((segment) => {
          const text = article.text.slice(segment.start, segment.end);
          if (segment.marks.length === 0) return text;
          // The innermost mark is the one a click means.
          const innermost = segment.marks.reduce((best, mark) =>
            mark.end - mark.start < best.end - best.start ? mark : best,
          );
          const ids = [...new Set(segment.marks.map((mark) => mark.id))];
          const classes = ['mark', ...new Set(segment.marks.map((mark) => mark.role))];
          if (selected && ids.includes(selected)) classes.push('is-selected');
          return (
            // biome-ignore lint/a11y/noStaticElementInteractions: a click on the text is a shortcut; the panel's buttons are the keyboard path
            // biome-ignore lint/a11y/useKeyWithClickEvents: as above
            <span
              key={segment.start}
              className={classes.join(' ')}
              data-ann={ids.join(' ')}
              onClick={() => onSelect(innermost.id)}
            >
              {text}
            </span>
          );
        });
        if (paragraph.kind === 'title') {
          return (
            <h1 key={paragraph.start} className="article-title">
              {pieces}
            </h1>
          );
        }
        return (
          <p key={paragraph.start} className={paragraph.kind === 'lede' ? 'article-lede' : undefined}>
            {pieces}
          </p>
        );
      })}
    </div>
  );
}
