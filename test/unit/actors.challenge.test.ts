import * as assert from 'assert';
import { detect } from '../../src/core/detect';

/**
 * A challenge set for actor precision (round 5): short news items and paragraphs of biography,
 * academic, court and travel text, written for this test (names and places invented), with the
 * actors that must be found and the capitalised words that are no actors (nationalities and
 * languages, eras, currencies, laws, roles, works, vehicles, degrees and honours, terms of
 * science). A name "found" overlaps a detected mention; a word "left out" overlaps none, at any of
 * its occurrences. Before the rules of round 5, 4 of the 18 cases and 82 of their 115 checks passed.
 */
interface Case {
  genre: string;
  text: string;
  actors: string[];
  not: string[];
  /** What the detector still gets wrong (its limits, kept in view): "missed X", "took X". */
  known?: string[];
}

const CASES: Case[] = [
  {
    genre: 'news: nationality and language adjectives',
    text: 'The Norwegian firm Haldvik Energy said on Tuesday that it would close its plant in Orsa. Chief executive Marit Solberg told reporters in Spanish and English that the move was painful. "Nobody wanted this," she said.',
    actors: ['Haldvik Energy', 'Orsa', 'Marit Solberg'],
    not: ['Norwegian', 'Tuesday', 'Spanish', 'English', 'Nobody', 'Chief'],
  },
  {
    genre: 'news: sports teams are organisations',
    text: 'The Velmore Rovers beat Orsa United 2-1 on Saturday at Kestrel Park. Rovers coach Dana Pell praised her defenders after the match.',
    actors: ['Velmore Rovers', 'Orsa United', 'Kestrel Park', 'Dana Pell'],
    not: ['Saturday'],
  },
  {
    genre: 'news: eras and periods',
    text: 'Historians in Brevik say the town flourished during the Renaissance and declined after the Industrial Revolution. The new museum, opened by Mayor Tomas Lind, covers the Bronze Age, the Middle Ages and the Cold War.',
    actors: ['Brevik', 'Tomas Lind'],
    not: ['Renaissance', 'Industrial Revolution', 'Bronze Age', 'Middle Ages', 'Cold War', 'Mayor'],
  },
  {
    genre: 'news: products and currency',
    text: 'Zentrix Corp unveiled the Nova X2 smartphone on Monday, priced at 400 Euros. The company said the Lumo tablet would follow in March. Analysts at Hallberg Capital expect strong sales in Brazil.',
    actors: ['Zentrix Corp', 'Hallberg Capital', 'Brazil'],
    not: ['Nova X2', 'Euros', 'Lumo', 'Monday', 'March'],
    known: ['took Lumo'],
  },
  {
    genre: 'news: laws, amendments and treaties',
    text: 'Senator Ana Ruiz said the Second Amendment does not cover the weapons. The Orsa Accord and the Clean Water Act were cited by the Velmore Supreme Court on Wednesday. Ruiz called the ruling a mistake.',
    actors: ['Ana Ruiz', 'Velmore Supreme Court', 'Ruiz'],
    not: ['Second Amendment', 'Orsa Accord', 'Clean Water Act', 'Senator'],
  },
  {
    genre: 'news: religions and peoples as adjectives',
    text: 'Catholic and Lutheran leaders met in Brevik on Sunday. The Basque delegation, led by Iker Zubiri, asked for talks with the Velmore government. Many Kurdish families fled the fighting.',
    actors: ['Brevik', 'Iker Zubiri', 'Velmore'],
    not: ['Catholic', 'Lutheran', 'Basque', 'Kurdish', 'Sunday'],
  },
  {
    genre: 'news: roles in capitals alone',
    text: 'The President told the Minister that the talks would go on. The Prime Minister, Lena Varga, said the Governor had resigned, and the Ambassador left Orsa on Friday.',
    actors: ['Lena Varga', 'Orsa'],
    not: ['President', 'Minister', 'Governor', 'Ambassador', 'Friday'],
  },
  {
    genre: 'news: a song title in quotation marks',
    text: 'The band released "Silver Nights Over Water" last week. Critics at the Velmore Herald praised the record, and singer Jonas Ek said the title came from his grandmother.',
    actors: ['Velmore Herald', 'Jonas Ek'],
    not: ['Silver Nights'],
    known: ['took Silver Nights'],
  },
  {
    genre: 'news: websites and companies stay',
    text: 'Posts on Facebook and Twitter spread the rumour, and Google removed the video. Velmore police said on Friday that they had arrested a man.',
    actors: ['Facebook', 'Twitter', 'Google', 'Velmore'],
    not: ['Friday'],
    known: ['missed Velmore'],
  },
  {
    genre: 'news: vessels',
    text: 'The ferry Northern Star ran aground off Kestrel Island on Thursday. Passengers were moved to the Sea Breeze, a second vessel, said coast guard spokesman Pavel Ortiz.',
    actors: ['Kestrel Island', 'Pavel Ortiz'],
    not: ['Northern Star', 'Sea Breeze', 'Thursday'],
  },
  {
    genre: 'news: first words of quotations',
    text: '"Absolutely not," said Marta Kovac, the mayor of Lindholm. "Housing comes first. Families cannot wait," she said at Lindholm Town Hall.',
    actors: ['Marta Kovac', 'Lindholm', 'Lindholm Town Hall'],
    not: ['Absolutely', 'Housing', 'Families'],
  },
  {
    genre: 'news: compounds of nationalities',
    text: 'Russian-backed fighters shelled the town of Vodny, while a Franco-German proposal stalled in Brussels. Aid workers said Vodny had no power.',
    actors: ['Vodny', 'Brussels'],
    not: ['Russian-backed', 'Franco-German'],
  },
  {
    genre: 'news: terms of medicine and science',
    text: 'Researchers at the Orsa Institute found that Vitamin D supplements cut the risk of Alzheimer\'s disease, lead author Kaija Niemi said. The team used Magnetic Resonance Imaging to follow 400 patients.',
    actors: ['Orsa Institute', 'Kaija Niemi'],
    not: ['Vitamin D', 'Alzheimer', 'Magnetic Resonance Imaging'],
  },
  {
    genre: 'biography: degrees, wars and honours',
    text: 'Elsa Moberg was born in Brevik in 1921. She earned a Bachelor of Arts from the University of Orsa and a Master of Science in 1948. During World War II she worked for the Red Cross, and in 1971 she received the Order of the Polar Star.',
    actors: ['Elsa Moberg', 'Brevik', 'University of Orsa', 'Red Cross'],
    not: ['Bachelor of Arts', 'Master of Science', 'World War', 'Order of the Polar Star'],
    known: ['took Order of the Polar Star'],
  },
  {
    genre: 'academic: methods, instruments and surveys',
    text: 'Following Kolar (2004), we fitted a Poisson regression to the survey data. The Likert items were coded as in Appendix C. Participants from Orsa and Brevik completed the Beck Depression Inventory.',
    actors: ['Kolar', 'Orsa', 'Brevik'],
    not: ['Poisson', 'Likert', 'Appendix C', 'Beck Depression Inventory'],
    known: ['took Appendix C'],
  },
  {
    genre: 'court: parties by their role',
    text: 'The Plaintiff, Rosa Delgado, sued Brightwater Logistics in Orsa County. The Defendant argued that the Fourth Amendment did not apply. Justice Helen Marsh held that the Appellant had waived the claim under Section 12 of the Harbour Safety Act.',
    actors: ['Rosa Delgado', 'Brightwater Logistics', 'Orsa County', 'Helen Marsh'],
    not: ['Plaintiff', 'Defendant', 'Fourth Amendment', 'Appellant', 'Section 12', 'Harbour Safety Act'],
  },
  {
    genre: 'travel: lines, currency and dishes',
    text: 'The tram runs from the Old Town to Kestrel Beach every ten minutes. Tickets cost 3 Euros at the kiosk. Try the Pad Thai at the market, and visit Lindholm Cathedral, which opens on Sundays.',
    actors: ['Old Town', 'Kestrel Beach', 'Lindholm Cathedral'],
    not: ['Euros', 'Pad Thai', 'Sundays'],
    known: ['took Pad Thai'],
  },
  {
    genre: 'travel: trains and money',
    text: 'Carry Swiss francs, since few shops in Zermatten take cards. The Glacier Express train leaves at eight. In winter the Matterhorn Museum closes early.',
    actors: ['Zermatten', 'Matterhorn Museum'],
    not: ['Swiss', 'Glacier Express'],
    known: ['took Swiss', 'took Glacier Express'],
  },
  // cases added with the rules they test
  {
    genre: 'news: a letter joined to a noun',
    text: 'Protesters in Orsa wore a T-shirt printed for the day, and police took an X-ray of the parcel, said Ines Kolar.',
    actors: ['Orsa', 'Ines Kolar'],
    not: ['T-shirt', 'X-ray'],
  },
  {
    genre: 'news: ships by their prefix',
    text: 'The patrol boat HMC Searcher and the destroyer USS Halvard docked at Brevik, where the Velmore Navy said the crews would rest.',
    actors: ['Brevik', 'Velmore Navy'],
    not: ['HMC Searcher', 'USS Halvard'],
  },
  {
    genre: 'biography: a doctrine named in capitals',
    text: 'Tomas Lind, a self-described Libertarian Socialist, wrote on Social Darwinism for the Malaysia Tourism board and the Velmore Socialist Party.',
    actors: ['Tomas Lind', 'Malaysia', 'Velmore Socialist Party'],
    not: ['Libertarian Socialist', 'Social Darwinism'],
  },
  {
    genre: 'academic: studies and trials named',
    text: 'Data from the Orsa Heart Study and the Velmore Vaccine Trial were pooled by Ines Kolar at the Brevik Institute.',
    actors: ['Ines Kolar', 'Brevik Institute'],
    not: ['Heart Study', 'Vaccine Trial'],
  },
  {
    genre: 'news: attitudes to a people',
    text: 'The report by the Orsa Council found that Islamophobia and Russophobia rose in Brevik, where Anglophiles are few.',
    actors: ['Orsa Council', 'Brevik'],
    not: ['Islamophobia', 'Russophobia', 'Anglophiles'],
  },
  {
    genre: 'news: the political wings',
    text: 'Voters in Brevik turned from the Left to the far Right, said Dana Pell of the Orsa Institute.',
    actors: ['Brevik', 'Dana Pell', 'Orsa Institute'],
    not: ['Left', 'Right'],
  },
  {
    genre: 'news: plurals of abbreviations',
    text: 'The shop in Brevik sold CDs, DVDs and PCs until the Orsa Trading Company bought it.',
    actors: ['Brevik', 'Orsa Trading Company'],
    not: ['CDs', 'DVDs', 'PCs'],
  },
  {
    genre: 'biography: a work noun heading an apposition',
    text: 'Hollow Lanterns, her third novel, sold well. Ines Kolar, a film director, and Dana Pell, the ship captain, bought it in Orsa.',
    actors: ['Ines Kolar', 'Dana Pell', 'Orsa'],
    not: ['Hollow Lanterns'],
  },
  {
    genre: 'news: a title that goes on past "for"',
    text: 'Kolar held up the book Blown for Good in Orsa. The film Amber Gate with Ines Kolar won a prize.',
    actors: ['Orsa', 'Ines Kolar'],
    not: ['Blown', 'Good', 'Amber Gate'],
  },
];

/** What the detector misses of a case: actors not found, words wrongly taken for actors. */
function misses(c: Case): string[] {
  const found = detect(c.text).actors;
  const overlaps = (start: number, end: number): boolean => found.some((a) => a.start < end && start < a.end);
  const out: string[] = [];
  for (const name of c.actors) {
    const at = c.text.indexOf(name);
    if (at < 0) throw new Error(`${name} is not in the text`);
    if (!overlaps(at, at + name.length)) out.push(`missed ${name}`);
  }
  for (const word of c.not) {
    if (!c.text.includes(word)) throw new Error(`${word} is not in the text`);
    for (let at = c.text.indexOf(word); at >= 0; at = c.text.indexOf(word, at + 1)) {
      if (overlaps(at, at + word.length)) {
        out.push(`took ${word}`);
        break;
      }
    }
  }
  return out;
}

describe('actors, round 5: the challenge set (news and other genres)', () => {
  for (const c of CASES) {
    it(c.genre, () => assert.deepStrictEqual(misses(c), c.known ?? []));
  }
});
