"""The word classes for organisation and product names: one vocabulary, shared by the rules."""
import pytest

from policylint.wordclasses import (BUSINESS_HEADS, BUSINESS_PLURALS, GENERIC_ORGANISATIONS, KIND_WORDS, PRODUCT_KINDS,
                                    TRADE_PLURALS, business_word)


@pytest.mark.parametrize("word", ["Aviation", "Logistics", "Orthodontics", "Technology", "Photography", "Security",
                                  "Innovations", "Software", "Studio", "League", "Removals", "App"])
def test_business_words(word):
    assert business_word(word)


@pytest.mark.parametrize("word", ["Iyer", "Fleming", "Davies", "Overton", "Petrenko", "Sarah", "Lawrence", "Nation"])
def test_person_words_are_not_business_words(word):
    assert not business_word(word)


def test_classes_are_built_from_each_other():
    assert TRADE_PLURALS <= BUSINESS_PLURALS <= BUSINESS_HEADS
    assert PRODUCT_KINDS <= KIND_WORDS
    assert not {"team", "committee", "organisers"} & KIND_WORDS  # a group of people is no kind of business
    assert {"team", "committee"} <= GENERIC_ORGANISATIONS
