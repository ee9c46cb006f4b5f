"""Word lists: numbers, hedges, counted nouns, predicates, places, events, attribution.

General news vocabulary for conflict and politics reporting; nothing here is tuned to
one article. Keys are case-folded tokens as :func:`reconcile.extract._text.tokenize`
gives them.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any, Final

from reconcile.values import Hedge


def load_lexicon(name: str) -> dict[str, Any]:
    """The packaged lexicon file ``lexicon/<name>``, as JSON."""
    text = resources.files("reconcile.extract").joinpath(f"lexicon/{name}")
    loaded: dict[str, Any] = json.loads(text.read_text("utf-8"))
    return loaded


def words(text: str) -> list[str]:
    """The white-space separated words of a lexicon entry."""
    return text.split()


UNITS: Final[dict[str, int]] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: Final[dict[str, int]] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES: Final[dict[str, int]] = {
    "dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000,
    "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
    # South Asian reporting counts in lakhs and crores: "Rs 10 lakh", "Rs 1,000 crore"
    "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
}  # fmt: skip
#: Ordinal words -> their number ("second-largest" is a rank of 2).
#: Numbers written as one word: "Seven seats".
NUMBER_WORDS: Final = frozenset(UNITS) | frozenset(TENS)
ORDINAL_WORDS: Final[dict[str, int]] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
#: Abbreviated scales written after digits ("2.5bn", "$3m", "40k").
SHORT_SCALES: Final[dict[str, int]] = {
    "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
    "b": 1_000_000_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000,
}  # fmt: skip

#: Hedges written before a figure, longest first within each first word.
HEDGES_BEFORE: Final[tuple[tuple[tuple[str, ...], Hedge], ...]] = tuple(
    sorted(
        (
            (tuple(words.split()), hedge)
            for hedge, phrases in {
                Hedge.ABOUT: """about|around|approximately|roughly|some|nearly|almost|
                    an estimated|estimated|close to|just under|just over|about some|
                    more or less|circa|approx.|approx|an approximate|
                    upward of|upwards of|nearly some|approaching|
                    just about|somewhere around|the better part of|
                    ~""",
                Hedge.AT_LEAST: """at least|no fewer than|no less than|a minimum of|
                    not less than|at minimum|not fewer than""",
                Hedge.MORE_THAN: """more than|over|above|in excess of|exceeding|well over|
                    greater than|higher than|beyond|north of|>|
                    passed|passes|topped|tops|surpassed|surpasses|exceeded|exceeds|
                    exceed|crossed|cross|crosses|could exceed|could top""",
                Hedge.AT_MOST: """up to|at most|no more than|a maximum of|not more than|
                    as few as|as little as|maximum of|at maximum|as many as|as much as""",
                Hedge.LESS_THAN: """less than|fewer than|under|below|lower than|
                    shy of|short of|well under|<""",
            }.items()
            for words in (p.strip() for p in phrases.split("|"))
            if words
        ),
        key=lambda item: -len(item[0]),
    )
)
#: Hedges written after a figure ("100 or more", "50-odd").
HEDGES_AFTER: Final[tuple[tuple[tuple[str, ...], Hedge], ...]] = (
    (("or", "more"), Hedge.AT_LEAST),
    (("or", "so"), Hedge.ABOUT),
    (("-", "odd"), Hedge.ABOUT),
    (("odd",), Hedge.ABOUT),
    (("plus",), Hedge.AT_LEAST),
    (("+",), Hedge.AT_LEAST),
    (("or", "fewer"), Hedge.AT_MOST),
    (("or", "less"), Hedge.AT_MOST),
    (("at", "most"), Hedge.AT_MOST),
    (("at", "least"), Hedge.AT_LEAST),
)

#: Vague amounts, multi-word ones as token tuples (see ``reconcile.values.VAGUE_QUANTITIES``).
VAGUE: Final[dict[tuple[str, ...], str]] = {
    ("a", "couple", "of"): "a couple",
    ("a", "few"): "a few",
    ("a", "handful", "of"): "a handful",
    ("several",): "several",
    ("many",): "many",
    ("numerous",): "numerous",
    ("dozens", "of"): "dozens",
    ("dozens",): "dozens",
    ("scores", "of"): "scores",
    ("hundreds", "of", "thousands", "of"): "hundreds of thousands",
    ("hundreds", "of", "thousands"): "hundreds of thousands",
    ("tens", "of", "thousands", "of"): "tens of thousands",
    ("tens", "of", "thousands"): "tens of thousands",
    ("hundreds", "of"): "hundreds",
    ("hundreds",): "hundreds",
    ("thousands", "of"): "thousands",
    ("thousands",): "thousands",
    ("millions", "of"): "millions",
    ("millions",): "millions",
}

#: Words of sex and age a toll is broken down by -> the group they name: "39 men and 46
#: women were killed", "39 were male and 46 female".
SEX_AND_AGE_GROUPS: Final[dict[str, str]] = {
    "men": "men", "male": "men", "males": "men", "women": "women", "female": "women",
    "females": "women", "children": "children", "boys": "children", "girls": "children",
    "minors": "children",
}  # fmt: skip
#: Verbs whose object is a part of their subject: "the dead included 108 women".
INCLUDE_VERBS: Final = frozenset(words("include includes included"))
#: Nouns for one person that an age can follow between commas: "the ferry's captain, 52,
#: was arrested", "a man, 32, died". Kinship, roles and trades news names people by.
#: What happens to people in violence and disasters: counts of these are counts of people.
CASUALTY: Final = frozenset(
    {"killed", "injured", "shot", "missing", "arrested", "kidnapped", "displaced"}
)
PERSON_NOUNS: Final = frozenset(
    words("""man woman boy girl teen teenager child toddler baby infant son daughter
    brother sister father mother husband wife victim suspect driver officer student
    grandmother grandfather grandson granddaughter uncle aunt nephew niece cousin
    girlfriend boyfriend fiance fiancee partner widow widower neighbour neighbor friend
    captain pilot gunman gunwoman attacker bomber shooter assailant perpetrator
    mayor governor minister senator lawmaker candidate leader president chairman
    owner worker resident farmer nurse doctor surgeon teacher pastor priest imam rabbi
    soldier policeman policewoman journalist reporter photographer activist protester
    protestor survivor witness passenger tourist migrant refugee patient fisherman
    motorist motorcyclist cyclist pedestrian guard firefighter rescuer volunteer
    spokesman spokeswoman spokesperson founder engineer employee manager mechanic
    singer actor actress player coach athlete footballer miner sailor crewman""")
)
MONTHS: Final[dict[str, int]] = {
    "january": 1, "jan": 1, "jan.": 1, "february": 2, "feb": 2, "feb.": 2, "march": 3,
    "mar": 3, "mar.": 3, "april": 4, "apr": 4, "apr.": 4, "may": 5, "june": 6, "jun": 6,
    "jun.": 6, "july": 7, "jul": 7, "jul.": 7, "august": 8, "aug": 8, "aug.": 8,
    "september": 9, "sep": 9, "sep.": 9, "sept": 9, "sept.": 9, "october": 10, "oct": 10,
    "oct.": 10, "november": 11, "nov": 11, "nov.": 11, "december": 12, "dec": 12,
    "dec.": 12,
}  # fmt: skip
WEEKDAYS: Final[dict[str, int]] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip

#: Words after a figure that make it a measure, not a count of people or events.
MEASURE_UNITS: Final = frozenset(
    words("""km kilometers kilometres kilometer kilometre miles mile nautical meters metres
    meter metre
    feet foot ft yards yard inches inch cm mm kg kilograms kilogram grams gram lbs lb
    pounds tons tonnes ton tonne barrels barrel liters litres gallons acres hectares
    square cubic mph kph kmph kmh rpm degrees degree mw gw kw kwh gb mb tb hz ghz mhz seats seat
    points point votes goals runs yard-line times fold counts charges block blocks
    shifts rounds""")
)
TIME_UNITS: Final[dict[str, str]] = {
    "second": "S", "seconds": "S", "minute": "M", "minutes": "M", "hour": "H",
    "hours": "H", "day": "D", "days": "D", "week": "W", "weeks": "W", "month": "M",
    "months": "M", "year": "Y", "years": "Y", "decade": "DE", "decades": "DE",
    "century": "CE", "centuries": "CE", "fortnight": "W", "weekend": "WE",
}  # fmt: skip
CURRENCY_WORDS: Final = frozenset(
    words("""dollars dollar usd euros euro eur pounds sterling gbp yen yuan rupees rupee
    dinars dinar riyals rials rial shekels shekel rubles roubles cents lira francs""")
)
#: Currency codes written straight before the figure ("USD10m", "RM120,000", "$US55").
#: Codes written straight before a sum ("R500", "Rs 20", "USD 4"). The letters that
#: only prefix a dollar sign ("A$", "C$", "S$") are not here: "A320" is an airliner.
CURRENCY_CODES: Final = frozenset(
    words("""us usd rm inr aud hk ps eur gbp nz r rs rs. sgd cad chf cny jpy rmb sar aed
    egp iqd irr ils sh ksh kes ngn zar""")
)
#: Codes that name a currency even with a space before the sum ("Rs 20", "USD 4",
#: "KSh 40,000"); a lone letter or a short code ("R", "US", "HK") must touch it.
SPACED_CURRENCY_CODES: Final = frozenset(
    words("usd inr rs rs. eur gbp sgd cad chf cny jpy rmb sar aed egp iqd irr ils ksh kes ngn zar")
)
CURRENCY_SIGNS: Final = frozenset(words("$ € £ ¥ ₹ ₪ ₽"))
PERCENT_WORDS: Final = frozenset({"%", "percent", "per", "pct", "percentage"})

#: Counted nouns mapped to their canonical head. Order of check: two-word heads first.
HEADS_TWO: Final[dict[tuple[str, str], str]] = {
    ("crew", "member"): "crew",
    ("service", "members"): "troops",
    ("service", "member"): "troops",
    ("service", "personnel"): "troops",
    ("military", "personnel"): "troops",
    ("police", "officers"): "police officers",
    ("police", "officer"): "police officers",
    ("security", "forces"): "security forces",
    ("law", "enforcement"): "police officers",
    ("aid", "workers"): "aid workers",
    ("rescue", "workers"): "rescuers",
    ("crew", "members"): "crew",
    ("health", "workers"): "health workers",
    ("air", "strikes"): "strikes",
    ("drone", "strikes"): "strikes",
    ("drone", "attacks"): "attacks",
    ("rocket", "attacks"): "attacks",
    ("suicide", "bombings"): "attacks",
    ("foreign", "nationals"): "foreigners",
    ("foreign", "citizens"): "foreigners",
    ("shooting", "victims"): "victims",
    ("gunshot", "victims"): "victims",
    ("cruise", "missiles"): "cruise missiles",
    ("cruise", "missile"): "cruise missiles",
    ("ballistic", "missiles"): "ballistic missiles",
    ("ballistic", "missile"): "ballistic missiles",
}
#: Weapons counted by kind; two kinds counted together ("300 missiles and drones") are
#: the projectiles of both.
WEAPON_HEADS: Final = frozenset(words("rockets missiles drones mortars projectiles")) | {
    "cruise missiles",
    "ballistic missiles",
}
HEADS: Final[dict[str, str]] = {
    **dict.fromkeys(
        words("""troops troop soldiers soldier servicemembers servicemember servicemen serviceman
        personnel forces marines sailors airmen paratroopers commandos"""),
        "troops",
    ),
    **dict.fromkeys(words("people persons individuals person"), "people"),
    **dict.fromkeys(words("civilians civilian"), "civilians"),
    **dict.fromkeys(
        words("lawmakers lawmaker legislators legislator mps mp deputies parliamentarians"),
        "members of parliament",
    ),
    **dict.fromkeys(words("members member"), "members"),
    **dict.fromkeys(words("fighters fighter militants militant insurgents gunmen"), "fighters"),
    **dict.fromkeys(words("militiamen militiaman"), "militia members"),
    **dict.fromkeys(words("children child kids minors"), "children"),
    **dict.fromkeys(words("women woman"), "women"),
    **dict.fromkeys(words("men man"), "men"),
    **dict.fromkeys(words("officers officer"), "officers"),
    **dict.fromkeys(words("policemen policeman police"), "police officers"),
    **dict.fromkeys(words("protesters protestors demonstrators marchers"), "protesters"),
    **dict.fromkeys(words("supporters mourners"), "supporters"),
    **dict.fromkeys(words("refugees refugee migrants asylum-seekers"), "refugees"),
    **dict.fromkeys(words("prisoners prisoner detainees detainee"), "prisoners"),
    **dict.fromkeys(words("hostages hostage captives"), "hostages"),
    **dict.fromkeys(words("journalists journalist reporters"), "journalists"),
    **dict.fromkeys(words("victims victim casualties"), "victims"),
    **dict.fromkeys(words("residents inhabitants"), "residents"),
    **dict.fromkeys(
        words("bystanders bystander passersby passers-by pedestrians pedestrian"), "bystanders"
    ),
    **dict.fromkeys(words("students student"), "students"),
    **dict.fromkeys(
        words("boys boy girls girl toddlers toddler infants infant babies baby"), "children"
    ),
    **dict.fromkeys(words("teen teens juvenile juveniles youth youths"), "teenagers"),
    **dict.fromkeys(words("drivers driver"), "drivers"),
    **dict.fromkeys(words("resident"), "residents"),
    **dict.fromkeys(words("worker employee"), "workers"),
    **dict.fromkeys(words("workers employees staff staffers"), "workers"),
    **dict.fromkeys(words("contractors contractor"), "contractors"),
    **dict.fromkeys(words("advisers advisors adviser advisor trainers"), "advisers"),
    **dict.fromkeys(words("suspects suspect"), "suspects"),
    **dict.fromkeys(words("patients"), "patients"),
    **dict.fromkeys(words("families"), "families"),
    **dict.fromkeys(words("adults adult"), "adults"),
    **dict.fromkeys(words("teenagers teens teenager"), "teenagers"),
    **dict.fromkeys(words("attacks attack assaults raids"), "attacks"),
    **dict.fromkeys(words("strikes strike airstrikes airstrike bombings"), "strikes"),
    # each kind of weapon is its own count: reports tell drones from missiles apart
    **dict.fromkeys(words("rockets rocket"), "rockets"),
    **dict.fromkeys(words("missiles missile"), "missiles"),
    **dict.fromkeys(words("drones drone uavs"), "drones"),
    **dict.fromkeys(words("mortars"), "mortars"),
    **dict.fromkeys(words("bases base outposts"), "bases"),
    **dict.fromkeys(words("signatures"), "signatures"),
    **dict.fromkeys(words("deaths fatalities"), "deaths"),
    **dict.fromkeys(words("injuries"), "injuries"),
    # an outbreak's count of the sick: its event reads them as the infected
    **dict.fromkeys(words("cases"), "cases"),
    **dict.fromkeys(words("incidents"), "incidents"),
    **dict.fromkeys(words("shootings shooting"), "shootings"),
    **dict.fromkeys(words("homes houses buildings structures dwellings residences"), "buildings"),
    # people named by their role or what they were doing: a toll often breaks down by it
    # (singular only where "a ..." is rarely a bystander's title: "a doctor said")
    **dict.fromkeys(words("firefighters firefighter firemen fireman"), "firefighters"),
    **dict.fromkeys(words("rescuers rescuer"), "rescuers"),
    **dict.fromkeys(words("medics paramedics doctors nurses"), "medical staff"),
    **dict.fromkeys(words("volunteers"), "volunteers"),
    **dict.fromkeys(words("passengers passenger"), "passengers"),
    **dict.fromkeys(words("crew crewmen"), "crew"),
    **dict.fromkeys(words("pilgrims pilgrim worshippers worshipers"), "worshippers"),
    **dict.fromkeys(words("tourists tourist visitors"), "tourists"),
    # a toll's foreign dead are asked apart from it: "40 foreigners had died"
    **dict.fromkeys(words("foreigners foreigner expatriates expats"), "foreigners"),
    **dict.fromkeys(words("villagers villager"), "villagers"),
    **dict.fromkeys(words("miners miner"), "miners"),
    **dict.fromkeys(words("farmers fishermen"), "farmers"),
    **dict.fromkeys(words("inmates"), "prisoners"),
    **dict.fromkeys(words("guards"), "guards"),
    **dict.fromkeys(words("teachers"), "teachers"),
    **dict.fromkeys(words("pupils schoolchildren"), "children"),
    **dict.fromkeys(words("spectators fans"), "spectators"),
}
#: Who is made homeless or goes missing, as one head: the residents are the people.
UPROOTED_HEADS: Final[dict[str, str]] = dict.fromkeys(
    words("people persons men women residents inhabitants locals evacuees"), "people"
)
#: Happenings no one schedules: a date naming one ("the Oct. 23 killing") is past, where
#: "the Nov. 5 election" may be ahead.
UNSCHEDULED_EVENTS: Final = frozenset(
    words("""killing killings attack attacks bombing bombings shooting shootings crash
    blast blasts explosion explosions massacre raid raids quake earthquake coup fire
    murder assassination ambush kidnapping abduction collapse flood floods""")
)
#: Heads that name soldiers when deployed or withdrawn: "about 2,300 men deployed in Kesh".
FORCE_HEADS: Final[dict[str, str]] = {"men": "troops"}
#: Heads whose count is a count of people (casualty predicates without a head mean people).
PERSON_HEADS: Final = frozenset(
    v for v in HEADS.values() if v not in
    {"attacks", "strikes", "projectiles", "bases", "signatures", "deaths", "injuries",
     "incidents", "shootings", "buildings", "rockets", "missiles", "drones", "mortars"}
) | frozenset(HEADS_TWO.values()) - {"strikes", "attacks", "cruise missiles",
                                     "ballistic missiles"}  # fmt: skip

#: Nationality and affiliation modifiers -> canonical short form.
NATIONALITY: Final[dict[str, str]] = {
    "us": "US", "u.s.": "US", "u.s": "US", "american": "US", "americans": "US",
    "usa": "US", "u.s.-led": "US-led", "us-led": "US-led", "iraqi": "Iraqi",
    "iraqis": "Iraqi", "syrian": "Syrian", "syrians": "Syrian", "iranian": "Iranian",
    "israeli": "Israeli", "israelis": "Israeli", "palestinian": "Palestinian",
    "palestinians": "Palestinian", "lebanese": "Lebanese", "jordanian": "Jordanian",
    "turkish": "Turkish", "kurdish": "Kurdish", "british": "British", "uk": "British",
    "french": "French", "german": "German", "russian": "Russian", "ukrainian": "Ukrainian",
    "chinese": "Chinese", "afghan": "Afghan", "pakistani": "Pakistani", "indian": "Indian",
    "saudi": "Saudi", "yemeni": "Yemeni", "egyptian": "Egyptian", "libyan": "Libyan",
    "sudanese": "Sudanese", "somali": "Somali", "nigerian": "Nigerian", "malian": "Malian",
    "ethiopian": "Ethiopian", "italian": "Italian", "spanish": "Spanish", "polish": "Polish",
    "canadian": "Canadian", "australian": "Australian", "japanese": "Japanese",
    "korean": "Korean", "mexican": "Mexican", "nato": "NATO", "coalition": "coalition",
    "foreign": "foreign", "allied": "allied", "western": "Western", "un": "UN",
    "u.n.": "UN", "government": "government", "rebel": "rebel", "opposition": "opposition",
    "militia": "militia", "taliban": "Taliban", "hamas": "Hamas", "hezbollah": "Hezbollah",
    "isis": "ISIS", "isil": "ISIS",
}  # fmt: skip
#: Country (and capital) names -> the nationality modifier for "<country> has N troops".
COUNTRIES: Final[dict[str, str]] = {
    "us": "US", "u.s.": "US", "u.s": "US", "usa": "US", "america": "US",
    "washington": "US", "iraq": "Iraqi", "baghdad": "Iraqi", "syria": "Syrian",
    "damascus": "Syrian", "iran": "Iranian", "tehran": "Iranian", "israel": "Israeli",
    "lebanon": "Lebanese", "jordan": "Jordanian", "turkey": "Turkish", "britain": "British",
    "uk": "British", "london": "British", "france": "French", "paris": "French",
    "germany": "German", "berlin": "German", "russia": "Russian", "moscow": "Russian",
    "ukraine": "Ukrainian", "kyiv": "Ukrainian", "kiev": "Ukrainian", "china": "Chinese",
    "beijing": "Chinese", "afghanistan": "Afghan", "kabul": "Afghan", "pakistan": "Pakistani",
    "india": "Indian", "yemen": "Yemeni", "egypt": "Egyptian", "libya": "Libyan",
    "sudan": "Sudanese", "somalia": "Somali", "nigeria": "Nigerian", "mali": "Malian",
    "ethiopia": "Ethiopian", "italy": "Italian", "spain": "Spanish", "poland": "Polish",
    "canada": "Canadian", "australia": "Australian", "japan": "Japanese",
    "mexico": "Mexican", "gaza": "Palestinian", "kuwait": "Kuwaiti", "qatar": "Qatari",
    "bahrain": "Bahraini", "niger": "Nigerien", "kosovo": "Kosovar", "germany's": "German",
}  # fmt: skip
#: More countries and their adjectives, for "<country>'s parliament" and "<country> has".
MORE_COUNTRIES: Final[dict[str, str]] = dict(
    pair.split(":")
    for pair in words(
        """albania:Albanian algeria:Algerian angola:Angolan argentina:Argentine
        armenia:Armenian austria:Austrian azerbaijan:Azerbaijani bangladesh:Bangladeshi
        belarus:Belarusian belgium:Belgian bolivia:Bolivian bosnia:Bosnian brazil:Brazilian
        bulgaria:Bulgarian burkina:Burkinabe burundi:Burundian cambodia:Cambodian
        cameroon:Cameroonian chad:Chadian chile:Chilean colombia:Colombian congo:Congolese
        croatia:Croatian cuba:Cuban cyprus:Cypriot czechia:Czech denmark:Danish
        ecuador:Ecuadorian eritrea:Eritrean estonia:Estonian finland:Finnish georgia:Georgian
        ghana:Ghanaian greece:Greek guatemala:Guatemalan guinea:Guinean haiti:Haitian
        honduras:Honduran hungary:Hungarian indonesia:Indonesian ireland:Irish
        kazakhstan:Kazakh kenya:Kenyan kyrgyzstan:Kyrgyz laos:Lao latvia:Latvian
        liberia:Liberian lithuania:Lithuanian malawi:Malawian malaysia:Malaysian
        mauritania:Mauritanian moldova:Moldovan mongolia:Mongolian montenegro:Montenegrin
        morocco:Moroccan mozambique:Mozambican myanmar:Myanmar namibia:Namibian nepal:Nepali
        netherlands:Dutch nicaragua:Nicaraguan norway:Norwegian oman:Omani panama:Panamanian
        paraguay:Paraguayan peru:Peruvian philippines:Philippine portugal:Portuguese
        romania:Romanian rwanda:Rwandan senegal:Senegalese serbia:Serbian
        singapore:Singaporean slovakia:Slovak slovenia:Slovenian sweden:Swedish
        switzerland:Swiss taiwan:Taiwanese tajikistan:Tajik tanzania:Tanzanian
        thailand:Thai tunisia:Tunisian turkmenistan:Turkmen uganda:Ugandan
        uruguay:Uruguayan uzbekistan:Uzbek venezuela:Venezuelan vietnam:Vietnamese
        zambia:Zambian zimbabwe:Zimbabwean"""
    )
)
COUNTRIES.update(MORE_COUNTRIES)
#: Countries known by letters or a capital, whose people are named in two words.
COUNTRIES.update({"dprk": "North Korean", "pyongyang": "North Korean", "seoul": "South Korean"})
#: Countries named in two words, keyed by their words: "South Africa" is no "Africa".
COUNTRY_PHRASES: Final[dict[tuple[str, str], str]] = {
    tuple(name.casefold().split()): name  # type: ignore[misc]
    for name in (
        "South Africa", "South Korea", "North Korea", "South Sudan", "New Zealand",
        "Saudi Arabia", "Sri Lanka", "Costa Rica", "Sierra Leone", "Burkina Faso",
        "El Salvador", "Ivory Coast", "Czech Republic", "Dominican Republic", "East Timor",
        "North Macedonia", "United States", "United Kingdom", "Puerto Rico", "Hong Kong",
    )
}  # fmt: skip
COUNTRIES.update({" ".join(key): name for key, name in COUNTRY_PHRASES.items()})
NATIONALITY.update({adjective.casefold(): adjective for adjective in MORE_COUNTRIES.values()})
#: A country's people -> the country, as places are written: "Russian" -> "Russia".
_COUNTRY_BY_PEOPLE: Final = {
    people: country.upper() if len(country) <= 3 else country.title()
    for country, people in reversed(list(COUNTRIES.items()))
    if country.isalpha()
}
#: A country's adjective, case-folded -> the country: "russian" -> "Russia", "american"
#: -> "US". "On Russian soil" is in Russia; "the Austrian Freedom Party" and "the
#: Freedom Party of Austria" are one name.
COUNTRY_OF_ADJECTIVE: Final = {
    word: _COUNTRY_BY_PEOPLE[people]
    for word, people in NATIONALITY.items()
    if people in _COUNTRY_BY_PEOPLE
}
#: Nationalities written in two words: "North Korean soldiers" are no Korean soldiers
#: of the South.
NATIONALITY_PHRASES: Final[dict[tuple[str, str], str]] = {
    tuple(name.casefold().split()): name  # type: ignore[misc]
    for name in (
        "North Korean", "South Korean", "South African", "South Sudanese", "Sri Lankan",
        "Saudi Arabian", "Costa Rican", "Sierra Leonean", "New Zealand", "Puerto Rican",
        "Hong Kong", "East Timorese",
    )
}  # fmt: skip
#: The people of a country named in two words: "North Korea has sent troops" sends
#: North Korean troops.
COUNTRY_PHRASE_PEOPLE: Final[dict[tuple[str, str], str]] = {
    ("north", "korea"): "North Korean", ("south", "korea"): "South Korean",
    ("south", "africa"): "South African", ("south", "sudan"): "South Sudanese",
    ("sri", "lanka"): "Sri Lankan", ("saudi", "arabia"): "Saudi",
    ("costa", "rica"): "Costa Rican", ("sierra", "leone"): "Sierra Leonean",
    ("new", "zealand"): "New Zealand", ("united", "states"): "US",
    ("united", "kingdom"): "British", ("east", "timor"): "East Timorese",
}  # fmt: skip
#: Verbs by which a country sends a force: "North Korea has sent 10,000 troops".
SEND_VERBS: Final = frozenset(
    words("sent send sends sending deployed deploy deploys deploying dispatched dispatch")
)
#: Place names a count can be located in (countries, regions, capitals and big cities).
PLACES: Final = frozenset(COUNTRIES) - {"washington", "us", "u.s.", "u.s", "usa"} | frozenset(
    words("""mosul basra erbil kirkuk fallujah ramadi tikrit najaf karbala aleppo homs idlib
    raqqa deir kobani beirut amman ankara istanbul cairo tripoli benghazi khartoum
    mogadishu kandahar herat islamabad karachi lahore kashmir crimea donbas donetsk
    luhansk kharkiv mariupol bakhmut odesa jerusalem tel ramallah rafah khan jenin
    sanaa aden riyadh doha dubai europe africa asia kurdistan sinai golan""")
)
#: Phrases that point back to the last place named ("in the country").
PLACE_ANAPHORS: Final = frozenset({"country", "nation"})

#: Predicate words -> predicate class.
#: Verbs of a changing figure: "the toll rose from 12 to 21", "up from 12".
#: Verbs that tell a change only with their particle after them: "shot up", "ticked down".
PARTICLE_CHANGE_VERBS: Final = frozenset(
    words("shot shoot shoots shooting ticked ticks inched inches edged edges crept went gone")
)
CHANGE_VERBS: Final = frozenset(
    words(
        """rose risen rising climbed climbing increased jumped grew grown surged soared
        fell fallen dropped declined decreased revised raised lowered went gone slumped
        plunged plummeted tumbled slipped sank crashed collapsed shrank reduced cut
        slashed shrunk jumping soaring surging climbing growing falling plunging
        declining increasing decreasing gained gaining
        rises climbs jumps increases grows surges soars falls drops declines decreases"""
    )
)
#: Past forms that do not end in -ed, and words that mark a past time: a verb or a
#: time here ends a noun phrase ("100 troops drove out") and sets a tense ("met in May").
IRREGULAR_PAST: Final = frozenset(
    words("""was were had did began met held took gave sent said told made came went left got
    won lost fell rose struck hit ago last earlier previously formed established
    voted signed killed launched resumed agreed began became brought built bought caught
    chose drew drove fought found fled flew forgot froze grew heard kept knew led lay
    meant paid ran saw sold sought shot spoke spent stood stole swore taught thought
    threw understood wrote sank sunk tore torn broke broken shook swept spread rang
    burst bled blew hid sat slid split stuck swam swung woke wore""")
)
#: Verbs that move people elsewhere: a force moved is withdrawn from where it was,
#: residents moved are displaced.
MOVING_VERBS: Final = frozenset(words("relocated relocate relocating redeployed"))
PREDICATES: Final[dict[str, str]] = {
    **dict.fromkeys(
        words("""killed killing kill kills dead died die dies deaths death slain murdered
        perished fatally succumbed succumbing succumb succumbs deceased"""),
        "killed",
    ),
    **dict.fromkeys(
        words("""injured injuring injure injures wounded wounding wounds hurt injuries
        hospitalized hospitalised"""),
        "injured",
    ),
    **dict.fromkeys(
        words("""deployed deploy deploying stationed based station remain remaining remains
        present posted garrisoned send sends sent sending dispatch dispatched dispatching"""),
        "deployed",
    ),
    **dict.fromkeys(words("signed sign signing signatures"), "signed"),
    **dict.fromkeys(words("shot shooting gunned"), "shot"),
    **dict.fromkeys(
        words("arrested arrest arrests detained detaining captured apprehended"), "arrested"
    ),
    **dict.fromkeys(words("missing unaccounted disappeared"), "missing"),
    **dict.fromkeys(words("unidentified unclaimed"), "unidentified"),
    **dict.fromkeys(words("displaced fled evacuated homeless uprooted"), "displaced"),
    **dict.fromkeys(words("kidnapped abducted seized"), "kidnapped"),
    **dict.fromkeys(
        words("withdrawn withdraw withdrawing withdrew pulled pull pulls pulling leave"),
        "withdrawn",
    ),
    **dict.fromkeys(MOVING_VERBS, "withdrawn"),
    **dict.fromkeys(words("abstained abstaining abstentions abstention"), "abstained"),
    **dict.fromkeys(
        words("rallied marched protested demonstrated gathered"),
        "attended",
    ),
}
#: Nouns that end the name of a party or bloc that contends for seats ("the ruling
#: party", "the Labour Party", "the Unity Front"), and that stand alone for one the
#: article named ("the party").
CONTENDER_NOUNS: Final = frozenset(
    words("party coalition alliance bloc front movement union congress league")
)
#: The sides of a vote a tally counts, as attributes.
TALLY_SIDES: Final = frozenset(words("voted_for voted_against abstained"))
#: Common nouns by which reports name a side in an election without its name: "the left
#: won 182 seats", "Macron's centrists on 168", "the presidential camp obtained 168".
CAMP_NOUNS: Final = frozenset(
    words("""left right centre center camp centrists conservatives socialists liberals
    greens nationalists leftists populists separatists communists democrats republicans
    islamists royalists""")
)
#: Verbs that rank a contender, whose seats or share follow "with": "came in third place
#: with 143 seats", "emerged as the winner with 28.5%".
RANKING_VERBS: Final = frozenset(
    words(
        """came come comes finished finish finishes ended emerged entered trailed trails
        trailing follows followed follow placed"""
    )
)
#: Words no verb's object runs across: a clause's or an aside's bounds ("won, with 35%"
#: is no object's figure).
OBJECT_BOUNDS: Final = frozenset(
    words(', ; : . ( ) " which who that while but - \u2013 \u2014 \u201c \u201d')
)
#: Verbs of possession that make "<country> has N troops" a deployment.
HAVE_VERBS: Final = frozenset(words("has have had maintains maintain keeps keep"))

#: Words that open another clause right after a date: its verb and its event are not
#: the date's ("will meet on Tuesday after the council failed to adopt a resolution").
CLAUSE_OPENERS: Final = frozenset(words("after before because since until when while whereas ;"))
#: Event nouns -> the canonical event head a date claim is about.
EVENT_NOUNS: Final[dict[str, str]] = {
    **dict.fromkeys(
        words("talks negotiations discussions discussion dialogue round session sessions"), "talks"
    ),
    **dict.fromkeys(words("commission committee panel council"), "commission"),
    **dict.fromkeys(words("vote ballot referendum voting"), "vote"),
    **dict.fromkeys(words("attack attacks assault raid ambush bombing"), "attack"),
    **dict.fromkeys(words("strike strikes airstrike airstrikes"), "strike"),
    **dict.fromkeys(words("meeting meetings summit conference"), "meeting"),
    **dict.fromkeys(words("election elections"), "election"),
    **dict.fromkeys(words("agreement deal accord treaty"), "agreement"),
    **dict.fromkeys(words("ceasefire truce"), "ceasefire"),
    **dict.fromkeys(words("resolution motion bill"), "resolution"),
    **dict.fromkeys(words("petition"), "petition"),
    **dict.fromkeys(words("shooting"), "shooting"),
    **dict.fromkeys(words("war invasion"), "war"),
    **dict.fromkeys(words("offensive operation mission campaign"), "operation"),
    **dict.fromkeys(words("protest protests demonstration rally"), "protest"),
    **dict.fromkeys(words("memo letter request statement"), "statement"),
    **dict.fromkeys(words("withdrawal pullout"), "withdrawal"),
    **dict.fromkeys(words("coalition alliance"), "coalition"),
}
#: Event heads of which many happen between the same parties in one year: their date
#: is a claim only about a named event ("the strike on X", "the meeting of Y").
EPISODIC_EVENTS: Final = frozenset(
    words("meeting strike attack shooting protest statement killing arrest")
)
#: Event heads whose victim or target names the event ("the strike that killed X").
TARGETED_EVENTS: Final = frozenset(words("strike attack shooting killing arrest"))
#: Words that introduce the target of a strike or attack.
TARGET_WORDS: Final = frozenset(
    words("""killed killing kill kills targeted targeting target targets hit hitting struck
    on against assassinated wounded injured""")
)
#: Event heads that are bodies, not happenings: a date by one with no verb of founding
#: ("the Security Council on Friday") is the date of something the body did.
INSTITUTIONS: Final = frozenset(words("commission coalition"))
#: Date classes of one-off founding events: an entity is founded once, so the date
#: needs no qualifier and "formed last summer" meets "established late last year".
FOUNDING_CLASSES: Final = frozenset({"date_formed"})
#: The forms of "be" and "have" that stand between a subject and its verb or its
#: predicate: "61 are safe", "Lam was questioned".
BE_AND_HAVE: Final = frozenset(words("is are was were be been being has have had"))
#: Titles written before a person's name ("Gen.", "Prime Minister"); not part of it.
TITLES: Final = frozenset(
    words("""gen gen. general lt lt. col col. maj maj. brig brig. capt capt. adm adm. sgt
    sgt. mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep. gov gov. president vice prime
    minister ministers secretary commander chief leader spokesman spokeswoman spokesperson
    ambassador king queen prince crown sheikh ayatollah colonel major lieutenant
    captain admiral sergeant senator governor mayor chairman speaker envoy foreign defense
    defence interior top senior deputy acting former late chancellor premier""")
)
#: Event verbs -> (event class for ``date_<class>``, default event head).
EVENT_VERBS: Final[dict[str, tuple[str, str]]] = {
    **dict.fromkeys(
        words("began begin begins start started starts launched launch opened initiated"),
        ("began", "event"),
    ),
    **dict.fromkeys(words("resumed resume resumes"), ("resumed", "talks")),
    **dict.fromkeys(
        words("formed form established establish created founded set inaugurated"),
        ("formed", "commission"),
    ),
    **dict.fromkeys(words("held hold hosted"), ("held", "meeting")),
    **dict.fromkeys(words("met meet meets convened"), ("held", "meeting")),
    **dict.fromkeys(words("voted vote votes"), ("held", "vote")),
    **dict.fromkeys(words("killed killing died assassinated"), ("killed", "killing")),
    **dict.fromkeys(
        words("attacked struck bombed targeted hit shelled raided"), ("occurred", "attack")
    ),
    # "the fire broke out on Tuesday", "clashes erupted on Saturday": the event's day
    **dict.fromkeys(words("erupted broke"), ("occurred", "event")),
    **dict.fromkeys(words("signed"), ("signed", "agreement")),
    **dict.fromkeys(words("suspended halted paused"), ("suspended", "talks")),
    **dict.fromkeys(words("ended end ends concluded completed finished"), ("ended", "event")),
    **dict.fromkeys(words("arrested detained"), ("arrested", "arrest")),
    **dict.fromkeys(words("sent issued given delivered"), ("sent", "statement")),
    **dict.fromkeys(words("assumed"), ("began", "term")),
}

#: The marks a possessive or a plural's apostrophe is written with: "Wilders'", curly or straight.
APOSTROPHES: Final = frozenset({"'", "\u2019"})

#: Words of a record, set against the events before it: "the lowest turnout since 1994",
#: "the worst in any crash", "the first time since independence".
RECORD_WORDS: Final = frozenset(words("most least worst best first ever"))


#: Words that make the date after them a deadline: "by the end of the year".
DEADLINE_WORDS: Final = frozenset(words("by before until till"))

#: Verbs of saying, for attribution ("officials said").
SAY_VERBS: Final = frozenset(
    words("""said says say told tells reported reports announced announces stated states
    claimed claims confirmed confirms added adds estimated estimates according
    acknowledged noted wrote insisted warned alleged communicated published
    revealed disclosed""")
)
#: Verbs of saying in their -ing form, which report a figure as a clause of its own
#: ("with TVGE reporting 20 deaths and the president's statement mentioning 15").
SAYING_FORMS: Final = frozenset(
    words("""saying mentioning citing reporting giving stating claiming estimating quoting
    putting announcing confirming""")
)
FUTURE_MARKERS: Final = frozenset(
    words("""will 'll shall going plans plan planned planning scheduled expected upcoming
    next intends intend hopes hope aims would""")
)
NEGATIONS: Final = frozenset(
    words("not no never denied denies deny n't neither nor rejected refuted dismissed")
)
POSSIBILITY: Final = frozenset(words("could may might possibly perhaps potentially likely"))
#: Words that put as possible only what follows them: "the party would win 200 seats", but
#: "announced on Sunday that France would pull out" announced it.
CONDITIONALS: Final = frozenset(words("would"))
#: Single words that hedge a duration ("almost seven years", "about a month").
HEDGES_ABOUT_WORDS: Final = frozenset(
    words("about almost nearly around roughly approximately some over more just mere only")
)

#: Words that end a counted noun phrase: function words, auxiliaries, pronouns.
FUNCTION_WORDS: Final = frozenset(
    words(
        """a an the of in on at to from by for with
    and or but as than that which who whom whose this these
    those is are was were be been being has have had having
    do does did will would could should may might must can it
    its their his her our your my they he she we you
    i there here not no so if when while where after before
    since until about into onto over under per each every all some
    any more most less least other another such only also just still
    now then up down out off around amid among between during within
    without across through against toward towards near both either neither"""
    )
)

#: Adverbs of how badly people were hurt: "seriously injured", "19 of them seriously".
DEGREE_ADVERBS: Final = frozenset(words("seriously critically severely gravely"))

#: Heads of people held captive: "freed" or "rescued" of them is their release, where
#: of people trapped in rubble it is a rescue.
CAPTIVE_HEADS: Final = frozenset({"hostages", "prisoners"})
