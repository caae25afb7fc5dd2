"""Closed-class words (articles, prepositions, auxiliaries, pronouns) as the stages use them.

Users: `text.typos` (words run together in scraped copy: `GLUED_WORDS`,
`GLUED_AFTER_NAMES`, `PREFIX_LIKE_GLUED_WORDS`, `CONTRACTION_TAILS`),
`text.clean_teasers` (how much a line shares with the article: `TOPICLESS_WORDS`,
`ARTICLES`), `diff.numbers` (an article counting as one: `INDEFINITE_ARTICLES`).
"""

from __future__ import annotations

from newsdiff.core.words import word_set

GLUED_WORDS = word_set(
    """a an the and or but nor so yet of in on at to for from with by as into onto over
    under after before about against between during without within is are was were be
    been has have had will would can could should may might must do does did said says
    not no that this these those than then who which what when where while his her its
    their our your he she it they we"""
)
"""Closed-class words that scraped copy most often glues to a neighbour ("Kyivhave",
"Unon", "AndPresident"). A run-together is only reported when one half is one of
these, which keeps names (Johnson, Washington) safe."""

GLUED_AFTER_NAMES = word_set(
    """on in at to of for and the has have had was were is are will would said says who
    with from by that which"""
)
"""The glued words split off the end of a capitalised token. Those that can end a name
by chance are left out (Mansour = Mans + our, Esther)."""

PREFIX_LIKE_GLUED_WORDS = word_set("in on over under after out up down by")
"""Lower-case glue words that are also word-forming prefixes (undersupplied,
overreach): a split after them is usually a real compound."""

CONTRACTION_TAILS = word_set("ve re ll nt s t d m")
"""Fragments of contractions whose apostrophe was lost or split off ("I ve")."""

TOPICLESS_WORDS = word_set(
    """the and for with from that this these those was were are has have had will would
    could should can not but its his her their our your they them who whom which what when
    where why how than then there here into onto over under about after before while also
    just only more most some such been being did does said says say new one two all any"""
)
"""Frequent words that name no topic, left out when the cleaner weighs how much a line
shares with the rest of the article."""

ARTICLES = word_set("the a an")
"""The articles, which headlines drop and prose keeps."""

INDEFINITE_ARTICLES = word_set("a an")
"""The indefinite articles, which count as one before a scale ("a hundred")."""
