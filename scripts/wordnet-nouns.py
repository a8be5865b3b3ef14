#!/usr/bin/env python3
"""Makes src/core/detect/data/nouns.json from WordNet 3.0's database files (data.noun, index.noun,
noun.exc; Debian's wordnet-base package installs them in /usr/share/wordnet).

    python3 scripts/wordnet-nouns.py [WORDNET_DIR] > nouns.json && mv nouns.json src/core/detect/data/

speakers: one-word nouns one of whose first three senses is in noun.person (18) or noun.group (14);
things: nouns tagged in WordNet's concordance whose first sense is a thing, place, phenomenon or
message (artifact, object, phenomenon, plant, animal, substance, food, body, shape, location,
communication) and none of whose first three senses is a person or group, less the documents;
ideas: nouns tagged in the concordance whose first sense is an attribute, event, feeling, process,
quantity, relation, state or time, none of whose senses is a person or group and none of
whose first three a location;
roles: one-word nouns whose first sense is in noun.person and is written in lower case in its synset
(a common noun for a person, not a person's name such as 'Carter': 'coach', 'striker', 'surgeon'),
and that are no adjective in index.adj ('national', 'liberal', 'native' open names of bodies);
documents / evidence: written by hand from noun.communication and FrameNet's Evidence frame;
contents: nouns tagged in the concordance one of whose first two senses is an act, a cognition, a
message or a possession (act, cognition, communication, possession) and none of whose first two is
a person, group or physical thing (animal, artifact, body, food, location, object, plant, shape,
substance): what a judgment or a stance is about ("the plan", "the reform", "the remarks");
laterSpeakers: the speakers whose first sense is no person or group ("target", "town", "hospital")."""
import collections, json, re, sys

wn = sys.argv[1] if len(sys.argv) > 1 else '/usr/share/wordnet'
lex, lemmas = {}, {}
for line in open(f'{wn}/data.noun'):
    if not line.startswith('  '):
        p = line.split(' ')
        lex[p[0]] = int(p[1])
        lemmas[p[0]] = [p[4 + 2 * i] for i in range(int(p[3], 16))]
PEOPLE = (14, 18)
THINGS = (6, 17, 19, 20, 5, 27, 13, 8, 25, 15, 10)
# attributes, events, feelings, processes, quantities, relations, states and times (acts and
# cognition are left out: bodies are named after what they do and study, and each cost the check
# half an actor when tried)
IDEAS = (7, 11, 12, 22, 23, 24, 26, 28)
LOCATION = 15
DOCUMENTS = sorted(set('''report statement study poll survey letter document memo memorandum analysis article review paper post tweet
message blog website editorial column communique release bulletin ruling verdict judgment judgement decision opinion resolution
declaration manifesto petition complaint lawsuit indictment filing testimony affidavit census audit inquiry investigation research
finding result data evidence figure statistic record test estimate assessment projection forecast model experiment trial measurement
newspaper magazine journal broadcast interview transcript diary email cable dispatch directive order decree treaty agreement charter
constitution law bill motion amendment guideline guidance policy proposal plan budget guidebook handbook manual leaflet brochure
pamphlet book textbook encyclopedia dictionary'''.split()))
EVIDENCE = sorted(set('''study poll survey analysis research finding result data evidence figure statistic record test estimate
assessment projection measurement experiment trial census audit model'''.split()))

CONTENTS = (4, 9, 10, 21)
PHYSICAL = (5, 6, 8, 13, 15, 17, 20, 25, 27)
speakers, things, ideas, roles, contents, later = [], [], [], [], [], []
for line in open(f'{wn}/index.noun'):
    if line.startswith('  '):
        continue
    p = line.split()
    lemma = p[0]
    if not re.fullmatch(r'[a-z]+', lemma):
        continue
    pointers = int(p[3])
    tagged = int(p[4 + pointers + 1])
    classes = [lex[o] for o in p[4 + pointers + 2:]]
    if any(c in PEOPLE for c in classes[:3]):
        speakers.append(lemma)
        if classes[0] not in PEOPLE:
            later.append(lemma)
    elif tagged > 0 and classes[0] in THINGS and lemma not in DOCUMENTS:
        things.append(lemma)
    if classes[0] == 18 and lemma in lemmas[p[4 + pointers + 2]]:
        roles.append(lemma)
    if tagged > 0 and any(c in CONTENTS for c in classes[:2]) and not any(c in PEOPLE or c in PHYSICAL for c in classes[:2]):
        contents.append(lemma)
    if tagged > 0 and classes[0] in IDEAS and not any(c in PEOPLE for c in classes) and LOCATION not in classes[:3]:
        ideas.append(lemma)
adjectives = {line.split()[0] for line in open(f'{wn}/index.adj') if not line.startswith('  ')}
roles = [w for w in roles if w not in adjectives]
people = set(speakers)
irregular = {}
for line in open(f'{wn}/noun.exc'):
    form, lemma = line.split()[:2]
    if re.fullmatch(r'[a-z]+', form) and lemma in people:
        irregular[form] = lemma

def by_letter(words):
    out = collections.OrderedDict()
    for w in sorted(words):
        out.setdefault(w[0], []).append(w)
    return {k: ' '.join(v) for k, v in out.items()}

# the file's statement of its sources is kept as it is
SOURCES = json.load(open('src/core/detect/data/nouns.json'))['sources']
json.dump({'sources': SOURCES, 'speakers': by_letter(speakers), 'things': by_letter(things), 'ideas': by_letter(ideas), 'roles': by_letter(roles),
           'contents': by_letter(contents), 'laterSpeakers': ' '.join(sorted(later)),
           'documents': ' '.join(DOCUMENTS), 'evidence': ' '.join(EVIDENCE), 'irregular': irregular}, sys.stdout, indent=1)
