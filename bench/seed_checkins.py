#!/usr/bin/env python3
"""Fills a migrated SQLite database with check-ins for bench/report.sh.

Usage: bench/seed_checkins.py DBPATH [--classes 1000] [--pupils 30] [--seed 1]

One teacher; classes spread over the three tiers and the two countries, each
with 2 to 4 of its tier's modules assigned; per class the three occasions
(before about six weeks ago, after about five weeks ago, later about one week
ago), answered by every pupil before and after and by about 90 % later, with
random but plausible scores that improve after the modules. The same seed gives
the same answers (the dates follow today's). Standard library only; one
transaction, so 1,000 classes of 30 (17 answer rows a pupil an occasion, about
1.5 million) take about ten seconds.
"""

import argparse
import os
import random
import sqlite3
import sys
import time

TIERS = ("8-10", "11-13", "14-17")
COUNTRIES = ("fr", "gb")
# The modules each tier's check-in measures (content/checkins/*.md).
MODULES = {
    "8-10": ("my-information", "behind-the-screen", "my-body-my-pictures", "things-that-upset-you"),
    "11-13": ("how-manipulation-works", "intimate-pictures", "blackmail-with-pictures",
              "being-a-witness", "fake-pictures-unwanted-nudes"),
    "14-17": ("sexting-consent-pressure", "the-law-and-asking-for-help", "sextortion-first-hour",
              "fakes-livestreams-friends", "relationships-control-porn"),
}
# Content versions: most classes on the current one, some on the one before.
VERSIONS = {
    "8-10": ("2026-12-06.1a2b3c4d", "2026-11-20.9e8f7a6b"),
    "11-13": ("2026-12-06.5c6d7e8f", "2026-11-20.0a1b2c3d"),
    "14-17": ("2026-12-06.4e5f6a7b", "2026-11-20.8c9d0e1f"),
}
CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
DAY = 86_400

# Knowledge items: four options, one right; recognition items: three or four.
KNOWLEDGE_A = [(f"ka-{i}", 4) for i in range(1, 8)]
KNOWLEDGE_B = [(f"kb-{i}", 4) for i in range(1, 8)]
RECOGNITION = [("r-1", 3), ("r-2", 3), ("r-3", 4), ("r-4", 3)]
CONFIDENCE = [f"c-{i}" for i in range(1, 5)]
# h-who: options 0-3 are protective (a parent, school, a helpline, the report
# button), 4-5 are not (keep it to myself, tell only the sender).
HELP_PROTECTIVE = 4
HELP_OPTIONS = 6


def clamp(x, lo, hi):
    return lo if x < lo else hi if x > hi else x


def scale_point(rng, mean):
    """A point 1-4 around `mean`."""
    return clamp(int(round(rng.gauss(mean, 0.8))), 1, 4)


def pupil_answers(rng, occasion_id, respondent, occasion, ability, right):
    """One pupil's 24 rows for an occasion, sorted by item id (the key's order)."""
    gain = {"before": 0.0, "after": 1.0, "later": 0.7}[occasion]
    rows = []
    p_right = clamp(0.55 + 0.12 * ability + 0.22 * gain, 0.05, 0.97)
    knowledge = KNOWLEDGE_B if occasion == "after" else KNOWLEDGE_A
    part = "knowledge-b" if occasion == "after" else "knowledge-a"
    for items, part_name, p in ((knowledge, part, p_right),
                                (RECOGNITION, "recognition", clamp(p_right + 0.05, 0.05, 0.98))):
        for item, options in items:
            good = right[item]
            if rng.random() < p:
                rows.append((occasion_id, respondent, part_name, item, str(good), 1, 1))
            else:
                wrong = rng.randrange(options - 1)
                wrong += wrong >= good
                rows.append((occasion_id, respondent, part_name, item, str(wrong), 0, 1))
    confidence_mean = 2.4 + 0.3 * ability + 0.6 * gain
    for item in CONFIDENCE:
        point = scale_point(rng, confidence_mean)
        rows.append((occasion_id, respondent, "confidence", item, str(point), point, 4))
    p_protective = clamp(0.45 + 0.1 * ability + 0.2 * gain, 0.05, 0.95)
    ticked = [i for i in range(HELP_PROTECTIVE) if rng.random() < p_protective]
    ticked += [i for i in range(HELP_PROTECTIVE, HELP_OPTIONS) if rng.random() < 0.15 - 0.07 * gain]
    if not ticked:
        ticked = [HELP_PROTECTIVE]
    score = sum(1 for i in ticked if i < HELP_PROTECTIVE)
    rows.append((occasion_id, respondent, "help", "h-who", ",".join(map(str, ticked)), score, 4))
    point = scale_point(rng, 1.8 - 0.2 * gain)
    rows.append((occasion_id, respondent, "worry", "w-now", str(point), point, 4))
    rows.sort(key=lambda row: row[3])
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", metavar="DBPATH", help="an SQLite file already migrated by `lanterne migrate`")
    parser.add_argument("--classes", type=int, default=1000)
    parser.add_argument("--pupils", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if not os.path.isfile(args.db):
        sys.exit(f"seed_checkins: no database at {args.db} (run `lanterne migrate` first)")
    if args.classes < 1 or args.pupils < 1:
        sys.exit("seed_checkins: --classes and --pupils must be at least 1")

    started = time.monotonic()
    rng = random.Random(args.seed)
    hex_id = lambda bits: f"{rng.getrandbits(bits):0{bits // 4}x}"
    now = int(time.time())
    # The right option of each scored item, fixed for the whole run.
    right = {item: rng.randrange(options) for item, options in KNOWLEDGE_A + KNOWLEDGE_B + RECOGNITION}

    db = sqlite3.connect(args.db, isolation_level=None)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA cache_size = -262144")  # 256 MiB: the key index stays in memory
    db.execute("PRAGMA temp_store = MEMORY")
    # One big transaction: a rollback journal is cheaper than WAL for it.
    journal = db.execute("PRAGMA journal_mode").fetchone()[0]
    db.execute("PRAGMA journal_mode = TRUNCATE")
    db.execute("BEGIN")

    teacher = hex_id(128)
    db.execute(
        "INSERT INTO teachers (id, email, password_hash, created_at) VALUES (?, ?, ?, ?)",
        (teacher, f"bench-{teacher[:8]}@example.org", "bench:not-a-password-hash", now - 120 * DAY),
    )

    classes, assignments, occasions = [], [], []
    codes = set()
    for n in range(args.classes):
        tier = TIERS[n % 3]
        country = COUNTRIES[(n // 3) % 2]
        class_id = hex_id(128)
        code = "".join(rng.choice(CODE_ALPHABET) for _ in range(6))
        while code in codes:
            code = "".join(rng.choice(CODE_ALPHABET) for _ in range(6))
        codes.add(code)
        year_end = "2027-07-04" if country == "fr" else "2027-07-21"
        created = now - rng.randint(70, 100) * DAY
        classes.append((class_id, teacher, f"Class {n + 1:04d}", tier, country, year_end, code, 1, 0, created))
        for module in rng.sample(MODULES[tier], rng.randint(2, 4)):
            due = time.strftime("%Y-%m-%d", time.gmtime(now - rng.randint(30, 40) * DAY))
            assignments.append((class_id, module, due if rng.random() < 0.7 else None, created + rng.randint(1, 5) * DAY))
        version = VERSIONS[tier][0] if rng.random() < 0.8 else VERSIONS[tier][1]
        shift = rng.randint(0, 4) * DAY + rng.randint(0, 8 * 3600)
        opened = {"before": now - 42 * DAY - shift, "after": now - 35 * DAY - shift, "later": now - 7 * DAY - shift}
        for occasion, at in opened.items():
            closed = at + rng.randint(1, 3) * 3600
            occasions.append((hex_id(128), class_id, occasion, version, at, closed))

    db.executemany("INSERT INTO classes (id, teacher_id, name, tier, country, year_end, code, is_open, archived, created_at) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", classes)
    db.executemany("INSERT INTO assignments (class_id, module_id, due_date, assigned_at) VALUES (?, ?, ?, ?)", assignments)
    db.executemany("INSERT INTO checkin_occasions (id, class_id, occasion, content_version, opened_at, closed_at) "
                   "VALUES (?, ?, ?, ?, ?, ?)", occasions)

    # Each pupil: a respondent key shared by their occasions and an ability.
    pupils = {class_id: [(hex_id(256), rng.gauss(0, 1)) for _ in range(args.pupils)] for class_id, *_ in classes}

    def answers():
        # Occasions in id order and pupils in key order: rows arrive in the
        # primary key's order, so the index is appended to, not shuffled.
        for occasion_id, class_id, occasion, *_ in sorted(occasions):
            for respondent, ability in sorted(pupils[class_id]):
                if occasion == "later" and rng.random() >= 0.9:
                    continue
                yield from pupil_answers(rng, occasion_id, respondent, occasion, ability, right)

    cursor = db.executemany("INSERT INTO checkin_answers (occasion_id, respondent, part, item_id, answer, score, max_score) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)", answers())
    answer_rows = cursor.rowcount
    db.execute("COMMIT")
    # Back to the mode lanterne set (WAL); no ANALYZE, as an instance has none.
    db.execute(f"PRAGMA journal_mode = {journal}")
    db.close()
    took = time.monotonic() - started
    print(f"seeded {len(classes)} classes, {len(assignments)} assignments, {len(occasions)} occasions, "
          f"{answer_rows} answer rows in {took:.1f} s")


if __name__ == "__main__":
    main()
