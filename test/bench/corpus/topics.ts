/** A kind of news story: how its events are named, how its articles open, and what they go on to say. */
export interface Topic {
  /** Turns an invented word into the event's name, e.g. "Velmorth" → "the Velmorth Accord". */
  readonly eventName: (word: string) => string;
  /** Opening sentences; one starts every article on the event. */
  readonly leads: readonly string[];
  /** Further sentences specific to the topic. */
  readonly body: readonly string[];
}

// Slots: {person1} {person1Last} {person2} {person2Last} {place} {country} {org} {body} {event} {number}
// {smallNumber} {weekday}. Each topic's sentences are written for the benchmark.

/** The topics a corpus draws its events from. */
export const TOPICS: readonly Topic[] = [
  {
    eventName: (w) => `the ${w} Accord`,
    leads: [
      'Foreign Minister {person1} met counterparts from {country} in {place} on {weekday} to sign {event}, a pact years in the making.',
      'Negotiators led by {person1} reached agreement on {event} in {place} after three days of talks with {country}.',
    ],
    body: [
      'The text of {event} commits both sides to cutting tariffs on farm goods and to a joint committee on energy.',
      '{person1Last} called the deal "a turning point" and thanked the delegation from {country} for its patience.',
      'Diplomats said the breakthrough came after {person2} proposed phasing in the changes over {smallNumber} years.',
      'Parliament must still ratify {event}, and several members have already said they will vote against it.',
      'Trade between the two countries has doubled since 2015 and is now worth about {number} million dollars a year.',
      'Human rights groups urged {person1Last} to raise the treatment of journalists before the ink was dry.',
      'The signing ceremony in {place} was delayed by an hour while lawyers checked the final wording of an annex.',
      'Officials from {body} will monitor how the agreement is applied and publish a report each spring.',
    ],
  },
  {
    eventName: (w) => `Storm ${w}`,
    leads: [
      '{event} swept through {place} overnight, flooding streets, cutting power to {number} homes and forcing schools to close.',
      'Emergency crews in {place} worked through the night after {event} brought record rainfall and winds of over 140 kilometres an hour.',
    ],
    body: [
      '{body} had issued a red warning on {weekday}, urging residents near the river to move to higher ground.',
      'Mayor {person1} said the city had "never seen water rise this fast" and asked volunteers to help fill sandbags.',
      'Rail services between {place} and the coast were suspended after a bridge was damaged by debris.',
      'Insurers including {org} said it was too early to estimate the cost, but early claims were already arriving.',
      'Forecasters expect {event} to weaken as it moves inland, though more rain is likely over the weekend.',
      '{person2}, a shop owner in the old town, said the flood had destroyed stock worth thousands of euros.',
      'Hospitals postponed routine operations, and the army sent {smallNumber} helicopters to reach cut-off villages.',
      'Climate scientists said storms like {event} had become more frequent and more intense over the past two decades.',
    ],
  },
  {
    eventName: (w) => `the ${w} Cup final`,
    leads: [
      '{place} won {event} on {weekday} night, with striker {person1} scoring twice in front of a sold-out crowd.',
      'A late goal from {person1} settled {event} in {place}, ending a trophy drought that had lasted {smallNumber} seasons.',
    ],
    body: [
      'Coach {person2} said the victory belonged to the supporters who had stayed loyal through the lean years.',
      '{person1Last} opened the scoring with a header from a corner and added a second from the penalty spot.',
      'The visitors had the better of the first half but could not convert their chances against a stubborn defence.',
      'Police said the celebrations in {place} were largely peaceful, with only a handful of arrests.',
      'The club, owned by {org}, now qualifies for continental competition for the first time in its history.',
      'Tickets for {event} had sold out within minutes, and thousands more fans watched on screens in the main square.',
      '{person1Last}, who joined from a second-division side two years ago, is now expected to attract offers from abroad.',
      '{body} confirmed that the trophy would be presented again at a civic reception on {weekday}.',
    ],
  },
  {
    eventName: (w) => `the ${w} merger`,
    leads: [
      '{org} agreed on {weekday} to buy a smaller rival for {number} million dollars in {event}, creating a giant in its sector.',
      'Shareholders of {org} backed {event} at a meeting in {place}, clearing the way for the largest deal in the industry this year.',
    ],
    body: [
      'Chief executive {person1} said the combined company would save money by sharing factories and research.',
      '{body} said it would examine whether {event} would push up prices for customers.',
      'Unions warned that as many as {number} jobs could be at risk once the two businesses were merged.',
      '{person2}, an analyst who covers the sector, said the price looked high but the strategic logic was sound.',
      'Shares in {org} rose sharply on the news before giving back some of their gains by the close.',
      'The deal is expected to close within {smallNumber} months, subject to approval by regulators in {country}.',
      "{person1Last} will lead the combined group, while the rival's founder will join the board as vice-chair.",
      'Bankers in {place} said the transaction could prompt a wave of consolidation among smaller competitors.',
    ],
  },
  {
    eventName: (w) => `the ${w} ruling`,
    leads: [
      '{body} in {place} struck down a contested law on {weekday}, in {event}, siding with campaigners led by {person1}.',
      'Judges handed down {event} in {place}, finding that the government had acted unlawfully, a case brought by {person1}.',
    ],
    body: [
      'The court said ministers had failed to consult the people most affected before the law was passed.',
      '{person1Last} wept outside the courthouse and said the case had taken {smallNumber} years of her life.',
      'Government lawyers said they would study {event} carefully before deciding whether to appeal.',
      'Legal experts said the judgment could affect dozens of similar cases waiting to be heard across {country}.',
      'Justice minister {person2} said the government respected the independence of the courts.',
      'The law had been challenged by a coalition of charities and by {org}, which said it faced heavy fines.',
      'In a dissenting opinion, one judge argued that the matter should have been left to parliament.',
      'Campaigners gathered in {place} to celebrate, holding banners that had been carried to every hearing.',
    ],
  },
  {
    eventName: (w) => `the ${w} probe`,
    leads: [
      'Scientists at a laboratory in {place} said on {weekday} that {event} had returned the first clear images of an ice moon.',
      'Researchers led by {person1} announced in {place} that {event} had found signs of water beneath a distant moon.',
    ],
    body: [
      'The team, funded partly by {org}, spent {smallNumber} years building the instruments on board.',
      '{person1Last} said the data "exceeded every expectation" and would keep researchers busy for a generation.',
      'The findings are due to be published next month after review by independent scientists.',
      '{person2}, an astronomer not involved in the mission, said the results were exciting but needed confirmation.',
      'Launched seven years ago, {event} travelled more than {number} million kilometres to reach its target.',
      '{body} said the discovery strengthened the case for a follow-up mission later in the decade.',
      'Schools across {country} held special lessons so that pupils could watch the first images arrive.',
      'Engineers in {place} will now lower the orbit of {event} to take sharper pictures of the surface.',
    ],
  },
  {
    eventName: (w) => `the ${w} strike`,
    leads: [
      'Thousands of workers walked out across {country} on {weekday} in {event}, led by union leader {person1}.',
      'Ports and depots around {place} fell silent as {event} began, after talks between {person1} and employers collapsed.',
    ],
    body: [
      'The union is demanding a pay rise of {smallNumber} per cent to keep up with the cost of living.',
      'Employers\' representative {person2} called the walkout "irresponsible" and urged the union to return to talks.',
      'Supermarkets in {place} warned that some shelves could be empty by the weekend if {event} continued.',
      '{person1Last} told a rally that members had been left with no choice after a decade of falling real wages.',
      '{body} offered to mediate, and both sides said they would attend a meeting on {weekday}.',
      'Freight operators including {org} said they had diverted ships to other ports to limit the damage.',
      'Polls suggest a narrow majority of the public supports the strikers, though backing has slipped this week.',
      'Economists estimated that {event} was costing the economy about {number} million dollars a day.',
    ],
  },
  {
    eventName: (w) => `the ${w} outbreak`,
    leads: [
      'Health officials in {place} confirmed {number} cases in {event} on {weekday} and opened emergency clinics.',
      '{body} declared {event} in {place} a public health emergency after cases rose for a third week.',
    ],
    body: [
      'Chief medical officer {person1} urged people with symptoms to stay at home and to call a helpline first.',
      'Investigators traced {event} to a water supply that had been contaminated after heavy rain.',
      'Pharmacies reported long queues as residents sought advice, and some ran short of basic medicines.',
      '{person2}, an epidemiologist, said the number of new cases appeared to be levelling off.',
      'The drugs maker {org} said it would donate supplies and send staff to help the local hospital.',
      'Schools in the worst-hit districts of {place} will stay closed for at least {smallNumber} days.',
      '{person1Last} said there was no evidence that {event} had spread beyond the region.',
      'Neighbouring {country} tightened checks at the border, a step the regional government called unnecessary.',
    ],
  },
  {
    eventName: (w) => `the ${w} phone`,
    leads: [
      '{org} unveiled {event} at a launch in {place} on {weekday}, promising a battery that lasts a week.',
      'Crowds queued outside shops in {place} as {org} put {event} on sale, its first new model in {smallNumber} years.',
    ],
    body: [
      'Chief executive {person1} said {event} was designed and largely built in {country}.',
      'Reviewers praised the screen and the camera but said the price of {number} dollars would put off many buyers.',
      '{person1Last} told the audience that the company had spent more on research this year than ever before.',
      'Privacy campaigners led by {person2} questioned how much data the new voice assistant would collect.',
      'Rivals are expected to respond with cheaper models before the holiday season.',
      '{body} is looking into complaints that earlier models slowed down after software updates.',
      'Suppliers in {place} have hired extra staff to meet demand for the components inside {event}.',
      'Early sales figures suggest {event} sold out in several markets within hours of going on sale.',
    ],
  },
  {
    eventName: (w) => `the ${w} election`,
    leads: [
      'Voters in {country} go to the polls on {weekday} in {event}, with {person1} narrowly ahead in the final surveys.',
      '{person1} claimed victory in {event} late on {weekday}, telling supporters in {place} that "a new chapter begins".',
    ],
    body: [
      'Turnout was estimated at {smallNumber}0 per cent, the highest in a generation, according to {body}.',
      'The main challenger, {person2}, conceded defeat shortly after midnight but promised to hold the winner to account.',
      '{person1Last} campaigned on cheaper housing and a crackdown on corruption in public contracts.',
      'International observers said {event} was largely free and fair, though they noted problems with voter lists.',
      'Counting was delayed in parts of {place} after a power cut at a regional tally centre.',
      'Business leaders, including the head of {org}, welcomed the result and called for quick decisions on tax.',
      'Analysts said the result reflected frustration with rising prices and long waits for hospital treatment.',
      '{person1Last} is expected to name a cabinet within {smallNumber} weeks and to travel to {place} soon after.',
    ],
  },
];
