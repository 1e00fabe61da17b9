import type { Random } from './random.ts';

// Invented and common names, places and bodies, written for the benchmark (never taken from the evaluation data).
// Enough of each that a 10,000-article day has thousands of distinct casts, as a real aggregator's day has.

/** Given names. */
export const GIVEN_NAMES = (
  'Amara Bernard Chen Dalia Elias Fatima Gustav Hana Ibrahim Joanna Kofi Leila Mateo Nadia Oskar Priya Quentin ' +
  'Rosa Samuel Tamsin Umar Valeria Wei Ximena Yusuf Zofia Anders Beatriz Callum Deepa Emeka Freya Goran Helga Ines ' +
  'Jonas Kaito Lucia Malik Noor Olena Pavel Rania Sven Thandiwe Ulrich Vikram Wanda Yara Zane Aiko Bruno Carmen ' +
  'Dmitri Esther Farid Greta Hugo Isabel'
).split(' ');

/** Family names. */
export const FAMILY_NAMES = (
  'Abara Bellweather Castellano Drummond Eklund Farrow Gallagher Hollis Ivanova Jovanovic Kaminski Lindqvist ' +
  'Mbeki Nakamura Okafor Petrakis Quist Rahimi Sorensen Takahashi Underwood Valdez Whitcombe Xu Yilmaz Zamora ' +
  'Achterberg Brennan Coutinho Dufresne Esposito Fairbairn Grimaldi Haddad Iqbal Jaramillo Kowalczyk Lestrade ' +
  'Moreau Nilsen Oyelaran Pellegrini Rasmussen Szabo Thorne Ueda Vance Wexler Yamamoto Zielinski Ashworth Baptiste ' +
  'Chaudhry Delacroix Engström Fonseca Gutierrez Halvorsen Ishikawa Jensen Kruger Marchetti Novak Ortega Quaid ' +
  'Ravenscroft Stavros Tremblay Vasquez Winterbourne'
).split(' ');

/** Cities, towns and regions. */
export const PLACES = (
  'Lisbon|Nairobi|Osaka|Valparaíso|Tromsø|Marrakesh|Winnipeg|Adelaide|Kraków|Porto Alegre|Hanoi|Accra|Galway|' +
  'Tbilisi|Cebu|Bilbao|Mombasa|Halifax|Dunedin|Tampere|Izmir|Medellín|Cork|Gdańsk|Kumasi|Lyon|Perth|Salzburg|' +
  'Quito|Busan|Aarhus|Durban|Bergen|Cluj|Leeds|Montevideo|Arequipa|Kaunas|Tallinn|Riga|Zanzibar|Ghent|Bremen|' +
  'Tucson|Anchorage|Hobart|Seville|Trieste|Plovdiv|Mendoza|Nantes|Turku|Brno|Coimbra|Antalya|Surabaya|Davao'
).split('|');

/** Countries. */
export const COUNTRIES = (
  'Portugal|Kenya|Japan|Chile|Norway|Morocco|Canada|Australia|Poland|Brazil|Vietnam|Ghana|Ireland|Georgia|' +
  'the Philippines|Spain|Tanzania|New Zealand|Finland|Turkey|Colombia|Denmark|South Africa|Romania|Uruguay|Peru|' +
  'Lithuania|Estonia|Latvia|Belgium|Germany|Austria|Italy|Bulgaria|Argentina|France|the Czech Republic|Indonesia'
).split('|');

const ORG_STEMS =
  'Northwind|Meridian|Bluewater|Ironbridge|Solstice|Harbourline|Greyfield|Lumen|Cobalt|Kestrel|Halcyon|Orison|Tidewell|Amberley|Vantage|Crescent|Silverleaf|Stonegate'.split(
    '|',
  );
const COMPANY_KINDS = 'Energy|Logistics|Pharmaceuticals|Motors|Telecom|Bank|Airlines|Foods|Robotics|Mining|Insurance|Shipping'.split('|');
const BODIES =
  'Ministry of Finance|Ministry of Health|Supreme Court|Central Bank|Electoral Commission|Port Authority|National Weather Service|Competition Authority|Teachers Union|Football Federation'.split(
    '|',
  );

/** A company name such as "Kestrel Logistics". */
export function companyName(random: Random): string {
  return `${random.pick(ORG_STEMS)} ${random.pick(COMPANY_KINDS)}`;
}

/** A public body such as "the Central Bank". */
export function publicBody(random: Random): string {
  return `the ${random.pick(BODIES)}`;
}

const ONSETS = 'b br c d dr f g gr h k l m n p r s st t tr v w z'.split(' ');
const VOWELS = 'a e i o u ar el or an en'.split(' ');
const CODAS = 'n r s th l m x ck nd rt'.split(' ');

/** An invented proper noun ("Velmorth"), so every event has a distinctive name of its own. */
export function inventedName(random: Random): string {
  const syllables = random.int(2, 3);
  let word = '';
  for (let i = 0; i < syllables; i++) word += random.pick(ONSETS) + random.pick(VOWELS);
  word += random.pick(CODAS);
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Background sentences any story may use; slots are filled from the event. */
export const GENERIC_SENTENCES = [
  'Officials in {place} said more details would be released later in the week, once the figures had been checked.',
  '"We are taking this very seriously and will keep the public informed at every step," {person2} told reporters on {weekday}.',
  'The announcement drew a cautious response from analysts, several of whom said the full effect would take months to judge.',
  'Local newspapers in {place} devoted their front pages to the news, and radio phone-in shows were dominated by it.',
  '{person2Last}, who has followed the issue for years, said the timing was no accident and pointed to pressure from {org}.',
  'Critics argued that the decision had been rushed, while supporters said delay would only have raised the cost.',
  'According to figures published by {body}, about {number} people in the region could be affected directly.',
  'A spokesperson for {org} declined to comment further, citing the need to brief partners and staff first.',
  'The story has been closely watched across {country}, where similar disputes have divided opinion before.',
  'Residents interviewed near the centre of {place} gave mixed reactions, with some welcoming the move and others unconvinced.',
  'In a statement issued late on {weekday}, {body} said it would review the matter and report back within {smallNumber} weeks.',
  'Observers noted that the last comparable episode, almost a decade ago, ended with a compromise that satisfied no one.',
  'Opposition figures called for an independent inquiry and demanded that all the relevant documents be made public.',
  '{person1Last} is expected to travel to {place} again next month for a further round of meetings.',
  'Markets reacted calmly at first, although shares in {org} fell by {smallNumber} per cent in afternoon trading.',
  'Community groups said they had warned about the problem long ago and felt that their concerns had been ignored.',
] as const;

/** Days of the week, for datelines and quotes. */
export const WEEKDAYS = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' ');
