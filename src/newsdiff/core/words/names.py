"""Words that shape and type names: titles, connectors, cue words, demonyms.

Users: `facts.mentions` (finding name mentions in sentences and typing them
person / organisation / place), `facts.names` (reading a name's words for
matching: connectors, glued small words, demonyms), `facts.extract` (words that
carry no slot around a value).
"""

from __future__ import annotations

from newsdiff.core.words import word_set
from newsdiff.core.words.calendar import WEEKDAYS
from newsdiff.core.words.numbers import CARDINALS

SENTENCE_CAPITALS = (
    word_set("""
    a an the in on at to for of by with from as and but or nor so yet if when while where
    after before since until though although because this that these those there here
    it its he she they we i you his her their our my your him them us both all some
    many most much no not now then back also still even just only meanwhile however
    moreover instead once according amid despite during under over about among between
    what who whom which why how each every other another such several few more less
    last next first second third earlier later today tomorrow yesterday tonight
    read photo file watch update breaking exclusive opinion analysis video live
    yes well indeed thus therefore otherwise whether already again perhaps maybe
    can could will would should may might must do does did is are was were be been
    being has have had let let's here's there's it's we're they're he's she's
    mr mrs ms dr""")
    | frozenset(word for word, value in CARDINALS.items() if 1 <= value <= 10)
    | frozenset(WEEKDAYS)
)
"""Words capitalised at a sentence start for grammar, not because they are names
(lower case; "one" to "ten" and the weekdays included)."""

DIRECTIONS = word_set("western eastern northern southern central west east north south former")
"""Capitalised adjectives of direction that name no entity when alone."""

TITLES = word_set("""
    president minister premier chancellor secretary leader chief spokesman spokeswoman
    spokesperson aide adviser advisor ambassador envoy governor mayor senator sen rep
    judge king queen prince princess pope sheikh emir mr mrs ms dr prof professor sir
    dame lord lady commander colonel col lt captain capt sergeant sgt gen director
    chairman chairwoman chair ceo speaker head founder deputy representative gov
    congressman congresswoman editor presidents senators governors representatives
    cardinal archbishop bishop monsignor rev reverend ayatollah imam rabbi brigadier""")
"""Titles in front of a person's name ("President Putin", "Mr. Kim"); lower case,
no full stops. Not "general": "General Motors" (it is a person cue only)."""

PERSON_CUES = TITLES | word_set("""
    general father mother son daughter wife husband sister brother uncle aunt counterpart
    official officials adviser analyst expert lawyer activist journalist reporter
    correspondent economist researcher scientist author actor actress singer coach
    player candidate rival dictator successor predecessor colleague boss""")
"""Lower-case words before a name that say it is a person ("leader Kim Jong Un")."""

TITLE_MODIFIERS = word_set("""
    prime deputy vice first foreign defence defense health transport finance interior
    justice economy economic trade energy education culture agriculture labour labor
    home senior acting former supreme executive digital environment emergency emergencies
    industry science sports development security state affairs treasury commerce
    homeland communications information natural resources minority majority""")
"""Words in front of (or in the portfolio after) a title that belong to the title
("First Deputy Prime Minister", "Secretary of Homeland Security")."""

TITLE_SUFFIXES = ("general", "elect")
"""Words right after a title that still belong to it ("Secretary General", "President-elect")."""

TITLE_PORTFOLIO = ("of", "for")
"""Connectors that open a title's portfolio ("Secretary of State Antony Blinken")."""

ORGANISATION_WORDS = word_set("""
    council ministry agency court union party corporation corp inc ltd llc plc company
    co group bank university institute committee commission department office
    organisation organization association army navy forces force command unit service
    services police authority news times post press railway railways airlines airways lines
    bureau assembly parliament congress senate cabinet government club foundation fund
    network television radio media motors systems technologies alliance coalition
    movement front guard brigade regiment division school college hospital church
    federation league board house nations international watch observatory forum centre
    center society trust mission institution programme initiative""")
"""Words that make a name an organisation ("Security Council"; plurals count too)."""

PLACE_WORDS = word_set("""
    city county state states province region oblast krai island islands republic
    kingdom emirates sea ocean river lake mountains mountain valley bay gulf strait
    peninsula coast square street avenue road airport port harbour harbor bridge park
    palace district territory territories prefecture desert forest border cosmodrome
    strip bank heights plateau canal
    north south east west""")
"""Words after the first of a name that make it a place ("Gaza Strip", "Red Sea")."""

EVENT_WORDS = word_set("""
    war wars games olympics summit crisis revolution agreement treaty accord act award
    prize cup championship festival conference forum day week election elections""")
"""Last words of events and documents, which are not people: "Korean War"."""

PLACE_FIRST_WORDS = word_set("""
    north south east west northern southern eastern western central new saint st san
    santa los las port mount mt ft lake cape fort greater upper lower""")
"""First words of place names ("North Korea", "San Diego", "Cape Canaveral")."""

PLACE_PREPOSITIONS = word_set(
    "in to from into near across toward towards outside inside throughout via at"
)
"""Prepositions before a name that hint it is a place ("in Pyongyang")."""

PLACE_ACRONYMS = word_set("us usa uk uae eu drc prc")
"""Acronyms of places rather than organisations (lower case, no full stops)."""

MEMBER_WORDS = word_set("militants fighters gunmen operatives militiamen members")
"""Lower-case words after a name that make it a group: "Hamas militants". Not
"officials", "spokesman" or "leadership": "Putin spokesman", "Biden officials"."""

HYPHEN_QUALIFIERS = word_set("""
    era based backed led born style made linked owned run controlled allied funded
    bound type like wide friendly speaking occupied annexed held aligned affiliated
    inspired sponsored supported dominated""")
"""Words after a hyphen that only qualify a name: "Soviet-era", "Kremlin-backed"."""

GROUP_NOUNS = word_set("people women men workers children veterans farmers citizens")
"""Possessives inside names: "Democratic People's Republic of Korea"."""

CREED_SUFFIXES = ("ic", "ist")
"""Endings of one-word adjectives of creed or school ("Islamic", "Islamist")."""

TITLE_CASE_LOWER = word_set("""
    a an the and or but nor for so yet as at by in of off on out per to up via vs from into
    onto over with than upon amid""")
"""Short function words a Title Case headline leaves in lower case."""

NAME_ABBREVIATIONS = word_set("St Mt Ft")
"""Abbreviations opening a name, written with a full stop: "St. Louis", "Mt. Everest"
(case kept)."""

NAME_PARTICLES = word_set("al el ad as ash ibn bin abu ben da de di van von")
"""Lower-case particles hyphenated to a capitalised name: "al-Assad", "bin-Salman"."""

CONNECTORS = word_set("of the de del della der den di da du dos la le van von al el bin ibn and y")
"""Lower-case words inside a name ("Bank of England", "Ursula von der Leyen");
they are not words of the name when names are matched."""

LIST_CONNECTORS = ("and", "y")
"""Connectors that join two names rather than sit inside one ("Russia and China")."""

GLUE_WORDS = word_set("on of in at to and the for is was has have had as by")
"""Small words a run-together typo glues onto a name: "Jong Unon", "Kyivhave"."""

IRREGULAR_DEMONYMS = {
    "british": "britain", "french": "france", "dutch": "netherlands", "spanish": "spain",
    "polish": "poland", "turkish": "turkey", "greek": "greece", "swiss": "switzerland",
    "danish": "denmark", "irish": "ireland", "welsh": "wales", "scottish": "scotland",
    "english": "england", "filipino": "philippines", "thai": "thailand",
    "norwegian": "norway", "portuguese": "portugal", "belgian": "belgium",
    "peruvian": "peru", "chilean": "chile", "swedish": "sweden", "finnish": "finland",
    "lebanese": "lebanon", "afghan": "afghanistan", "kazakh": "kazakhstan",
    "uzbek": "uzbekistan", "icelandic": "iceland", "cypriot": "cyprus", "swede": "sweden",
    "dane": "denmark", "finn": "finland", "brit": "britain", "scot": "scotland",
    "turk": "turkey", "serb": "serbia", "croat": "croatia",
}  # fmt: skip
"""Demonyms that do not share a stem with their place -> the place; regular ones
(Russian, Korean, Chinese) match by prefix."""

DEMONYM_SUFFIXES = ("ian", "ean", "ese", "an", "i", "ish")
"""Endings of regular demonyms ("Russian", "Korean", "Chinese", "Israeli")."""

REPORTING_WORDS = word_set("said says say told according")
"""Words of attribution around a value: they say who spoke, not what the value is about."""

GROUP_ADJECTIVES = word_set("""
    european african asian arab arabian latin soviet ottoman kurdish kurd pashtun
    muslim christian jewish catholic protestant evangelical sunni shia shiite shi'ite alawite
    druze islamic islamist jihadist hindu buddhist sikh western
    republican democratic democrat conservative liberal progressive gop
    hispanic latino latina
    islam christianity judaism hinduism buddhism sikhism""")
"""Words of origin, creed, bloc or party that name a group of people, not one entity
(lower case, singular), and the creeds themselves: alone or with a demonym ("Sunni
Muslim", "Shia Islam") they are no fact."""

NOT_NAME_ACRONYMS = word_set("hq tv pm am ceo cfo gdp dna ok id cctv sms pdf faq")
"""All-capital abbreviations of common nouns, not names of anything ("HQ", "TV")."""

ORGANISATION_JOINERS = ("for", "on", "against")
"""Lower-case words that continue an organisation's name after its marker word:
"Organisation for the Prohibition of Chemical Weapons", "Forum on Asset Recovery"."""

CREDIT_WORDS = word_set("credit credits photo photograph photos image illustration video")
"""Words opening a photo credit or caption ("Credit: Joshua Roberts", "CreditJoshua
Roberts" when the page ran them together): the names after them are no facts."""
