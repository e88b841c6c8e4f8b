"""children-age-ambiguous, proved by generated variants.

Two ages for children in one breath ("16 (13 outside the EU)"), an age left
to "the age of digital consent in your country" with no number, and two
different thresholds in one document (also 16 against the age of majority)
fire; one clear age, each age tied to a named place in its own sentence,
and an adult's act at 18 ("18 or older to buy") stay quiet.
"""
from __future__ import annotations

import pytest

from behaviour import Checker, failures

FIRST = ["at least 16", "16 or older", "16 and over", "aged 16 and up"]
SECOND = ["13 if you live outside the EU", "13 outside the EEA", "14 in Spain", "13 and over in the United States",
          "13 in some countries", "or under 13 in the US", "or at least 14 in Spain", "but over 13 outside the EU"]
SUBJECTS = ["You must be", "Players must be", "Tandemly is for people"]


@pytest.fixture(scope="module")
def check(linter_factory):
    return Checker(linter_factory(select=["children-age-ambiguous"]), "children-age-ambiguous")


def test_a_second_age_in_brackets_fires_once(check):
    texts = [f"{subject} {first} to sign up ({second})." for subject in SUBJECTS for first in FIRST
             for second in SECOND]
    texts = [t.replace("people at least", "people at least").replace("is for people aged", "is for people aged") for t in texts]
    assert len(texts) >= 90
    assert check.wrong(texts, 1) == []


def test_two_thresholds_joined_by_or_fire_once(check):
    texts = [f"The app is not for children {a} or {b}." for a, b in
             [("under 13", "under 16"), ("under 16", "below 13"), ("younger than 13", "younger than 16")]]
    assert check.wrong(texts, 1) == []


NO_NUMBER = ["the age of digital consent in your country", "the minimum age in your country",
             "the digital age of consent in their jurisdiction", "the age of consent in your country"]


@pytest.mark.parametrize("lead", ["We don't knowingly collect data from children below {}.",
                                  "We do not collect data from players under 13; in the EEA, {} applies instead.",
                                  "You must be at least {} to play online."])
def test_an_age_with_no_number_fires(check, lead):
    texts = [lead.format(phrase) for phrase in NO_NUMBER]
    assert check.wrong(texts, 1) == []


PAIRS = [("You must be at least {a} years old to open an account.", "Persons under {b} may not open an account."),
         ("We do not knowingly collect data from anyone under {a}.", "If you believe a child under {b} sent us data, tell us."),
         ("The server is for players {a} and up.", "The server isn't meant for anyone under {b}."),
         ("Until a member turns {a}, we ask the parents to consent.", "Members under {b} need a parent's signature.")]


@pytest.mark.parametrize("a,b", [(18, 16), (13, 16), (16, 14), (17, 18)])
def test_two_thresholds_in_one_document_fire_once(check, a, b):
    texts = [f"{one.format(a=a)}\n\n{two.format(b=b)}" for one, two in PAIRS]
    assert check.wrong(texts, 1) == []
    same = [f"{one.format(a=a)}\n\n{two.format(b=a)}" for one, two in PAIRS]
    assert check.wrong(same, 0) == []


QUIET = ["We do not knowingly collect personal data from children under 13.",
         "You must be at least 16 years old to use the app in the EEA, and at least 13 in the United States, "
         "where COPPA applies.",
         "Children under 13 need a parent's consent. You must be 18 or older to buy a subscription.",
         "Our services are not intended for individuals under the age of 13.\n\nWe do not sell the personal "
         "information of known minors under 16 years of age.",
         "We do not knowingly collect data from children under 16, the age of digital consent in Ireland.",
         "Children under 13 may not use the app. Our servers delete logs older than 14 days."]


def test_one_clear_age_places_and_adult_acts_stay_quiet(check):
    assert check.wrong(QUIET, 0) == []


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_wrapped_and_typographic_variants(check, suffix):
    texts = ["You must be at least 16 to sign up\n(13 if you live outside the EU).",
             "You must be at least 16\u00a0to sign up (13\u00a0if you live outside the EU).",
             "*You must be at least 16 to sign up (13 if you live outside the EU).*"]
    assert failures(texts, check.each(texts, suffix=suffix), 1) == []


def test_a_long_place_in_brackets_and_an_age_the_law_decides(check):
    texts = ["The game is not intended for users under the age of 13 (or under the age of 16 in the European Union and "
             "countries following EU GDPR standards).",
             "The app is not specifically directed to children under the age required by local law."]
    assert check.wrong(texts, 1) == []


def test_a_consent_age_named_in_other_words_and_two_ages_for_vague_places(check):
    texts = [f"This bot is not directed to children under 13 (or {phrase} in your country)."
             for phrase in ("the minimum digital consent age", "the digital-consent age", "the age of digital majority")]
    texts += ["Do not use the bot if you are under the minimum age required to use Discord "
              "(13 in most countries, 16 in others).",
              "Members must be over the minimum age (13 in some countries, 16 in other countries)."]
    assert check.wrong(texts, 1) == []


@pytest.mark.parametrize("condition", ["If this server is in", "If the instance is hosted in"])
def test_ages_for_places_the_notice_leaves_open_fire_once(check, condition):
    text = (f"{condition} the EU or the EEA: our site is directed to people who are at least 16 years old. If you are "
            "under the age of 16, per the requirements of the GDPR, do not use this site.\n\n"
            f"{condition} the USA: our site is directed to people who are at least 13 years old. If you are under the "
            "age of 13, per the requirements of COPPA, do not use this site.")
    assert check.each([text]) == [1]
    assert check.each([text.replace(condition, "For users in")]) == [0]  # each age with its place


@pytest.mark.parametrize("band", ["between 13 and 17 years old", "aged 13 to 17", "between the ages of 13 and 17"])
def test_the_top_of_an_age_band_is_no_second_threshold(check, band):
    text = f"Users must be at least 13 years old to use Badgester. If you are {band}, you need a parent's permission."
    assert check.each([text]) == [0]


def test_a_plus_sign_and_another_minimum_age(check):
    texts = ["The app is for users **13+** (or the minimum age in your country).",
             "We do not collect data from children under the age of 13 (or other minimum age in your jurisdiction)."]
    assert check.wrong(texts, 1) == []


RULES = ["Volunteers must be {rule} or over.", "You must be at least {rule} years old to register.",
         "Members must be {rule} and over."]
EXCEPTIONS = ["Young people aged {low} and {high} can help if a parent or carer comes along.",
              "Users aged {low} to {high} may register with a parent's consent.",
              "People aged {low}-{high} may join with written permission from a guardian."]


def test_a_band_beside_its_rule_is_an_exception_and_elsewhere_a_contradiction(check):
    """"Must be 16 or over. Aged 14 and 15 can help if a parent comes": the rule and the exception it
    allows, stated together; the same band in another section contradicts the rule as stated."""
    together = [f"{rule.format(rule=16)} {band.format(low=14, high=15)}" for rule in RULES for band in EXCEPTIONS]
    assert check.wrong(together, 0) == []
    apart = [f"## Who may join\n\n{rule.format(rule=18)}\n\n## Young members\n\n{band.format(low=16, high=17)}"
             for rule in RULES for band in EXCEPTIONS]
    assert check.wrong(apart, 1) == []


ADULT_SIDE = ["Parents (and students who are 18 or older) may inspect and review the student's records.",
              "Account holders aged 18 and over can download their full history.",
              "You must be 18 or older to buy a subscription.",
              "The app is designed for children around 10 years of age.",
              "Most of our players are about 12 years old."]
MINOR_SIDE = ["If we learn that a member is under 18, we close the account.",
              "If you're under 18, a parent or carer has to fill in the form for you.",
              "You must be at least 18 years old to create an account, launch a campaign or back one."]


@pytest.mark.parametrize("other", ["We do not knowingly collect data from children under 13.",
                                   "Kōrero Circle is for people aged 16 and over."])
def test_an_adults_right_or_an_audience_is_no_threshold_and_an_age_for_minors_is(check, other):
    """18 and over counts where it says who may use or join, or speaks of minors ("under 18"); an
    adult's right ("students who are 18 or older may inspect their records"), an adult's purchase
    and a rough audience ("children around 10") set no threshold for children."""
    quiet = [f"{other}\n\n{text}" for text in ADULT_SIDE]
    assert check.wrong(quiet, 0) == []
    loud = [f"{other}\n\n{text}" for text in MINOR_SIDE]
    assert check.wrong(loud, 1) == []


@pytest.mark.parametrize("text,fires", [
    ("Our services are not directed to children under the age of thirteen (or sixteen in some countries).", True),
    ("Users must be thirteen years of age or older. Children under sixteen need a parent's consent.", False),
    ("Users must be sixteen years of age or older. Children under thirteen need a parent's consent.", True),
    ("We do not knowingly collect data from children under thirteen (13). You must be at least sixteen (16) to sign up.", True),
    ("We do not knowingly collect data from children under thirteen (13).", False),
    ("You must be at least sixteen years old. Nobody under the age of sixteen (16) may register.", False),
    ("Our tenants and ten staff members do not knowingly collect data from children under 13.", False),
    ("The Service is intended for users over the age of 16. We do not knowingly collect data from children under 13.", True),
    ("The Service is intended for users over the age of 13. We do not knowingly collect data from children under 13.", False),
])
def test_ages_written_in_words(lint, text, fires):
    found = lint(f"# Privacy Policy\n\n{text}\n", select=["children-age-ambiguous"])
    assert len(found) == int(fires), [f.message for f in found]


@pytest.mark.parametrize("text", ["If you are under 13 years of age or a minor in your country of residence, ask a parent.",
                                  "Users under 16 or considered a minor where you live need a parent's consent."])
def test_an_age_or_being_a_minor_where_the_reader_lives(check, text):
    assert check.each([text]) == [1], text


def test_a_platforms_minimum_age_beside_the_law_gives_no_number(check):
    assert check.each(["The bot is not directed to children under the minimum age required by Discord and applicable law."]) == [1]


MINIMUMS = ["You must be at least {low} years old to use the app.", "We do not knowingly collect data from children under {low}.",
            "The service is for people aged {low} and over."]
PARENTAL = ["Users under {high} require parental consent.", "Until a member turns {high}, we ask the parents to give the consents.",
            "If you are under {high}, your parent or legal guardian has reviewed and agreed to these Terms.",
            "Members under {high} need the permission of a parent or guardian."]


@pytest.mark.parametrize("low,high", [(13, 16), (13, 18), (16, 18)])
def test_a_parents_consent_above_the_minimum_age_is_a_second_tier(check, low, high):
    """"At least 13 to use the app" and "under 18, parental consent": two ages for two things. A parent's
    consent below the age the service requires contradicts it, and two ages for a parent's consent clash."""
    tiers = [f"## Who may use it\n\n{m.format(low=low)}\n\n## Young users\n\n{p.format(high=high)}"
             for m in MINIMUMS for p in PARENTAL]
    assert check.wrong(tiers, 0) == []
    below = [f"## Who may use it\n\n{m.format(low=high)}\n\n## Young users\n\n{p.format(high=low)}"
             for m in MINIMUMS[:1] for p in PARENTAL]
    assert check.wrong(below, 1) == []
    both = [f"{PARENTAL[0].format(high=low)}\n\n{p.format(high=high)}" for p in PARENTAL[1:]]
    assert check.wrong(both, 1) == []


def test_a_parents_permission_refused_sets_a_second_threshold(check):
    text = ("## Children\n\nThe app is not intended for children under 13.\n\n## Teen accounts\n\n"
            "Anyone under 14 is not allowed to hold an account at all, even with a parent's permission.")
    assert check.wrong([text], 1) == []


@pytest.mark.parametrize("platform", ["Discord", "the platform", "the app store"])
def test_the_minimum_age_a_platform_permits_where_the_reader_lives_gives_no_number(check, platform):
    text = f"Our bot is not directed to people below the minimum age permitted to use {platform} in their country."
    assert check.each([text]) == [1]


@pytest.mark.parametrize("age", [13, 16])
@pytest.mark.parametrize("other", ["or applicable age in your jurisdiction", "or the age in your country",
                                   "or the applicable age of their country of residence", "or the age for your state"])
def test_an_age_or_the_age_where_the_reader_lives(check, age, other):
    """ "under 13 (or applicable age in your jurisdiction)": the second age has no number."""
    texts = [f"This platform is not directed at children under {age} ({other}).",
             f"You must be {age} {other} to register."]
    assert check.wrong(texts, 1) == []
    assert check.wrong([f"You must be {age} or older to register. In the EEA the age is 16 under the GDPR."], 0) == []
