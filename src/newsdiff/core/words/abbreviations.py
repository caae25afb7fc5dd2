"""Other names of one place or person: abbreviations of US states, short and old names
of countries and cities, English nicknames.

Users: `facts.names` (a name read for matching takes its full form, so "Ariz."
meets "Arizona", "U.S." meets "United States" and "Bill" meets "William"),
`facts.mentions` ("R-Ariz." after a lawmaker's name is party and state).

The state abbreviations are the AP style ones news writes. The `us` package on
PyPI holds the same table, but importing it costs 100-350 ms (it builds its
objects and loads jellyfish at import), most of a one-shot diff's budget, for 50
rows; the `nicknames` package's 2,700 pairs include loose ones ("bill" for
"robert" and "fred") that would merge different people. So both are kept here,
compact.
"""

from __future__ import annotations

STATE_ABBREVIATIONS = {
    "ala": "alabama", "ariz": "arizona", "ark": "arkansas", "calif": "california",
    "colo": "colorado", "conn": "connecticut", "del": "delaware", "fla": "florida",
    "ga": "georgia", "ill": "illinois", "ind": "indiana", "kan": "kansas", "ky": "kentucky",
    "la": "louisiana", "md": "maryland", "mass": "massachusetts", "mich": "michigan",
    "minn": "minnesota", "miss": "mississippi", "mo": "missouri", "mont": "montana",
    "neb": "nebraska", "nev": "nevada", "n.h": "new hampshire", "n.j": "new jersey",
    "n.m": "new mexico", "n.y": "new york", "n.c": "north carolina", "n.d": "north dakota",
    "okla": "oklahoma", "ore": "oregon", "pa": "pennsylvania", "r.i": "rhode island",
    "s.c": "south carolina", "s.d": "south dakota", "tenn": "tennessee", "vt": "vermont",
    "va": "virginia", "wash": "washington", "w.va": "west virginia", "wis": "wisconsin",
    "wyo": "wyoming", "d.c": "district of columbia",
}  # fmt: skip
"""AP abbreviation of a US state (lower case, no final full stop) -> the state. States
written out in AP style (Alaska, Texas, Utah...) need none."""

STATE_NAMES = frozenset(STATE_ABBREVIATIONS.values()) | frozenset(
    "alaska hawaii idaho iowa maine ohio texas utah".split()
)
"""The US states (lower case), for "R-Texas" as well as "R-Ariz."."""

PLACE_ALIASES = {
    "us": "united states", "u.s": "united states", "usa": "united states",
    "u.s.a": "united states", "america": "united states",
    "united states of america": "united states",
    "uk": "united kingdom", "u.k": "united kingdom", "britain": "united kingdom",
    "great britain": "united kingdom",
    "dprk": "north korea", "n korea": "north korea", "s korea": "south korea",
    "holland": "netherlands", "the netherlands": "netherlands", "burma": "myanmar",
    "ivory coast": "cote d'ivoire", "czechia": "czech republic", "turkiye": "turkey",
    "swaziland": "eswatini", "east timor": "timor-leste", "uae": "united arab emirates",
    "kiev": "kyiv", "odessa": "odesa", "kharkov": "kharkiv", "lugansk": "luhansk",
    "bombay": "mumbai", "peking": "beijing", "calcutta": "kolkata", "madras": "chennai",
    "saigon": "ho chi minh city",
}  # fmt: skip
"""Other names of a country or city (lower case, no final full stop) -> one name."""

NICKNAMES = {
    "william": "bill billy will willie", "robert": "bob bobby rob robbie",
    "richard": "dick rick ricky rich", "james": "jim jimmy jamie", "john": "jack johnny",
    "michael": "mike mick mickey", "thomas": "tom tommy", "joseph": "joe joey",
    "charles": "charlie chuck", "edward": "ed eddie ted teddy", "anthony": "tony",
    "daniel": "dan danny", "david": "dave", "steven": "steve", "stephen": "steve",
    "christopher": "chris", "nicholas": "nick", "benjamin": "ben", "samuel": "sam",
    "alexander": "alex", "andrew": "andy drew", "kenneth": "ken kenny",
    "lawrence": "larry", "ronald": "ron ronnie", "donald": "don", "gerald": "jerry",
    "patrick": "pat", "peter": "pete", "timothy": "tim", "matthew": "matt",
    "jonathan": "jon", "gregory": "greg", "douglas": "doug", "frederick": "fred",
    "elizabeth": "liz beth betty", "katherine": "kate kathy katie",
    "catherine": "kate cathy", "margaret": "maggie peggy meg", "patricia": "pat patty",
    "jennifer": "jen jenny", "susan": "sue susie", "rebecca": "becky",
    "deborah": "debbie deb", "barbara": "barb", "victoria": "vicky",
}  # fmt: skip
"""English first name -> its common nicknames (space separated): "Bill Kristol" is
"William Kristol"."""
