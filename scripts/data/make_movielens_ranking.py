#!/usr/bin/env python3
"""Turn MovieLens ratings into a learning-to-rank file (SVMlight format with qid).

Input: the project's shared copy of MovieLens "ml-latest-small" (older release: 100,004
ratings, 671 users, 9,066 movies) as converted from R's dslabs::movielens, a CSV with columns
movieId,title,year,genres,userId,rating,timestamp. Data (c) GroupLens, research use only; cite
F. Maxwell Harper and Joseph A. Konstan (2015), The MovieLens Datasets: History and Context,
ACM Transactions on Interactive Intelligent Systems 5(4):19.

Output: one line per (user, movie) rating,

    <grade> qid:<userId> <index>:<value> ...  # nothing after the features

a query per user, so a ranker learns to order each user's rated movies by that user's rating.

Label: grade = ceil(rating) - 1 in 0..4 (half-star pairs merged: 0.5-1 -> 0, 1.5-2 -> 1,
2.5-3 -> 2, 3.5-4 -> 3, 4.5-5 -> 4), the 0..4 scale of LETOR / MSLR-WEB.

Features (1-based index; none uses the row's own rating, so nothing leaks the target):
  1  movie_mean_loo     the movie's mean rating by the OTHER users, damped toward the mean of all
                        other ratings with 5 pseudo-ratings: (S_m - r + 5 mu) / (n_m - 1 + 5),
                        mu = (S - r) / (N - 1) (leave-one-out: the row's rating r is taken out)
  2  movie_count_loo    ln(1 + n_m - 1): how many OTHER users rated the movie
  3  year               (release year - 2000) / 10, 0 when unknown
  4  year_missing       1 when the release year is unknown
  5  user_genre_affinity  how much more the user liked their OTHER movies sharing a genre with
                        this one than their OTHER movies overall, damped with 3 pseudo-ratings:
                        (sum_g (S_ug - r) - c mu_u) / (c + 3), c = sum_g (n_ug - 1) over the
                        movie's genres g, mu_u = (S_u - r) / (n_u - 1); 0 for no genres
  6.. genre indicators, in the order of GENRES below (multi-hot)

Users with at least MIN_RATINGS ratings are kept (all of them in this release); a user with more
than CAP ratings keeps CAP of them drawn uniformly without replacement (random.Random(SEED)),
after the statistics above were computed on all ratings. Rows are ordered by user, then movieId,
never by rating (metrics break score ties by row order). The gzip stream has mtime 0 and no file
name, so the output is byte-for-byte reproducible; its sha256 is printed.

Usage: python3 scripts/data/make_movielens_ranking.py [INPUT.csv.gz] [OUTPUT.svm.gz]
Standard library only.
"""

import csv
import gzip
import hashlib
import io
import math
import random
import sys
from collections import defaultdict

INPUT = "/work/shared/datasets/converted/dslabs-movielens.csv.gz"
OUTPUT = "datasets/movielens-ranking.svm.gz"
MIN_RATINGS = 20
CAP = 200
SEED = 20150101
MOVIE_PRIOR = 5.0
AFFINITY_PRIOR = 3.0
GENRES = ["Action", "Adventure", "Animation", "Children", "Comedy", "Crime", "Documentary", "Drama",
          "Fantasy", "Film-Noir", "Horror", "IMAX", "Musical", "Mystery", "Romance", "Sci-Fi",
          "Thriller", "War", "Western", "(no genres listed)"]
DENSE = ["movie_mean_loo", "movie_count_loo", "year", "year_missing", "user_genre_affinity"]


def read(path):
    with gzip.open(path, "rt", encoding="utf-8", newline="") as f:
        out = []
        for r in csv.DictReader(f):
            genres = r["genres"].split("|") if r["genres"] else []
            year = None if r["year"] in ("", "NA") else int(r["year"])
            out.append((int(r["userId"]), int(r["movieId"]), float(r["rating"]), year, genres))
        return out


def grade(rating):
    return math.ceil(rating) - 1


def fmt(v):
    s = "%.4f" % v
    s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else INPUT
    dst = sys.argv[2] if len(sys.argv) > 2 else OUTPUT
    ratings = read(src)
    unknown = {g for *_, gs in ratings for g in gs} - set(GENRES)
    if unknown:
        sys.exit("unknown genres: %s" % sorted(unknown))

    total, count = 0.0, len(ratings)
    movie_sum, movie_n = defaultdict(float), defaultdict(int)
    user_sum, user_n = defaultdict(float), defaultdict(int)
    user_genre_sum, user_genre_n = defaultdict(float), defaultdict(int)
    for u, m, r, _, gs in ratings:
        total += r
        movie_sum[m] += r
        movie_n[m] += 1
        user_sum[u] += r
        user_n[u] += 1
        for g in gs:
            user_genre_sum[u, g] += r
            user_genre_n[u, g] += 1

    by_user = defaultdict(list)
    for row in ratings:
        if user_n[row[0]] >= MIN_RATINGS:
            by_user[row[0]].append(row)
    rng = random.Random(SEED)
    lines = []
    grades = [0] * 5
    for u in sorted(by_user):
        rows = sorted(by_user[u], key=lambda t: t[1])
        if len(rows) > CAP:
            rows = sorted(rng.sample(rows, CAP), key=lambda t: t[1])
        for _, m, r, year, gs in rows:
            mu = (total - r) / (count - 1)
            movie_mean = (movie_sum[m] - r + MOVIE_PRIOR * mu) / (movie_n[m] - 1 + MOVIE_PRIOR)
            user_mean = (user_sum[u] - r) / (user_n[u] - 1)
            s = sum(user_genre_sum[u, g] - r for g in gs)
            c = sum(user_genre_n[u, g] - 1 for g in gs)
            affinity = (s - c * user_mean) / (c + AFFINITY_PRIOR) if gs else 0.0
            values = [movie_mean, math.log(movie_n[m]), 0.0 if year is None else (year - 2000) / 10.0,
                      1.0 if year is None else 0.0, affinity]
            values += [1.0 if g in gs else 0.0 for g in GENRES]
            feats = " ".join("%d:%s" % (i + 1, fmt(v)) for i, v in enumerate(values) if fmt(v) != "0")
            y = grade(r)
            grades[y] += 1
            lines.append("%d qid:%d %s\n" % (y, u, feats))

    header = ["# MovieLens ml-latest-small (GroupLens; research use; cite Harper & Konstan 2015, ACM TiiS 5(4):19)\n",
              "# made by scripts/data/make_movielens_ranking.py; label ceil(rating)-1; qid userId\n",
              "# features: " + " ".join("%d:%s" % (i + 1, n) for i, n in enumerate(DENSE + ["genre:" + g for g in GENRES])) + "\n"]
    raw = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as z:
        z.write("".join(header + lines).encode("utf-8"))
    data = raw.getvalue()
    with open(dst, "wb") as f:
        f.write(data)
    print("%s: %d rows, %d queries, %d features, grades 0..4 %s, %d bytes, sha256 %s"
          % (dst, len(lines), len(by_user), len(DENSE) + len(GENRES), grades, len(data), hashlib.sha256(data).hexdigest()))


if __name__ == "__main__":
    main()
