#!/usr/bin/env python3
"""Deterministic benchmark inputs for kgraph (issue 6): a news-like corpus and a large gazetteer.

  python3 scripts/gen_corpus.py corpus --mb 100 --out /tmp/corpus.jsonl
  python3 scripts/gen_corpus.py gazetteer --aliases 100000 --out /tmp/gaz100k

corpus: JSON Lines, one document a line: {"id": ..., "text": ..., "date": "YYYY-MM-DD"}. The
sentences of seeds/*.txt are recombined into documents (a headline, then paragraphs), and every
gazetteer name found in them is swapped for another name of the same kind (state for state,
demonym for demonym, person for person, organisation for organisation, weapon for weapon). Each
document has a small "cast" of entities it keeps coming back to, as real articles do, and the
entities overall follow a Zipf-like popularity, so co-occurrence edges repeat across documents.

gazetteer: a copy of the shipped gazetteer folder (CSV files, rules.txt, README.md) plus
synthetic people, organisations and weapons with realistic multi-word names, aliases, acronyms and
designations, until the gazetteer has --aliases distinct alias keys (names + aliases + demonyms +
designations, folded as kgraph folds them, roughly). Every generated alias is unique, so
`kgraph gazetteer check` stays free of new shared-alias warnings.

Same flags (including --seed) give the same bytes: only the standard library's seeded
random.Random is used, and nothing depends on set or dict hash order.
"""

import argparse
import bisect
import csv
import json
import os
import random
import re
import shutil
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
QUOTE_MAP = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})

FILES = {
    "states.csv": "state",
    "people.csv": "person",
    "organizations.csv": "org",
    "weapons.csv": "weapon",
}


def fold(s, lower=True):
    """Approximately kgraph's alias key: lowercase, no diacritics, dashes and space runs as one space."""
    s = unicodedata.normalize("NFKD", s.translate(QUOTE_MAP))
    s = "".join(c for c in s if not unicodedata.combining(c))
    for d in DASHES:
        s = s.replace(d, " ")
    return " ".join((s.lower() if lower else s).split())


def split_list(value):
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def read_gazetteer(folder):
    """(kind, row dict) for every row of the four CSV files, in file order."""
    rows = []
    for name, kind in FILES.items():
        path = Path(folder) / name
        if not path.exists():
            continue
        with open(path, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                if (row.get("id") or "").strip() and (row.get("name") or "").strip():
                    rows.append((kind, row))
    return rows


def alias_keys(row):
    """The matched texts of one row: name, aliases, demonyms, designations."""
    out = [row["name"]]
    for column in ("aliases", "demonyms", "designations"):
        out += split_list(row.get(column))
    return [a.lstrip("=") for a in out]


# ----------------------------------------------------------------------------------------------
# corpus


class Cast:
    """Entities of one slot class with Zipf-like weights over a seeded shuffle."""

    def __init__(self, rng, entities, exponent=0.9):
        self.entities = list(entities)
        rng.shuffle(self.entities)
        total = 0.0
        self.cum = []
        for rank in range(len(self.entities)):
            total += 1.0 / (rank + 1) ** exponent
            self.cum.append(total)
        self.total = total

    def pick(self, rng):
        return self.entities[bisect.bisect_left(self.cum, rng.random() * self.total)]


def surface_classes(rows):
    """Slot class → list of entities, each a list of surface forms (canonical name first); and
    surface form (folded) → (slot class, case rule) for finding slots in the seeds."""
    classes = {"state": [], "demonym": [], "person": [], "org": [], "weapon": []}
    lookup = {}

    def add_lookup(text, cls):
        key = fold(text)
        if len(key) < 2 or key in lookup:
            return
        if not any(c.islower() for c in text) and any(c.isupper() for c in text):
            rule = "exact"
        elif text[:1].isupper():
            rule = "capital"
        else:
            rule = "any"
        lookup[key] = (cls, rule, text)

    # Canonical names first so that an alias shared with another entity's name goes to the name.
    for kind, row in rows:
        add_lookup(row["name"].lstrip("="), kind)
    for kind, row in rows:
        names = [row["name"].lstrip("=")] + [a.lstrip("=") for a in split_list(row.get("aliases"))]
        names += [d.lstrip("=") for d in split_list(row.get("designations"))]
        classes[kind].append(names)
        for n in names[1:]:
            add_lookup(n, kind)
        demonyms = [d.lstrip("=") for d in split_list(row.get("demonyms"))]
        if demonyms:
            classes["demonym"].append(demonyms)
            for d in demonyms:
                add_lookup(d, "demonym")
    return classes, lookup


def slot_regex(lookup):
    """One regex for every surface form, dashes and spaces interchangeable, longest first."""
    alternatives = []
    for key in sorted(lookup, key=lambda k: (-len(k), k)):
        parts = [re.escape(w).replace("'", "['\u2019]") for w in key.split(" ")]
        alternatives.append(("[ " + re.escape(DASHES) + "]+").join(parts))
    body = "|".join(alternatives)
    return re.compile(r"(?<!\w)(?:" + body + r")(?!\w)", re.IGNORECASE)


SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)\]]*\s+(?=[\"\u201c(\[A-Z0-9])")


def seed_sentences(seeds):
    """(headlines, sentences) of the seed texts: lines without final punctuation are headlines."""
    headlines, sentences = [], []
    for path in sorted(Path(seeds).glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        for line in text.splitlines():
            line = " ".join(line.split())
            if len(line) < 12:
                continue
            if line[-1] not in ".!?\"\u201d\u2019:)" and len(line) < 160:
                headlines.append(line)
                continue
            start = 0
            for m in SENTENCE_END.finditer(line):
                # The match starts after the terminator: keep its closing quotes, drop the space.
                piece = line[start : m.start() + len(m.group(0).rstrip())].strip()
                if len(piece) >= 12:
                    sentences.append(piece)
                start = m.end()
            piece = line[start:].strip()
            if len(piece) >= 12:
                sentences.append(piece)
    return headlines, sentences


def templates(texts, regex, lookup):
    """Each text as a list of parts: literal strings and (slot class, capitalised) tuples."""
    out = []
    for text in texts:
        parts, last = [], 0
        for m in regex.finditer(text):
            found = m.group(0)
            entry = lookup.get(fold(found))
            if entry is None:
                continue
            cls, rule, _ = entry
            if rule == "exact" and fold(found, lower=False) != fold(entry[2], lower=False):
                continue
            if rule == "capital" and not found[:1].isupper():
                continue
            if m.start() > last:
                parts.append(text[last : m.start()])
            plural = cls == "demonym" and found.lower().endswith("s")
            parts.append((cls, found[:1].isupper(), plural))
            last = m.end()
        if last < len(text):
            parts.append(text[last:])
        out.append(parts)
    return out


class DocWriter:
    def __init__(self, rng, classes):
        self.rng = rng
        self.global_cast = {cls: Cast(rng, ents) for cls, ents in sorted(classes.items()) if ents}

    def new_cast(self):
        """A document's own entities: a few per class, drawn from the global popularity."""
        rng = self.rng
        self.cast = {}
        for cls, cast in self.global_cast.items():
            n = rng.randint(2, 6)
            self.cast[cls] = [cast.pick(rng) for _ in range(n)]

    def surface(self, cls, capital, plural):
        rng = self.rng
        if cls not in self.global_cast:
            return "someone"
        if rng.random() < 0.8:
            names = rng.choice(self.cast[cls])
        else:
            names = self.global_cast[cls].pick(rng)
        if cls == "demonym":
            # "Iranian drones" / "the Iranians": keep the number of the seed's demonym.
            text = rng.choice([d for d in names if d.endswith("s") == plural] or names)
        elif rng.random() >= 0.6:
            text = rng.choice(names)
        else:
            text = names[0]
        if capital and text[:1].islower():
            text = text[:1].upper() + text[1:]
        return text

    def fill(self, parts):
        return "".join(p if isinstance(p, str) else self.surface(*p) for p in parts)


def write_corpus(args):
    rng = random.Random(args.seed)
    rows = read_gazetteer(args.gazetteer)
    if not rows:
        sys.exit(f"gen_corpus: no gazetteer rows in {args.gazetteer}")
    classes, lookup = surface_classes(rows)
    headlines, sentences = seed_sentences(args.seeds)
    if not sentences:
        sys.exit(f"gen_corpus: no sentences in {args.seeds}/*.txt")
    regex = slot_regex(lookup)
    head_t = templates(headlines, regex, lookup) or templates(sentences[:20], regex, lookup)
    sent_t = templates(sentences, regex, lookup)
    writer = DocWriter(rng, classes)
    target = int(args.mb * 1_000_000)
    written = 0
    n = 0
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8", newline="\n")
    try:
        while written < target:
            writer.new_cast()
            size = min(int(rng.lognormvariate(8.4, 0.6)), 60_000)  # median ~4.4 kB
            paragraphs = [writer.fill(rng.choice(head_t))]
            length = len(paragraphs[0])
            while length < size:
                k = rng.choice((1, 1, 2, 2, 3, 4))
                i = rng.randrange(len(sent_t))
                # Mostly consecutive seed sentences (some coherence), sometimes a random mix.
                if rng.random() < 0.5:
                    chosen = [sent_t[(i + j) % len(sent_t)] for j in range(k)]
                else:
                    chosen = [rng.choice(sent_t) for _ in range(k)]
                paragraph = " ".join(writer.fill(p) for p in chosen)
                paragraphs.append(paragraph)
                length += len(paragraph) + 2
            separator = "\n\n" if rng.random() < 0.7 else "\n"
            day = rng.randrange(4 * 365)
            year, day = 2022 + day // 365, day % 365
            month = min(day // 31, 11) + 1
            date = f"{year:04d}-{month:02d}-{day % 28 + 1:02d}"
            line = json.dumps(
                {"id": f"gen-{n:08d}", "text": separator.join(paragraphs), "date": date},
                ensure_ascii=False,
            )
            out.write(line + "\n")
            written += len(line.encode("utf-8")) + 1
            n += 1
    finally:
        if out is not sys.stdout:
            out.close()
    print(
        f"gen_corpus: {n} documents, {written} bytes, {len(sent_t)} sentence templates, "
        f"{sum(len(v) for v in classes.values())} entities to draw from -> {args.out}",
        file=sys.stderr,
    )


# ----------------------------------------------------------------------------------------------
# gazetteer

FIRST = """Aaron Abdul Adam Adrian Ahmed Aisha Akira Alan Alejandro Alexei Ali Alina Amara Amir Ana
Anders Andrei Andrew Anna Anton Arjun Arturo Aziz Beatriz Benjamin Bilal Bogdan Boris Carlos
Catherine Chen Chiara Christopher Claire Daniel Dariusz David Dmitri Elena Elif Emeka Emily Emma
Erik Fatima Felipe Fernando Francesca Gabriel Giorgi Grace Hamid Hana Hannah Hassan Heinrich Hiroshi
Hyun Ibrahim Igor Ilya Ingrid Ioana Isabel Ivan Jakub James Javier Jean Jin Joao Johan John Jorge
Jose Joseph Julia Kamal Karim Katarzyna Kenji Khalid Kofi Lars Laura Layla Leila Li Lucas Lucia
Luis Magnus Mahmoud Malik Maria Mariam Marek Mark Marta Martin Maryam Mateo Matteo Mehmet Mei Michael
Mikhail Min Mohammed Nadia Naveen Nikolai Nina Noor Ola Oleg Olga Omar Oscar Pablo Paolo Patrick
Pavel Pedro Peter Pierre Priya Rahul Rania Ravi Reza Robert Rosa Ruslan Sakura Salman Samir Sara
Sergei Shira Sofia Stefan Sunil Svetlana Takeshi Tamar Tariq Thomas Timur Tomas Valentina Viktor
Vladimir Wei Xavier Yan Yasmin Yuki Yusuf Zainab Zhang Zoran""".split()

LAST = """Abbasi Abe Adeyemi Ahmadi Alvarez Andersson Antonov Arslan Bakr Baranov Becker Bianchi
Bondarenko Brandt Castillo Chaudhry Chen Cohen Costa Cruz Dahl Demir Diaz Dimitrov Dubois Eriksen
Farouk Fischer Fonseca Fujita Gallagher Garcia Gonzalez Gruber Haddad Hansen Hashemi Hernandez
Horvath Hosseini Ibrahimov Ivanova Jankowski Jensen Johansson Kaplan Karimi Kato Kaya Kim Kowalski
Kozlov Kuznetsov Larsen Lebedev Lee Lindqvist Lopez Madsen Mahmoud Makarov Marino Martinez Mendoza
Mikhailov Moreau Morozov Mueller Nakamura Navarro Nguyen Nielsen Novak Novikov Okafor Okonkwo
Olsen Ortiz Park Pavlenko Pereira Petrov Popescu Qureshi Rahimi Ramirez Rashid Reyes Romano Rossi
Saleh Santos Sato Schmidt Schneider Sokolov Soto Suzuki Takahashi Tanaka Tkachenko Torres Tran
Vasquez Volkov Wagner Wang Weber Wojcik Yamamoto Yilmaz Zaheer Zaitsev Zhou Zielinski Bakirov Chavez
Delacroix Esposito Ferrari Gutierrez Holm Iqbal Jovanovic Kovalenko Laine Markovic Nowak Oyelaran
Petrenko Quintero Rezaei Sandoval Tahir Usmanov Varga Walczak Xu Yadav Zubkov""".split()

PARTICLES = ["al-", "el-", "bin ", "van ", "de ", "von "]

ORG_ADJ = """Northern Southern Eastern Western Central Atlantic Pacific Baltic Arctic Caspian Sahel
Continental National Federal Allied United Strategic Advanced Integrated Global Regional Coastal
Highland Meridian Polar Crescent Silver Golden Iron Steel Granite Cobalt Titan Orion Aurora
Horizon Vanguard Sentinel Falcon Eagle Phoenix Condor Aegis Atlas Helix Nova Zenith Summit""".split()

ORG_NOUN = """Defense Aerospace Shipbuilding Munitions Systems Electronics Dynamics Energy Logistics
Security Research Maritime Armaments Optics Propulsion Avionics Rocketry Engineering Technologies
Materials Robotics Communications Cyber Intelligence Strategic Industrial""".split()

ORG_SUFFIX = """Corporation Industries Group Holdings Company Works Bureau Institute Consortium
Agency Directorate Authority Foundation Alliance Council Center Association Enterprise""".split()

ORG_FORMS = [
    "{adj} {noun} {suffix}",
    "{adj} {noun} and {noun2} {suffix}",
    "{adj} {adj2} {noun} {suffix}",
    "{surname} {noun} {suffix}",
    "{surname} and {surname2} {suffix}",
    "Ministry of {noun} and {noun2} of {state}",
    "{state} {noun} {suffix}",
    "{adj} Institute for {noun} Studies",
    "{adj} Front for the Liberation of {place}",
    "{adj} Brigade of {place}",
]

ORG_TYPES = ["company"] * 6 + ["government agency"] * 2 + ["armed group", "media", "other"]

WEAPON_WORDS = """Falcon Hawk Viper Cobra Thunder Storm Arrow Spear Lance Sabre Trident Harpoon
Javelin Kestrel Raven Jackal Lynx Puma Bison Mamba Typhoon Cyclone Tempest Bolt Comet Meteor
Shield Bastion Dagger Scimitar Hammer Anvil Sting Talon Wolf Fox Bear Tiger Griffin Hydra""".split()

WEAPON_KINDS = [
    ("drone", "loitering munition"),
    ("drone", "attack drone"),
    ("drone", "reconnaissance drone"),
    ("ballistic missile", "ballistic missile"),
    ("cruise missile", "cruise missile"),
    ("air defense", "air defense system"),
    ("armor", "main battle tank"),
    ("armor", "infantry fighting vehicle"),
    ("artillery", "self-propelled howitzer"),
    ("artillery", "multiple rocket launcher"),
    ("aircraft", "fighter jet"),
    ("naval", "frigate"),
    ("small arms", "assault rifle"),
    ("electronic warfare", "jamming system"),
]


def slug(s):
    s = fold(s)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def acronym(name):
    words = [w for w in re.split(r"[ \-]+", name) if w and w[0].isalpha()]
    return "".join(w[0] for w in words if w[0].isupper() and w not in ("Ministry",))


def write_gazetteer(args):
    rng = random.Random(args.seed)
    src, out = Path(args.gazetteer), Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for entry in sorted(src.iterdir()):
        if entry.is_file() and entry.suffix in (".csv", ".txt", ".md"):
            shutil.copyfile(entry, out / entry.name)
    rows = read_gazetteer(src)
    keys = set()
    for _, row in rows:
        for a in alias_keys(row):
            k = fold(a)
            if k:
                keys.add(k)
    shipped = len(keys)
    if args.aliases <= shipped:
        print(f"gen_corpus: the shipped gazetteer already has {shipped} aliases", file=sys.stderr)
        return
    states = sorted(row["id"] for kind, row in rows if kind == "state")
    state_names = [row["name"] for kind, row in rows if kind == "state" and len(row["name"]) < 16]
    state_names.sort()
    places = sorted({n.split()[-1] for n in state_names} | {"the North", "the Delta", "the Valley"})
    ids = {row["id"] for _, row in rows}
    need = args.aliases - shipped
    # Acronyms that spell a word of the seed texts ("ACT", "CAN") would match ordinary words in a
    # case-blind scan; real gazetteers avoid them, so do we.
    words = set()
    for path in sorted(Path(args.seeds).glob("*.txt")):
        words.update(re.findall(r"[a-z0-9]+", path.read_text(encoding="utf-8", errors="replace").lower()))

    def claim(*texts):
        """Reserves the keys of a new entity's texts; all or nothing."""
        ks = [fold(t) for t in texts]
        if any(not k or k in keys for k in ks) or len(set(ks)) != len(ks):
            return False
        keys.update(ks)
        return True

    def fresh_id(prefix, text):
        base = f"{prefix}syn-{slug(text)}"
        new, i = base, 2
        while new in ids:
            new, i = f"{base}-{i}", i + 1
        ids.add(new)
        return new

    people, orgs, weapons = [], [], []
    added = 0
    attempts = 0
    while added < need:
        attempts += 1
        if attempts > need * 50:
            sys.exit("gen_corpus: cannot find enough unique names; ask for fewer aliases")
        room = need - added
        roll = rng.random()
        if roll < 0.55:
            first, last = rng.choice(FIRST), rng.choice(LAST)
            middle = rng.choice(FIRST)
            if rng.random() < 0.15:
                last = rng.choice(PARTICLES) + last
            name = f"{first} {last}"
            texts = [name]
            if rng.random() < 0.5:
                texts.append(f"{first} {middle} {last}")
            if rng.random() < 0.3:
                texts.append(f"{first[0]}. {middle[0]}. {last}")
            if rng.random() < 0.25:
                variant = (
                    last.replace("ov", "off").replace("ch", "tch").replace("y", "i").replace("ei", "ey")
                )
                if variant != last:
                    texts.append(f"{first} {variant}")
            if rng.random() < 0.3 and len(texts) == 1:
                texts = [f"{first} {middle} {last}"]
            texts = texts[:room]
            if not claim(*texts):
                continue
            people.append(
                {
                    "id": fresh_id("person:", texts[0]),
                    "name": texts[0],
                    "aliases": "|".join(texts[1:]),
                    "state": rng.choice(states),
                    "role": rng.choice(
                        ["minister", "general", "spokesperson", "commander", "envoy", "analyst"]
                    ),
                }
            )
        elif roll < 0.9:
            form = rng.choice(ORG_FORMS)
            noun, noun2 = rng.sample(ORG_NOUN, 2)
            adj, adj2 = rng.sample(ORG_ADJ, 2)
            surname, surname2 = rng.sample(LAST, 2)
            name = form.format(
                adj=adj,
                adj2=adj2,
                noun=noun,
                noun2=noun2,
                suffix=rng.choice(ORG_SUFFIX),
                surname=surname,
                surname2=surname2,
                state=rng.choice(state_names),
                place=rng.choice(places),
            )
            texts = [name]
            short = acronym(name)
            if len(short) >= 3 and short.lower() not in words and rng.random() < 0.7:
                texts.append(short)
            if rng.random() < 0.2 and " and " in name:
                texts.append(name.replace(" and ", " & "))
            texts = texts[:room]
            if not claim(*texts):
                if len(texts) > 1 and claim(texts[0]):
                    texts = texts[:1]
                else:
                    continue
            kind = "armed group" if "Front" in name or "Brigade" in name else rng.choice(ORG_TYPES)
            if name.startswith("Ministry"):
                kind = "government agency"
            orgs.append(
                {
                    "id": fresh_id("org:", texts[0]),
                    "name": texts[0],
                    "aliases": "|".join(texts[1:]),
                    "type": kind,
                    "state": "" if kind == "armed group" else rng.choice(states),
                    "parent": "",
                }
            )
        else:
            category, noun = rng.choice(WEAPON_KINDS)
            word = rng.choice(WEAPON_WORDS)
            number = rng.randint(2, 999)
            letters = "".join(rng.choice("ABCDEFGHKLMNPRSTVXZ") for _ in range(rng.randint(2, 3)))
            name = f"{word}-{number} {noun}"
            texts = [name, f"{word}-{number}"]
            designation = f"{letters}-{number}{rng.choice(['', 'M', 'K', 'E', 'M2'])}"
            texts.append(designation)
            texts = texts[:room]
            if not claim(*texts):
                continue
            weapons.append(
                {
                    "id": fresh_id("weapon:", texts[0]),
                    "name": texts[0],
                    "aliases": "|".join(texts[1:2]),
                    "category": category,
                    "designations": "|".join(texts[2:]),
                    "origin": rng.choice(states),
                }
            )
        added += len(texts)

    for file, new_rows in (
        ("people.csv", people),
        ("organizations.csv", orgs),
        ("weapons.csv", weapons),
    ):
        path = out / file
        with open(path, newline="", encoding="utf-8") as f:
            header = next(csv.reader(f))
        with open(path, "rb+") as f:  # make sure the copy ends with a newline before appending
            f.seek(0, os.SEEK_END)
            if f.tell() > 0:
                f.seek(-1, os.SEEK_END)
                if f.read(1) != b"\n":
                    f.write(b"\n")
        with open(path, "a", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            for row in new_rows:
                w.writerow([row.get(h, "") for h in header])
    print(
        f"gen_corpus: {shipped} shipped + {added} generated = {shipped + added} aliases "
        f"({len(people)} people, {len(orgs)} organisations, {len(weapons)} weapons added) -> {out}",
        file=sys.stderr,
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    c = sub.add_parser("corpus", help="news-like JSON Lines corpus")
    c.add_argument("--mb", type=float, default=100, help="size in MB (10^6 bytes), default 100")
    c.add_argument("--out", required=True, help="output .jsonl file, or - for standard output")
    c.add_argument("--seeds", default=str(ROOT / "seeds"), help="folder of seed .txt articles")
    c.add_argument(
        "--gazetteer", default=str(ROOT / "gazetteer"), help="gazetteer folder names are drawn from"
    )
    c.add_argument("--seed", type=int, default=6, help="random seed")
    g = sub.add_parser("gazetteer", help="large synthetic gazetteer folder")
    g.add_argument("--aliases", type=int, default=100_000, help="total alias keys, default 100000")
    g.add_argument("--out", required=True, help="output folder")
    g.add_argument("--gazetteer", default=str(ROOT / "gazetteer"), help="gazetteer folder to extend")
    g.add_argument("--seeds", default=str(ROOT / "seeds"), help="seed texts (acronyms avoid their words)")
    g.add_argument("--seed", type=int, default=6, help="random seed")
    args = parser.parse_args()
    if args.command == "corpus":
        write_corpus(args)
    else:
        write_gazetteer(args)


if __name__ == "__main__":
    main()
