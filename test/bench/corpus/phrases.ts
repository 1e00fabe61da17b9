import type { Random } from './random.ts';

// Phrase pools for the body of an article. Each event draws a small lexicon of its own from them, so two
// events share few content words (as two real stories do) while the articles on one event share many.

const split = (text: string): string[] => text.split('|');

// Subjects and actions are combined from words, so the phrase space is large (tens of thousands of actions)
// and two events rarely share one.
const GROUP_ADJECTIVES = split(
  'regional|local|national|municipal|rural|coastal|northern|southern|independent|veteran|young|senior|private|public|' +
    'Catholic|retired|striking|volunteer|elected|opposition',
);
const GROUPS = split(
  'farmers|councillors|hospital managers|school governors|freight companies|tenants|transport officials|fishermen|' +
    'retailers|business owners|researchers|rail workers|dock workers|vineyard owners|firefighters|mayors|hotel owners|' +
    'auditors|taxi drivers|nurses|planners|regulators|pension funds|customs officers|broadcasters|miners|students|' +
    'bishops|veterans|police chiefs|cyclists|bus drivers|foresters|statisticians|parents|doctors|shipbuilders|' +
    'dairy producers|engineers|curators',
);
const VERBS = split(
  'approved a plan to|warned against plans to|voted narrowly to|agreed in principle to|refused outright to|' +
    'promised once again to|went to court to|proposed a scheme to|lobbied hard to|raised money to|' +
    'launched a petition to|asked parliament to|set aside funds to|drew up proposals to|hired consultants to|' +
    'postponed a decision to|signed a contract to|organised protests to|were given permission to|failed twice to|' +
    'campaigned for years to|drafted legislation to|pledged emergency funding to|commissioned a study on how to',
);
const ACTION_VERBS = split(
  'rebuild|close|expand|fund|sell|inspect|modernise|relocate|protect|repair|demolish|extend|privatise|nationalise|' +
    'restore|replace|upgrade|reopen|insure|survey|electrify|widen|subsidise|audit|convert|dredge|clean up|rename',
);
const ACTION_ADJECTIVES = split(
  'old|northern|eastern|western|municipal|derelict|crowded|flood-damaged|historic|overcrowded|unused|loss-making|' +
    'coastal|medieval|temporary|privately owned|half-built|state-run|ageing|listed|contaminated|disputed',
);
const ACTION_NOUNS = split(
  'harbour|runway|library|reservoir|tram depot|ring road|fish market|cathedral roof|maternity ward|power station|' +
    'ferry terminal|steelworks|prison|border crossing|railway viaduct|sewage plant|grain silo|football stadium|' +
    'wind farm|shipyard|lighthouse|canal locks|water tower|bus station|cemetery|botanical garden|observatory|' +
    'textile mill|airport terminal|army barracks|customs house|opera house|mountain pass|ski lift|coal mine|' +
    'salt marsh|copper smelter|brewery|paper mill|orphanage|quarantine centre|toll bridge|sports hall|granary|' +
    'fire station|tunnel|sea wall|pier|dairy plant|data centre|seed bank|cable car|flood barrier|glasshouse|' +
    'coastal path|river ferry|customs depot|wool exchange|fishing fleet|railway bridge|refinery|cannery|boatyard|' +
    'school canteen|asylum centre|vaccine plant|ice rink|tobacco factory|tram line|marina|rail yard|slaughterhouse',
);

const subject = (random: Random): string => `${random.pick(GROUP_ADJECTIVES)} ${random.pick(GROUPS)}`;
const action = (random: Random): string =>
  `${random.pick(ACTION_VERBS)} the ${random.pick(ACTION_ADJECTIVES)} ${random.pick(ACTION_NOUNS)}`;

const MODIFIERS = split(
  'before the winter sets in|despite strong local opposition|by the end of the decade|within the next budget|' +
    'after years of delay|without raising taxes|ahead of the tourist season|with help from foreign investors|' +
    'in time for the next election|at a fraction of the original cost|under a cross-party agreement|' +
    'once the legal challenges are settled|as part of a wider recovery plan|while keeping jobs in the region|' +
    'following a damning inspection report|in spite of warnings from engineers|if the weather allows|' +
    'before interest rates rise again|using money from a European fund|after a public consultation',
);

const ATTRIBUTIONS = split(
  '{person2Last} said|officials in {place} confirmed|a spokesperson for {org} said|according to {body}|' +
    '{person1Last} told reporters|local media in {country} reported|documents seen by reporters show|' +
    'people familiar with the talks said|a senior adviser to {person1Last} said|minutes of the meeting show',
);

/** The phrases one event's articles draw on: a few of each kind. */
export interface Lexicon {
  readonly subjects: readonly string[];
  readonly verbs: readonly string[];
  readonly actions: readonly string[];
  readonly modifiers: readonly string[];
}

/** Draws an event's lexicon: 4 subjects, 3 verbs, 5 actions (in its own district) and 3 modifiers. */
export function drawLexicon(random: Random, district: string): Lexicon {
  return {
    subjects: [subject(random), subject(random), subject(random), subject(random)],
    verbs: random.sample(VERBS, 3),
    actions: Array.from({ length: 5 }, () => `${action(random)} ${random.pick([`in ${district}`, `near ${district}`, 'for {event}'])}`),
    modifiers: random.sample(MODIFIERS, 3),
  };
}

/** One body sentence from the event's lexicon, with an attribution whose slots the caller fills. */
export function lexiconSentence(lexicon: Lexicon, random: Random): string {
  const attribution = random.pick(ATTRIBUTIONS);
  const modifier = random.next() < 0.4 ? ` ${random.pick(lexicon.modifiers)}` : '';
  const clause = `the ${random.pick(lexicon.subjects)} ${random.pick(lexicon.verbs)} ${random.pick(lexicon.actions)}${modifier}`;
  if (random.next() < 0.5) return `${clause}, ${attribution}.`;
  return attribution.startsWith('according') ? `${attribution}, ${clause}.` : `${attribution} that ${clause}.`;
}
