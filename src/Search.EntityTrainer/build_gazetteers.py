#!/usr/bin/env python3
"""Builds the gazetteer data files of Search.Core/Entities/Data from Debian packages.

Needs: iso-codes, libgeonames-common, libtext-names-perl, gettext (msgunfmt), and the
CC0 training corpus at ../shared/train/europeana-ner-de/enp_DE.tsv.
Run from the repository root: python3 src/Search.EntityTrainer/build_gazetteers.py
"""
import json, re, subprocess, collections, sys, os

OUT = 'src/Search.Core/Entities/Data'

def po(path):
    text = subprocess.run(['msgunfmt', path], capture_output=True, text=True, check=True).stdout
    pairs = {}
    for m in re.finditer(r'msgid "((?:[^"\\]|\\.)*)"\nmsgstr "((?:[^"\\]|\\.)*)"', text):
        if m.group(1):
            pairs[m.group(1)] = m.group(2)
    return pairs

def clean(name):
    name = re.sub(r'\s*\(.*?\)', '', name)
    name = re.sub(r'\s*\[.*?\]', '', name)
    return name.strip()

def good(name):
    return 3 <= len(name) <= 40 and not any(c.isdigit() for c in name) and ',' not in name and '/' not in name

# Countries: German translations of iso-codes ISO 3166-1 names.
de1 = po('/usr/share/locale/de/LC_MESSAGES/iso_3166-1.mo')
countries = set()
for c in json.load(open('/usr/share/iso-codes/json/iso_3166-1.json'))['3166-1']:
    for k in ('name', 'common_name', 'official_name'):
        if k in c:
            n = clean(de1.get(c[k], c[k]))
            if good(n):
                countries.add(n)
# Historic countries (ISO 3166-3), German names
de3 = po('/usr/share/locale/de/LC_MESSAGES/iso_3166-3.mo')
for c in json.load(open('/usr/share/iso-codes/json/iso_3166-3.json'))['3166-3']:
    n = clean(de3.get(c['name'], c['name']))
    if good(n):
        countries.add(n)

# Regions: ISO 3166-2 subdivisions, German translation where there is one.
de2 = po('/usr/share/locale/de/LC_MESSAGES/iso_3166-2.mo')
regions = set()
for s in json.load(open('/usr/share/iso-codes/json/iso_3166-2.json'))['3166-2']:
    n = clean(de2.get(s['name'], s['name']))
    if good(n) and n[0].isupper():
        regions.add(n)

# Cities: German names of the GeoNames cities translated in libgeonames-common.
cities = set(clean(v) for v in po('/usr/share/locale/de/LC_MESSAGES/geonames.mo').values())
cities = {c for c in cities if good(c) and c[0].isupper()}

# First names: US census lists shipped in Text::Names (libtext-names-perl), plus
# first tokens of multi-token PER entities of the CC0 training corpus.
pm = open('/usr/share/perl5/Text/Names.pm', encoding='latin-1').read()
first = set()
for var in ('COMMON_MALE_FIRSTNAMES', 'COMMON_FEMALE_FIRSTNAMES'):
    block = pm.split('$%s = <<ENDNAMES;' % var)[1].split('ENDNAMES')[0]
    for line in block.strip().splitlines():
        parts = line.split()
        if parts and float(parts[1]) >= 0.002:
            first.add(parts[0].capitalize())
surnames = set()
block = pm.split('$COMMON_SURNAMES = <<ENDNAMES;')[1].split('ENDNAMES')[0]
for line in block.strip().splitlines():
    parts = line.split()
    if parts:
        surnames.add(parts[0].capitalize())

train = '../shared/train/europeana-ner-de/enp_DE.tsv'
if not os.path.exists(train):
    train = '/work/shared/train/europeana-ner-de/enp_DE.tsv'
spans = []
cur = None
for line in open(train, encoding='utf-8'):
    p = line.rstrip('\n').split('\t')
    if len(p) < 3 or p[0].startswith('#') or not p[1]:
        if cur: spans.append(cur); cur = None
        continue
    tok, tag = p[1], p[2]
    if tag.startswith('B-'):
        if cur: spans.append(cur)
        cur = (tag[2:], [tok])
    elif tag.startswith('I-') and cur and cur[0] == tag[2:]:
        cur[1].append(tok)
    else:
        if cur: spans.append(cur); cur = None
if cur: spans.append(cur)
fc = collections.Counter(s[1][0] for s in spans if s[0] == 'PER' and len(s[1]) >= 2)
euro_first = {n for n, c in fc.items() if c >= 2 and re.fullmatch(r'[A-ZÄÖÜ][a-zäöüßéèáàóòíìúùçñ]{2,}', n)}

def write(name, items, header):
    with open(os.path.join(OUT, name), 'w', encoding='utf-8') as f:
        f.write('# ' + header + '\n')
        for i in sorted(items):
            f.write(i + '\n')
    print(name, len(items))

stop = {l.strip() for l in open(os.path.join(OUT, 'stopwords.txt'), encoding='utf-8') if not l.startswith('#')}
first -= stop
# Place names that are far more often German common words or first names in news text
# (hand list), and first names in general, are not treated as places.
not_places = {'Hof', 'Roman', 'Most', 'Adler', 'Plastik', 'Element', 'Gelb', 'Zivil', 'Comet', 'Solid', 'Love', 'Homer',
              'Old', 'North', 'Centre', 'San', 'Sao', 'Landes', 'Mercedes', 'Olympia', 'David', 'Praise', 'Manche', 'Tabor',
              'Ende', 'Mitte', 'Nord', 'Süd', 'Ost', 'West', 'Bar', 'Bad', 'Mark', 'Weil', 'Lage', 'Kurort', 'Union', 'Victoria',
              'Police', 'Progreso', 'Liberty', 'Independence', 'Concordia', 'Esperanza', 'Providence', 'Mission'}
cities -= not_places
regions -= not_places
write('countries.txt', countries, 'German country names: iso-codes ISO 3166-1/3166-3 German translations')
write('regions.txt', regions, 'Subdivision names: iso-codes ISO 3166-2 (German translation where available)')
write('cities.txt', cities, 'German names of cities: GeoNames via libgeonames-common (CC BY 4.0)')
write('surnames.txt', surnames, 'Common surnames: US census via libtext-names-perl')

# Capitalised common nouns: capitalised words of the CC0 training corpus that are tagged O
# at least three times not at a sentence start and never tagged as (part of) an entity.
o_count = collections.Counter()
ent_words = set()
prev = '.'
for line in open(train, encoding='utf-8'):
    p = line.rstrip('\n').split('\t')
    if len(p) < 3 or p[0].startswith('#') or not p[1]:
        prev = '.'
        continue
    tok, tag = p[1], p[2]
    if tag != 'O':
        ent_words.add(tok)
    elif re.fullmatch(r'[A-ZÄÖÜ][a-zäöüß]{2,}', tok) and prev not in ('.', '!', '?', ':', '„', '"', '»', '«'):
        o_count[tok] += 1
    prev = tok
nouns = {w for w, c in o_count.items() if c >= 3 and w not in ent_words}
extra_locations = {l.strip() for l in open(os.path.join(OUT, 'locations-extra.txt'), encoding='utf-8') if not l.startswith('#')}
nouns -= countries | extra_locations
with open(os.path.join(OUT, 'firstnames.txt'), 'w', encoding='utf-8') as f:
    f.write('# First names: US census via libtext-names-perl; PER first tokens of the Europeana NER corpus (CC0); minus stop words and common nouns\n')
    for i in sorted(first - nouns):
        f.write(i + '\n')
write('commonnouns.txt', nouns, 'Capitalised common nouns of the Europeana NER corpus (CC0): tagged O at least 3 times, never in an entity')

# Capitalised words of the German word list in tesseract-ocr-deu (Apache-2.0), minus every
# name list above: a general "known common word" signal for the tagger.
import tempfile, shutil
tess = '/usr/share/tesseract-ocr/5/tessdata/deu.traineddata'
for cand in ('/usr/share/tesseract-ocr/5/tessdata/deu.traineddata', '/usr/share/tesseract-ocr/4.00/tessdata/deu.traineddata'):
    if os.path.exists(cand):
        tess = cand
tmp = tempfile.mkdtemp()
shutil.copy(tess, tmp)
subprocess.run(['combine_tessdata', '-u', os.path.join(tmp, 'deu.traineddata'), os.path.join(tmp, 'deu.')], check=True, capture_output=True)
subprocess.run(['dawg2wordlist', os.path.join(tmp, 'deu.lstm-unicharset'), os.path.join(tmp, 'deu.lstm-word-dawg'), os.path.join(tmp, 'words.txt')], check=True, capture_output=True)
names = countries | regions | cities | first | surnames
for fn in ('locations-extra.txt', 'actors-extra.txt', 'firstnames-extra.txt'):
    for line in open(os.path.join(OUT, fn), encoding='utf-8'):
        if not line.startswith('#'):
            names.update(line.strip().split(' '))
tw = {w.strip() for w in open(os.path.join(tmp, 'words.txt'), encoding='utf-8')}
tw = {w for w in tw if re.fullmatch(r'[A-ZÄÖÜ][a-zäöüß]{2,}', w)}
# First names that are also German words ("Chance", "Frau", "Kauf") go, unless hand-listed.
german_first = {l.strip() for l in open(os.path.join(OUT, 'firstnames-extra.txt'), encoding='utf-8') if not l.startswith('#')}
roles = {l.strip() for l in open(os.path.join(OUT, 'roles.txt'), encoding='utf-8') if not l.startswith('#')}
# US census first names that are German or English common words are left out (hand list);
# first tokens of Europeana PER entities only when the German word list does not know them
# (there they are often titles: "Frau", "König").
not_names = {'Chance', 'Song', 'Will', 'Rose', 'Mark', 'Bill', 'Art', 'Tod', 'Star', 'Ball', 'Page', 'Gay', 'Love', 'Hope',
             'Faith', 'Joy', 'Sky', 'Rich', 'King', 'Major', 'Long', 'Young', 'Golden', 'Summer', 'Winter', 'Angel', 'Christ',
             'Grace', 'Hall', 'Bell', 'Berry', 'Storm', 'Forest', 'Lane', 'Else', 'Green', 'Brown', 'White', 'Black', 'Gold',
             'Dollar', 'Euro', 'Ernst', 'Kurt', 'Mai', 'Juni', 'August', 'General', 'Kauf', 'Frau', 'Wolf', 'Fuchs', 'Kaiser', 'Tag',
             'Mercedes', 'Paris', 'Florence', 'Georgia', 'Virginia', 'Carolina', 'China', 'India', 'Jordan', 'Israel', 'Sydney', 'Austin'}
first = (first - not_names) | german_first | (euro_first - tw - roles - not_names)
first -= stop
with open(os.path.join(OUT, 'firstnames.txt'), 'w', encoding='utf-8') as f:
    f.write('# First names: US census via libtext-names-perl; PER first tokens of the Europeana NER corpus (CC0); minus stop words, common nouns and words of the German word list\n')
    for i in sorted(first - nouns):
        f.write(i + '\n')
print('firstnames.txt', len(first - nouns))
extra_locs = {l.strip() for l in open(os.path.join(OUT, 'locations-extra.txt'), encoding='utf-8') if not l.startswith('#')}
for fn, items in (('cities.txt', cities), ('regions.txt', regions)):
    write(fn, items, 'see SOURCES.md; minus a hand list of ambiguous words')
names = countries | regions | cities | first | surnames | german_first
for fn in ('locations-extra.txt', 'actors-extra.txt'):
    for line in open(os.path.join(OUT, fn), encoding='utf-8'):
        if not line.startswith('#'):
            names.update(line.strip().split(' '))
tw -= names
# Keep only words with evidence of being common words: an inflected form in the list
# ("Stelle"/"Stellen", "Kraft"/"Kräfte"), a lower-case twin, or a compound of such a word
# or a noun suffix. The rest of the list is largely names (surnames, towns, brands).
allwords = {w.strip() for w in open(os.path.join(tmp, 'words.txt'), encoding='utf-8')}
def inflected(w):
    forms = [w + x for x in ('e', 'en', 'n', 'er', 'es', 'ern', 'se', 'nen', 'ie', 'ien')]
    for i, c in enumerate(w):
        if c in 'aou':
            u = w[:i] + {'a': 'ä', 'o': 'ö', 'u': 'ü'}[c] + w[i + 1:]
            forms += [u + 'e', u + 'er', u + 'en']
    if any(f in allwords for f in forms) or w.lower() in allwords:
        return True
    return any(w.endswith(suf) and len(w) - len(suf) >= 3 and w[:-len(suf)] in allwords for suf in ('en', 'n', 'e', 'er', 'es'))
strong = {w for w in tw if inflected(w)}
heads = {w.lower() for w in strong if len(w) >= 5}
noun_suffixes = ('keit', 'heit', 'ungen', 'schaft', 'schaften', 'tion', 'tionen', 'ität', 'ismus', 'nisse', 'tum', 'chen', 'ling', 'enz', 'anz', 'ierung', 'ierungen', 'ung')
def compound(w):
    l = w.lower()
    return any(l.endswith(s) and len(l) >= len(s) + 3 for s in noun_suffixes) or any(l[k:] in heads for k in range(2, len(l) - 4))
tw = {w for w in tw if w in strong or compound(w)}
shutil.rmtree(tmp)
write('commonwords.txt', tw, 'Capitalised words of the tesseract-ocr-deu word list (Apache-2.0, Google) with evidence of being common words, minus the name lists')
