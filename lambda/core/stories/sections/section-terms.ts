/**
 * The sections a briefing files its stories under, and the words that point to each, written for this project
 * from general news vocabulary (no data set was read to make them). A word ending in "*" matches any word it
 * begins ("elect*" matches "election", "electoral"). Each list holds words a reader would file under that
 * section and rarely under another; ambiguous words ("market", "record", "star") are left out or kept to the
 * section where they usually belong.
 */
export const SECTIONS = ['World', 'Politics', 'Business', 'Technology', 'Science & Health', 'Sport', 'Culture'] as const;

/** One of the seven sections. */
export type Section = (typeof SECTIONS)[number];

export const SECTION_TERMS: Readonly<Record<Section, string>> = {
  World: `
    war* troops soldier* military army armies militant* insurgen* rebel* ceasefire refugee* humanitarian
    united nations un nato embassy embassies diplomat* foreign ambassador* sanction* border* invasion invaded
    bomb* blast* attack* killed hostage* kidnap* civilian* massacre genocide conflict* peacekeep* occupation
    earthquake* tsunami* flood* hurricane* cyclone* typhoon* disaster* aid relief evacuat* famine drought
    iraq* iran* afghan* syria* israel* palestin* gaza lebanon* russia* ukrain* china chinese india* pakistan*
    korea* japan* africa* sudan* darfur nigeria* kenya* zimbabwe* congo* somalia* ethiopia* egypt* libya*
    saudi* yemen* turkey venezuela* colombia* mexico* brazil* cuba* haiti* indonesia* thailand* burma myanmar
    taliban qaeda hamas hezbollah kremlin beijing tehran baghdad kabul jerusalem moscow kiev kyiv
    coup dictator* regime junta uprising protest* riot* crackdown asylum migrant* president* putin
  `,
  Politics: `
    mp mps politic* parliament* commons lords minister* cabinet government* govern* elect* vote* voter* voting ballot*
    poll* campaign* candidate* manifesto* party parties labour tory tories conservative* liberal* democrat*
    lib dem dems snp plaid ukip referendum* constituenc* prime chancellor downing whitehall westminster
    opposition leader* leadership backbench* frontbench* shadow secretary bill legislation law* lawmaker*
    senate senator* congress* congressman republican* mayor* council* councillor* policy policies reform*
    blair brown howard kennedy blunkett prescott straw milburn hain reid clarke kilroy-silk
    home office immigration asylum tax* spending budget* pension* public services nhs welfare
    inquiry* scandal* resign* peer* devolution assembly scottish welsh holyrood stormont
  `,
  Business: `
    compan* firm* business* profit* revenue* sales earnings shares shareholder* stock* investor* invest*
    market* bank* banking interest economy economic* economist* growth inflation gdp recession deficit*
    trade* export* import* dollar* euro* currenc* sterling price* oil crude opec barrel* fuel* energy
    takeover* merger* acquisition* acquire* bid* deal* chief executive* ceo chairman boss* board
    analyst* forecast* quarter* annual results dividend* debt* loan* bankrupt* insolven* creditor* job*
    unemploy* jobless employer* worker* union* strike* wage* retail* retailer* consumer* spending
    manufactur* industr* factory factories airline* carmaker* brewer* steel telecom* insurer* insurance
    fed reserve imf wto g7 g8 ftse dow nasdaq nikkei bn m £ $ € percent billion million
  `,
  Technology: `
    technolog* tech comput* supercomput* software hardware internet online web* website* net broadband digital*
    mobile* phone* handset* smartphone* wireless wi-fi wifi gadget* device* chip* processor* microsoft
    apple google yahoo ibm intel sony nintendo sega playstation xbox console* game* gaming gamer*
    virus* hacker* hacking spam* phishing malware spyware security cyber* e-mail email* blog* blogger*
    search engine* download* file-sharing peer-to-peer p2p ipod mp3 dvd* hi-def high-definition tv screen*
    robot* artificial intelligence ai data broadband programmer* developer* users user* linux open-source
    browser* firefox explorer network* telecom* satellite* camera* digital podcast* itunes napster
  `,
  'Science & Health': `
    scien* research* researcher* study studies laborator* experiment* physic* chemi* biolog* genetic* gene*
    dna species fossil* climate emission* carbon greenhouse global-warming warming environment* pollution
    space nasa planet* mars moon astronaut* telescope* orbit* spacecraft rocket* astronom* universe
    health hospital* patient* doctor* nurse* nhs medical medicine* drug* vaccine* vaccin* virus* disease*
    cancer* diabetes obesity heart stroke infection* epidemic* pandemic* outbreak* flu bird-flu aids hiv
    treatment* therap* surgery surgeon* clinical trial* symptom* diet* nutrition* mental depression
    brain* cell* stem-cell* animal* wildlife ocean* sea-level* energy renewable* nuclear
  `,
  Sport: `
    sport* football* footballer* soccer rugby cricket* tennis golf* athlet* olympic* olympics marathon
    match* matches game* season* league* cup* championship* champion* tournament* final* semi-final* quarter-final*
    team* squad* club* coach* manager* player* captain* striker* midfielder* defender* goalkeeper* keeper
    goal* goals scored scorer* score* win* won wins victory defeat* beat* draw* drew points penalty* penalties
    injury injured fitness transfer* signing* contract* fixture* referee* fans stadium* premiership premier
    chelsea arsenal liverpool everton tottenham newcastle celtic rangers manchester united city
    uefa fifa fa rfu iaaf icc wimbledon six nations lions grand slam test innings wicket* bowler* batsman
    sprint* sprinter* doping dope drugs-test banned ban suspension medal* race* racing formula grand prix boxing boxer* fight* world-cup euro
  `,
  Culture: `
    film* films movie* cinema* actor* actress* director* oscar* oscars bafta* award* awards nominat* nominee*
    hollywood bollywood box office star* starring celebrit* festival* premiere* sequel* studio*
    music* musician* singer* song* album* band* chart* single* concert* tour* rock pop rap* rapper* hip-hop
    grammy* brit brits gig* record label* opera* ballet* theatre* theater* stage* play* playwright* musical*
    book* novel* author* writer* poet* poetry literary literature prize* booker art* artist* gallery galleries
    museum* exhibition* painting* sculpt* comedy* comedian* comic* sitcom* drama* soap* series episode*
    television tv bbc itv channel* show* presenter* host* broadcaster* radio viewers audience* documentary
    fashion designer* celebrity royal wedding producer* programme-maker* entertainment
  `,
};
