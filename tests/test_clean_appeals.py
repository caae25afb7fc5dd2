"""Appeals to the reader ("Subscribe now …") leave the article; news about subscriptions stays."""

from __future__ import annotations

import pytest

from newsdiff.core.text.clean import clean_text
from newsdiff.core.text.clean_rules import RemovalReason

ARTICLE = (
    "The council approved the new budget on Tuesday after a long debate.\n\n"
    "{line}\n\n"
    "The mayor said the vote showed the city could still agree on spending."
)


def _reasons(line: str) -> list[str]:
    cleaned = clean_text(ARTICLE.format(line=line))
    return [r.reason for r in cleaned.removed if r.text == line]


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe now to our eNATION edition for the full story.",
        "To view the full story, please subscribe to The Haitian Times.",
        "For the latest stories and breaking news updates download the Nationnews apps for "
        "iOS and Android.",
        "Sign up for our daily newsletter",
        "Already a subscriber? Log in",
        "If you’re already a subscriber, you can log in for immediate access to the story.",
        "Please subscribe to keep reading this article.",
    ],
)
def test_appeals_to_the_reader_are_removed_with_their_reason(line: str) -> None:
    assert _reasons(line) == [RemovalReason.READER_APPEAL]


@pytest.mark.parametrize(
    "line",
    [
        "Netflix added nine million subscribers in the last quarter, the company said.",
        "Subscribers to the service will pay $2 more a month from June.",
        "Customers who sign up before March get a discount, the regulator said.",
        '"Subscribe now or miss out," the advert told viewers, according to the complaint.',
        "The app was downloaded 40 million times in its first week.",
        "Voters can register online until October 9 to take part in the referendum.",
    ],
)
def test_news_about_subscriptions_and_apps_stays(line: str) -> None:
    assert _reasons(line) == []
