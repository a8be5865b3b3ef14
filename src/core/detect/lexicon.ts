/** Word lists the rule-based detector relies on. */
import { cueForm, formsWith } from './cues';

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/**
 * Reporting verbs in the forms that introduce speech ("said", "says", "warned", "adding"): the
 * verbs of the cue lexicon (data/cues.json) that take a quotation or a clause.
 */
export const REPORTING_VERBS = formsWith(['quote', 'that', 'clause', 'object_clause']);

/** Capitalised words that begin sentences but are not names. */
export const NON_NAME_CAPITALS = words(`
  A An The This That These Those It Its He She They We I You His Her Their Our My Your Him Them
  In On At By For From With Without Of To Into Onto Over Under After Before During Since Until
  And But Or Nor So Yet If When While Where Why How What Which Who Whom Whose Although Though
  As Because Once Then There Here Now Also However Meanwhile Still Earlier Later Today Yesterday
  Tomorrow According Some Many Most Several Each Every All Both Neither Either No Not One Two
  Three Four Five Six Seven Eight Nine Ten First Second Third Last Next Other Another Such Mr Mrs
  Ms Dr Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
  June July August September October November December Update Updated Editor Note Photo Image
  Reuters Dateline Subscribe Read More Asked Speaking Despite Amid Following Under Asked Instead
  Between Against Among Amongst Beside Besides Behind Near Towards Toward Throughout Upon
`);

/** Titles and roles kept out of names ("President", "Foreign Minister", "Gen.", the corporate "Chief Executive", "Managing Editor"). */
export const TITLES = words(`
  President Vice Prime Minister Foreign Defence Defense Interior Finance Secretary General Gen
  Lieutenant Lt Colonel Col Major Maj Captain Capt Admiral Adm Commander Sergeant Sgt Private
  Mr Mrs Ms Miss Dr Prof Professor Sir Dame Lord Lady King Queen Prince Princess Sheikh Emir
  Senator Sen Representative Rep Congressman Congresswoman Governor Gov Mayor Ambassador Envoy
  Chancellor Spokesman Spokeswoman Spokesperson Coordinator Director Chief Chairman Chairwoman
  Chair Judge Justice Deputy Assistant Acting Former Pope Cardinal Bishop Reverend Rev Father
  Sister Brother Ayatollah Imam Rabbi Detective Inspector Officer Minister Premier Leader
  Commissioner Secretary-General Attorney Head Spokesperson Adviser Advisor Counsel Negotiator
  Administrator Superintendent Sheriff Chancellor Provost Dean Curator CEO Founder
  Reporter Correspondent Columnist Photographer Executive Managing Operating Financial
`);
/**
 * The parties and officers of a court case, capitalised in judgments ("The Plaintiff, Rosa
 * Delgado, sued", "the Appellant had waived"; WordNet's noun.person hyponyms of "litigant" and
 * "prosecutor"): roles, not names.
 */
for (const w of words(`
  Plaintiff Plaintiffs Defendant Defendants Appellant Appellants Appellee Appellees Respondent
  Respondents Petitioner Petitioners Claimant Claimants Complainant Applicant Applicants Intervenor
  Prosecutor Litigant Litigants
`)) TITLES.add(w);

/** Head words that make a capitalised name an organisation. */
export const ORG_HEADS = words(`
  Council Ministry Department Agency Committee Commission Office Institute University College
  Bank Court Parliament Congress Senate Assembly Company Corporation Corp Inc Ltd LLC Group Times
  Post News Service Services Authority Police Guard House Association Federation Foundation
  Centre Center Bureau Administration Government Cabinet Navy Organization Organisation Union
  Party Board Fund Network Agency Secretariat Directorate Embassy Consulate Tribunal Industries
  Airlines Airways Society Press Herald Journal Broadcasting Television Radio Club League
  Alliance Coalition Forum Programme Program Initiative Institution Laboratory Lab Hospital
  School Academy Command Headquarters Ministry Staff Secretariat Mission Agency Monitors Gazette Observatory
  Tribune Telegraph Guardian Observer Chronicle Daily Weekly Express Mirror Courier Magazine TV
  Reuters Exchange Inc. Ltd. Corp. Group Foundation Institute Studios Records Airlines Motors Systems
  Church Museum Municipality Library Gallery Theatre Theater Cathedral Orchestra Trust Team
`);
/** Periodicals (WordNet's periodical.n.01 and its hyponyms: "the Orsa Review", "Velmore Quarterly"): their editors speak through them. */
for (const w of words('Review Quarterly Monthly Gazette Periodical')) ORG_HEADS.add(w);
/** Bodies of members who work or trade together (WordNet's cooperative.n.02, guild.n.01, syndicate.n.01, collective.n.01): "the Orsa Fishing Cooperative". */
for (const w of words('Cooperative Co-operative Co-op Guild Syndicate Collective')) ORG_HEADS.add(w);
/** Schools of other names (WordNet's hyponyms of school.n.01 and educational_institution.n.01): "the Tarvik Lyceum", "Orsa Conservatory". */
for (const w of words('Lyceum Gymnasium Conservatory Conservatoire Polytechnic Seminary Madrasa Yeshiva Lycee Lycée')) ORG_HEADS.add(w);
/** Sports clubs, named by a place and a club word ("Velmore Rovers", "Drava FC", "Orsa Athletic"): bodies. */
for (const w of words('FC AFC Rovers Athletic Wanderers Rangers Albion Harriers Dynamo United')) ORG_HEADS.add(w);

/**
 * Companies, named by a word and a corporate designator ("Lumetra Holdings", "Selby Partners",
 * "Pell Brothers", "Orsa AG"): the legal-form words of the ISO 20275 entity legal forms list that
 * English names end in. Bodies, not persons. (Sector nouns such as Energy, Media or Insurance were
 * tried too: they also end names of other kinds and lowered a check figure.)
 */
for (const w of words(`
  Holdings Holding Partners Associates Brothers Bros Ventures Enterprises Plc PLC AG GmbH LLP
`)) ORG_HEADS.add(w);

/** Heads that open a name continued by "of" ("State of Texas", "City of London"). */
export const OF_HEADS = words(`State City Town Municipality Province District County Village Republic Kingdom Emirate`);

/**
 * Last words that make a capitalised name an event, law, award, work, product or idea rather than
 * an actor ("Waitangi Day", "World Cup", "Paris Agreement", "Nobel Prize", "Central Limit Theorem").
 */
export const NON_ACTOR_HEADS = words(`
  Day Days Eve Year Week Month Festival Carnival Holiday Cup Games Olympics Olympiad Championship
  Championships Tournament Open Marathon Prix Regatta Rally Fair Prize Award Awards Medal Act Bill Treaty Agreement Accord
  Accords Protocol Doctrine Plan Summit Kippur Expo Convention Series Wars War Offensive
  Revolution Crisis Project Syndrome Disease Virus Index Trophy Show Tour Edition License Licence
`);
/**
 * Ideas, methods and findings: nouns of WordNet's noun.cognition lexicographer file (and "Change",
 * noun.event), last words of the capitalised names of academic text that are no actors
 * ("Central Limit Theorem", "Grounded Theory", "Principal Component Analysis", "Climate Change").
 */
for (const w of words(`
  Theory Theories Theorem Hypothesis Hypotheses Conjecture Model Models Analysis Analyses Method
  Methods Methodology Principle Principles Paradox Axiom Effect Equation Equations Approach
  Framework Paradigm Algorithm Test Scale Distribution Regression Estimator Problem Dilemma
  Fallacy Bias Concept Criterion Criteria Taxonomy Technique Phenomenon Error Change
`)) NON_ACTOR_HEADS.add(w);
/**
 * Instruments of research and procedures of medicine (WordNet's noun.communication
 * "questionnaire", "inventory" and noun.act "imaging", "therapy": "the Beck Depression Inventory",
 * "Magnetic Resonance Imaging", "Cognitive Behavioural Therapy"): last words of names of methods.
 */
for (const w of words('Inventory Questionnaire Checklist Imaging Tomography Spectroscopy Microscopy Therapy Sequencing')) NON_ACTOR_HEADS.add(w);
/**
 * Diseases (WordNet's noun.state hyponyms of "disease" and "infectious disease": "Dengue Fever",
 * "Avian Flu", "the Great Plague"), crafts that observe or travel (noun.artifact, the capitalised
 * CRAFT_NOUNS of actors/things.ts: "the Webb Space Telescope", "the Lumen Rover"), musical works
 * (noun.communication hyponyms of "musical composition": "Ninth Symphony", "the Orsa Concerto")
 * and downturns of an economy (noun.state: "the Great Recession"): last words of names of no actor.
 */
for (const w of words(`
  Fever Flu Influenza Pox Plague Measles Pneumonia Hepatitis Telescope Satellite Spacecraft Probe
  Rover Lander Orbiter Symphony Concerto Sonata Overture Requiem Oratorio Cantata Recession Slump
`)) NON_ACTOR_HEADS.add(w);
/** Studies and trials named ("the Orsa Heart Study", "the Velmore Vaccine Trial"; noun.act). */
for (const w of words('Study Trial')) NON_ACTOR_HEADS.add(w);
/** Stock market indices (WordNet 3.0 stock_index.n.01 and its instances: "the Dow Jones Industrial Average", "the Nasdaq Composite"). */
for (const w of words('Average Composite')) NON_ACTOR_HEADS.add(w);

/**
 * Periods of history and of the earth (WordNet's noun.time: "Bronze Age", "Middle Ages", "Tang
 * Era", "Jurassic Period"): last words of names of times, not of actors.
 */
for (const w of words('Age Ages Era Eras Period Epoch')) NON_ACTOR_HEADS.add(w);

/**
 * Names of laws and legal documents (WordNet's noun.communication: "legal document", "law" and
 * their hyponyms: "the Second Amendment", "the Velmore Constitution", "the Harbour Code", "the
 * Orsa Charter"), last words of names that are no actors, and no actors alone ("the Constitution").
 */
export const LEGAL_DOCUMENTS = words(`
  Amendment Amendments Constitution Charter Statute Statutes Code Directive Regulation Regulations
  Declaration Ordinance Decree Covenant Constitutions
`);
for (const w of LEGAL_DOCUMENTS) NON_ACTOR_HEADS.add(w);

/**
 * Periods and movements of history named by one word (WordNet's noun.time and noun.event:
 * "the Renaissance", "the Enlightenment", "the Depression"): times and events, never actors.
 */
export const PERIODS = words(`
  Renaissance Enlightenment Reformation Counter-Reformation Restoration Prohibition Holocaust
  Depression Antiquity Neolithic Paleolithic Mesolithic Jurassic Cretaceous Triassic Pleistocene
  Holocene Reconstruction
`);

/**
 * Fields of study (hyponyms of "discipline" in WordNet's noun.cognition), capitalised as subjects
 * ("a degree in Linguistics and Philosophy"), never actors on their own.
 */
export const DISCIPLINES = words(`
  Linguistics Philosophy Biology Physics Chemistry Mathematics Economics Sociology Psychology
  Anthropology Geology Geography Astronomy Medicine Law Engineering Literature Theology Politics
  Archaeology Ecology Genetics Statistics Humanities Arts Sciences Science Journalism Architecture
`);

/**
 * The sections of a paper, report or book (the IMRaD structure of research articles and the usual
 * front and back matter), and words naming a genre of text: capitalised as headings or when the
 * text refers to its own parts ("as the Discussion shows"), never actors on their own.
 */
export const SECTION_WORDS = words(`
  Abstract Introduction Background Methods Method Methodology Materials Results Findings Discussion
  Conclusion Conclusions Limitations Acknowledgements Acknowledgments References Bibliography Appendix
  Appendices Summary Overview Preface Foreword Afterword Epilogue Prologue Glossary Notes Contents
  Interview Editorial Biography Obituary Review Essay Transcript Itinerary
`);

/** Words before a title that say it names a work, product or vehicle ("the book …", "cruise ship …"). */
export const WORK_NOUNS = words(`
  book books novel novels film films movie movies album song songs show series game games website
  site blog browser app software ship vessel yacht boat aircraft plane documentary
  painting exhibition opera musical episode podcast drama comedy thriller sitcom memoir poem
`);
/** Kinds of ship (WordNet's noun.artifact hyponyms of "ship" and "boat"): "the ferry Northern Star". */
for (const w of words('ferry tanker freighter liner airliner submarine frigate destroyer cruiser warship trawler steamer schooner tugboat barge dinghy catamaran')) WORK_NOUNS.add(w);

/** Head words that make a capitalised name an armed or political group. */
export const GROUP_HEADS = words(`
  Army Brigade Brigades Front Movement Militia Militias Battalion Rebels Forces Force Legion
  Guards Mujahideen Taliban Hezbollah Hamas Wagner Regiment Corps Division
`);

/**
 * Head words that make a capitalised name a place (with landforms and waters of WordNet's
 * noun.object: Point, Cape, Mount, Creek, Glacier …; not those that are common surnames, Ridge,
 * Forest, Park).
 */
export const LOCATION_HEADS = words(`
  Sea Ocean River Lake Mountains Mountain Hills Valley Gulf Bay Strait Straits Peninsula Island
  Islands Coast Desert Basin Region Province District County Oblast Street Square Avenue Road
  Africa Asia Europe America Americas Caucasus Balkans Sahel Arctic Antarctic Pacific Atlantic
  Mediterranean Middle East West North South Bridge Port Airport Border Corridor Arena Stadium
  Mosque Shrine Palace Tower Memorial Monument Cemetery Base Complex Plaza Building City
  Point Cape Mount Peak Creek Falls Glacier Fjord Canyon Beach Lagoon Plateau Volcano
`);

/**
 * Nouns for a street or a square in the languages that put them first ("Via Larga", "Piazza Nova",
 * "Rue Verte", "Calle Mayor"): the first word of a place's name, never of a person's.
 */
export const STREET_OPENERS = words(`Via Viale Piazza Piazzale Corso Strada Rue Calle Avenida Rua Praça Plaça Placa Plac Ulica Straße Strasse`);
/**
 * Places of business that a guide names (WordNet's restaurant.n.01 and its hyponyms, hotel.n.01,
 * hostel.n.01): "Trattoria Benni", "the Harbour Hotel", buildings one goes to, as a museum is.
 */
for (const w of words('Hotel Restaurant Trattoria Pizzeria Osteria Taverna Bistro Brasserie Cafe Café Cafeteria Hostel')) LOCATION_HEADS.add(w);
/**
 * Stops and landings of transport a guide names (WordNet's station.n.01 hyponyms and
 * harbor.n.01, pier.n.01, wharf.n.01): a name ending in one ("Orsa Central Station", "Varga
 * Harbour") is a place one arrives at, never a person. Only as the last word: opening a name they
 * are a modifier ("Harbour Maps 4", a product), so they are no heads for the other rules.
 */
export const LANDING_HEADS = words('Station Terminal Terminus Harbour Harbor Quay Pier Wharf Marina');
/** Parks and gardens (WordNet's park.n.02, garden.n.01): "the Castle Gardens", "Orsa Botanic Garden". */
for (const w of words('Gardens Garden')) LOCATION_HEADS.add(w);

/** Words that end a state's or territory's name ("Republic of Korea", "United States of America"). */
export const STATE_HEADS = words(`Republic Kingdom States Emirates Federation Islands Territories Union Commonwealth`);

/** Nationalities, religions and languages: capitalised, but not actors on their own. */
export const NORP = words(`
  English Arabic Latin Hebrew Urdu Hindi Persian Farsi Pashto Dari Mandarin Cantonese Swahili
  Muslim Muslims Islam Islamic Islamist Islamists Christian Christians Christianity Catholic Catholics
  Protestant Protestants Orthodox Jewish Jews Judaism Hindu Hindus Buddhist Buddhists Sikh Sikhs
  Sunni Sunnis Shia Shiite Shiites Arab Arabs European Europeans African Africans Asian Asians
  Western Eastern Northern Southern Latino Latina Hispanic Kurdish Kurds Rohingya Uighur Uyghur
  Internet Web Soviet Soviets
`);
/**
 * More of the same kind, in the singular (adjectives and languages; the plurals may name a group
 * that acts): religious denominations and their members (WordNet's noun.group "denomination" and
 * noun.person hyponyms of "religious person"), peoples (noun.group "ethnic group", noun.person
 * hyponyms of "native") and languages (noun.communication "natural language") that no state's
 * demonym covers ("Lutheran leaders", "the Basque delegation", "in Tagalog").
 */
for (const w of words(`
  Lutheran Anglican Methodist Baptist Presbyterian Calvinist Mormon Evangelical Pentecostal Quaker
  Amish Mennonite Episcopal Episcopalian Adventist Coptic Maronite Druze Alawite Yazidi Zoroastrian
  Taoist Confucian Shinto Wahhabi Salafi Ismaili Sufi Hasidic Haredi
  Basque Catalan Flemish Walloon Tamil Pashtun Hazara Tajik Baloch Berber Tuareg Maori Māori
  Aboriginal Inuit Sami Bedouin Xhosa Hutu Tutsi Yoruba Igbo Hausa Fulani Kikuyu Maasai Hmong Tatar
  Chechen Circassian Romani Slavic Nordic Scandinavian Germanic Turkic Magyar Gaelic Creole
  Tagalog Bengali Punjabi Telugu Marathi Gujarati Kannada Malayalam Javanese Yiddish Esperanto
  Sanskrit Galician Amharic Tigrinya Quechua Guarani Aramaic Sinhala Sinhalese
`)) NORP.add(w);

/** All-capital abbreviations that name no actor: units, times, technologies, degrees, post-nominals. */
export const NON_ACTOR_ACRONYMS = words(`
  GMT UTC BST CET EST PST AM PM BC AD BCE CE IQ VIP HTML CSS URL PDF USB GPS DNA RNA HIV AIDS SARS
  COVID GDP GNP CPI VAT TV DVD CD PC IT AI ID PIN SMS MMS WWW CCTV LGBT LGBTQ OK FAQ CEO CFO COO
  CTO PhD MBA MD QC SC KC MBE OBE CBE KBE RIP ASAP FYI DIY SUV ATM API APP VPN WiFi IP ISBN PR HR
`);

/**
 * Academic degrees (WordNet's noun.act "academic degree" and its hyponyms): the word that opens a
 * degree's name before "of" ("Bachelor of Arts", "Master of Public Health", "Doctor of
 * Philosophy"), and the abbreviations written with a dot or in mixed case ("M.Sc.", "B.A.", "BSc",
 * "MPhil"; not "BA" or "MA", which also name bodies and states). No actors.
 */
export const DEGREES = words('Bachelor Bachelors Master Masters Doctor Doctorate Licentiate Associate Diploma');
export const DEGREE_ABBREVIATION = /^(?:(?:B|M|D|Ph|LL|Ed)\.(?:(?:Sc|A|Phil|Ed|Eng|Litt|B|M|D|S)\.?)+|(?:B|M|D)(?:Sc|Phil|Eng|Litt|Ed|Arch)|LLB|LLM)$/;

/**
 * Names of currencies (ISO 4217's currency names), capitalised in some texts ("3 Euros", "the Yen
 * fell", "Swiss Francs"): no actors. Those that are also given names or common words ("Mark",
 * "Pound", "Rand", "Real", "Won", "Crown") count only after a number or a demonym.
 */
export const CURRENCIES = words(`
  Euro Euros Dollar Dollars Yen Yuan Renminbi Rupee Rupees Ruble Rubles Rouble Roubles Peso Pesos
  Dinar Dinars Dirham Dirhams Rial Rials Riyal Riyals Shekel Shekels Baht Ringgit Zloty Zlotys
  Forint Koruna Krona Kronor Krone Kroner Lira Hryvnia Naira Cedi Shilling Shillings Kwacha Rupiah
  Taka Pence Rand Real Reais Won Mark Marks Pound Pounds Franc Francs Crown Crowns Sterling
`);
export const NAME_CURRENCIES = words('Rand Real Won Mark Marks Pound Pounds Franc Francs Crown Crowns Sterling');

/** Words that make a title a specific office ("Home Secretary", "Shadow Chancellor"). */
export const ROLE_MODIFIERS = words(`Home Shadow State Health Education Justice Trade Energy Environment Culture Transport Labour Economy
  Staff Senior Special Political Diplomatic`);

/** Possessives that open names of parties, armies and republics ("People's Army"). */
export const COLLECTIVE_POSSESSIVES = words(`People's People’s Women's Women’s Men's Men’s Children's Children’s`);

/** Given names that are also common English words ("Will Smith", "Bill Gates"; the occupational surnames given as first names: "Archer", "Porter"). */
export const WORD_NAMES = words(`
  Will Bill Mark Rose Grace Hope Faith Joy June May April Dawn Jack Frank Bob Pat Rob Sue Ray Art Guy
  Gene Earl Drew Chase Wade Cliff Dean Lance Glen Rich Ivy Holly Amber Crystal Ruby Pearl Violet Daisy
  Lily Summer Autumn Sandy Penny Victor Don Ron Bud Buck Chip Hunter Page Price Rocky Stone Sterling
  Archer Porter Sawyer Fisher Baker Tyler Piper Walker Marshall Mason Carter Parker Taylor Cooper Spencer Chandler
`);

/** Holidays and festivals standing alone: dates and events, never actors. */
export const HOLIDAYS = words(`
  Hajj Umrah Ramadan Eid Christmas Easter Lent Advent Diwali Holi Hanukkah Passover Nowruz
  Thanksgiving Halloween Vesak Pentecost Epiphany Purim Sukkot Navratri Onam Pongal
`);

/** Verbs of speaking that can follow "and" with the same speaker ("said C1, and added C2"). */
export const SPEECH_VERBS = words(`
  said says added adds stated states noted notes warned warns argued argues claimed claims insisted insists explained
  explains acknowledged admitted stressed stresses confirmed confirms
`);

/**
 * Adjectives of attitude that report a view: "S is concerned (that) C" (and of doubt, FrameNet
 * Certainty: "S is skeptical that C", "S is doubtful that C").
 */
export const ATTITUDES = words(`
  concerned worried confident convinced adamant certain sure optimistic hopeful fearful aware
  skeptical sceptical doubtful pessimistic
`);

/**
 * Idioms of criticism, a verb, a noun or particle and "at" (Cambridge Dictionary idioms "take aim
 * at", "hit out at", "lash out at": to criticize someone or something, strongly or angrily; the
 * sense of FrameNet Judgment_communication): the verb's forms and the word after it.
 */
export const CRITICISM_IDIOMS: ReadonlyArray<[verbs: RegExp, middle: string]> = [
  [/^(take|takes|took|taken|taking)$/, 'aim'], [/^(hit|hits|hitting)$/, 'out'], [/^(lash|lashes|lashed|lashing)$/, 'out'],
];

/** Verbs of advice (VerbNet advise-37.9, FrameNet Attempt_suasion): "we recommend that you …" advises the reader. */
export const ADVICE_VERBS = words(`
  recommend recommends recommended suggest suggests suggested advise advises advised urge urges urged
  propose proposes proposed
`);

/**
 * Verbs of belief after "I" inside a quotation ("I think the toll will rise"). Not the factive
 * "know" (Kiparsky & Kiparsky's factive predicates: the complement is presented as fact, not as
 * an opinion held): '"I know that the dam held," S said' is one claim, the quotation, not two.
 */
export const THINK_VERBS = words(`
  think thought believe believed suspect suspected feel felt guess reckon expect hope
`);

/** Words before a verb that cannot be its unnamed subject. */
export const NOT_SUBJECTS = words(`
  is are was were be been being do does did will would can could may might
  must should shall not never who whom which what whose there here where when why how
  also just only even still yet all both each every any none nor than this that
  these those it its they them their there thing things something nothing everything anything over under
  after many some most few several much more less before during amid among between within without
  across behind
`);

/** Labels of a photo or media credit ("Image: Ann Berg."). */
export const CREDIT_LABELS = words(`
  Image Photo Photograph Picture Video Audio Credit
`);

/** Lower-case words allowed inside a multi-word name ("Ministry of Defence"). */
export const NAME_CONNECTORS = words(`of for the and on de du la le al bin ibn van von der da di`);

/** Pronouns that can stand for a speaker. */
export const PERSON_PRONOUNS = words(`he she He She`);
export const PLURAL_PRONOUNS = words(`they They we We`);
/** "…", it added: an organisation speaking. */
export const NONPERSON_PRONOUNS = words(`it It`);

/**
 * Finite auxiliaries and modals, in lower case only (a capital "May" is the month): one standing
 * before a verb says a clause has begun.
 */
export const FINITE_AUXILIARY = /^(is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|did|does|do)$/;

/**
 * The simple past of English irregular verbs in common use, where it differs from the base form
 * and is seldom a noun or an adjective ("gave", "knew", "fell"; not "cut", "put", "lay", "bit",
 * "wound", "shot"): a finite verb, as a word in -ed is ("said the minister lost his seat", "said
 * what the committee found was troubling"), and the regular pasts too short for the test of -ed
 * ("died", "lied", "tied"). Written for Claimlens from the standard paradigms; "was", "were",
 * "had" and "did" are in FINITE_AUXILIARY.
 */
export const IRREGULAR_PAST = words(`
  arose awoke became began bled blew broke brought built bought caught chose clung came crept dealt
  drew drank drove dug ate fell fed felt fought found fled flew forbade forgot forgave froze got
  gave went grew hung heard hid held kept knelt knew laid led left lent lost made meant met mistook
  paid ran rang rose sang sank sat saw sought sent shook shone slept slid sold spoke sped spent
  spun stood stole stuck stung strove struck swore swept swam swung took taught tore told thought
  threw understood undertook upheld withheld withdrew woke wore won wrote oversaw overtook overcame
  rebuilt retook foresaw misled died lied tied
`);

/**
 * The irregular pasts of IRREGULAR_PAST that differ from their past participle ("gave" / "given",
 * "knew" / "known", "wrote" / "written"), and the short pasts of verbs without an object ("died",
 * "lied"): finite wherever they stand. One that is its participle
 * too ("found", "made", "held", "sent") may open a reduced relative or a passive ("the money sent
 * last year", "reports made public"), no clause of its own.
 */
export const FINITE_PAST = words(`
  arose awoke became began blew broke chose came drew drank drove ate fell flew forbade forgot
  forgave froze gave went grew hid knew rang rose ran sang sank saw shook spoke stole strove swore
  swam took tore threw woke wore wrote overtook overcame undertook withdrew mistook foresaw retook
  died lied
`);

/** What opens an unnamed subject: "but our results show", "while the ministry said", "Her father, a boat builder, said". */
export const UNNAMED_DETERMINER = /^(the|our|their|his|her|its|my|your)$/i;

/** Prepositions: a name right after one is an object, not the subject of a reporting verb. */
export const PREPOSITIONS = words(`to by with from for of at in on about against into onto toward towards via than`);

/** Singular role nouns that stand for the body last named ("the ministry said", "a spokesman said"). */
export const ROLE_NOUNS = words(`
  spokesman spokeswoman spokesperson ministry agency government statement report police army
  military office embassy mission council committee
`);

/**
 * Role nouns for a kind of organisation that no state is (WordNet 3.0 noun.group: company.n.01,
 * social group, union.n.01; not "party", also a gathering), beside ROLE_NOUNS: "the company said" stands only for a
 * name holding the noun ("Orsa Shipping Company"), never for a state named before.
 */
export const ORGANISATION_NOUNS = words(`company group union`);

/**
 * Nouns of people and bodies that speak for someone else (FrameNet's Leadership/"representative"
 * sense, Communication's intermediaries): "X's spokesman said", "a lawyer for X said" speak for X.
 * A candidate's campaign and camp too ("the Aske campaign said", "Pell's camp said": WordNet 3.0
 * campaign n.2 'a race between candidates for elective office', read by metonymy as the people
 * running it; camp n.1, noun.group 'a group of people with the same ideology').
 */
export const REPRESENTATIVES = words(`
  spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen representative representatives
  lawyer lawyers attorney attorneys office aide aides adviser advisers advisor advisors campaign camp
`);

/** Role nouns for unnamed speakers ("officials said"): the speaker is the phrase itself. */
export const UNNAMED_SPEAKERS = words(`
  official officials analyst analysts diplomat diplomats source sources witness witnesses
  prosecutor prosecutors investigators researchers experts residents observers monitors people
  estimates results poll polls survey surveys study studies report reports letter document
  documents analysis figures data records teacher teachers doctor doctors scientists critics
  authorities spokesperson spokespeople organisers organizers activists lawyers lawyer authors
  researchers scientists campaigners post posts poster posters blogger bloggers message messages
  tweet tweets article articles individuals media newspaper website site court judge
`);
/** "the opposition said": WordNet 3.0 opposition n.8, "the major political party opposed to the party in office" (noun.group, a sense past the first three). */
UNNAMED_SPEAKERS.add('opposition');

/**
 * Reporting verbs that take a clause directly, without "that" ("he said the dam held"): the finite
 * forms (base, third person, past) of the cue lexicon's verbs with the "clause" frame, not their
 * participles ("the best known effects …") or -ing forms.
 */
export const CLAUSE_VERBS = new Set([...formsWith(['clause'])].filter((w) => /^(base|third|past)$/.test(cueForm(w) ?? '')));

/** Reporting verbs that take an object before the clause ("told reporters the port was shut"). */
export const OBJECT_VERBS = words(`told tells tell telling informed informs assured assures warned warns reminded reminds promised promises`);

/** Words after a reporting verb that do not start the reported clause. */
export const NOT_CLAUSE_START = words(`
  to by on in at for with of from about up out after before during earlier later today yesterday
  last this next so and or but as when while if than in reporters journalists who what whether
  why how where which
`);
