/**
 * Where to put a country's dot: an approximate centre (longitude, latitude in degrees) and the
 * region it is grouped under on small screens. Approximate on purpose: the charts show which
 * countries, never where borders run, and no border or outline is drawn anywhere on the site.
 *
 * Keyed by the ids metrics use in `items` (content/metrics/china-funded-programme-countries.yaml).
 * A country listed in a metric but missing here is reported by the content check.
 */
export type RegionId = 'africa' | 'asia';

export const regionNames: Record<RegionId, { en: string; zh: string }> = {
  africa: { en: 'Africa', zh: '非洲' },
  asia: { en: 'Asia', zh: '亚洲' },
};

export interface CountryPlace {
  lon: number;
  lat: number;
  region: RegionId;
  /** A shorter name for a label on the map, where the full name would not fit. */
  short?: { en: string; zh: string };
}

export const countryPlaces: Record<string, CountryPlace> = {
  afghanistan: { lon: 66.0, lat: 33.9, region: 'asia' },
  cambodia: { lon: 104.9, lat: 12.6, region: 'asia' },
  cameroon: { lon: 12.4, lat: 5.7, region: 'africa' },
  'dr-congo': { lon: 23.6, lat: -2.9, region: 'africa', short: { en: 'DR Congo', zh: '刚果（金）' } },
  ethiopia: { lon: 39.6, lat: 8.6, region: 'africa' },
  ghana: { lon: -1.0, lat: 7.9, region: 'africa' },
  indonesia: { lon: 114.0, lat: -1.5, region: 'asia' },
  kenya: { lon: 37.9, lat: 0.5, region: 'africa' },
  'lao-pdr': { lon: 103.8, lat: 18.4, region: 'asia', short: { en: 'Lao PDR', zh: '老挝' } },
  lebanon: { lon: 35.9, lat: 33.9, region: 'asia' },
  liberia: { lon: -9.4, lat: 6.4, region: 'africa' },
  malawi: { lon: 34.3, lat: -13.2, region: 'africa' },
  mozambique: { lon: 35.5, lat: -17.3, region: 'africa' },
  myanmar: { lon: 96.5, lat: 21.0, region: 'asia' },
  niger: { lon: 9.4, lat: 17.4, region: 'africa' },
  nigeria: { lon: 8.1, lat: 9.6, region: 'africa' },
  rwanda: { lon: 29.9, lat: -2.0, region: 'africa' },
  senegal: { lon: -14.5, lat: 14.4, region: 'africa' },
  'sierra-leone': { lon: -11.8, lat: 8.5, region: 'africa' },
  somalia: { lon: 46.2, lat: 5.2, region: 'africa' },
  'south-sudan': { lon: 30.3, lat: 7.3, region: 'africa' },
  sudan: { lon: 30.0, lat: 15.9, region: 'africa' },
  'timor-leste': { lon: 125.8, lat: -8.8, region: 'asia' },
  zimbabwe: { lon: 29.9, lat: -19.0, region: 'africa' },
};

/** China itself, marked for orientation (the funding comes from here): a point, not an outline. */
export const chinaPlace = { lon: 104.0, lat: 35.5 };
