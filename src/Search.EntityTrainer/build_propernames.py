#!/usr/bin/env python3
"""Builds Data/propernames.txt: single words that are proper names in general (not German common words).

Also writes firstnames-intl.txt (Faker first names), germanwords.txt (first names that are German words)
and towns.txt (libphonenumber area-code towns). Needs the Debian packages wamerican-huge,
wbritish-huge, wngerman (as a filter only), python3-fake-factory and python3-phonenumbers.

Sources of propernames.txt:
1. Capitalised words of the English word lists of Debian `wamerican-huge` and `wbritish-huge`
   (SCOWL) that the lists have only capitalised (no lower-case twin): these are names of people,
   places, companies and peoples. Derived adjectives and plurals ("Dantesque", "Riemannian",
   "Judases") and words the German lists know as common words are left out.
2. Optional: surnames mined from unlabelled modern news text. Pass the output of
   `search extract DIR --json` (made with the rules alone) as argument: the last word of every
   actor written "first name + surname" counts, when no German list knows it as a common word.

Run from the repository root:
  python3 src/Search.EntityTrainer/build_propernames.py [EXTRACT.jsonl]
"""
import json, os, re, sys

OUT = 'src/Search.Core/Entities/Data'

def load(name):
    with open(os.path.join(OUT, name), encoding='utf-8') as f:
        return {l.strip() for l in f if l.strip() and not l.startswith('#')}

german = load('commonwords.txt') | load('commonnouns.txt') | load('stopwords.txt') | load('roles.txt') | load('orgwords.txt')
first = load('firstnames.txt') | load('firstnames-extra.txt')
german_lower = set()
if os.path.exists('/usr/share/dict/ngerman'):
    # German word list (Debian wngerman): a word that German writes in lower case is no name.
    with open('/usr/share/dict/ngerman', encoding='utf-8') as f:
        german_lower = {w.strip() for w in f if w[:1].islower()}

words = []
for path in ('/usr/share/dict/american-english-huge', '/usr/share/dict/british-english-huge'):
    with open(path, encoding='utf-8', errors='replace') as f:
        words += [w.strip() for w in f]
caps = {w for w in words if w[:1].isupper() and "'" not in w and len(w) >= 3}
lower = {w for w in words if w[:1].islower()}
derived = re.compile(r'(ian|ians|esque|ism|isms|ist|ists|aceae|idae|ales|ese|ish|ine|ic|ics|ite|ites|ity|an|ans)$')
names = set()
for w in caps:
    if w.lower() in lower or w.lower() in german_lower:
        continue  # also a common English or German word: "Bill", "Mars"
    if w.endswith('es') and w[:-2] in caps:
        continue  # plural of a name: "Judases" ("Starbucks" stays)
    if derived.search(w) and not w.isupper():
        continue  # adjective or noun of a name: "Dantesque", "Riemannian"
    if not re.fullmatch(r"[A-Z][A-Za-z\u00c0-\u024f\-]+", w) or w.isupper():
        continue  # acronyms stay with the acronym rules
    names.add(w)

if len(sys.argv) > 1:
    for line in open(sys.argv[1], encoding='utf-8'):
        if not line.startswith('{'):
            continue
        for v in json.loads(line).get('actors', []):
            t = v.split()
            if len(t) >= 2 and t[0] in first and re.fullmatch(r'[A-ZÄÖÜ][a-zäöüßéèáàóòíìúùçñ\-]{2,}', t[-1]):
                names.add(t[-1])

# First and last names of many countries from the person data of Debian python3-fake-factory
# (Faker, MIT): first names become first names, last names general proper names, unless a
# German or English list knows them as common words ("Will", "Rose", "Bauer").
faker_first, faker_last = set(), set()
faker_dir = '/usr/lib/python3/dist-packages/faker/providers/person'
if os.path.isdir(faker_dir):
    import importlib
    sys.path.insert(0, '/usr/lib/python3/dist-packages')
    latin = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿāăąćčďđēėęěğīįıķĺľłńňōőœŕřśşšţťūůűųźżž\-]{2,}")
    for loc in sorted(os.listdir(faker_dir)):
        if loc.startswith('_') or not os.path.isdir(os.path.join(faker_dir, loc)):
            continue
        provider = importlib.import_module('faker.providers.person.' + loc).Provider
        for attr in dir(provider):
            value = getattr(provider, attr)
            if not attr.startswith(('first_names', 'last_names')) or not isinstance(value, (tuple, list, dict, set)):
                continue
            items = [x for x in value if isinstance(x, str) and latin.fullmatch(x)]
            (faker_first if attr.startswith('first_names') else faker_last).update(items)
places = set()
for fn in ('countries.txt', 'regions.txt', 'cities.txt', 'locations-extra.txt', 'actors-extra.txt', 'stopwords.txt'):
    for line in load(fn):
        places.update(line.split())
not_names = {'Will', 'Mark', 'Rose', 'Hope', 'Art', 'Tod', 'Star', 'Ball', 'Page', 'Love', 'Faith', 'Joy', 'King', 'Major', 'Golden',
             'Summer', 'Winter', 'Angel', 'Christ', 'Grace', 'Hall', 'Storm', 'Forest', 'Gold', 'Dollar', 'Euro', 'General', 'Kaiser', 'Tag'}
def common(w):
    return w in german or w.lower() in german_lower or w.lower() in lower or w in places or w in not_names
more_first = {w for w in faker_first if not common(w) and w not in first}
names |= {w for w in faker_last if not common(w) and w not in more_first}
with open(os.path.join(OUT, 'firstnames-intl.txt'), 'w', encoding='utf-8') as f:
    f.write('# First names of many countries: Faker person data (Debian python3-fake-factory, MIT), minus common words, places and the other first-name lists. See SOURCES.md\n')
    for w in sorted(more_first):
        f.write(w + '\n')
print('firstnames-intl.txt', len(more_first))

names -= german
names -= first
names -= more_first
# An inflected form of a German word is no name: "Christen" (Christ), "Bergen" (Berg).
ng_all_caps = set()
if os.path.exists('/usr/share/dict/ngerman'):
    with open('/usr/share/dict/ngerman', encoding='utf-8') as f:
        ng_all_caps = {w.strip() for w in f if w[:1].isupper()}
german_stems = ng_all_caps | load('commonwords.txt') | load('commonnouns.txt')
names = {w for w in names if not any(w.endswith(suf) and len(w) - len(suf) >= 3 and w[:-len(suf)] in german_stems
                                     for suf in ('e', 'en', 'n', 'er', 'ern', 'es', 's', 'se', 'nen'))}
names -= {'Mr', 'Mrs', 'Ms', 'Messrs', 'Mme', 'Mlle', 'Celsius', 'Fahrenheit'}  # titles and units, not names

# Names that the German common-word list (commonwords.txt, from the tesseract word list) holds
# by mistake: words SCOWL has only capitalised ("Toyota", "Nike", "Heidegger") without German
# evidence of being common words (no lower-case twin, no inflected form in wngerman or in the
# list, no noun suffix, no inflected form of a listed word). At run time this list wins.
commonwords = load('commonwords.txt')
ng_caps = set()
if os.path.exists('/usr/share/dict/ngerman'):
    with open('/usr/share/dict/ngerman', encoding='utf-8') as f:
        ng_caps = {w.strip() for w in f if w[:1].isupper()}
def german_evidence(w):
    forms = [w + x for x in ('e', 'en', 'n', 'er', 'ern', 'se', 'nen', 'innen', 'in')]
    for i, c in enumerate(w):
        if c in 'aou':
            u = w[:i] + {'a': 'ä', 'o': 'ö', 'u': 'ü'}[c] + w[i + 1:]
            forms += [u, u + 'e', u + 'er', u + 'en']
    stems = [w[:-k] for k in (1, 2) if len(w) > k + 3]
    return (any(x in ng_caps or x in commonwords for x in forms) or any(x in commonwords for x in stems)
            or w.endswith(('ung', 'ungen', 'keit', 'heit', 'schaft', 'nis', 'tum', 'ismus', 'ität', 'ion', 'chen')))
other_german = load('commonnouns.txt') | load('stopwords.txt') | load('roles.txt') | load('orgwords.txt')
mistaken = {w for w in commonwords if len(w) >= 4 and w in caps and w.lower() not in lower and w.lower() not in german_lower
            and w not in other_german and w not in first and not derived.search(w) and not german_evidence(w)}
names |= mistaken
print('names taken back from commonwords.txt', len(mistaken))
with open(os.path.join(OUT, 'propernames.txt'), 'w', encoding='utf-8') as f:
    f.write('# Proper names that are no German common words: capitalised-only words of SCOWL (wamerican-huge, wbritish-huge); surnames mined from unlabelled news text. See SOURCES.md\n')
    for w in sorted(names):
        f.write(w + '\n')
print('propernames.txt', len(names))

# First names that are also German words ("Mark", "Ernst", "Wolf", "Brett"): they still start a
# person's name, but are no person on their own. The names come from the first-name lists here;
# Debian wngerman (GPL-2+) only selects them (a lower-case twin, or a capitalised entry with an
# inflected form). No other word of wngerman is copied into a data file: adding its common nouns
# raised F1 by 0.004 but would put GPL data into the library.
if german_lower:
    with open('/usr/share/dict/ngerman', encoding='utf-8') as f:
        ng = {w.strip() for w in f if w[:1].isupper()}
    def inflected(w):
        forms = [w + x for x in ('e', 'en', 'n', 'er', 'ern', 'se', 'nen', 'innen', 'in')]
        for i, c in enumerate(w):
            if c in 'aou' and (i + 1 == len(w) or w[i + 1] != 'u' or c != 'a'):
                u = w[:i] + {'a': 'ä', 'o': 'ö', 'u': 'ü'}[c] + w[i + 1:]
                forms += [u, u + 'e', u + 'er', u + 'en']
        return any(x in ng for x in forms) or w.lower() in german_lower
    all_first = first | more_first
    extra = {w for w in all_first if w.lower() in german_lower or (w in ng and inflected(w))}
    with open(os.path.join(OUT, 'germanwords.txt'), 'w', encoding='utf-8') as f:
        f.write('# First names that are also German common words ("Mark", "Ernst", "Wolf"): names from the first-name lists here, selected by the Debian wngerman word list (used as a filter; none of its other words is copied). See SOURCES.md\n')
        for w in sorted(extra):
            f.write(w + '\n')
    print('germanwords.txt', len(extra))

# Towns of Germany, Austria and Switzerland: the German names of the telephone area codes in
# the geocoding data of libphonenumber (Debian python3-phonenumbers, Apache-2.0), main name
# only ("Hornburg Kreis Wolfenbüttel" -> "Hornburg"), minus common words, first names,
# surnames and known places.
geo_dir = '/usr/lib/python3/dist-packages/phonenumbers/geodata'
if os.path.isdir(geo_dir) and german_lower:
    sys.path.insert(0, '/usr/lib/python3/dist-packages')
    from phonenumbers.geodata import GEOCODE_DATA
    towns = set()
    for prefix, langs in GEOCODE_DATA.items():
        name = langs.get('de')
        if not name or not prefix.startswith(('49', '43', '41')):
            continue
        name = re.split(r',| Kreis | bei | b\. | am | an der | an den | im | in | ob der | Ortsteil ', name)[0].strip()
        towns.add(name)
    known_places = set()
    for fn in ('countries.txt', 'regions.txt', 'cities.txt', 'locations-extra.txt'):
        known_places |= load(fn)
    main = set()
    for name in towns:
        words = name.split()
        if len(words) == 2 and words[0] not in ('Bad', 'Sankt', 'St.', 'Neu', 'Alt', 'Groß', 'Klein', 'Hohen', 'Markt', 'Nieder', 'Ober', 'Unter'):
            # "Merseburg Saale", "Altensteig Württemberg" -> the first word; a first word in
            # the genitive belongs to the name: "Königs Wusterhausen".
            name = name if words[0].endswith('s') else words[0]
        if re.fullmatch(r"[A-ZÄÖÜ][\w.\-]+( [A-ZÄÖÜ][\w.\-]+)?", name):
            main.add(name)
    towns = main
    person_words = first | more_first | load('surnames.txt')
    common_de = german | load('germanwords.txt')
    towns = {t for t in towns if t not in known_places and t not in person_words and t not in common_de
             and t.lower() not in german_lower and t.split()[-1] not in common_de and not (t.endswith('s') and t[:-1] in common_de) and not (t in ng_all_caps and len(t.split()) == 1 and any((t + x) in ng_all_caps for x in ('e', 'en', 'n', 'er')))}
    with open(os.path.join(OUT, 'towns.txt'), 'w', encoding='utf-8') as f:
        f.write('# German names of towns in Germany, Austria and Switzerland: libphonenumber geocoding data (Debian python3-phonenumbers, Apache-2.0), minus common words, person names and listed places. See SOURCES.md\n')
        for t in sorted(towns):
            f.write(t + '\n')
    print('towns.txt', len(towns))
