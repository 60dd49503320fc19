#!/usr/bin/env python3
"""Replays a stored panel draw (专家抽取) without the service, for auditors (ADR 0011).

Usage: replay_panel_draw.py DRAW.json   (a PanelDraw as the GraphQL API returns it: candidates, seed, count,
                                         reservesRequested, panel, reserves)
   or: replay_panel_draw.py SEED COUNT RESERVES CANDIDATE...

Prints the replayed panel and reserves and, given a stored draw, whether they match it (exit 1 if not).
The algorithm is org.egov.itpm.policy.rules.PanelDraw: a partial Fisher-Yates shuffle of the sorted candidates
driven by SplitMix64, bounded values by rejection.
"""
import json
import sys

MASK = (1 << 64) - 1
MAX = (1 << 63) - 1


def draw(candidates, seed, count, reserves):
    state = seed & MASK
    deck = list(candidates)

    def next64():
        nonlocal state
        state = (state + 0x9E3779B97F4A7C15) & MASK
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def bounded(bound):
        limit = MAX - (MAX % bound)
        while True:
            r = next64() >> 1
            if r < limit:
                return r % bound

    k = min(len(deck), count + reserves)
    for i in range(k):
        j = i + bounded(len(deck) - i)
        deck[i], deck[j] = deck[j], deck[i]
    return deck[:count], deck[count:k]


def main(args):
    if len(args) == 1:
        stored = json.load(open(args[0]))
        panel, reserves = draw(stored["candidates"], int(stored["seed"]), stored["count"],
                               stored["reservesRequested"])
        matches = panel == stored["panel"] and reserves == stored["reserves"]
        print(json.dumps({"panel": panel, "reserves": reserves, "matches": matches}, ensure_ascii=False))
        return 0 if matches else 1
    seed, count, reserves, candidates = int(args[0]), int(args[1]), int(args[2]), sorted(args[3:])
    panel, spare = draw(candidates, seed, count, reserves)
    print(json.dumps({"panel": panel, "reserves": spare}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
