#!/usr/bin/env python3
"""Writes samples/transactions.csv: two years of purchases by about 2,000 fictitious customers (fixed seed), one row
per order, for RFM segmentation. The customers follow behaviours a marketer knows, so every RFM group has members:
loyal big spenders, steady regulars, big spenders who drifted away, customers who lapsed, one-off buyers and new
customers. Run from the repository root: python3 tools/make_transactions.py"""
import datetime
import math
import random

rnd = random.Random(20250101)
START = datetime.date(2024, 1, 1)
END = datetime.date(2025, 12, 31)
SPAN = (END - START).days
CHANNELS = ["web", "app", "store", "phone"]
CHANNEL_WEIGHTS = [0.45, 0.3, 0.2, 0.05]
COUNTRIES = ["DE", "FR", "NL", "AT", "ES", "IT", "BE", "PL"]
COUNTRY_WEIGHTS = [0.3, 0.18, 0.12, 0.1, 0.1, 0.1, 0.05, 0.05]

# behaviour: (share of customers, days between orders (mean), median order value, first day, last day) where the
# first/last day is a function giving the active window in days since START
BEHAVIOURS = [
    ("loyal big spender", 0.10, 14, 140.0, lambda: rnd.randint(0, 120), lambda: SPAN - rnd.randint(0, 10)),
    ("regular", 0.25, 40, 55.0, lambda: rnd.randint(0, 300), lambda: SPAN - rnd.randint(0, 60)),
    ("drifting big spender", 0.08, 16, 130.0, lambda: rnd.randint(0, 150), lambda: SPAN - rnd.randint(120, 260)),
    ("lapsed", 0.20, 45, 45.0, lambda: rnd.randint(0, 200), lambda: SPAN - rnd.randint(300, 520)),
    ("one-off", 0.22, None, 40.0, lambda: rnd.randint(0, SPAN - 90), None),
    ("new", 0.15, 20, 50.0, lambda: SPAN - rnd.randint(0, 60), lambda: SPAN),
]


def order_value(median):
    return round(max(2.5, rnd.lognormvariate(math.log(median), 0.55)), 2)


def main():
    customers = 2000
    rows = []
    ids = list(range(1, customers + 1))
    rnd.shuffle(ids)  # ids say nothing about behaviour
    cid = 0
    for name, share, gap, median, first, last in BEHAVIOURS:
        for _ in range(round(customers * share)):
            cid += 1
            country = rnd.choices(COUNTRIES, COUNTRY_WEIGHTS)[0]
            favourite = rnd.choices(CHANNELS, CHANNEL_WEIGHTS)[0]
            day = first()
            end = day if last is None else max(day, last())
            while True:
                channel = favourite if rnd.random() < 0.7 else rnd.choices(CHANNELS, CHANNEL_WEIGHTS)[0]
                rows.append((START + datetime.timedelta(days=day), f"C{ids[cid - 1]:05d}", order_value(median), channel, country))
                if gap is None:
                    break
                day += max(1, round(rnd.expovariate(1 / gap)))
                if day > end:
                    break
    rows.sort()
    with open("samples/transactions.csv", "w", newline="") as f:
        f.write("order_id,customer_id,order_date,amount,channel,country\r\n")
        for i, (date, customer, amount, channel, country) in enumerate(rows, 1):
            f.write(f"O{i:06d},{customer},{date.isoformat()},{amount:.2f},{channel},{country}\r\n")
    print(f"{len(rows)} orders by {cid} customers")


if __name__ == "__main__":
    main()
