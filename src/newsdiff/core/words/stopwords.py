"""Stop words: the words that carry no content of their own, in two lists for two uses.

Users: `align.similarity` (`FUNCTION_WORDS`: never new content in a sentence
pair) and `stories.grouping` (`EVENT_STOPWORDS`: no term of an event). They
differ on purpose: grouping also drops words that are content in a sentence
but say nothing about which event an article reports (reporting verbs, time
words, weekday names), while the sentence score keeps them.
"""

from __future__ import annotations

from newsdiff.core.words import word_set
from newsdiff.core.words.calendar import WEEKDAYS

FUNCTION_WORDS = word_set(
    """
    a an the and or but nor so yet if then than that this these those there here of in on
    at to for from by with without about into onto over under after before since until
    while during as is are was were be been being am has have had having do does did doing
    will would shall should can could may might must it its he him his she her hers they
    them their theirs we us our ours you your yours i me my mine who whom whose which what
    when where why how not no also just only very too more most such other another any some
    all each both either neither own same up down out off again further once
    """
)
"""Closed-class English words (articles, pronouns, prepositions, auxiliaries,
conjunctions, a few adverbs): `align.similarity` never counts them as new content
(they still count in word and phrase overlap, where word order and grammar show)."""

EVENT_STOPWORDS = word_set(
    """
        a about above after again against all almost also although always am among an and
        another any anyone are around as at back be became because been before being below
        between both but by can could did do does doing done down during each either else
        even ever every few for from further get gets got had has have having he her here
        hers herself him himself his how however i if in into is it its itself just last
        least less like made make many may me might more most much must my myself neither
        never new no nor not now of off often on once one only or other others our ours
        ourselves out over own per perhaps rather said same says see seen several shall she
        should since so some still such than that the their theirs them themselves then
        there these they this those though through thus to too two under until up upon us
        very via was we well were what when where whether which while who whom whose why
        will with within without would yet you your yours yourself yourselves mr mrs ms
        according told tell including across already year years day days time week today
        yesterday tomorrow
        """
) | frozenset(WEEKDAYS)
"""Words `stories.grouping` leaves out of an article's terms: function words, and
words every article uses whatever its event (said, told, according, year, week,
today, the weekday names)."""
