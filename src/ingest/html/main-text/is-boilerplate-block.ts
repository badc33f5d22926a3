import type { TextBlock } from './collect-blocks.js';

/** Lines that send the reader elsewhere: "Read more: ...", "Lea también: ...", "Mehr zum Thema". */
const PROMPT = new RegExp(
  '^(?:' +
    [
      'read (?:more|also|next)',
      'see also',
      'related(?: articles?| stories| content)?',
      'more on this',
      'recommended',
      'lea (?:también|más|además)',
      'lee (?:también|más)',
      'vea también',
      'mira',
      'te puede interesar',
      'le puede interesar',
      'también te puede interesar',
      'no te pierdas',
      'leia (?:também|mais)',
      'veja também',
      'lesen sie (?:auch|mehr)',
      'mehr zum thema',
      'auch interessant',
      'weiterlesen',
      'zum weiterlesen',
      'das könnte sie (?:auch )?interessieren',
      'lire (?:aussi|la suite)',
      'à lire (?:aussi|également)',
      'voir aussi',
      'leggi anche',
      'czytaj (?:też|także|więcej)',
      'zobacz (?:też|także)',
    ].join('|') +
    ')\\b\\s*[:.!»>-]',
  'iu',
);

/** Whole short lines that are calls to act, not article text. */
const CALL_TO_ACT =
  /^(?:share(?: this(?: article| story| post)?)?|(?:diesen )?artikel teilen|teilen|tweet|drucken|print|e-?mail|kommentare?(?: schreiben)?|comments?|(?:sign up|subscribe)(?: now| here| to [\p{L} ]+)?|newsletter|zurück|back|top|weitere artikel|mehr themen|weiterführende links|advertisement|anzeige|werbung|publicidad|publicité|(?:permalink|permalien)\b.*|(?:load|show) more|mehr (?:laden|anzeigen)|lade weitere inhalte.*|quellen (?:aus|ein)blenden|(?:[\p{L} ]+ als )?pdf herunterladen|download (?:the )?pdf|kontakt|contact(?: us)?|impressum)\s*[:.!]?$/iu;

/**
 * Short lines that ask the reader to share or rate the piece: "Möchten Sie den Artikel teilen?",
 * "Share this story", "War der Artikel nützlich?", "Was this article helpful?".
 */
const SHARE_OR_RATE =
  /\b(?:share|teilen|compartir|partager|condividi|udostępnij|helpful|useful|hilfreich|nützlich|útil|utile)\b/iu;
const THE_PIECE =
  /\b(?:this|article|story|post|page|diesen|artikel|beitrag|seite|artículo|noticia|nota|articolo|artykuł)\b/iu;
const MAX_CALL_LENGTH = 60;

/** Sentences that ask the reader to follow, subscribe, sign up or download. */
const SOLICITATION =
  /\b(?:follow us|follow (?:the )?[\p{Lu}][\p{L}]+ on (?:twitter|facebook|instagram)|sign up (?:for|to) (?:our|the)|subscribe (?:now|to our|here)|join our newsletter|download (?:the|our) [\p{L} ]*apps?|abonnieren sie|melden sie sich (?:jetzt )?(?:für|zum) (?:unseren )?newsletter|suscr[ií]bete|únete a nuestro)\b/iu;

/** Photo credits and sources: "Foto: dpa", "Photo: Reuters/X", "Bild: Werk/...", "© Getty Images". */
const CREDIT =
  /^(?:\(?(?:foto|photo|fotos|photos|bild|bilder|image|images|imagen|credit|crédito|crédits photos|quelle|source|fuente|grafik|video|abbildung)s?\s*(?:credit)?\s*[:©]|©|\(c\)|copyright\b|vergrößern\b)/iu;
/**
 * A credit at the end of a short caption set outside a figure ("The bridge at dusk. Photo: Jo
 * Smith", "The old town© J. Smith/pixelio.de"), or a picture agency's name.
 */
const CREDIT_ANYWHERE =
  /©\s*\p{L}|\b(?:photo|foto|fotos|bild|image|credit|crédito)\s*:\s*\p{L}|\b(?:getty images|istock(?:photo)?(?:\.com)?|shutterstock|dpa-infocom|picture alliance|imago images)\b/iu;

/** Class and id fragments of elements holding captions, bylines, sharing, related links and the like. */
const BOILERPLATE_HINT =
  /caption|credit|copyright|attribution|byline|related|relates|promo|newsletter|subscri|sharing|share(?:-|bar|tools|buttons|$|\s)|social|author|(?:^|[\s_-])(?:tags?|ads?|advert\w*|meta|bio|print|widget|sidebar|footer|comments?|breadcrumbs?|trending|timestamp|cookie\w*|consent|swiper|carousel|signup|read-?more|disclaimer|notice|affiliate\w*|kommentar\w*|infobox|kasten\w*|snippet\w*|portlet\w*|cta\w*|recommend\w*)(?:$|[\s_-])/;

/** A date or time: "23.10.2018", "2021-10-16", "16 marca 2021", "19:49". */
const DATE =
  /\b(?:\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.? \p{L}+\.? \d{4}|\p{L}+\.? \d{1,2},? \d{4}|\d{1,2}:\d{2})\b/u;
/** Words of two letters or more beside a date: "Aktualisiert am", "Posted on". */
const WORD = /\p{L}{2,}/gu;
const MAX_DATE_LINE_WORDS = 3;
/** A short heading of more to read: "Weitere Beiträge aus der Kolumne", "More from this author". */
const LABEL = /^(?:more|other|further|weitere|mehr|andere|más|otras|autres|plus de) [^.!?]{0,40}$/iu;
const MAX_LABEL_LENGTH = 45;
const MAX_CREDIT_LENGTH = 150;
/** How many enclosing elements' class and id words count (tuned on the dev halves: 1 to 8 tried). */
const HINT_LEVELS = 4;
const MAX_PROMPT_LENGTH = 250;
const MAX_LINK_DENSITY = 0.5;
/**
 * A short line whose links are a third of it points elsewhere ("Weitere Infos unter example.org.",
 * "Report, 14 May PDF | 38 KB"); running text with a link or two is longer. Not a list item: a
 * list of points may link some of its words. (Tuned on the dev halves: 60 to 150 characters and
 * 0.25 to 0.4 within 0.0007; with list items, aeb dev -0.0007.)
 */
const MAX_SHORT_LINE_LENGTH = 100;
const MAX_SHORT_LINE_LINK_DENSITY = 0.3;
const MAX_HINTED_LENGTH = 600;

export type BoilerplateRule =
  | 'links'
  | 'figure'
  | 'prompt'
  | 'call'
  | 'solicitation'
  | 'credit'
  | 'date'
  | 'label'
  | 'hint';

/**
 * Elements whose content a figure holds as the figure itself, not as its caption: WordPress sets
 * tables, pull quotes and code in `<figure class="wp-block-table">` and the like.
 */
const FIGURE_CONTENT_TAGS = new Set(['TABLE', 'BLOCKQUOTE', 'PRE']);

/** Whether a block is a figure's caption or credit, not a table or quotation set as a figure. */
export function isInFigure(block: TextBlock): boolean {
  if (block.tag === 'FIGCAPTION' || block.ancestors.includes('FIGCAPTION')) return true;
  if (block.tag === 'FIGURE') return true;
  const figure = block.ancestors.indexOf('FIGURE');
  if (figure < 0) return false;
  return !(
    FIGURE_CONTENT_TAGS.has(block.tag) ||
    block.ancestors.slice(0, figure).some((tag) => FIGURE_CONTENT_TAGS.has(tag))
  );
}

/**
 * Which rule, if any, marks a block of an article's text as boilerplate. `isWrapper` tells which
 * enclosing elements (by `TextBlock.path` number) hold the article itself, whose class words
 * ("post related-enabled") say nothing about one block. In a gallery (`isGallery`), whose text is
 * its captions, captions are not boilerplate.
 */
export function boilerplateRule(
  block: TextBlock,
  isWrapper: (element: number) => boolean = () => false,
  isGallery = false,
): BoilerplateRule | undefined {
  const { text } = block;
  const linkDensity = block.linkLength / text.length;
  if (
    (linkDensity > MAX_LINK_DENSITY ||
      (text.length < MAX_SHORT_LINE_LENGTH &&
        linkDensity >= MAX_SHORT_LINE_LINK_DENSITY &&
        block.tag !== 'LI')) &&
    (block.tag !== 'P' || text.length < 200) &&
    block.tag !== 'BLOCKQUOTE' &&
    !block.ancestors.includes('BLOCKQUOTE')
  )
    return 'links';
  if (!isGallery && isInFigure(block)) return 'figure';
  if (text.length <= MAX_PROMPT_LENGTH && PROMPT.test(text)) return 'prompt';
  if (
    text.length <= MAX_CALL_LENGTH &&
    (CALL_TO_ACT.test(text) || (SHARE_OR_RATE.test(text) && THE_PIECE.test(text)))
  )
    return 'call';
  if (text.length <= MAX_PROMPT_LENGTH && SOLICITATION.test(text)) return 'solicitation';
  if (text.length <= MAX_CREDIT_LENGTH && (CREDIT.test(text) || CREDIT_ANYWHERE.test(text))) return 'credit';
  if (text.length <= MAX_LABEL_LENGTH && LABEL.test(text)) return 'label';
  if (text.length <= 60 && DATE.test(text) && (text.match(WORD) ?? []).length <= MAX_DATE_LINE_WORDS)
    return 'date';
  if (
    text.length <= MAX_HINTED_LENGTH &&
    block.hints.some(
      (hint, level) =>
        level < HINT_LEVELS && !isWrapper(block.path[level] ?? -1) && BOILERPLATE_HINT.test(hint),
    )
  )
    return 'hint';
  return undefined;
}

/** Whether a block of an article's text is boilerplate: a link line, a prompt, a credit or a caption. */
export function isBoilerplateBlock(
  block: TextBlock,
  isWrapper?: (element: number) => boolean,
  isGallery?: boolean,
): boolean {
  return boilerplateRule(block, isWrapper, isGallery) !== undefined;
}
