#!/usr/bin/env python3
"""Writes N realistic lessons (the import format, README) as JSON arrays of CHUNK records, one file per chunk.

Usage: knowledge_gen.py N OUT_DIR [CHUNK]. Deterministic (seeded), Finnish and English, with analyses.
"""
import json
import random
import sys

CITIES = ["Tampere", "Helsinki", "Espoo", "Vantaa", "Turku", "Oulu", "Lahti", "Jyväskylä", "Kuopio", "Pori",
          "Äänekoski", "Järvenpää", "Seinäjoki", "Vaasa", "Joensuu", "Hämeenlinna", "Kouvola", "Rovaniemi"]
DOMAINS = ["MOBILITY", "HEALTH", "EDUCATION", "ENERGY", "BUILDINGS", "ICT", "BUSINESS_MODELS",
           "CITIZEN_ENGAGEMENT", "SAFETY", "ENVIRONMENT"]
THEMES = ["PEOPLE", "PLANET", "PROSPERITY", "GOVERNANCE", "PROPAGATION"]
STREAMS = ["FAMILY_WITH_CHILDREN", "WORKING_ADULT", "SENIOR_CITIZEN", "BUSINESS", "VISITOR", "URBAN_ENVIRONMENT",
           "SUSTAINABILITY", "CUSTOMER_EXPERIENCE"]
CATEGORIES = ["PEOPLE", "PROCESS", "TECHNOLOGY", "DATA", "GOVERNANCE", "FUNDING", "PARTNERS", "CITIZEN_ENGAGEMENT"]
EN = {
    "things": ["parking sensors", "a chatbot", "an events app", "parcel terminals", "remote care tablets", "e-scooters",
               "street lighting", "a digital twin", "noise sensors", "school laptops", "a feedback map", "city bikes",
               "waste sensors", "an open data API", "heat pumps", "a health kiosk", "talking robots", "an autonomous bus"],
    "places": ["the city centre", "a suburb", "three schools", "the main library", "a service centre", "the harbour",
               "a housing area", "the university campus"],
    "problems": ["nobody used it after the first month", "the data was incomplete", "the supplier missed the deadline",
                 "residents complained", "costs doubled", "the pilot could not be scaled", "staff were not trained",
                 "it failed in winter conditions"],
    "worked": ["a small team with a clear owner", "weekly user tests", "an open API", "paying testers for their time",
               "a ready contract template", "involving residents early"],
    "causes": ["no owner for maintenance", "training was cut", "requirements copied from a brochure",
               "data entered twice", "no winter testing", "budget missing staff time", "users heard of it too late",
               "contract fixed the wrong service level"],
}
FI = {
    "things": ["pysäköintianturit", "chatbot", "tapahtumasovellus", "pakettiautomaatit", "etähoidon tabletit",
               "sähköpotkulaudat", "katuvalaistus", "digitaalinen kaksonen", "melusensorit", "koulujen kannettavat",
               "palautekartta", "kaupunkipyörät", "jäteastioiden anturit", "avoin rajapinta", "lämpöpumput"],
    "places": ["keskustassa", "lähiössä", "kolmessa koulussa", "pääkirjastossa", "palvelukeskuksessa", "satamassa",
               "asuinalueella", "kampuksella"],
    "problems": ["kukaan ei käyttänyt sitä ensimmäisen kuukauden jälkeen", "data oli puutteellista",
                 "toimittaja myöhästyi", "asukkaat valittivat", "kustannukset kaksinkertaistuivat",
                 "kokeilua ei voitu laajentaa", "henkilöstöä ei koulutettu", "se ei toiminut talvella"],
    "worked": ["pieni tiimi ja selkeä omistaja", "viikoittaiset käyttäjätestit", "avoin rajapinta",
               "testaajille maksettiin ajasta", "valmis sopimusmalli", "asukkaat mukaan alusta asti"],
    "causes": ["ylläpidolle ei ollut omistajaa", "koulutuksesta säästettiin", "vaatimukset kopioitiin esitteestä",
               "tiedot syötettiin kahteen kertaan", "talvitestaus puuttui", "budjetista puuttui henkilöstön aika",
               "käyttäjät kuulivat kokeilusta liian myöhään"],
}


def lesson(i, rnd):
    fi = rnd.random() < 0.45
    words = FI if fi else EN
    thing, place, problem = rnd.choice(words["things"]), rnd.choice(words["places"]), rnd.choice(words["problems"])
    city = rnd.choice(CITIES)
    year = rnd.randint(2016, 2025)
    if fi:
        title = f"{thing.capitalize()} {place}: {problem}"
        happened = f"Kokeilimme {thing} {place}. Kolmen kuukauden jälkeen {problem}."
        rec = f"Suunnittele ylläpito ja käyttäjien ohjaus ennen kuin {thing} otetaan käyttöön."
    else:
        title = f"{thing.capitalize()} in {place}: {problem}"
        happened = f"We piloted {thing} in {place}. After three months {problem}."
        rec = f"Plan maintenance and user guidance before {thing} goes live."
    causes = [{"statement": rnd.choice(words["causes"]), "category": rnd.choice(CATEGORIES)}
              for _ in range(rnd.randint(1, 3))]
    record = {
        "externalId": f"bench-{i}", "title": title[:200], "city": city, "organisation": f"City of {city}",
        "happenedOn": f"{year}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}", "language": "fi" if fi else "en",
        "context": happened, "whatHappened": happened, "whatWorked": rnd.choice(words["worked"]),
        "whatDidNot": problem, "recommendation": rec,
        "themes": rnd.sample(THEMES, rnd.randint(1, 2)), "domain": rnd.choice(DOMAINS),
        "valueStreams": rnd.sample(STREAMS, rnd.randint(1, 3)),
        "visibility": rnd.choices(["PUBLIC", "PARTNERS", "STAFF"], [8, 2, 1])[0],
        "status": "PUBLISHED", "practice": rnd.random() < 0.05,
    }
    if rnd.random() < 0.8:
        record["analysis"] = {"visibility": rnd.choices(["PUBLIC", "PARTNERS", "STAFF"], [6, 3, 1])[0],
                              "problem": problem, "measure": f"{rnd.randint(5, 95)} % of the target reached",
                              "whys": [problem, causes[0]["statement"]], "causes": causes,
                              "actions": [{"description": rec, "kind": "PREVENTIVE", "status": "PLANNED"}],
                              "control": "Reviewed every quarter."}
    return record


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    chunk = int(sys.argv[3]) if len(sys.argv) > 3 else 2000
    rnd = random.Random(20261128)
    for start in range(0, n, chunk):
        with open(f"{out}/lessons-{start // chunk:05d}.json", "w", encoding="utf-8") as f:
            json.dump([lesson(i, rnd) for i in range(start, min(n, start + chunk))], f, ensure_ascii=False)


if __name__ == "__main__":
    main()
