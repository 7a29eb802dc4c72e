#!/usr/bin/env python3
"""Builds avid-posts.jsonl from the marked-up posts in source/*.txt (set a, the default)
or avid-posts-b.jsonl from source-b/*.txt (--set b, the second, held-out set), or
avid-posts-c.jsonl from source-c/*.txt (--set c, the third, held-out set), or
avid-posts-d.jsonl from source-d/*.txt (--set d, the fourth, a development set), or
avid-posts-e.jsonl from source-e/*.txt (--set e, the fifth, a development set), or
avid-posts-f.jsonl from source-f/*.txt (--set f, the sixth, held out), or
avid-posts-g.jsonl from source-g/*.txt (--set g, the seventh, a development set), or
avid-posts-h.jsonl from source-h/*.txt (--set h, the eighth, held out), or
avid-posts-i.jsonl from source-i/*.txt (--set i, the ninth, a development set), or
avid-posts-j.jsonl from source-j/*.txt (--set j, the tenth, a development set), or
avid-posts-k.jsonl from source-k/*.txt (--set k, the eleventh, a development set), or
avid-posts-l.jsonl from source-l/*.txt (--set l, the twelfth, a development set), or
avid-posts-m.jsonl from source-m/*.txt (--set m, the thirteenth, a development set), or
avid-posts-n.jsonl from source-n/*.txt (--set n, the fourteenth, a development set), or
avid-posts-o.jsonl from source-o/*.txt (--set o, the fifteenth, a development set), or
avid-posts-p.jsonl from source-p/*.txt (--set p, the sixteenth, a development set), or
avid-posts-q.jsonl from source-q/*.txt (--set q, the seventeenth, a development set), or
avid-posts-r.jsonl from source-r/*.txt (--set r, the eighteenth, a development set), or
avid-posts-s.jsonl from source-s/*.txt (--set s, the nineteenth, a development set), or
avid-posts-t.jsonl from source-t/*.txt (--set t, the twentieth, measured fresh, then development), or
avid-posts-u.jsonl from source-u/*.txt (--set u, the twenty-first, measured fresh, then development), or
avid-posts-v.jsonl from source-v/*.txt (--set v, the twenty-second, measured fresh, then development), or
avid-posts-w.jsonl from source-w/*.txt (--set w, the twenty-third, measured fresh, then development), or
avid-posts-x.jsonl from source-x/*.txt (--set x, the twenty-fourth, measured fresh, then development), or
avid-posts-y.jsonl from source-y/*.txt (--set y, the twenty-fifth, measured fresh, then development), or
avid-posts-z.jsonl from source-z/*.txt (--set z, the twenty-sixth, measured fresh, then development), or
avid-posts-aa.jsonl from source-aa/*.txt (--set aa, the twenty-seventh, measured fresh, then development), or
avid-posts-ab.jsonl from source-ab/*.txt (--set ab, the twenty-eighth, measured fresh, then development), or
avid-posts-ac.jsonl from source-ac/*.txt (--set ac, the twenty-ninth, measured fresh, then development), or
avid-posts-ad.jsonl from source-ad/*.txt (--set ad, the thirtieth, measured fresh, then development), or
avid-posts-ae.jsonl from source-ae/*.txt (--set ae, the thirty-first, measured fresh, then development), or
avid-posts-af.jsonl from source-af/*.txt (--set af, the thirty-second, measured fresh at session 35's start, development since session 36), or
avid-posts-ag.jsonl from source-ag/*.txt (--set ag, the thirty-third, measured fresh at session 36's start, development since session 37), or
avid-posts-ah.jsonl from source-ah/*.txt (--set ah, the thirty-fourth, measured fresh at session 37's start, development since session 38), or
avid-posts-ai.jsonl from source-ai/*.txt (--set ai, the thirty-fifth, measured fresh at session 38's start, development since session 39), or
avid-posts-aj.jsonl from source-aj/*.txt (--set aj, the thirty-sixth, measured fresh, not yet read).

Markup: posts are separated by a line holding only '---'.
  [TYPE|text]  an entity span; TYPE is one of SPAN_TYPES' keys.
  {what|text}  a keep item; what is one of KEEP_WHATS' keys.
In a PNR/SAM span a '#' stands for the check digit, computed here (Luhn), so
invented numbers are valid; PNRX is a personnummer with a wrong check digit on
purpose (checked to be wrong).

Usage: python3 build_posts.py [--set a|b|c|d|e|f|g|h|i|j|k|l|m|n|o|p|q|r|s|t|u|v|w|x|y|z|aa|ab|ac|ad|ae|af|ag|ah|ai] [--check]   (--check: validate and print counts only)
After writing, the file is read back and every span and keep item is checked against the
marked-up text it came from.
"""
import json
import pathlib
import re
import sys
from collections import Counter

HERE = pathlib.Path(__file__).resolve().parent
# Each set: its sources and the JSON lines built from them.
SETS = {"a": ("source", "avid-posts.jsonl"), "b": ("source-b", "avid-posts-b.jsonl"),
        "c": ("source-c", "avid-posts-c.jsonl"), "d": ("source-d", "avid-posts-d.jsonl"),
        "e": ("source-e", "avid-posts-e.jsonl"), "f": ("source-f", "avid-posts-f.jsonl"),
        "g": ("source-g", "avid-posts-g.jsonl"),
        "h": ("source-h", "avid-posts-h.jsonl"), "i": ("source-i", "avid-posts-i.jsonl"),
        "j": ("source-j", "avid-posts-j.jsonl"), "k": ("source-k", "avid-posts-k.jsonl"),
        "l": ("source-l", "avid-posts-l.jsonl"),
        "m": ("source-m", "avid-posts-m.jsonl"),
        "n": ("source-n", "avid-posts-n.jsonl"),
        "o": ("source-o", "avid-posts-o.jsonl"),
        "p": ("source-p", "avid-posts-p.jsonl"),
        "q": ("source-q", "avid-posts-q.jsonl"),
        "r": ("source-r", "avid-posts-r.jsonl"), "s": ("source-s", "avid-posts-s.jsonl"),
        "t": ("source-t", "avid-posts-t.jsonl"), "u": ("source-u", "avid-posts-u.jsonl"),
        "v": ("source-v", "avid-posts-v.jsonl"), "w": ("source-w", "avid-posts-w.jsonl"),
        "x": ("source-x", "avid-posts-x.jsonl"),
        "y": ("source-y", "avid-posts-y.jsonl"), "z": ("source-z", "avid-posts-z.jsonl"),
        "aa": ("source-aa", "avid-posts-aa.jsonl"),
        "ab": ("source-ab", "avid-posts-ab.jsonl"),
        "ac": ("source-ac", "avid-posts-ac.jsonl"),
        "ad": ("source-ad", "avid-posts-ad.jsonl"),
        "ae": ("source-ae", "avid-posts-ae.jsonl"),
        "af": ("source-af", "avid-posts-af.jsonl"),
        "ag": ("source-ag", "avid-posts-ag.jsonl"),
        "ah": ("source-ah", "avid-posts-ah.jsonl"),
        "ai": ("source-ai", "avid-posts-ai.jsonl"),
        "aj": ("source-aj", "avid-posts-aj.jsonl")}
SPAN_TYPES = {
    "N": "NAME", "P": "PLACE", "A": "ADDRESS", "PC": "POSTAL_CODE",
    "PNR": "PERSONNUMMER", "PNRX": "PERSONNUMMER", "SAM": "SAMORDNINGSNUMMER",
    "TEL": "PHONE", "MAIL": "EMAIL", "URL": "URL", "BANK": "BANK_ACCOUNT",
    "REG": "VEHICLE_REGISTRATION",
}
KEEP_WHATS = {
    "w": "word", "ss": "sentence_start", "pb": "public_body", "b": "brand",
    "d": "date", "dx": "diagnosis", "amt": "amount", "med": "medicine",
    "c": "country", "lang": "language", "y": "year", "law": "law",
    "org": "organisation", "t": "time", "hl": "helpline", "web": "public_website",
    "nat": "nationality", "svc": "service", "age": "age",
}
MARK = re.compile(r"\[([A-Z]+)\|([^\]\[{}|]+)\]|\{([a-z]+)\|([^\]\[{}|]+)\}")


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def national_number(text, kind, where):
    digits = re.sub(r"\D", "", text.replace("#", "0"))
    if len(digits) == 12:
        digits = digits[2:]
    if len(digits) != 10:
        raise SystemExit(f"{where}: {kind} needs 10 or 12 digits: {text}")
    if "#" in text:
        text = text.replace("#", luhn_digit(digits[:9]))
        digits = digits[:9] + luhn_digit(digits[:9])
    month, day = int(digits[2:4]), int(digits[4:6])
    if kind == "SAM":
        day -= 60
    if not (1 <= month <= 12 and 1 <= day <= 31):
        raise SystemExit(f"{where}: {kind} is no date: {text}")
    valid = luhn_digit(digits[:9]) == digits[9]
    if valid == (kind == "PNRX"):
        raise SystemExit(f"{where}: {kind} check digit {'valid' if valid else 'wrong'}: {text}")
    return text


def parse(block, where):
    out, spans, keep, pos = [], [], [], 0
    for m in MARK.finditer(block):
        out.append(block[pos:m.start()])
        start = sum(len(s) for s in out)
        if m.group(1):
            kind, inner = m.group(1), m.group(2)
            if kind not in SPAN_TYPES:
                raise SystemExit(f"{where}: unknown span type {kind}")
            if kind in ("PNR", "PNRX", "SAM"):
                inner = national_number(inner, kind, where)
            elif "#" in inner:
                raise SystemExit(f"{where}: '#' outside a national number: {inner}")
            spans.append({"start": start, "end": start + len(inner), "type": SPAN_TYPES[kind],
                          "_text": inner})
        else:
            what, inner = m.group(3), m.group(4)
            if what not in KEEP_WHATS:
                raise SystemExit(f"{where}: unknown keep kind {what}")
            keep.append({"start": start, "end": start + len(inner), "what": KEEP_WHATS[what],
                         "_text": inner})
        if inner != inner.strip():
            raise SystemExit(f"{where}: blank at the edge of '{inner}'")
        out.append(inner)
        pos = m.end()
    out.append(block[pos:])
    text = "".join(out)
    if any(c in text for c in "[]{}|") or any(ord(c) > 0xFFFF for c in text):
        raise SystemExit(f"{where}: stray markup or non-BMP char: {text[:80]}")
    return text, spans, keep


def warn_unmarked_repeats(text, spans, where):
    """A name or place marked once but left bare elsewhere in the same post is usually a slip."""
    covered = [(s["start"], s["end"]) for s in spans]
    for s in spans:
        if s["type"] not in ("NAME", "PLACE"):
            continue
        for word in re.findall(r"\w{3,}", text[s["start"]:s["end"]]):
            for m in re.finditer(r"\b" + re.escape(word) + r"\b", text):
                if not any(a <= m.start() < b for a, b in covered):
                    print(f"warning {where}: '{word}' bare at {m.start()}", file=sys.stderr)


# Ordinary words that are also first names or surnames: keep items are exhaustive for these.
HOMOGRAPHS = set("""per bo klara max björn liv ask tor dag sten stig vilja saga fred ros sol lo
berg dal lind ek holm strand björk hans inga tom mina bror lina rosa maj alm asp gran lilja
viking ronja rut ville bro ring""".split())


# Pronouns and function words that are also names: marked as keep items wherever they stand bare.
FUNCTION_HOMOGRAPHS = {"hans", "inga", "mina", "tom", "bror"}


def mark_homographs(text, spans, keep, where):
    """Adds the bare function homographs to keep and warns of other bare homographs."""
    covered = [(s["start"], s["end"]) for s in spans] + [(k["start"], k["end"]) for k in keep]
    for m in re.finditer(r"\w+", text):
        if m.group().lower() not in HOMOGRAPHS or any(a <= m.start() < b for a, b in covered):
            continue
        if m.group() in FUNCTION_HOMOGRAPHS:
            keep.append({"start": m.start(), "end": m.end(), "what": "word", "_text": m.group()})
        else:
            print(f"warning {where}: homograph '{m.group()}' unmarked at {m.start()}", file=sys.stderr)
    keep.sort(key=lambda k: k["start"])


def public(items):
    """The items without the marked-up text kept for the read-back check."""
    return [{k: v for k, v in item.items() if k != "_text"} for item in items]


def check_written(path, posts):
    """Reads the file back: every offset must select the text it was marked on, spans must not overlap."""
    with open(path, encoding="utf-8") as f:
        lines = [json.loads(line) for line in f]
    if len(lines) != len(posts):
        raise SystemExit(f"{path.name}: {len(lines)} lines for {len(posts)} posts")
    for line, (text, spans, keep) in zip(lines, posts):
        where = f"{path.name} id {line['id']}"
        if line["text"] != text:
            raise SystemExit(f"{where}: text differs")
        utf16 = text.encode("utf-16-le")
        for got, want in zip(line["spans"] + line["keep"], spans + keep):
            piece = utf16[2 * got["start"]:2 * got["end"]].decode("utf-16-le")
            if piece != want["_text"] or piece != piece.strip() or not piece:
                raise SystemExit(f"{where}: offsets {got['start']}-{got['end']} select '{piece}'")
        ranges = sorted((s["start"], s["end"]) for s in line["spans"])
        ranges += sorted((k["start"], k["end"]) for k in line["keep"])
        for (a1, b1), (a2, b2) in zip(sorted(ranges), sorted(ranges)[1:]):
            if a2 < b1:
                raise SystemExit(f"{where}: overlapping items at {a1}-{b1} and {a2}-{b2}")
    print(f"{path.name}: offsets of {len(lines)} posts checked")


def main():
    name = sys.argv[sys.argv.index("--set") + 1] if "--set" in sys.argv else "a"
    if name not in SETS:
        raise SystemExit(f"unknown set {name}; one of {', '.join(SETS)}")
    source, target = SETS[name]
    posts = []
    for path in sorted((HERE / source).glob("*.txt")):
        blocks = re.split(r"^---\s*$", path.read_text(encoding="utf-8"), flags=re.M)
        for i, block in enumerate(blocks, 1):
            block = block.strip("\n")
            if not block.strip():
                continue
            where = f"{path.name} post {i}"
            text, spans, keep = parse(block, where)
            warn_unmarked_repeats(text, spans, where)
            mark_homographs(text, spans, keep, where)
            posts.append((text, spans, keep))
    types = Counter(s["type"] for _, spans, _ in posts for s in spans)
    whats = Counter(k["what"] for _, _, keep in posts for k in keep)
    print(f"{len(posts)} posts, {sum(types.values())} spans, {sum(whats.values())} keep items")
    print("spans:", ", ".join(f"{n} {t}" for t, n in types.most_common()))
    print("keep:", ", ".join(f"{n} {w}" for w, n in whats.most_common()))
    if "--check" in sys.argv:
        return
    with open(HERE / target, "w", encoding="utf-8") as f:
        for n, (text, spans, keep) in enumerate(posts, 1):
            f.write(json.dumps({"id": n, "text": text, "spans": public(spans), "keep": public(keep)},
                               ensure_ascii=False) + "\n")
    check_written(HERE / target, posts)


if __name__ == "__main__":
    main()
