#!/usr/bin/env python3
"""Writes samples/messy_customers.csv: a deliberately messy customer export (fixed seed, all people fictitious)
that shows off the import report. Run from the repository root: python3 tools/make_messy_customers.py"""
import random

rnd = random.Random(20241125)
first = ["Anna", "Ben", "Clara", "David", "Elif", "Finn", "Greta", "Hugo", "Ines", "Jonas", "Karla", "Luca", "Mia",
         "Noah", "Olga", "Paul", "Rosa", "Sven", "Tara", "Umut", "Vera", "Wim", "Yara", "Zoe"]
last = ["Schmidt", "Müller", "Dubois", "García", "Rossi", "Nowak", "Jansen", "Öztürk", "Lindqvist", "Moreau",
        "Fischer", "Keller", "Svensson", "Horvat", "Costa"]
cities = ["Berlin", "München", "Köln", "Hamburg", "Wien", "Zürich", "Lyon", "Porto", "Gdańsk", "Utrecht"]
plans = ["Free", "Basic", "Plus", "Pro"]
tiers = ["Gold", "Silver", "Bronze"]
notes = ["called about invoice", "prefers e-mail", "moved; new address pending", "VIP", "asked for discount",
         "", "", "", "happy customer", "complained about delivery"]
formula_notes = ["=HYPERLINK(\"http://example.com/win\";\"Click\")", "@sales please follow up", "-- no contact --",
                 "+1 upgrade next month"]
header = ["customer_id", "name", "email", "phone", "signup_date", "city", "plan", "monthly_spend", "visits", "",
          "email", "newsletter", "notes"]
rows = []
for i in range(1, 301):
    fn, ln = rnd.choice(first), rnd.choice(last)
    email = f"{fn.lower()}.{ln.lower().replace('ü', 'ue').replace('ö', 'oe').replace('í', 'i')}{i}@example.com"
    work = f"{fn[0].lower()}{ln.lower()[:5].replace('ü', 'u').replace('ö', 'o')}{i}@work.example.org" if rnd.random() < 0.7 else "NA"
    phone = f"+49 {rnd.randint(30, 89)} {rnd.randint(1000000, 9999999)}"
    d, m, y = rnd.randint(1, 28), rnd.randint(1, 12), rnd.randint(2018, 2024)
    spend = f"{rnd.randint(0, 199)},{rnd.randint(0, 99):02d}"
    r = rnd.random()
    if r < 0.03: spend = "NA"
    elif r < 0.05: spend = "?"
    elif r < 0.06: spend = "-"
    visits = str(rnd.randint(0, 60))
    note = rnd.choice(notes)
    if i in (17, 88, 203): visits = {17: "twelve", 88: "n.a.", 203: "5+"}[i]
    if i in (40, 120, 160, 250): note = formula_notes[[40, 120, 160, 250].index(i)]
    if ";" in note or "\"" in note: note = '"' + note.replace('"', '""') + '"'
    row = [f"C-{10000 + i}", f"{fn} {ln}", email, phone, f"{d:02d}/{m:02d}/{y}", rnd.choice(cities), rnd.choice(plans),
           spend, visits, rnd.choice(tiers), work, rnd.choice(["1", "0"]), note]
    if i == 150: row = row[:11]  # a ragged row: the last two fields are missing
    rows.append(";".join(row))
with open("samples/messy_customers.csv", "w", encoding="utf-8-sig", newline="") as f:
    f.write(";".join(header) + "\r\n")
    for r in rows:
        f.write(r + "\r\n")
