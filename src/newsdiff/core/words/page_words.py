"""Words of web-page chrome, timestamps and stock tickers, as the cleaner reads them.

Users: `text.clean_furniture` (page furniture, timestamps, ticker lines).
"""

from __future__ import annotations

from newsdiff.core.words import word_set

FURNITURE_WORDS = word_set(
    """text size font share this article articles story stories top latest popular most
    read posts post news related more information info advertisement advert ad ads
    sponsored content comments comment print email subscribe newsletter follow us on sign
    up log in login menu home search next previous back to skip main listen audio video
    watch close open the our and author show hide reading time min mins minute minutes
    copy link save bookmark tweet facebook twitter whatsapp linkedin reddit telegram x
    updated last published trending now recommended for you editor's picks all rights
    reserved cookie cookies accept continue view gallery photos image images page explore
    topics tags category categories scroll"""
)
"""Words that make up page chrome ("Text size:", "Top Articles", "Share this article"):
a short line made only of them, with at least one `FURNITURE_ANCHORS` word, is furniture."""

FURNITURE_ANCHORS = word_set(
    """size font share articles posts advertisement advert ads sponsored comments print
    subscribe newsletter login menu search skip trending bookmark tweet facebook twitter
    whatsapp linkedin reddit telegram cookie cookies gallery information updated tags
    topics categories popular scroll continue"""
)
"""Furniture words that prose headings hardly use."""

TIME_WORDS = word_set(
    """published updated posted last modified on at am pm a.m p.m gmt utc bst cet cest est
    edt pst pdt ist jst kst msk hour hours minute minutes min mins day days week weeks"""
)
"""Labels, clock words and time zones of a timestamp line ("Published: 10.32 BST")."""

RELATIVE_DATE_WORDS = word_set("ago")
"""Words that date a line as a month name does ("3 hours ago")."""

TICKER_EXTRAS = word_set("$ € £ ¥ ▲ ▼ ↑ ↓ + - USD EUR GBP JPY CHF pts")
"""Currency signs and codes, arrows and units that stand between a ticker's figures."""
