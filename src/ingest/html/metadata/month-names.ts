/**
 * Month names and abbreviations, lower case, by month (1-12), in the languages of European and
 * other news sites: English, German, French, Spanish, Portuguese, Italian, Dutch, the Nordic
 * languages, Finnish, Polish, Czech, Slovak, Croatian/Bosnian/Serbian, Slovenian, Romanian,
 * Hungarian, Turkish, Indonesian, Tagalog, Russian, Ukrainian, Bulgarian and Greek. Inflected
 * forms (genitive "червня", "stycznia", "Ιουνίου") are listed where dates use them.
 * Where one spelling means two months in two languages, the more frequent language wins:
 * "listopada" is November (Polish, Czech), not October (Croatian).
 */
const NAMES: readonly string[][] = [
  [
    'january jan jän januar jänner janvier janv enero ene janeiro gennaio genn januari jan. tammikuuta tammikuu',
    'styczeń stycznia sty leden ledna január januára siječanj siječnja januar ianuarie ian',
    'ocak januári enero января январь янв січня січень студзеня януари ιανουαρίου ιανουάριος ιαν',
  ],
  [
    'february feb februar feber février févr fevr febrero feb fevereiro fev febbraio febbr februari',
    'helmikuuta helmikuu luty lutego lut únor února február februára veljača veljače februar februarie',
    'şubat subat február pebrero февраля февраль фев лютого лютий февруари φεβρουαρίου φεβρουάριος φεβ',
  ],
  [
    'march mar märz mär mrz mars marzo março marco maart maaliskuuta maaliskuu marzec marca mar',
    'březen března marec marca ožujak ožujka mart martie mart március marso maret марта март мар',
    'березня березень μαρτίου μάρτιος',
  ],
  [
    'april apr avril avr abril abr aprile aprili huhtikuuta huhtikuu kwiecień kwietnia kwi duben dubna',
    'apríl apríla travanj travnja aprilie nisan április abril апреля апрель апр квітня квітень април',
    'απριλίου απρίλιος απρ',
  ],
  [
    'may mai mayo maio maggio mei maj toukokuuta toukokuu maja květen května máj mája svibanj svibnja',
    'mayıs mayis május mayo мая май травня травень мај μαΐου μαΐου μάιος μαΐ',
  ],
  [
    'june jun juni juin junio jun junho giugno juni kesäkuuta kesäkuu czerwiec czerwca cze červen června',
    'jún júna lipanj lipnja iunie haziran június hunyo июня июнь червня червень юни ιουνίου ιούνιος',
  ],
  [
    'july jul juli juillet juil julio jul julho luglio juli heinäkuuta heinäkuu lipiec lipca lip',
    'červenec července júl júla srpanj srpnja iulie temmuz július hulyo июля июль липня липень юли',
    'ιουλίου ιούλιος',
  ],
  [
    'august aug août aout agosto ago augusti augustus elokuuta elokuu sierpień sierpnia sie srpen srpna',
    'august augusta kolovoz kolovoza avgust ağustos agustos augusztus agustus августа август авг',
    'серпня серпень αυγούστου αύγουστος',
  ],
  [
    'september sep sept septembre septiembre setiembre set setembro settembre syyskuuta syyskuu',
    'wrzesień września wrz září září septembra rujan rujna septembar septembrie eylül eylul',
    'szeptember setyembre сентября сентябрь сен вересня вересень септември σεπτεμβρίου σεπτέμβριος',
  ],
  [
    'october oct oktober okt octobre octubre oct outubro out ottobre ott lokakuuta lokakuu',
    'październik października paź říjen října októbra oktobra oktobar octombrie ekim',
    'október oktubre октября октябрь окт жовтня жовтень октомври οκτωβρίου οκτώβριος',
  ],
  [
    'november nov novembre noviembre novembro marraskuuta marraskuu listopad listopada lis listopadu',
    'novembra studeni studenoga novembar noiembrie kasım kasim nobyembre ноября ноябрь ноя',
    'листопада листопад ноември νοεμβρίου νοέμβριος',
  ],
  [
    'december dec dezember dez décembre déc diciembre dic dezembro dicembre desember joulukuuta joulukuu',
    'grudzień grudnia gru prosinec prosince decembra prosinac prosinca decembar decembrie aralık',
    'aralik disyembre desember декабря декабрь дек грудня грудень декември δεκεμβρίου δεκέμβριος',
  ],
];

const MONTH_BY_NAME = new Map<string, number>();
NAMES.forEach((lines, index) => {
  for (const name of lines.join(' ').split(/\s+/)) {
    const key = name.replace(/\.$/, '');
    if (key && !MONTH_BY_NAME.has(key)) MONTH_BY_NAME.set(key, index + 1);
  }
});

/** The month (1-12) a name or abbreviation stands for, any case, a final dot allowed. */
export function monthOfName(name: string): number | undefined {
  return MONTH_BY_NAME.get(name.toLowerCase().replace(/\.$/, ''));
}

/** A regular-expression alternation of every month name, longest first. */
export const MONTH_NAME_PATTERN = [...MONTH_BY_NAME.keys()]
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
