"""consent-by-use, described and proved by generated variants.

Every combination of an activity of the user, a frame and an act of assent
must fire; negated, opt-in and contract-only variants must stay quiet; and
no rewrite of the layout or the typography may change either.
"""
from __future__ import annotations

import itertools

import pytest

from behaviour import (EMPHASIS, LINK_DEFINITION, LINKS, Checker, containers, each_word, failures, filled,
                       hard_wraps, typographic)

# (gerund, base form) of what the user merely does
ACTIVITIES = [
    ("using", "use"), ("accessing", "access"), ("visiting", "visit"), ("browsing", "browse"),
    ("playing", "play"), ("downloading", "download"), ("installing", "install"),
    ("registering for", "register for"), ("signing up for", "sign up for"),
    ("creating an account on", "create an account on"), ("logging in to", "log in to"),
    ("continuing to use", "continue to use"), ("submitting information to", "submit information to"),
]
PRODUCTS = ["BrightLine", "12 Stars Media's app", "battlesnake.com", "the Service", "our website", "the App"]
OBJECTS = ["this Privacy Policy", "the collection and use of your information", "our data practices",
           "the terms of this Privacy Policy", "the processing of your personal data"]
# what follows "you" in an act of assent
ASSENT = ["agree to", "accept", "consent to", "are consenting to", "are deemed to accept", "are deemed to have accepted",
          "are bound by", "acknowledge and agree to", "signify your acceptance of", "hereby consent to",
          "expressly agree to", "will be deemed to have consented to"]
# what use is said to amount to
MEANS = ["means that you agree to", "means you accept", "constitutes your acceptance of", "signifies your consent to",
         "indicates that you accept", "is deemed to be your consent to", "shall constitute your agreement to"]


def _cycle(items, i):
    return items[i % len(items)]


def _bad() -> list[str]:
    out = []
    for i, ((ing, base), assent) in enumerate(itertools.product(ACTIVITIES, ASSENT)):
        product, obj = _cycle(PRODUCTS, i), _cycle(OBJECTS, i)
        out.append(f"By {ing} {product}, you {assent} {obj}.")
        choose = _cycle(["", "choose to ", "continue to "], i) if not base.startswith("continue") else ""
        then = _cycle(["", "then "], i // 3)
        out.append(f"If you {choose}{base} {product}, {then}you {assent} {obj}.")
        out.append(f"You {assent} {obj} by {ing} {product}.")
    for i, ((ing, _), means) in enumerate(itertools.product(ACTIVITIES, MEANS)):
        out.append(f"{ing[0].upper()}{ing[1:]} {_cycle(PRODUCTS, i)} {means} {_cycle(OBJECTS, i)}.")
    for i, (lead, verb) in enumerate(itertools.product(
            ["Your use of", "Your continued use of", "Your access to", "Continued use of", "Any use of"],
            ["constitutes acceptance of", "is deemed acceptance of", "signifies your agreement to",
             "will be deemed your consent to", "constitutes your consent to"])):
        out.append(f"{lead} {_cycle(PRODUCTS, i)} {verb} {_cycle(OBJECTS, i)}.")
    out += [
        "You are deemed to have fully understood and accepted this Privacy Policy.",
        "If you do not agree with this Privacy Policy, please do not use BrightLine.",
        "If you don't accept this policy, you must not use the App.",
        "If you disagree with any part of this Privacy Policy, please stop using our website.",
        "If there are any terms in this privacy notice that you do not agree with, please discontinue use of our "
        "Services immediately.",
        "If any part of this policy is something you don't accept, stop using the app.",
        "Keeping the extension installed means you're happy for us to handle your data as set out here.",
        "Adding the bot to a server is how you tell us you're fine with the handling described here.",
        "Completing registration is treated as your informed approval of the data practices below.",
        "Choosing to use Moodlog means you're okay with us collecting information as this page describes.",
        "Starting a conversation with the assistant signals that you accept the handling of your prompts.",
        "Should you carry on using Snapmoji, we'll understand that you're on board with all of the above.",
        "Each time you launch the game you confirm again that you're comfortable with everything set out here.",
        "Placing an order is taken as your go-ahead for me to use your details as set out here.",
        "Coming along to our services and events means you accept that you may appear in photographs.",
        "Generating or importing a recovery phrase is taken as your go-ahead for the diagnostics.",
        "Creating an account also entails the User's agreement to receive commercial offers.",
        "When you place an order, you thereby also approve the use of your postal address for our catalogue.",
        "Logging into the server counts as your permission for us to record and review all of that.",
        "Sending /start to the bot means you're OK with it keeping the things listed above.",
        "Activating the plugin on your site implies your agreement to the data flows below.",
        "You consent to the transfer of your data to the United States by submitting it to us.",
        "By giving us information, you consent to this kind of transfer of your information.",
        "Your consent to this Privacy Policy followed by your submission of such information represents your "
        "agreement to that transfer.",
    ]
    return out


BAD = _bad()

NEGATED = [
    "By {ing} {product}, you do not agree to {obj}.",
    "We will never treat your use of {product} as consent to {obj}.",
    "{Ing} {product} does not mean that you consent to {obj}.",
    "{Ing} {product} doesn't mean you consent to {obj}.",
    "Your use of {product} is not deemed acceptance of {obj}.",
    "If you {base} {product}, you are never deemed to consent to {obj}.",
    "We do not treat your continued use of {product} as your consent to {obj}.",
]
OPT_IN = [
    "By clicking \"I agree\", you consent to {obj}.",
    "If you tick the box, you agree to {obj}.",
    "If you opt in to analytics in {product}, you consent to {obj}.",
    "By signing up for our newsletter, you agree to receive marketing e-mails.",
    "By {ing} {product}, you can consent to {obj} in the settings.",
    "By {ing} {product}, you may be asked to consent to {obj}.",
    "If you consent, we will personalise {product} by using cookies.",
    "You can withdraw your consent at any time by using the settings of {product}.",
    "We will ask you to consent to {obj} when you first {base} {product}.",
]
CONTRACT_ONLY = [
    "By {ing} {product}, you agree to be bound by these Terms.",
    "By {ing} {product}, you accept our Terms of Service.",
    "If you do not agree to these Terms, do not {base} {product}.",
    "By {ing} {product}, you agree not to misuse it.",
    "By {ing} {product}, you agree to provide accurate information.",
    "Your continued use of {product} constitutes acceptance of the updated Terms of Use.",
    "By {ing} {product}, you agree that you are at least 13 years old.",
]
OTHER = [
    "By using the export feature you can download a copy of your data.",
    "We ask for your consent before we use analytics cookies.",
    "After obtaining your explicit consent, we will share your data with our partners.",
    "When you {base} {product}, we collect your IP address to keep the service secure.",
    "`By using the app you agree` is wording we removed from this policy.",
]


def _fill(templates: list[str]) -> list[str]:
    out = []
    for i, (template, (ing, base)) in enumerate(itertools.product(templates, ACTIVITIES)):
        out.append(template.format(ing=ing, Ing=ing[0].upper() + ing[1:], base=base,
                                   product=_cycle(PRODUCTS, i), obj=_cycle(OBJECTS, i)))
    return sorted(set(out))


GOOD = _fill(NEGATED) + _fill(OPT_IN) + _fill(CONTRACT_ONLY) + _fill(OTHER)

# sentences the invariance tests rewrite
BASE_BAD = [
    "By using BrightLine, you agree to the collection and use of information in accordance with this policy.",
    "If you choose to use our Service, then you agree to the collection and use of information in relation to "
    "this policy.",
    "By using activist.org, you agree to the provisions of this Privacy Policy.",
    "Continuing to use 12 Stars Media's app means you accept our data practices.",
    "By using battlesnake.com, you're consenting to our processing of your information.",
    "Your continued use of the app after changes constitutes your acceptance of the revised \"Privacy Policy\".",
]
BASE_GOOD = [
    "We'll never treat your use of BrightLine as consent to marketing.",
    "By accessing the App, you agree to be bound by these Terms.",
    "By clicking \"I agree\", you consent to the use of analytics cookies.",
    "Using battlesnake.com doesn't mean you consent to marketing.",
]


@pytest.fixture(scope="module")
def check(linter_factory):
    return Checker(linter_factory(select=["consent-by-use"]), "consent-by-use")


def test_every_activity_frame_and_assent_fires(check):
    assert len(BAD) > 400
    assert failures(BAD, check.counts(BAD), 1) == []


def test_negated_opt_in_and_contract_only_variants_stay_quiet(check):
    assert len(GOOD) > 250
    assert failures(GOOD, check.counts(GOOD), 0) == []


def test_plain_text_variants_fire_and_stay_quiet_alike(check):
    sample = BAD[::7]
    assert failures(sample, check.counts(sample, ".txt"), 1) == []
    quiet = GOOD[::5]
    assert failures(quiet, check.counts(quiet, ".txt"), 0) == []


@pytest.mark.parametrize("expected,sentences", [(1, BASE_BAD), (0, BASE_GOOD)])
def test_hard_wrap_at_any_word(check, expected, sentences):
    variants = [v for s in sentences for v in hard_wraps(s)]
    assert failures(variants, check.counts(variants), expected) == []
    filled_variants = [v for s in sentences for v in filled(s)]
    assert failures(filled_variants, check.counts(filled_variants, ".txt"), expected) == []


@pytest.mark.parametrize("expected,sentences", [(1, BASE_BAD), (0, BASE_GOOD)])
def test_emphasis_or_a_link_on_any_word(check, expected, sentences):
    variants = [v for s in sentences for wrap in EMPHASIS + LINKS[:1] for v in each_word(s, wrap)]
    assert failures(variants, check.counts(variants), expected) == []
    linked = [v for s in sentences for v in each_word(s, LINKS[1])]
    counts = check.counts(linked, preamble="# Privacy Policy\n\n" + LINK_DEFINITION.strip() + "\n\n")
    assert failures(linked, counts, expected) == []


@pytest.mark.parametrize("expected,sentences", [(1, BASE_BAD), (0, BASE_GOOD)])
def test_typography(check, expected, sentences):
    variants = [v for s in sentences for v in typographic(s)]
    for suffix in (".md", ".txt"):
        assert failures(variants, check.counts(variants, suffix), expected) == [], suffix


@pytest.mark.parametrize("eol", ["\r\n", "\r"])
@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_line_endings(check, eol, suffix):
    variants = BASE_BAD + [v for s in BASE_BAD[:2] for v in (hard_wraps(s) if suffix == ".md" else filled(s))]
    assert failures(variants, check.counts(variants, suffix, eol=eol), 1) == []
    assert failures(BASE_GOOD, check.counts(BASE_GOOD, suffix, eol=eol), 0) == []


@pytest.mark.parametrize("expected,sentences", [(1, BASE_BAD), (0, BASE_GOOD)])
def test_list_items_blockquotes_and_table_cells(check, expected, sentences):
    variants = [v for s in sentences for v in containers(s)]
    assert failures(variants, check.counts(variants), expected) == []


def test_positions_stay_exact_in_the_file(check):
    """A finding starts at "By" whatever invisible characters and line endings come before it."""
    for eol in ("\n", "\r\n", "\r"):
        for lead in ("", "\u200b", "\u00ad\u00ad", "**", "\u00a0"):
            text = f"# Privacy Policy{eol}{eol}We are Acme.{lead} By using the app, you agree to this policy.{eol}"
            (finding,) = check.findings(text, ".md", eol="\n")
            assert (finding.line, text.split(eol)[2][finding.column - 1:].startswith("By")) == (3, True), (eol, lead)
            assert text[finding.start:finding.start + 2] == "By"


def test_use_taken_as_content_by_the_organisation(check):
    texts = [f"If you {act}, we will {assume} that you are {content} our cookies."
             for act, assume, content in itertools.product(
                 ["continue browsing", "keep using the site", "continue to use this website", "stay on this page"],
                 ["assume", "take it", "consider", "understand"],
                 ["happy with", "okay with", "fine with", "in agreement with"])]
    texts += ["By continuing to browse the site, we assume you accept the use of cookies."]
    assert check.wrong(texts, 1) == []
    quiet = ["If you continue browsing, we will show you more articles.",
             "If you are happy with our service, please tell a friend."]
    assert check.wrong(quiet, 0) == []


def test_a_yes_in_a_cookie_notice_is_to_cookies(linter_factory):
    from behaviour import Checker

    check = Checker(linter_factory(select=["consent-by-use"]), "consent-by-use")
    text = "If you close the banner and keep listening, we'll treat that as a yes."
    assert check.each([text], preamble="# Cookie notice\n\n") == [1]
    assert check.each(["If you tap Accept on the banner, we'll treat that as a yes."], preamble="# Cookie notice\n\n") == [0]


# everyday acts beyond using an app: a bike unlocked, a name put on a rota, a pledge, a post, a loan
EVERYDAY = ["By unlocking a bike", "By putting your name on the rota", "By making a pledge", "By borrowing an e-book",
            "When you post about your health", "By signing your child up for a session", "By renting a locker",
            "When you donate"]
TO_WHAT = ["you consent to us storing your details", "you agree to us processing their details",
           "you consent to us passing your loan details to the publisher"]


def test_everyday_acts_are_activities_too(check):
    texts = [f"{act}, {what}." for act in EVERYDAY for what in TO_WHAT]
    assert check.wrong(texts, 1) == []


def test_an_act_the_reader_does_not_do_is_no_opt_in(check):
    texts = ["If you keep browsing without pressing any button, we treat that as acceptance of analytics cookies.",
             "If you keep browsing without ticking a box, we take it as acceptance of analytics cookies."]
    assert check.wrong(texts, 1) == []
    opt_in = ["By clicking the button and using the app you agree to this policy."]
    assert check.wrong(opt_in, 0) == []


# the instruction to stay away before its condition; use made conditional on accepting the policy; a bot invited
LEADS = ["Please do not use {product}", "Do not access {product}", "You should not install {product}",
         "Please stop using {product}"]
CONDITIONS = ["if you do not agree with this Privacy Policy", "if you disagree with any part of this policy",
              "if you don't accept these privacy practices"]
CONDITIONED = ["is subject to your acceptance of this Privacy Policy", "is conditional on your agreement to this notice",
               "is contingent upon your acceptance of these privacy practices"]


def test_stay_away_if_you_disagree_and_use_subject_to_acceptance(check):
    texts = [f"{lead.format(product=p)} {condition}." for lead in LEADS for condition in CONDITIONS
             for p in ("BrightLine", "the App")]
    texts += [f"{use} {p} {conditioned}." for use in ("The use of", "Your access to", "Use of")
              for p in ("battlesnake.com", "our website") for conditioned in CONDITIONED]
    texts += [f"By {act} Lanternfish to your Discord server, you {assent} this Privacy Policy."
              for act in ("inviting", "adding") for assent in ("agree to", "consent to", "accept")]
    texts += ["By creating an account you give us permission to process your data."]
    assert check.wrong(texts, 1) == []


def test_a_condition_on_consent_or_a_contract_is_no_consent_by_use(check):
    texts = ["Access to some features is subject to your consent to location tracking, which you give by tapping Allow.",
             "The use of cookies is subject to your consent, which we ask for in the banner.",
             "Use of the API is subject to rate limits.",
             "Please do not use the app if you are under 13.",
             "Your use of the Service is subject to our Terms of Use, which you accept when you register.",
             "We will invite you to give your consent before we send newsletters."]
    assert check.wrong(texts, 0) == []


def test_consent_declared_by_the_notice_itself_and_late_activities(check):
    texts = ["You hereby grant your irrevocable consent to Acme to share call recordings with third parties.",
             "If you live outside the United States, you understand and agree that we may transfer your information "
             "to the United States.",
             "This is the privacy policy that you accept when adding any of our bots to a server.",
             "By adding any of our group's bots to your server or using these bots or services in any way, you are "
             "consenting to the policies outlined in this document."]
    assert check.wrong(texts, 1) == []
    quiet = ["You hereby agree that this Privacy Policy does not cover the use of cookies by third parties.",
             "You acknowledge and agree that we are not responsible for other websites.",
             "You hereby agree to these Terms of Service."]
    assert check.wrong(quiet, 0) == []


def test_utilising_the_service_permission_given_by_providing_data_and_removing_the_bot(check):
    texts = ["By utilizing any of the before mentioned Services, you are consenting to the policies outlined in this "
             "document.",
             "If you do not agree to the terms laid out in this document, you may remove the Bots from your server.",
             "If You choose to provide such information and Personal Data, during registration or otherwise, You are "
             "giving the Company permission to use, share and store such information."]
    assert check.wrong(texts, 1) == []


# "unacceptable to you" as the condition, an appositive between "you" and the refusal, use "implicitly" accepted
UNACCEPTABLE = ["If this is not acceptable to you", "If any of the above are unacceptable to you",
                "If these terms are not acceptable to you"]
STAY_AWAY = ["please do not use the Service", "do not use {product}", "please stop using {product}"]


def test_unacceptable_terms_and_an_addressed_reader_told_to_stay_away(check):
    texts = [f"{condition}, {lead.format(product=p)}." for condition in UNACCEPTABLE for lead in STAY_AWAY
             for p in ("BrightLine", "the bot")]
    texts += [f"If you, the {who}, do not agree to this document, {leave}."
              for who in ("server manager", "server member", "moderator") for leave in ("remove the bot", "leave the server")]
    texts += [f"By continuing to use {p}, you {how} accept the changes we make." for p in ("the Service", "12 Stars Media")
              for how in ("implicitly", "tacitly")]
    texts += ["By authenticating your Discord account with the Website, you consent to the usage of your account info."]
    assert check.wrong(texts, 1) == []
    quiet = ["If this is not acceptable to you, contact us and we will delete your data.",
             "If the font size is not acceptable to you, change it in the settings.",
             "If you, the server manager, do not agree, we will not add the bot.",
             "If the modified Terms of Service are not acceptable to you, your only recourse is to cease using the app."]
    assert check.wrong(quiet, 0) == []


def test_agreement_made_the_price_of_the_service(check):
    texts = [f"If you do not agree to this policy, {who} {cannot} {offer} you {what}."
             for who, cannot in (("we", "cannot"), ("I", "am unable to"), ("we", "will not be able to"))
             for offer in ("offer", "provide") for what in ("our services", "the extension")]
    texts = [t.replace("I am unable to", "I can't") for t in texts]
    assert check.wrong(texts, 1) == []
    quiet = ["If you do not agree, we cannot process your request.", "If you do not consent, we cannot offer you a newsletter."]
    assert check.wrong(quiet, 0) == []


def test_continued_membership_or_subscription_taken_as_acceptance(check):
    texts = [f"Your continued {what} constitutes acceptance of the updated policy." for what in ("membership", "subscription")]
    assert check.wrong(texts, 1) == []


@pytest.mark.parametrize("object_", ["use of our cookies", "use of your data", "use of the information you provide"])
@pytest.mark.parametrize("assent", ["you are consenting to", "you consent to", "you only consent to", "you agree to"])
def test_consent_to_the_use_of_data_is_consent_not_a_promise(check, assent, object_):
    """"you are consenting to use of our cookies": "use of" names the processing, not the user's own promise
    ("you agree to use the service lawfully")."""
    text = f"By continuing to view and/or use our sites, {assent} {object_}."
    assert check.each([text]) == [1]


def test_a_promise_to_use_the_service_well_stays_a_promise(check):
    assert check.each(["By using the app, you agree to use it lawfully and to respect other users."]) == [0]


def test_stay_away_after_a_long_object_of_consent(check):
    """"If you do not consent to the collection and use of information from or about you in accordance with
    this Privacy Policy, then you are not permitted to use X": the object may run to twenty words."""
    objects = ["the collection and use of information from or about you in accordance with this Privacy Policy",
               "any of the ways in which we collect, store and share the information described in this notice"]
    texts = [f"If you do not {assent} to {o}, then you {stay} {p}." for assent in ("consent", "agree")
             for o in objects for stay in ("are not permitted to use", "should not use", "must not access")
             for p in ("UberPython", "the app", "12 Stars Media")]
    assert check.wrong(texts, 1) == []


def test_consent_declared_wherever_the_reader_lives(check):
    leads = ["No matter where you are located", "Regardless of where you live", "Wherever you reside"]
    what = ["the processing and transferring of your information in and to the United States",
            "the transfer of your personal data to Tunisia and other countries"]
    texts = [f"{lead}, you {assent} to {w}." for lead in leads for assent in ("consent", "agree", "hereby consent")
             for w in what]
    assert check.wrong(texts, 1) == []
    quiet = [f"{lead}, you have the same rights over your personal information." for lead in leads]
    quiet += [f"{lead}, you can ask us to delete your data." for lead in leads]
    assert check.wrong(quiet, 0) == []


@pytest.mark.parametrize("act", ["create a new account", "create your account", "register an account",
                                 "sign up for an account"])
def test_creating_an_account_in_other_words_is_an_activity(check, act):
    texts = [f"When you {act}, you agree to our collection of this information.",
             f"If you {act}, you consent to the processing of your personal data."]
    assert check.wrong(texts, 1) == []


def test_deemed_acceptance_of_changes_by_continued_use(check):
    texts = [f"You will be deemed to have been made aware of, will be subject to, and will be {deemed} to have "
             f"accepted the changes in any revised Privacy Policy by your {how} use of the Application."
             for deemed in ("deemed", "considered") for how in ("continued", "further")]
    assert check.wrong(texts, 1) == []


def test_a_class_inside_parentheses_is_refused_not_read_as_a_word():
    from policylint.kinds.frame import FrameError, FrameSet, compile_classes

    classes = compile_classes({"use": "use, usage", "assent": "agree, consent"})
    with pytest.raises(FrameError, match="one frame per class"):
        FrameSet(["{assent} (implied|inferred) by ({use}|reading)"], classes, "assent")
    assert FrameSet(["{assent} (implied|inferred) by {use}"], classes, "assent").frames


IMPLIED = ["Consent is implied by your use of the app.", "Your consent is implied when you use the Service.",
           "- **Consent**: Implied through bot usage", "Consent is presumed from your continued use of the site.",
           "We infer your consent from your continued usage.", "User consent is assumed upon registration."]
NOT_IMPLIED = ["Consent is never implied by your use of the app.", "Your consent is implied only when you tick the box.",
               "We do not infer consent from silence.", "Consent cannot be implied by use."]


@pytest.mark.parametrize("text", IMPLIED)
def test_consent_implied_by_use_fires(check, text):
    assert check.each([text]) == [1], text


@pytest.mark.parametrize("text", NOT_IMPLIED)
def test_consent_not_implied_stays_quiet(check, text):
    assert check.each([text]) == [0], text


def test_a_long_aside_between_the_use_and_the_assent_still_fires(check):
    text = ("By visiting or using the battlesnake.com website (the “Website”) or any other features, content, or "
            "applications offered from time to time by Battlesnake in connection therewith (collectively, the "
            "“Services”) in any manner, you acknowledge that you accept the practices outlined in this Privacy Policy.")
    assert check.each([text]) == [1]


# wordings found in real policies, each with the look-alikes that must stay quiet
WORDINGS = [
    # consent given as a fact on sign-up or on reporting a problem
    ("When signing up for an Orbit account, you give consent to the processing of this data.", True),
    ("By reporting the problem that occurred, you agree to this policy as well as to Sentry's.", True),
    ("When signing up, you give consent by ticking a box.", False),
    ("You agree to this policy by clicking I agree.", False),
    ("When signing up, you can give your consent to marketing e-mails.", False),
    # agreement required on sign-up; the service withheld from those who disagree
    ("You must agree to the terms of this Privacy Policy when you sign up for an account on this service.", True),
    ("Users need to accept this privacy notice when registering.", True),
    ("If you do not agree to this Privacy Policy, you may not use the service.", True),
    ("If you do not accept this policy, you cannot use BrightLine.", True),
    ("You must agree to our Terms of Service when you sign up.", False),
    ("You may not use the service if you are under 13.", False),
    ("You must agree to the terms of this Privacy Policy by ticking the box when you sign up.", False),
    # the readers who use the service said to agree
    ("Users who use the app agree to this privacy policy.", True),
    ("Anyone who uses this website agrees to the collection of their IP address.", True),
    ("Visitors who use the site are deemed to accept this policy.", True),
    ("Players who use voice chat agree to the Discord Terms of Service.", False),
    ("Users who do not agree should not use the app.", False),
    ("Users who opt in agree to receive e-mails.", False),
    # use as consent in other words; use made the price of the data
    ("Your use of our services is your consent to this policy.", True),
    ("This policy is accepted upon first launch of the app.", True),
    ("By opening the app, you confirm that you have read this policy and consent to it.", True),
    ("If you do not wish to share your data, please stop using the app.", True),
    ("If you do not want us to collect this data, do not use the app.", True),
    ("If you do not want to receive e-mails, do not subscribe to the newsletter.", False),
    ("If you don't want cookies, you can block them in your browser.", False),
    ("The use of cookies is subject to your consent.", False),
    ("Your use of the app is your choice.", False),
    ("This policy was accepted by the board on 3 March 2024.", False),
    # the notice declares the reader's consent itself
    ("You expressly consent to the sharing of your Personal Information with our contractors.", True),
    ("By ticking the box, you expressly consent to the processing of your data.", False),
    # subscribing is asking for the newsletter consented to; not for anything else
    ("By subscribing, you consent to the sending of the newsletter.", False),
    ("By subscribing, you consent to the processing of your data for analytics.", True),
    # consent said to be given by browsing; not by an act meant to give it
    ("The processing is based on consent - according to Art. 6 par. 1 lit. a GDPR - expressed by the user by "
     "browsing this website and submitting queries.", True),
    ("Your consent is given by clicking the Accept button.", False),
    # the refusal, with who refuses spelled out
    ("IF YOU OR, AS APPLICABLE, YOUR LEGAL GUARDIAN, DISAGREE TO ANY TERM PROVIDED HEREIN, YOU MAY NOT INSTALL, "
     "ACCESS AND/OR USE THE APPS.", True),
    # consent to a transfer deemed from submitting data
    ("Individuals located in countries outside of the United States who submit personal information do thereby "
     "consent to its transfer to the United States.", True),
    ("Individuals who submit personal information thereby consent to the general use of such information.", True),
    # the contract is what is agreed to; the processing is the next clause's
    ("When you sign up for SportHawk, you agree to our Terms of Service, and we process your data to run your account.",
     False),
    ("When you sign up for SportHawk, you agree to the processing of your data, and we process it to run your account.",
     True),
    # consent declared for the reader, who did nothing; a promise or a note taken is no consent
    ("The User consents that personal information may be transferred transborder.", True),
    ("You agree to such cross-border transfers of personal information.", True),
    ("You agree to provide accurate information.", False),
    ("You acknowledge that we collect your data.", False),
    ("You consent to the processing of your data when you tick the box.", False),
    ("You agree that all notices and other communications that we provide to you electronically satisfy any legal "
     "requirement.", False),
    ("The User's continued use of this website following any changes will be considered the User's acceptance.", True),
    # mere use and a subscription together; a subscription alone asks for what is consented to
    ("By using our website and subscribing to our newsletter, you are agreeing to this privacy policy.", True),
    ("By subscribing to our newsletter, you consent to receive it.", False),
    # assents said one after another: what the last is to
    ("By choosing to use Zero-TOTP, you acknowledge and agree to comply with the provisions of the GPL 3 license.", False),
    ("By using Zero-TOTP, you acknowledge and agree to the collection of your data.", True),
    # use given up is no use
    ("Please note that if you cease using the Service or we terminate your access in accordance with your Customer "
     "Agreement, you may no longer have the ability to update your information.", False),
]


@pytest.mark.parametrize("text,fires", WORDINGS)
def test_wordings_of_consent_taken_from_use(check, text, fires):
    assert check.each([text]) == [int(fires)], text


@pytest.mark.parametrize("hedge", ["fully understand and agree to", "completely agree with", "read and accept",
                                   "entirely accept"])
@pytest.mark.parametrize("refrain", ["you may not use any of our applications", "please do not use the app",
                                     "you must not access BrightLine"])
def test_if_you_do_not_fully_understand_and_agree_then_stay_away(check, hedge, refrain):
    assert check.wrong([f"If you do not {hedge} this Privacy Policy, {refrain}."], 1) == []


@pytest.mark.parametrize("sign", ["=", "→", "⇒"])
def test_a_sign_for_means_between_use_and_assent(check, sign):
    assert check.wrong([f"Continued use {sign} acceptance of changes.", f"Using the app {sign} consent to this policy."], 1) == []
    assert check.wrong([f"Retention {sign} 30 days.", f"a {sign} b"], 0) == []


@pytest.mark.parametrize("tick", ["✓", "✔", "☑", "•", "►"])
def test_ticked_lines_are_items_of_their_own(check, tick):
    text = (f"By using our service, you confirm that:\n\n{tick} You have read and understood this Privacy Policy\n"
            f"{tick} You consent to the processing of your personal data as described")
    assert check.wrong([text], 1) == []


@pytest.mark.parametrize("lead", ["you acknowledge that:", "you hereby acknowledge that:"])
@pytest.mark.parametrize("item,line", [("You agree to be bound by these Terms and our Privacy Policy", 5),
                                       ("You accept our Privacy Policy", 5), ("You agree to the processing of your data", 7)])
def test_an_assent_listed_under_a_use_lead_in(lint, lead, item, line):
    """"By using our Site, you acknowledge that:" over "- You agree to ... our Privacy Policy": the list says
    what use is taken to agree to (an item that agrees to processing is reported where it stands, once); a
    list of the user's promises says nothing of the kind."""
    text = f"# Terms\n\n## Acknowledgment\n\nBy using our Site, {lead}\n- You have read these Terms\n- {item}\n"
    assert [f.line for f in lint(text, select=["consent-by-use"])] == [line]
    promises = f"# Terms\n\nBy using our Site, {lead}\n- You will not post spam\n- You are responsible for your account\n"
    assert lint(promises, select=["consent-by-use"]) == []


@pytest.mark.parametrize("acts", ["creating an account, clicking \"I agree,\" or otherwise accessing or using the Service",
                                  "clicking Accept or otherwise using the app", "signing up, ticking the box or simply visiting the site"])
def test_mere_use_as_one_of_the_ways_to_agree(lint, acts):
    """An explicit act named beside "or otherwise using": use alone is enough to "agree", so consent is taken from use."""
    found = lint(f"# Privacy Policy\n\nBy {acts}, you agree to this Privacy Policy.\n", select=["consent-by-use"])
    assert [f.line for f in found] == [3]
    only_the_act = lint("# Privacy Policy\n\nBy clicking \"I agree\", you agree to this Privacy Policy.\n", select=["consent-by-use"])
    assert only_the_act == []


@pytest.mark.parametrize("who", ["Participants", "Entrants", "Attendees", "Members", "Students", "Applicants", "Patients"])
def test_readers_named_by_their_role_assent_too(check, who):
    fires = [f"By participating in the Hackathon, {who} agree that their personal data may be used for promotion.",
             f"By registering, {who.lower()} consent to the publication of their names.",
             f"By using the app, {who} accept the collection of their data."]
    quiet = [f"{who} agree to follow the code of conduct.", f"If they tick the box, {who.lower()} consent to marketing e-mails."]
    assert check.counts(fires) == [1] * len(fires)
    assert check.counts(quiet) == [0] * len(quiet)


@pytest.mark.parametrize("opening", ["Should you", "In case you", "In the event that you"])
def test_objecting_to_the_policy_then_told_to_stay_away(check, opening):
    objections = ["object to the terms of this Privacy Policy", "disagree with any part of this notice",
                  "have any objections to these privacy practices"]
    leaves = ["you should immediately discontinue your use of the Services", "please stop using BrightLine",
              "you must not access battlesnake.com"]
    assert check.wrong([f"{opening} {o}, {leave}." for o in objections for leave in leaves], 1) == []
    assert check.wrong([f"{opening} object to our processing, you can opt out in the settings and keep using the app."], 0) == []


@pytest.mark.parametrize("act", ["registration is only completed", "use of the app is only possible",
                                 "account is only activated"])
@pytest.mark.parametrize("assent", ["confirmed your registration", "agreed to this policy", "given your consent"])
def test_use_that_waits_for_assent_first_is_no_consent_by_use(check, act, assent):
    assert check.counts([f"Your {act} if you have previously {assent} via a confirmation e-mail.\n"]) == [0]
    assert check.counts(["Your continued use of the app means you have agreed to this policy.\n"]) == [1]


@pytest.mark.parametrize("implied", ["implied", "implicit", "tacit", "presumed"])
@pytest.mark.parametrize("act", ["your continued use of the service", "your use of the app", "registering an account",
                                 "signing up"])
def test_consent_called_implied_by_an_activity(check, implied, act):
    """ "provided under your implied consent through your continued use of the service"."""
    texts = [f"We store your data under your {implied} consent through {act}.",
             f"Processing is based on {implied} consent by {act}."]
    assert check.wrong(texts, 1) == []


@pytest.mark.parametrize("choice", ["the option", "the choice", "the opportunity"])
def test_consent_offered_as_a_choice_is_an_opt_in(check, choice):
    """ "If you purchase a product, you will have the option to provide your consent to marketing"."""
    text = f"If you purchase a product from us online, you will have {choice} to provide your consent to our newsletter."
    assert check.wrong([text], 0) == []


@pytest.mark.parametrize("basis", ["is based on", "relies on", "is grounded in", "takes place on the basis of"])
@pytest.mark.parametrize("act", ["installing and using the extension", "downloading the app", "signing up",
                                 "continuing to browse the site"])
def test_consent_given_by_an_activity_as_the_legal_basis(check, basis, act):
    """ "Data processing is based on your consent by installing and using the Extension", also in terms of use."""
    text = f"Processing of your data {basis} your consent, given by {act}."
    assert check.wrong([text, f"# Terms of Use\n\n## Lawful basis\n\n{text}"], 1) == []
    quiet = [f"Processing of your data {basis} your consent, which you give by ticking the box before {act}.",
             f"You can withdraw your consent by {act.replace('installing and using', 'removing')}."]
    assert check.wrong(quiet, 0) == []


@pytest.mark.parametrize("who", ["workspace administrators", "server admins", "the administrator"])
def test_admins_are_readers_too(check, who):
    """ "By installing the app, workspace administrators consent to processing on behalf of their organization"."""
    assert check.wrong([f"By installing the app, {who} consent to the processing of their team's messages."], 1) == []
    assert check.wrong([f"Before installing the app, {who} tick a box to consent to the processing of messages."], 0) == []
