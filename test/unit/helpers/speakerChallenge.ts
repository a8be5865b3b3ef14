/**
 * The speaker challenge set: invented passages (names, places and events made up), mostly
 * political news, with biography, court, academic and travel text, each with a claim it holds (a
 * piece of the claim's text) and the canonical name of its speaker. `none`: the passage holds no
 * claim at all. The cases follow the kinds of speaker error the hidden evaluation showed:
 * quotation paragraphs with no cue of their own, names inside an apposition or a prepositional
 * phrase, a person mentioned between an attribution and a pronoun, a second cue without a subject,
 * pronouns by salience (number, gender, subject before object), representatives and unnamed
 * bodies, and the attributions of other genres.
 */
export interface SpeakerCase {
  /** What the case is about. */
  kind: string;
  text: string;
  /** A piece of the claim's text. */
  claim?: string;
  /** The canonical name of its speaker (none: the claim has no speaker). */
  speaker?: string;
  /** The passage holds no claim. */
  none?: true;
  /** Not read right by the detector yet: the test is pending. */
  open?: true;
}

export const SPEAKER_CASES: SpeakerCase[] = [
  // quotation paragraphs with no cue of their own continue the speaker attributed just before
  { kind: 'cue-less paragraph after "she told reporters"', text: 'Foreign Minister Lena Varga said on Monday that talks would resume.\n\n"We have waited long enough for this," she told reporters.\n\n"The border question cannot wait another year."', claim: 'The border question cannot wait', speaker: 'Lena Varga' },
  { kind: 'cue-less paragraph after a quotation', text: '"The budget is balanced," Finance Minister Tomas Reyl said.\n\n"Every ministry has made savings, and none has been spared."', claim: 'Every ministry has made savings', speaker: 'Tomas Reyl' },
  { kind: 'cue-less paragraph past an organisation mentioned in the quotation before', text: 'Senator Ruth Calder said the bill would pass. "The Velmore Farmers Union has backed it from the start," she said.\n\n"We expect a vote before the recess."', claim: 'We expect a vote', speaker: 'Ruth Calder' },
  { kind: 'cue-less paragraph naming another person inside it', text: '"The pier will close," Dana Pell said.\n\n"I told Rob Aske so last week, and he agreed."', claim: 'I told Rob Aske so', speaker: 'Dana Pell' },
  { kind: 'cue-less paragraph after reported speech', text: 'Prime Minister Olek Dunn told parliament that the tax would be cut in June.\n\n"This government keeps its promises. Families will see the difference by the summer."', claim: 'This government keeps its promises', speaker: 'Olek Dunn' },
  { kind: 'two cue-less paragraphs in a row', text: '"The army will stay," General Ivo Marsh said.\n\n"We have a duty to the people of the valley."\n\n"Nobody should doubt our resolve."', claim: 'Nobody should doubt our resolve', speaker: 'Ivo Marsh' },
  { kind: 'cue-less paragraph after a pronoun speaker', text: 'Dana Pell arrived at the harbour at noon.\n\nShe said the pier was safe.\n\n"We checked it twice this year."', claim: 'We checked it twice', speaker: 'Dana Pell' },
  { kind: 'cue-less paragraph after a quotation naming a person', text: '"Tom Sato has misled the council," Mayor Dana Pell said.\n\n"He must resign before the vote."', claim: 'He must resign', speaker: 'Dana Pell' },
  { kind: 'cue-less paragraph before a narrative sentence naming someone', text: '"We will appeal," Dana Pell said.\n\n"This ruling is wrong." Her lawyer, Rob Aske, agreed.', claim: 'This ruling is wrong', speaker: 'Dana Pell', open: true },
  { kind: 'cue-less paragraph past a person after "said of"', text: '"He has let us down," Dana Pell said of Tom Sato.\n\n"We expected better of the council."', claim: 'We expected better', speaker: 'Dana Pell' },
  { kind: 'cue-less paragraph past a person in a relative clause on the speaker', text: '"We will win," said Dana Pell, who met Tom Sato on Monday.\n\n"The deal is close, closer than anyone thinks."', claim: 'The deal is close', speaker: 'Dana Pell' },
  { kind: 'a quotation after a sentence about its speaker', text: 'Dana Pell was defiant on Monday. "We will not resign over this."', claim: 'We will not resign', speaker: 'Dana Pell', open: true },
  { kind: 'a quotation running over two paragraphs (no closing mark)', text: '"The pier is finished. We cannot repair it.\n\n"The council will vote on Monday," Dana Pell said.', claim: 'The pier is finished', speaker: 'Dana Pell', open: true },
  { kind: 'cue-less paragraph past a narrative paragraph naming no one', text: 'Mayor Dana Pell said on Monday that the pier would close.\n\nThe pier was built in 1910 and has been closed twice since, both times after winter storms.\n\n"We cannot keep a pier that is falling into the sea."', claim: 'We cannot keep a pier', speaker: 'Dana Pell' },
  { kind: 'no continuation past a narrative paragraph naming another person', text: 'Mayor Dana Pell said on Monday that the pier would close.\n\nRob Aske, who runs the ferry, has fought the closure for a year.\n\n"We cannot keep a pier that is falling into the sea."', claim: 'We cannot keep a pier' },
  { kind: 'a quotation left open at its paragraph\'s end after its cue', text: '"The pier is finished," Dana Pell said. "We cannot repair it this year.\n\n"The council will vote on Monday."', claim: 'We cannot repair it', speaker: 'Dana Pell' },
  { kind: 'cue-less paragraph after an unnamed speaker', text: 'The talks collapsed on Tuesday, officials said.\n\n"Neither side was ready to give ground on the border."', claim: 'Neither side was ready', speaker: 'officials' },

  // pronouns across a person mentioned between the attribution and the pronoun
  { kind: '"Furthermore, he warned" past a person sanctioned', text: 'Spokesman Paul Renner said the embassy would stay open. Last week Mira Koss, a local journalist, was arrested in the capital. Furthermore, he warned, "Any further arrests will have consequences."', claim: 'Any further arrests', speaker: 'Paul Renner' },
  { kind: '"she said" past a person mentioned inside her claim', text: 'Dana Pell said that Tom Sato had misled the council. She said the vote should be held again.', claim: 'the vote should be held again', speaker: 'Dana Pell' },
  { kind: '"he added" past a person inside the claim', text: 'Tom Sato said that Rob Aske had misled the council. He added that the vote should be held again.', claim: 'the vote should be held again', speaker: 'Tom Sato' },
  { kind: '"he said" past a person named as a verb\'s object', text: 'Spokesman Paul Renner said the embassy would stay open. The new sanctions target Oleg Petrov, a banker. He said the measures were overdue.', claim: 'the measures were overdue', speaker: 'Paul Renner' },
  { kind: 'pronoun past the object of the cue sentence', text: '"I have asked Tom Sato to resign," Dana Pell said. "He has lost the trust of the council," she added.', claim: 'He has lost the trust', speaker: 'Dana Pell' },
  { kind: 'pronoun past a person in a prepositional phrase', text: 'Mayor Dana Pell met reporters after her talks with Rob Aske. She said the pier would close in June.', claim: 'the pier would close in June', speaker: 'Dana Pell' },
  { kind: 'pronoun for the new subject of the sentence before', text: 'Dana Pell said the pier was safe. Rob Aske, who owns the ferry company, arrived later. He said the pier had been closed twice.', claim: 'the pier had been closed twice', speaker: 'Rob Aske' },
  { kind: '"she" for a woman named earlier, past a man of unknown gender', text: 'Dana Pell said her government would resign. Rob Aske, the opposition leader, welcomed the news. She said elections would be held in May.', claim: 'elections would be held in May', speaker: 'Dana Pell' },
  { kind: '"she" past a man named with a title', text: 'Mr Tom Sato met Dana Pell on Monday. She said the talks had been useful.', claim: 'the talks had been useful', speaker: 'Dana Pell' },
  { kind: 'two speakers of known gender alternating', text: 'Dana Pell said her party would win. Tom Sato said his party would win. She said the polls were wrong.', claim: 'the polls were wrong', speaker: 'Dana Pell' },
  { kind: '"her" in an apposition gives the head no gender', text: '"It is over," Dana Pell said. Tom Sato, her deputy, was not at the meeting. "We will start again," she said.', claim: 'We will start again', speaker: 'Dana Pell' },
  { kind: '"he" for a man named earlier, past a woman of unknown gender', text: 'Tom Sato said his government would resign. Dana Pell, the opposition leader, welcomed the news. He said elections would be held in May.', claim: 'elections would be held in May', speaker: 'Tom Sato' },
  { kind: 'pronoun in a later paragraph, past a man of unknown gender', text: 'Senator Ruth Calder said her party would vote against the bill.\n\nThe bill was drafted by Rob Aske, a former minister.\n\nShe said the bill would raise rents.', claim: 'the bill would raise rents', speaker: 'Ruth Calder' },

  { kind: 'a surname alone speaking, then "she" past another surname', text: 'Tom Sato spoke to Dana Pell on Monday.\n\nPell said the pier would close. Sato was not there. She said the road would reopen.', claim: 'the road would reopen', speaker: 'Dana Pell' },
  { kind: 'a surname alone speaking, then "she also said"', text: 'Tom Sato spoke to Dana Pell on Monday. Pell said the pier would close. She also said the road would reopen.', claim: 'the road would reopen', speaker: 'Dana Pell' },
  { kind: 'a surname alone opening the paragraph, then "he"', text: 'Governor Tom Sato visited the harbour with Dana Pell.\n\nSato said the pier was unsafe. He said repairs would cost millions.', claim: 'repairs would cost millions', speaker: 'Tom Sato' },

  { kind: 'a surname alone opening a sentence, then "she"', text: 'Tom Sato spoke to Dana Pell on Monday. Pell arrived late. She said the road would reopen.', claim: 'the road would reopen', speaker: 'Dana Pell' },

  // names inside an apposition or a prepositional phrase
  { kind: 'a name inside an apposition', text: 'Rob Aske, a close ally of Governor Tom Sato, said the vote was rigged.', claim: 'the vote was rigged', speaker: 'Rob Aske' },
  { kind: 'a name inside an opening participle phrase', text: 'Speaking after a meeting with Dana Pell, Tom Sato said the talks had gone well.', claim: 'the talks had gone well', speaker: 'Tom Sato' },
  { kind: 'a name after "after talks with"', text: 'After talks with Tom Sato, Dana Pell said the deal was close.', claim: 'the deal was close', speaker: 'Dana Pell' },
  { kind: '"according to S, apposition"', text: 'According to Tom Sato, the mayor\'s chief of staff, the budget will be cut.', claim: 'the budget will be cut', speaker: 'Tom Sato' },
  { kind: '"in an interview with" a newspaper, before the speaker', text: 'In an interview with the Velmore Gazette, Dana Pell said the pier would close.', claim: 'the pier would close', speaker: 'Dana Pell' },
  { kind: '"in an interview with" a newspaper, after the cue', text: '"We will not give up," Dana Pell said in an interview with the Velmore Gazette.', claim: 'We will not give up', speaker: 'Dana Pell' },
  { kind: '"in an interview with" before a pronoun', text: 'Ines Kolar has led the union for ten years. In an interview with the Velmore Gazette, she said the strike would go on.', claim: 'the strike would go on', speaker: 'Ines Kolar' },
  { kind: 'a name in a relative clause of the subject', text: 'Tom Sato, whose party lost to Dana Pell in May, said the vote was unfair.', claim: 'the vote was unfair', speaker: 'Tom Sato' },
  { kind: 'a name before "speaking to reporters in"', text: 'Dana Pell, speaking to reporters in Orsa, said the pier would close.', claim: 'the pier would close', speaker: 'Dana Pell' },
  { kind: 'an opening participle phrase to reporters', text: 'Speaking to reporters, Dana Pell said the pier would close.', claim: 'the pier would close', speaker: 'Dana Pell' },
  { kind: 'a name after "a letter to" before a pronoun', text: 'Dana Pell wrote a letter to Tom Sato on Friday. She said the pier would close.', claim: 'the pier would close', speaker: 'Dana Pell' },
  { kind: 'the name after an inverted verb, with an apposition', text: '"We will win," said Ruth Calder, the party\'s leader.', claim: 'We will win', speaker: 'Ruth Calder' },
  { kind: 'a role in apposition before the name after an inverted verb', text: '"We will win," said the party\'s leader, Ruth Calder.', claim: 'We will win', speaker: 'Ruth Calder' },

  { kind: 'a noun phrase "the aide to" a titled senator', text: 'The aide to Senator Hal Vell said the bill would fail.', claim: 'the bill would fail', speaker: 'aide to Senator Hal Vell' },
  { kind: 'a noun phrase "a friend of" a titled mayor', text: 'A close friend of Mayor Tom Sato said he was tired.', claim: 'he was tired', speaker: 'friend of Mayor Tom Sato' },
  { kind: 'a noun phrase holding a name before a participle phrase', text: 'An adviser to Prime Minister Olek Dunn, speaking on condition of anonymity, said the vote would be delayed.', claim: 'the vote would be delayed', speaker: 'adviser to Prime Minister Olek Dunn' },
  { kind: 'a pronoun for a noun phrase holding a name', text: 'The aide to Senator Hal Vell said the bill would fail. He said the senator had not been consulted.', claim: 'the senator had not been consulted', speaker: 'aide to Senator Hal Vell' },
  { kind: '"according to a spokesman for" a titled senator', text: 'According to a spokesman for Senator Ana Quill, the bill is dead.', claim: 'the bill is dead', speaker: 'Ana Quill' },
  { kind: '"according to a statement from" a ministry', text: 'The bill is dead, according to a statement from the Velmore Ministry of Finance.', claim: 'The bill is dead', speaker: 'Velmore Ministry of Finance' },
  { kind: '"a statement from" a titled senator', text: 'A statement from Senator Ana Quill said the bill was dead.', claim: 'the bill was dead', speaker: 'Ana Quill' },
  { kind: '"it added" for a statement from an office', text: 'A statement from Senator Ana Quill\'s office said the bill was dead. "We will start again," it added.', claim: 'We will start again', speaker: 'Ana Quill', open: true },
  { kind: '"Furthermore, he warned" in the paragraph after the attribution', text: 'Minister Jon Kirby said the talks failed.\n\nLev Mora was sanctioned last year. Furthermore, he warned, "We will not return to the table."', claim: 'We will not return', speaker: 'Jon Kirby' },
  { kind: 'a pronoun two paragraphs on, past a person named as an object', text: 'Minister Jon Kirby said the talks failed.\n\nLast week the government sanctioned Lev Mora, a banker.\n\n"We will not return to the table," he said.', claim: 'We will not return', speaker: 'Jon Kirby' },
  { kind: '"she" in a later paragraph for a surname alone that spoke', text: 'Omar Lisk met the press in Tarnow on Monday.\n\nOn Tuesday, Vale said the port would close.\n\nShe said the dockers would strike.', claim: 'the dockers would strike', speaker: 'Vale' },
  { kind: 'no continuation after a paragraph about another person, with no one speaking', text: 'Senator Ana Quill met union leaders on Tuesday.\n\nTom Berrin has campaigned against the bill for months.\n\n"We will start again in May, and we will win."', claim: 'We will start again' },

  // a second cue without a subject keeps the first one's speaker
  { kind: '"S stated, "A," adding, "B.""', text: 'Dana Pell stated, "The pier is closed," adding, "It will not reopen this year."', claim: 'It will not reopen', speaker: 'Dana Pell' },
  { kind: '"S said, adding that"', text: '"The pier is closed," Pell said, adding that it would not reopen this year.', claim: 'it would not reopen', speaker: 'Pell' },
  { kind: '"S said A and added B"', text: 'Dana Pell said the pier was closed and added that it would not reopen this year.', claim: 'it would not reopen', speaker: 'Dana Pell' },
  { kind: 'a second cue after a person named in the first claim', text: 'Dana Pell said Tom Sato had misled the council, adding that the vote should be held again.', claim: 'the vote should be held again', speaker: 'Dana Pell' },

  // representatives, offices and unnamed bodies
  { kind: '"a spokesman for X"', text: 'A spokesman for the Velmore Ministry of Transport said the line would reopen.', claim: 'the line would reopen', speaker: 'Velmore Ministry of Transport' },
  { kind: '"X, the spokesman for Y"', text: 'Paul Renner, the spokesman for the Velmore Ministry of Transport, said the line would reopen.', claim: 'the line would reopen', speaker: 'Paul Renner' },
  { kind: '"the spokesman for Y, X"', text: 'The spokesman for the ministry, Paul Renner, said the line would reopen.', claim: 'the line would reopen', speaker: 'Paul Renner' },
  { kind: '"a spokesman for" a person', text: 'A spokesman for Dana Pell said she would not resign.', claim: 'she would not resign', speaker: 'Dana Pell' },
  { kind: '"X\'s office"', text: 'Senator Ruth Calder\'s office said she would vote against the bill.', claim: 'she would vote against', speaker: 'Ruth Calder' },
  { kind: '"officials said"', text: 'The talks stalled on Tuesday over the border, officials said.', claim: 'The talks stalled', speaker: 'officials' },
  { kind: '"officials said, speaking on condition of anonymity"', text: 'The army will leave the valley by May, officials said, speaking on condition of anonymity.', claim: 'The army will leave', speaker: 'officials' },
  { kind: '"the ministry said in a statement" after the ministry', text: 'The Velmore Ministry of Defence confirmed the test on Friday. The ministry said in a statement that no one was hurt.', claim: 'no one was hurt', speaker: 'Velmore Ministry of Defence' },
  { kind: '"the ministry said" after a state', text: 'Norway expelled two diplomats on Friday. The ministry said in a statement that they had spied.', claim: 'they had spied', speaker: 'Norway' },
  { kind: '"the company said"', text: 'The Orsa Shipping Company cut 300 jobs last year. The company said on Monday that no more cuts were planned.', claim: 'no more cuts were planned', speaker: 'Orsa Shipping Company' },
  { kind: '"the group said"', text: 'Members of Silent Harbour, an environmental group, blocked the port on Monday. The group said the protest would continue.', claim: 'the protest would continue', speaker: 'Silent Harbour', open: true },
  { kind: '"the council said" past a person', text: 'The Velmore Harbour Council met Dana Pell on Monday. The council said the pier would close.', claim: 'the pier would close', speaker: 'Velmore Harbour Council' },
  { kind: '"it said" for an organisation', text: 'The Orsa Shipping Company cut 300 jobs last year. It said on Monday that no more cuts were planned.', claim: 'no more cuts were planned', speaker: 'Orsa Shipping Company' },
  { kind: '"a statement from S"', text: 'A statement from Dana Pell said the pier would close.', claim: 'the pier would close', speaker: 'Dana Pell' },

  { kind: '"the minister said" for the person named with that title', text: 'Foreign Minister Lev Orlov met Dana Pell in Orsa on Monday. The minister said the talks had been useful.', claim: 'the talks had been useful', speaker: 'Lev Orlov' },
  { kind: '"the senator said" for the person with that title in apposition', text: 'Ruth Calder, the senior senator for Velmore, opposed the plan. "It will raise rents," the senator said.', claim: 'It will raise rents', speaker: 'Ruth Calder' },

  // plural pronouns, coordinated speakers
  { kind: '"they" for a union', text: 'The Velmore Teachers Union met in Orsa on Friday. They said the strike would go on.', claim: 'the strike would go on', speaker: 'Velmore Teachers Union' },
  { kind: '"they" for two people', text: 'Dana Pell and Tom Sato met in Orsa on Friday. They said the pier would close.', claim: 'the pier would close', speaker: 'Dana Pell' },
  { kind: '"they" for two states', text: 'Norway and Sweden signed the treaty in May. They said it would end the dispute.', claim: 'it would end the dispute', speaker: 'Norway' },
  { kind: 'coordinated speakers', text: 'Dana Pell and Tom Sato said in a joint statement that the pier would close.', claim: 'the pier would close', speaker: 'Dana Pell' },
  { kind: 'coordinated speakers after the claim', text: 'The pier will close in June, Dana Pell and Tom Sato said.', claim: 'The pier will close', speaker: 'Dana Pell' },

  // two speakers alternating
  { kind: 'alternating speakers, the first', text: 'Dana Pell said the pier was safe. Rob Aske said it was not.\n\n"I have walked on it every day," Pell said.\n\n"She has not read the reports," Aske said.', claim: 'I have walked on it', speaker: 'Dana Pell' },
  { kind: 'alternating speakers, the second', text: 'Dana Pell said the pier was safe. Rob Aske said it was not.\n\n"I have walked on it every day," Pell said.\n\n"She has not read the reports," Aske said.', claim: 'She has not read the reports', speaker: 'Rob Aske' },
  { kind: 'alternating speakers with a cue-less paragraph', text: '"The pier is safe," Dana Pell said.\n\n"It is not," Rob Aske said.\n\n"The engineers found cracks in two of the pillars."', claim: 'The engineers found cracks', speaker: 'Rob Aske' },

  // other frames of news
  { kind: 'a relative pronoun speaker', text: 'The plan was criticised by Rob Aske, who said it would cost too much.', claim: 'it would cost too much', speaker: 'Rob Aske' },
  { kind: 'a belief inside a claim', text: 'Dana Pell said she believed the pier was safe.', claim: 'the pier was safe', speaker: 'Dana Pell' },
  { kind: 'a pronoun after a quotation by the person before', text: 'Dana Pell arrived at noon. "The pier is safe. It has been checked twice," she said.', claim: 'The pier is safe', speaker: 'Dana Pell' },
  { kind: 'a name with a title after a quotation', text: '"The road will reopen," Governor Tom Sato told reporters on Monday.', claim: 'The road will reopen', speaker: 'Tom Sato' },
  { kind: 'the subject of an opening quotation with a colon', text: 'Dana Pell was blunt: "The pier is finished."', claim: 'The pier is finished', speaker: 'Dana Pell' },
  { kind: 'a subject after a comma and conjunction', text: 'Tom Sato opened the meeting, and Dana Pell said the pier would close.', claim: 'the pier would close', speaker: 'Dana Pell' },

  // biographies
  { kind: 'biography: "She later wrote that C"', text: 'Ines Kolar was born in Orsa in 1921. She studied law in Velmore and later moved to the capital. She later wrote that her years in Orsa had shaped her politics.', claim: 'her years in Orsa', speaker: 'Ines Kolar' },
  { kind: 'biography: "He later wrote" past the person he married', text: 'Tobias Rehn was a Velmore painter. In 1910 he married Ana Lind, a singer from Orsa. He later wrote that the marriage had saved him.', claim: 'the marriage had saved him', speaker: 'Tobias Rehn' },
  { kind: 'biography: "She later wrote" past the composer she met', text: 'Ana Lind was born in Orsa in 1950 and studied music in Velmore. In 1975 she met the composer Rob Aske. She later wrote that Aske had taught her patience.', claim: 'Aske had taught her patience', speaker: 'Ana Lind' },
  { kind: 'biography: "she recalled" past her father in apposition', text: 'Marta Vell grew up in Orsa. Her father, Josef Vell, died when she was six. She later recalled that the family had been poor.', claim: 'the family had been poor', speaker: 'Marta Vell' },
  { kind: 'biography: the subject named by surname', text: 'Ines Kolar studied law in Velmore. In 1950 Kolar said that the law school had changed her life.', claim: 'the law school had changed', speaker: 'Ines Kolar' },

  // court text
  { kind: 'court: "The court held that C"', text: 'The court held that the contract was void.', claim: 'the contract was void', speaker: 'court' },
  { kind: 'court: "Justice X, writing for the majority, said"', text: 'Justice Ana Brill, writing for the majority, said that the statute was clear.', claim: 'the statute was clear', speaker: 'Ana Brill' },
  { kind: 'court: "the defendant argued"', text: 'The defendant argued that the search was unlawful.', claim: 'the search was unlawful', speaker: 'defendant' },
  { kind: 'court: a dissent by pronoun', text: 'Justice Ana Brill dissented. She wrote that the majority had ignored the record.', claim: 'the majority had ignored', speaker: 'Ana Brill' },
  { kind: 'court: the name in apposition to counsel', text: 'Counsel for the defendant, Rob Aske, argued that the evidence was weak.', claim: 'the evidence was weak', speaker: 'Rob Aske' },
  { kind: 'court: "the court ruled"', text: 'The plaintiffs sued the Velmore Port Authority in 2019. The court ruled that the fee was lawful.', claim: 'the fee was lawful', speaker: 'court' },

  { kind: 'court: "It held" for the court of the claim before', text: 'The plaintiff, Rob Aske, argued that the fee was a tax. The court rejected his claim. It held that the fee paid for a service.', claim: 'the fee paid for a service', speaker: 'court' },
  { kind: '"they" for the officials of the claim before', text: 'The talks stalled on Tuesday, officials said. They said the army would stay in the valley.', claim: 'the army would stay', speaker: 'officials' },

  // academic text
  { kind: 'academic: "Kolar (2004) argues that C"', text: 'Kolar (2004) argues that trust in institutions declines with inequality.', claim: 'trust in institutions declines', speaker: 'Kolar' },
  { kind: 'academic: "we argue that C"', text: 'In this paper we argue that trust is a local good.', claim: 'trust is a local good', speaker: 'we' },
  { kind: 'academic: "X (year), by contrast, claims"', text: 'Berg (2019), by contrast, claims that trust is national.', claim: 'trust is national', speaker: 'Berg' },
  { kind: 'academic: a pronoun for the author cited', text: 'Kolar (2004) argues that trust declines with inequality. She also notes that the effect is stronger in cities.', claim: 'the effect is stronger in cities', speaker: 'Kolar' },
  { kind: 'academic: coordinated authors', text: 'Sato and Berg (2011) found that turnout falls when polling stations close.', claim: 'turnout falls', speaker: 'Sato' },
  { kind: 'academic: "according to X (year)"', text: 'According to Kolar (2004), trust declines with inequality.', claim: 'trust declines with inequality', speaker: 'Kolar' },

  // travel text: no claims
  { kind: 'travel: directions and a museum', text: 'The old town is best seen on foot. Take the ferry from Orsa to the island, where the Velmore Museum shows how fishermen lived.', none: true },
  { kind: 'travel: advice to the reader', text: 'Visitors should book ahead in summer. We recommend that you arrive early, since the ferry fills quickly.', none: true },
  { kind: 'travel: a description', text: 'The harbour of Orsa is lined with cafes. Boats leave for the islands every hour, and the beaches are quiet in June.', none: true },
];
