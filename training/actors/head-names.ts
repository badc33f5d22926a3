/**
 * English names for the Portuguese Wikidata labels of heads of state in office since 1945 whose
 * English name differs: the first is the name, the others further variants. Written for this
 * project from the English Wikipedia titles of these people.
 */
const ENGLISH_NAMES: Readonly<Record<string, readonly string[]>> = {
  'Carlos III do Reino Unido': ['Charles III', 'King Charles III', 'King Charles'],
  'Isabel II do Reino Unido': ['Elizabeth II', 'Queen Elizabeth II', 'Queen Elizabeth'],
  'Jorge VI do Reino Unido': ['George VI', 'King George VI'],
  'Guilherme Alexandre dos Países Baixos': ['Willem-Alexander', 'King Willem-Alexander'],
  'Beatriz dos Países Baixos': ['Beatrix', 'Queen Beatrix'],
  'Juliana dos Países Baixos': ['Juliana', 'Queen Juliana'],
  'Filipe VI da Espanha': ['Felipe VI', 'King Felipe VI', 'King Felipe'],
  'João Carlos I de Espanha': ['Juan Carlos I', 'King Juan Carlos'],
  'Frederico IX da Dinamarca': ['Frederik IX', 'King Frederik IX'],
  'Frederico X da Dinamarca': ['Frederik X', 'King Frederik X', 'King Frederik'],
  'Margarida II da Dinamarca': ['Margrethe II', 'Queen Margrethe II', 'Queen Margrethe'],
  'Olavo V da Noruega': ['Olav V', 'King Olav V'],
  'Harald V da Noruega': ['Harald V', 'King Harald V', 'King Harald'],
  'Gustavo VI Adolfo da Suécia': ['Gustaf VI Adolf', 'King Gustaf VI Adolf'],
  'Carlos XVI Gustavo da Suécia': ['Carl XVI Gustaf', 'King Carl XVI Gustaf', 'King Carl Gustaf'],
  'Leopoldo III da Bélgica': ['Leopold III', 'King Leopold III'],
  'Balduíno I da Bélgica': ['Baudouin', 'King Baudouin'],
  'Alberto II da Bélgica': ['Albert II of Belgium', 'King Albert II'],
  'Filipe, Duque de Brabante': ['Philippe of Belgium', 'King Philippe'],
  'Rainier III do Mónaco': ['Rainier III', 'Prince Rainier III', 'Prince Rainier'],
  'Alberto II do Mónaco': ['Albert II of Monaco', 'Prince Albert II', 'Prince Albert'],
  'Henrique de Luxemburgo': ['Grand Duke Henri', 'Henri of Luxembourg'],
  'Guilherme, grão-duque herdeiro de Luxemburgo': ['Grand Duke Guillaume', 'Guillaume of Luxembourg'],
  'João de Luxemburgo': ['Grand Duke Jean', 'Jean of Luxembourg'],
  'Hans-Adam II do Liechtenstein': ['Hans-Adam II', 'Prince Hans-Adam II'],
  'Franz Josef II de Liechtenstein': ['Franz Joseph II', 'Prince Franz Joseph II'],
  'Simeão II da Bulgária': ['Simeon Saxe-Coburg-Gotha', 'Simeon II'],
  'Miguel I da Romênia': ['Michael I of Romania', 'King Michael'],
  'Abdullah I da Jordânia': ['Abdullah I', 'King Abdullah I'],
  'Talal da Jordânia': ['King Talal'],
  'Hussein da Jordânia': ['King Hussein', 'Hussein of Jordan'],
  'Abdullah II da Jordânia': ['Abdullah II', 'King Abdullah II'],
  'Mohammed V de Marrocos': ['Mohammed V', 'King Mohammed V'],
  'Hassan II de Marrocos': ['Hassan II', 'King Hassan II', 'King Hassan'],
  'Mohammed VI de Marrocos': ['Mohammed VI', 'King Mohammed VI'],
  'Saud da Arábia Saudita': ['King Saud'],
  'Faisal da Arábia Saudita': ['King Faisal'],
  'Jaled da Arábia Saudita': ['King Khalid'],
  'Fahd da Arábia Saudita': ['King Fahd'],
  'Abdallah da Arábia Saudita': ['King Abdullah', 'Abdullah bin Abdulaziz'],
  'Mswati III de Essuatíni': ['Mswati III', 'King Mswati III', 'King Mswati'],
  'Letsie III do Lesoto': ['Letsie III', 'King Letsie III'],
  'Naruhito, Príncipe Herdeiro do Japão': ['Naruhito', 'Emperor Naruhito'],
  'Papa Pio XII': ['Pope Pius XII', 'Pius XII'],
  'Papa João XXIII': ['Pope John XXIII', 'John XXIII'],
  'Papa João Paulo I': ['Pope John Paul I', 'John Paul I'],
  'Papa João Paulo II': ['Pope John Paul II', 'John Paul II'],
  'Papa Bento XVI': ['Pope Benedict XVI', 'Benedict XVI'],
  'Papa Francisco': ['Pope Francis'],
  'Leão XIV': ['Pope Leo XIV', 'Leo XIV'],
};

// Portuguese titles before a name: "Príncipe Sirik Matak Sisovath", "Papa Paulo VI".
const PORTUGUESE_TITLE =
  /^(?:Imperador|Imperatriz|Rei|Rainha|Príncipe|Princesa|Sultão|Xeque|Papa|Emir|Xá)\s+/u;

// Collective heads ("Junta militar de Honduras", "Conselho Presidencial de Transição") are not people.
const COLLECTIVE_HEAD = /^(?:Junta|Conselho|Comité|Comissão|Governo|Triunvirato|Diretório|Regência)\b/u;

/**
 * The names of a head of state or government from the Wikidata label (often the Portuguese
 * one): the first is the name. English names from the table above where there is one; else the
 * label trimmed to the name: a parenthesis, a title after a comma, a leading Portuguese title
 * and a trailing "of <country>" go ("Ernest (Toby) Lewis" -> "Ernest Lewis", "William Slim,
 * 1st Viscount Slim" -> "William Slim", "Luís XIV de França" -> "Luís XIV", "Talal da Jordânia"
 * -> "Talal"). `countryNames` are the Portuguese country names the file uses. Empty for a label
 * that is no name: a Wikidata id, or a collective head.
 */
export function headNames(label: string, countryNames: ReadonlySet<string>): string[] {
  const english = ENGLISH_NAMES[label];
  if (english) return [...english];
  if (/^(?:Q\d+|https?:)/.test(label) || COLLECTIVE_HEAD.test(label)) return [];
  let name = label
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/,.*$/, '')
    .replace(/^(.*?\s[IVXL]+)\s+(?:de|do|da|dos|das|of)\s.*$/u, '$1')
    .replace(PORTUGUESE_TITLE, '')
    .trim();
  const ofCountry = /^(.+?)\s+(?:de|do|da|dos|das|of)\s+(.+)$/u.exec(name);
  if (ofCountry && countryNames.has(ofCountry[2] as string)) name = ofCountry[1] as string;
  return name === '' ? [] : [name];
}
