/**
 * Places news names that belong to no single country: continents (at GeoNames' points, with
 * their GeoNames ids), regions across borders, seas and straits. Written for this project; the
 * points are approximate centres.
 */
export interface AreaEntry {
  name: string;
  /** GeoNames feature class and code: `L CONT` continent, `L RGN` region, `H SEA`/`STRT`/`GULF`/`OCN`/`CNL`. */
  featureClass: 'L' | 'H';
  featureCode: string;
  at: readonly [number, number];
  geonameId?: number;
  aliases?: readonly string[];
}

export const AREAS: readonly AreaEntry[] = [
  { name: 'Europe', featureClass: 'L', featureCode: 'CONT', at: [48.69, 9.14], geonameId: 6255148 },
  { name: 'Africa', featureClass: 'L', featureCode: 'CONT', at: [7.19, 21.09], geonameId: 6255146 },
  { name: 'Asia', featureClass: 'L', featureCode: 'CONT', at: [29.84, 89.3], geonameId: 6255147 },
  {
    name: 'North America',
    featureClass: 'L',
    featureCode: 'CONT',
    at: [46.07, -100.55],
    geonameId: 6255149,
  },
  {
    name: 'South America',
    featureClass: 'L',
    featureCode: 'CONT',
    at: [-14.6, -57.66],
    geonameId: 6255150,
  },
  { name: 'Oceania', featureClass: 'L', featureCode: 'CONT', at: [-18.31, 138.52], geonameId: 6255151 },
  { name: 'Middle East', featureClass: 'L', featureCode: 'RGN', at: [29.0, 42.0], aliases: ['Mideast'] },
  { name: 'Latin America', featureClass: 'L', featureCode: 'RGN', at: [-8.0, -60.0] },
  { name: 'Central America', featureClass: 'L', featureCode: 'RGN', at: [13.5, -86.0] },
  { name: 'Caribbean', featureClass: 'L', featureCode: 'RGN', at: [17.0, -72.0] },
  { name: 'Balkans', featureClass: 'L', featureCode: 'RGN', at: [42.5, 21.0] },
  { name: 'Caucasus', featureClass: 'L', featureCode: 'RGN', at: [42.3, 44.5] },
  { name: 'Central Asia', featureClass: 'L', featureCode: 'RGN', at: [42.0, 64.0] },
  { name: 'Southeast Asia', featureClass: 'L', featureCode: 'RGN', at: [5.0, 110.0] },
  { name: 'Scandinavia', featureClass: 'L', featureCode: 'RGN', at: [62.0, 14.0] },
  { name: 'Sahel', featureClass: 'L', featureCode: 'RGN', at: [15.0, 5.0] },
  { name: 'Horn of Africa', featureClass: 'L', featureCode: 'RGN', at: [8.0, 45.0] },
  { name: 'West Africa', featureClass: 'L', featureCode: 'RGN', at: [12.0, -3.0] },
  { name: 'East Africa', featureClass: 'L', featureCode: 'RGN', at: [0.0, 36.0] },
  { name: 'North Africa', featureClass: 'L', featureCode: 'RGN', at: [27.0, 10.0] },
  { name: 'Kashmir', featureClass: 'L', featureCode: 'RGN', at: [34.5, 76.0] },
  { name: 'Kurdistan', featureClass: 'L', featureCode: 'RGN', at: [37.0, 43.5] },
  { name: 'Patagonia', featureClass: 'L', featureCode: 'RGN', at: [-44.0, -69.0] },
  { name: 'Borneo', featureClass: 'L', featureCode: 'RGN', at: [0.96, 114.55] },
  {
    name: 'Amazon',
    featureClass: 'L',
    featureCode: 'RGN',
    at: [-3.5, -62.0],
    aliases: ['Amazon rainforest', 'Amazonia'],
  },
  { name: 'Black Sea', featureClass: 'H', featureCode: 'SEA', at: [43.4, 34.3] },
  { name: 'Aegean Sea', featureClass: 'H', featureCode: 'SEA', at: [38.5, 25.0], aliases: ['Aegean'] },
  {
    name: 'Mediterranean Sea',
    featureClass: 'H',
    featureCode: 'SEA',
    at: [35.0, 18.0],
    aliases: ['Mediterranean'],
  },
  { name: 'Red Sea', featureClass: 'H', featureCode: 'SEA', at: [20.0, 38.5] },
  { name: 'South China Sea', featureClass: 'H', featureCode: 'SEA', at: [12.0, 113.0] },
  { name: 'East China Sea', featureClass: 'H', featureCode: 'SEA', at: [29.0, 125.0] },
  { name: 'Baltic Sea', featureClass: 'H', featureCode: 'SEA', at: [58.0, 20.0] },
  { name: 'Caspian Sea', featureClass: 'H', featureCode: 'SEA', at: [42.0, 50.5] },
  { name: 'Sea of Azov', featureClass: 'H', featureCode: 'SEA', at: [46.0, 36.5] },
  { name: 'North Sea', featureClass: 'H', featureCode: 'SEA', at: [56.0, 3.0] },
  { name: 'Arabian Sea', featureClass: 'H', featureCode: 'SEA', at: [15.0, 65.0] },
  { name: 'Sea of Japan', featureClass: 'H', featureCode: 'SEA', at: [40.0, 135.0] },
  {
    name: 'Persian Gulf',
    featureClass: 'H',
    featureCode: 'GULF',
    at: [27.0, 51.0],
    aliases: ['Arabian Gulf'],
  },
  { name: 'Gulf of Aden', featureClass: 'H', featureCode: 'GULF', at: [12.5, 48.0] },
  { name: 'Gulf of Mexico', featureClass: 'H', featureCode: 'GULF', at: [25.0, -90.0] },
  { name: 'Strait of Hormuz', featureClass: 'H', featureCode: 'STRT', at: [26.6, 56.3] },
  { name: 'Taiwan Strait', featureClass: 'H', featureCode: 'STRT', at: [24.5, 119.5] },
  { name: 'Bab el-Mandeb', featureClass: 'H', featureCode: 'STRT', at: [12.6, 43.3] },
  { name: 'English Channel', featureClass: 'H', featureCode: 'CHN', at: [50.2, -1.0] },
  { name: 'Atlantic Ocean', featureClass: 'H', featureCode: 'OCN', at: [0.0, -30.0], aliases: ['Atlantic'] },
  { name: 'Pacific Ocean', featureClass: 'H', featureCode: 'OCN', at: [0.0, -160.0], aliases: ['Pacific'] },
  { name: 'Indian Ocean', featureClass: 'H', featureCode: 'OCN', at: [-20.0, 80.0] },
  { name: 'Arctic', featureClass: 'L', featureCode: 'RGN', at: [80.0, 0.0], aliases: ['Arctic Ocean'] },
];
