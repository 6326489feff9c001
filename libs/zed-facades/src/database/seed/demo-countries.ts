/** A country of the demo stores, as the `country` and `region` tables hold it. */
export interface DemoCountry {
  readonly iso2Code: string;
  readonly iso3Code: string;
  readonly name: string;
  readonly postalCodeMandatory: boolean;
  readonly postalCodeRegex: string | null;
  /** ISO 3166-2 code and name. */
  readonly regions: readonly (readonly [string, string])[];
}

const US_STATES: readonly (readonly [string, string])[] = (
  [
    ['AL', 'Alabama'],
    ['AK', 'Alaska'],
    ['AZ', 'Arizona'],
    ['AR', 'Arkansas'],
    ['CA', 'California'],
    ['CO', 'Colorado'],
    ['CT', 'Connecticut'],
    ['DE', 'Delaware'],
    ['DC', 'District of Columbia'],
    ['FL', 'Florida'],
    ['GA', 'Georgia'],
    ['HI', 'Hawaii'],
    ['ID', 'Idaho'],
    ['IL', 'Illinois'],
    ['IN', 'Indiana'],
    ['IA', 'Iowa'],
    ['KS', 'Kansas'],
    ['KY', 'Kentucky'],
    ['LA', 'Louisiana'],
    ['ME', 'Maine'],
    ['MD', 'Maryland'],
    ['MA', 'Massachusetts'],
    ['MI', 'Michigan'],
    ['MN', 'Minnesota'],
    ['MS', 'Mississippi'],
    ['MO', 'Missouri'],
    ['MT', 'Montana'],
    ['NE', 'Nebraska'],
    ['NV', 'Nevada'],
    ['NH', 'New Hampshire'],
    ['NJ', 'New Jersey'],
    ['NM', 'New Mexico'],
    ['NY', 'New York'],
    ['NC', 'North Carolina'],
    ['ND', 'North Dakota'],
    ['OH', 'Ohio'],
    ['OK', 'Oklahoma'],
    ['OR', 'Oregon'],
    ['PA', 'Pennsylvania'],
    ['RI', 'Rhode Island'],
    ['SC', 'South Carolina'],
    ['SD', 'South Dakota'],
    ['TN', 'Tennessee'],
    ['TX', 'Texas'],
    ['UT', 'Utah'],
    ['VT', 'Vermont'],
    ['VA', 'Virginia'],
    ['WA', 'Washington'],
    ['WV', 'West Virginia'],
    ['WI', 'Wisconsin'],
    ['WY', 'Wyoming'],
  ] as const
).map(([code, name]) => [`US-${code}`, name] as const);

/** The countries the demo stores sell to (postal code rules as Glue's demo shop has them). */
export const DEMO_COUNTRIES: readonly DemoCountry[] = [
  {
    iso2Code: 'AT',
    iso3Code: 'AUT',
    name: 'Austria',
    postalCodeMandatory: true,
    postalCodeRegex: '\\d{4}',
    regions: [],
  },
  {
    iso2Code: 'CH',
    iso3Code: 'CHE',
    name: 'Switzerland',
    postalCodeMandatory: true,
    postalCodeRegex: '\\d{4}',
    regions: [],
  },
  {
    iso2Code: 'DE',
    iso3Code: 'DEU',
    name: 'Germany',
    postalCodeMandatory: true,
    postalCodeRegex: '\\d{5}',
    regions: [],
  },
  {
    iso2Code: 'US',
    iso3Code: 'USA',
    name: 'United States',
    postalCodeMandatory: true,
    postalCodeRegex: '\\d{5}([ \\-]\\d{4})?',
    regions: US_STATES,
  },
];
