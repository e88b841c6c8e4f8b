"""entity-name-inconsistent, proved by generated variants.

Every variant of the defined name (case, spacing, hyphen, plural, with words
added around it, broken over two lines) is found once; the defined name
itself is never a variant, however it is wrapped, emphasised, linked or
typed; and other companies are never taken for it.
"""
from __future__ import annotations

import re

import pytest

from behaviour import Checker, failures, hard_wraps

TITLE = "# Privacy Policy\n\n"  # the only name defined is the one under test
DEFINITIONS = [
    ('CloudWalk ("we", "us") runs the service.', "CloudWalk",
     ["Cloudwalk", "cloudwalk", "Cloud Walk", "Cloud-Walk", "CloudWalks", "cloudWalk", "Cloud\nWalk"]),
    ('Acme Expert ("we") provides the app.', "Acme Expert",
     ["Acme Experts", "AcmeExpert", "acme expert", "Acme-Expert", "ACME Expert", "Acme\nexpert", "Acme  Experts"]),
    ('12 Stars Media ("we") publishes the game.', "12 Stars Media", ["12 stars media", "12 StarsMedia", "12 Stars media"]),
    ('BrightLine Ltd ("we", "us") operates BrightLine.', "BrightLine", ["Brightline", "Bright Line", "Bright-Line"]),
    # a space inside one word, a digit apart, a business plural dropped, "and" for "&", an institution turned round
    ('Quillstone ApS ("Quillstone", "we") makes notes.app.', "Quillstone", ["Quill Stone", "QuillStone", "Quill-stone"]),
    ('Pixel8 Labs Kft. ("we") makes the game.', "Pixel8 Labs", ["Pixel 8 Labs", "Pixel8 Lab", "Pixel8 labs"]),
    ('Wool & Wander ("we", "us") is a small shop.', "Wool & Wander", ["Wool and Wander", "Wool&Wander", "wool & wander"]),
    ('The University of Eastmoor ("we") runs the study.', "University of Eastmoor", ["Eastmoor University"]),
    ('Kräuterkontor GmbH ("Kräuterkontor", "we") sells tea.', "Kräuterkontor", ["Krauterkontor", "Kraeuterkontor", "Kräuter-Kontor"]),
    ('Meridian Metrics, Inc., a Delaware corporation (\u201cMeridian,\u201d \u201cwe,\u201d or \u201cus\u201d) runs the site.',
     "Meridian", ["meridian", "MeriDian"]),
    ('We, the Pebblebrook maintainers, wrote this page.', "Pebblebrook", ["PebbleBrook", "Pebble Brook"]),
    ('Trailhead Youth Network ("TYN", "we") runs camps.', "Trailhead Youth Network", ["Trail Head Youth Network"]),
    ('Gravelpit Games Ltd, 9 Quayside Works, Bristol BS1 6ED, England ("Gravelpit Games", "we") makes the game.',
     "Gravelpit Games", ["GravelPit Games", "Gravel Pit Games", "Gravelpit Game"]),
    # the first word alone is the short form; a word of the name abbreviated; a vague head after the name
    ('Fairshare Money Advice ("we") is a charity.', "Fairshare Money Advice", ["Fair Share", "FairShare", "Fair-Share"]),
    ('Brindle Street Gallery ("we") sells prints.', "Brindle Street Gallery", ["Brindle St. Gallery", "Brindle St Gallery"]),
    ('The Dealcraft team ("we", "us") makes a mobile CRM.', "Dealcraft", ["DealCraft", "Deal Craft", "Deal-Craft"]),
]
CARRIERS = ["{} stores your data in the EU.", "Data is kept on the {} servers.", "Write to the {} team.",
            "We, {}, never sell data.", "Questions about {}? Write to us."]
SAME_NAME = ["{}", "*{}*", "**{}**", "[{}](https://brand.example/about)", "{}'s", "{}\u2019s", "the {} app",
             "{} Ltd", "{}, Inc."]
OTHERS = ["We use Google Analytics, Stripe and Amazon Web Services.", "GitHub, Inc. hosts our code.",
          "Payments are handled by PayPal.", "Our hosting provider is Hetzner Online GmbH.",
          "We publish updates on the Apple App Store and Google Play."]


@pytest.fixture(scope="module")
def check(linter_factory):
    return Checker(linter_factory(select=["entity-name-inconsistent"]), "entity-name-inconsistent")


@pytest.mark.parametrize("definition,name,variants", DEFINITIONS, ids=[d[1] for d in DEFINITIONS])
def test_every_variant_fires_once(check, definition, name, variants):
    texts = [f"{definition}\n\n{carrier.format(variant)}" for variant in variants for carrier in CARRIERS]
    assert check.wrong(texts, 1, preamble=TITLE) == []


@pytest.mark.parametrize("definition,name,variants", DEFINITIONS, ids=[d[1] for d in DEFINITIONS])
def test_the_defined_name_is_never_a_variant(check, definition, name, variants):
    own_form = LEGAL_FORM_IN.search(definition)
    written = [form.format(name) for form in SAME_NAME
               if own_form is None or LEGAL_FORM_IN.search(form) is None]  # "Quillstone Ltd" is not Quillstone ApS
    written += [name.replace(" ", "\n"), name.replace(" ", "  "), name.replace(" ", "\u00a0")]
    texts = [f"{definition}\n\n{carrier.format(w)}" for w in written for carrier in CARRIERS]
    assert check.wrong(texts, 0, preamble=TITLE) == []


LEGAL_FORM_IN = re.compile(r"\b(?:Ltd|Inc|ApS|Kft|GmbH|S\.r\.l|SAS|B\.V)\b")
# a definition with a legal form, and the same name with another legal form: another company
OTHER_FORMS = [("Tessellate Software S.r.l., Via Roma 3, Milan (\u201cTessellate\u201d, \u201cwe\u201d) runs Parley.",
                "Tessellate Software", [" Ltd", " Limited", " GmbH", ", Inc."]),
               ('BrightLine Ltd ("we", "us") operates BrightLine.', "BrightLine", [", Inc.", " GmbH", " B.V.", " SAS"]),
               ('Pixel8 Labs Kft. ("we") makes the game.', "Pixel8 Labs", [" Ltd", " LLC", " Oy"])]


@pytest.mark.parametrize("definition,name,forms", OTHER_FORMS, ids=[d[1] for d in OTHER_FORMS])
def test_the_name_with_another_legal_form_fires_once(check, definition, name, forms):
    texts = [f"{definition}\n\n{carrier.format(name + form)}" for form in forms for carrier in CARRIERS[:3]]
    assert check.wrong(texts, 1, preamble=TITLE) == []


@pytest.mark.parametrize("written", ["BrightLine Inc.", "BrightLine Ltd", "BrightLine GmbH", "Brightline Labs"])
def test_the_short_name_with_a_legal_form_or_a_variant_of_the_full_name_fires_once(check, written):
    """"BrightLine Inc." is neither the alias "BrightLine" nor the company "BrightLine Labs Ltd"."""
    _each_after(check, 'BrightLine Labs Ltd ("BrightLine", "we") operates the BrightLine app.', [written], 1)


def test_a_company_of_the_group_named_as_such_is_no_variant(check):
    text = ('BrightLine Ltd ("we", "us") operates BrightLine.\n\n'
            "Our subsidiary BrightLine, Inc. handles support in the United States.")
    assert failures([text], check.each([text], preamble=TITLE), 0) == []


@pytest.mark.parametrize("definition,name,variants", DEFINITIONS, ids=[d[1] for d in DEFINITIONS])
def test_other_companies_are_never_variants(check, definition, name, variants):
    texts = [f"{definition}\n\n{other}" for other in OTHERS]
    assert check.wrong(texts, 0, preamble=TITLE) == []


def test_a_variant_wrapped_over_two_lines_is_found_on_its_first_line(check):
    for eol in ("\n", "\r\n", "\r"):
        text = f'# Privacy Policy{eol}{eol}Acme Expert ("we") provides the app. The Acme{eol}Experts team sells nothing.{eol}'
        (finding,) = check.findings(text)
        assert '"Acme Experts"' in finding.message and (finding.line, finding.end_line) == (3, 4), eol


def test_messages_stay_on_one_line(check):
    (finding,) = check.findings('# Privacy Policy\n\nCloudWalk ("we") runs it. The Cloud\nWalk app stores data.\n')
    assert "\n" not in finding.message and '"Cloud Walk"' in finding.message


def test_the_singular_of_a_plural_name_is_a_variant(check):
    def count(defined, variant):
        text = f'{defined} ("we") makes the Orbit app. {variant} app never sells data.'
        return check.each([text], preamble=TITLE)[0]

    for defined, variant in [("OrbitLabs", "OrbitLab"), ("OrbitLabs", "Orbit Lab"), ("BrightWorks", "Bright Work")]:
        assert count(defined, variant) == 1, (defined, variant)
    for defined, variant in [("OrbitLabs", "OrbitLabs'"), ("Acme Systems", "Acme Systems"),
                             ("Mozilla Accounts", "Mozilla account")]:
        assert count(defined, variant) == 0, (defined, variant)


# the defined name's lead words with another business's last word: another name for the same party
OTHER_HEADS = [('Meridian Metrics, Inc. ("Meridian", "we") runs the site.', ["Meridian Analytics", "Meridian Labs", "Meridian Software"]),
               ('Harbour Games Ltd ("we") makes the game.', ["Harbour Studios", "Harbour Interactive", "Harbour Media"])]


def _each_after(check, definition: str, names: list, expected: int, carriers=CARRIERS[:3]):
    """Each name, in each carrier sentence, after the definition: ``expected`` findings in every text."""
    texts = [f"{definition}\n\n{carrier.format(name)}" for name in names for carrier in carriers]
    assert failures(texts, check.each(texts, preamble=TITLE), expected) == []


# a name read from the title or from use: only a joint is judged (a space, a hyphen, "and", an inner capital)
BRANDS = [("# Oakridge SMP Server Rules\n\nOakridge SMP is a survival server.\n\n", ["Oak Ridge", "Oak-Ridge", "OakRidge"]),
          ("# Hearthlink Cookie Notice\n\nHearthlink is a thermostat maker.\n\n", ["HearthLink", "Hearth Link", "Hearth-link"]),
          ("# Wool & Wander Privacy Notice\n\nWool & Wander is a yarn shop.\n\n", ["Wool and Wander", "Wool&Wander"])]


@pytest.mark.parametrize("title,variants", BRANDS, ids=[b[1][0] for b in BRANDS])
def test_a_joint_variant_of_a_title_brand_fires_once(check, title, variants):
    texts = [title + carrier.format(variant) for variant in variants for carrier in CARRIERS]
    assert check.wrong(texts, 1, preamble="") == []


@pytest.mark.parametrize("title,variants", BRANDS, ids=[b[1][0] for b in BRANDS])
def test_case_and_plural_of_a_title_brand_are_not_judged(check, title, variants):
    name = title.split("\n")[2].split(" is ")[0]
    texts = [title + carrier.format(form) for form in (name.lower(), name.upper(), name + "s") for carrier in CARRIERS
             if not (form == name + "s" and ("team" in carrier or carrier.startswith("{} stores")))]
    assert check.wrong(texts, 0, preamble="") == []


@pytest.mark.parametrize("title,variants", BRANDS, ids=[b[1][0] for b in BRANDS])
def test_the_plural_of_a_title_brand_before_its_team_is_a_variant(check, title, variants):
    name = title.split("\n")[2].split(" is ")[0]
    texts = [title + f"{lead}{name}s {people} reads every message." for lead in ("The ", "")
             for people in ("team", "staff", "crew")]
    assert check.wrong(texts, 1, preamble="") == []


@pytest.mark.parametrize("title,variants", BRANDS, ids=[b[1][0] for b in BRANDS])
def test_the_plural_of_a_title_brand_acting_as_one_body_is_a_variant(check, title, variants):
    """"how Quayside Marinas uses cookies": a plural with a verb for one body is the name with an "s" too many."""
    name = title.split("\n")[2].split(" is ")[0]
    texts = [title + f"If you have questions about how {name}s {verb} your data, write to us."
             for verb in ("uses", "collects", "stores", "processes")]
    assert check.wrong(texts, 1, preamble="") == []


# letters written two ways (å/aa, ü/ue, ø/oe, ß/ss), and the shorter name a writer drops the end to
TWO_WAYS = [('Kløvergaard ApS ("Kløvergaard", "we") packs the boxes.', ["Kløvergård", "Kloevergaard"]),
            ('TSV Grünwald 1921 e.V. ("we") runs the club.', ["TSV Gruenwald", "TSV Grunwald"]),
            ('Inkwell & Oak Tattoo Ltd ("we") books your session.', ["Inkwell and Oak", "Inkwell&Oak"]),
            ('Nordlys Esports AS, Storgata 33, Oslo ("Nordlys", "we") fields teams.', ["Nordlys E-Sports", "Nordlys E Sports"])]


@pytest.mark.parametrize("definition,variants", OTHER_HEADS + TWO_WAYS, ids=[d[1][0] for d in OTHER_HEADS + TWO_WAYS])
def test_other_heads_letters_written_two_ways_and_shorter_names_fire_once(check, definition, variants):
    _each_after(check, definition, variants, 1)


# a product on the lead words is no other name; a shorter name in capitals or as defined is not judged
QUIET_AFTER = [('Meridian Metrics, Inc. ("Meridian", "we") runs the site.',
                ["The Meridian Dashboard shows your events.", "Install the Meridian Tag on your pages."]),
               ('Inkwell & Oak Tattoo Ltd ("we") books your session.',
                ["INKWELL & OAK stores your data.", "Inkwell & Oak stores your data."])]


@pytest.mark.parametrize("definition,sentences", QUIET_AFTER, ids=["product", "shorter name"])
def test_products_and_shorter_names_as_written_stay_quiet(check, definition, sentences):
    _each_after(check, definition, sentences, 0, carriers=["{}"])


@pytest.mark.parametrize("definition", ["We are Bean There, a small group of cafés.",
                                        "Bean There Pty Ltd (ABN 12 345), 1 Main St, Fitzroy, runs the Rewards app."])
def test_who_we_are_in_other_words_defines_the_name(check, definition):
    text = f"{definition}\n\nQuestions about Beanthere's privacy practices? Write to us."
    assert check.each([text], preamble=TITLE) == [1]


def test_initials_never_defined_fire_and_defined_ones_do_not(check):
    base = 'The Tokyo International Film Society ("the Society", "we") runs screenings.\n\n'
    assert check.each([base + "TIFS keeps your e-mail for the newsletter."], preamble=TITLE) == [1]
    defined = base.replace('("the Society"', '("TIFS", "the Society"')
    assert check.each([defined + "TIFS keeps your e-mail for the newsletter."], preamble=TITLE) == [0]


@pytest.mark.parametrize("short,expected", [("Maple Ridge USD", 1), ("Maple RUSD", 1), ("MRUSD", 1), ("Maple Ridge US", 0)])
def test_the_name_with_its_last_words_as_initials_never_defined_fires(check, short, expected):
    text = f'Maple Ridge Unified School District ("the District") runs the app.\n\n{short} does not sell data.'
    assert check.each([text], preamble=TITLE) == [expected]
    defined = text.replace('("the District")', f'("{short}", "the District")')
    assert check.each([defined], preamble=TITLE) == [0]


@pytest.mark.parametrize("other", ["Maple Ridge School District", "Maple Ridge Unified District", "Maple Ridge Housing"])
def test_a_reworded_name_fires(check, other):
    text = (f'Maple Ridge Unified School District ("the District") runs the app.\n\n'
            f"Questions go to the {other} office.")
    assert check.each([text], preamble=TITLE) == [1]


def test_a_product_after_a_one_word_name_is_not_reworded(check):
    texts = ['NearbyWeather ("we") makes the app.\n\nThe NearbyWeather App shows the forecast.',
             'GitHub ("we") runs the site.\n\nGitHub Services include Actions.']
    assert check.wrong(texts, 0, preamble=TITLE) == []


@pytest.mark.parametrize("trade", ["Bikes", "Labs", "Studios", "Bakery", "Group", "Consulting"])
def test_a_one_word_name_with_a_trade_after_it_is_another_name(check, trade):
    text = f'Pedala S.r.l. ("Pedala", "we") rents e-bikes.\n\nFor questions, write to us. Pedala {trade} replies within a week.'
    assert check.each([text], preamble=TITLE) == [1]
    quiet = text.replace(f"Pedala {trade}", "PEDALA " + trade.upper() if trade == "Labs" else "Pedala App")
    assert check.each([quiet], preamble=TITLE) == [0]


def test_a_former_name_used_for_us_fires_where_it_is_not_history(check):
    text = ("Letterbird (formerly Inkwell Mail) lets writers send newsletters.\n\n"
            "Inkwell Mail is based in the United States.\n\nIf you had an old Inkwell Mail account, it moved over.")
    assert check.each([text], preamble="# Letterbird Privacy Policy\n\n") == [1]


@pytest.mark.parametrize("written,expected", [("Schischule", 1), ("Skischulen", 1), ("Skischules", 0), ("Skíschule", 0)])
def test_a_long_name_spelled_a_letter_or_two_otherwise(check, written, expected):
    text = f"Skischule Alpenglühen offers ski lessons.\n\nBook with {written} Alpenglühen at the valley station."
    assert check.each([text], preamble="# Privacy notice – Skischule Alpenglühen\n\n") == [expected]


@pytest.mark.parametrize("definition,variant", [
    ('Rise Bakery Box Ltd ("Rise Bakery Box", "we") bakes the bread.', "Rise Bakery Boxes"),
    ('Skaitykla ("we") lends e-books.', "e-Skaitykla"),
])
def test_an_es_plural_and_a_prefix_are_variants(check, definition, variant):
    _each_after(check, definition, [variant], 1)


def test_a_common_noun_alias_and_the_brand_with_its_product_are_not_variants(check):
    texts = ['Thank you for choosing to be part of our community at Lanternfish Bot ("Community", "we"). '
             "Our community is small.",
             'We are Constelleum Games LLC ("Constelleum Games", "we"). This policy covers the Constelleum game.']
    assert check.wrong(texts, 0, preamble=TITLE) == []


def test_a_domain_as_a_name_in_another_case_is_the_same_address(check):
    text = 'Drone.io ("we") runs builds. Visit drone.io or read the docs. Drone.io keeps logs.'
    assert check.each([text], preamble=TITLE) == [0]


def test_the_maker_of_a_product_defined_as_the_app_is_no_variant(check):
    text = ('Miden Wallet ("the App") is a wallet published by Miden Labs. The App stores nothing on Miden Labs\' '
            'servers. Use the in-app "Export Wallet" function to export your keys.')
    assert check.each([text], preamble=TITLE) == [0]


@pytest.mark.parametrize("label", ["Instagram: ", "Twitter: @", "TikTok ", "Discord username: "])
def test_a_handle_after_a_social_label_is_no_spelling_of_the_name(check, label):
    text = f'CLC Striders ("we") is a running club.\n\n* {label}clcstriders\n\nCLC Striders meets on Sundays.'
    assert check.each([text], preamble=TITLE) == [0]
    assert check.each([text.replace(f"{label}clcstriders", "Follow clcstriders online")], preamble=TITLE) == [1]


@pytest.mark.parametrize("name,variants,quiet", [
    ("Therapy Nottingham", ["Therapy Nottinfham", "Therapy Notingham", "Theraphy Nottingham", "Therapy Nottinghams"],
     ["Therapy Nottingham", "Derby Therapy"]),
    ("Harbour Lights Trust", ["Harbour Lihgts Trust", "Harbor Lights Trust", "Harbour Lights Trusts"],
     ["Harbour Lights Trust", "Harbour Lights Festival"]),
    ("Acme Kestrel", ["Acme Kestral", "Acme Kestrl", "Acme Kestrels"], ["Acme Kestrel", "the kestrel"]),
])
def test_one_word_of_a_longer_name_spelled_otherwise(check, name, variants, quiet):
    """"We, Therapy Nottingham (we, us, our)" and later "refers to Therapy Nottinfham": the other words
    as defined anchor one word spelled a letter or two otherwise (one finding, the plural's too)."""
    definition = f'We, {name} ("we", "us", "our"), take privacy seriously.'
    loud = [f"{definition}\n\nIn this notice, we means {variant} and its directors." for variant in variants]
    assert check.wrong(loud, 1, preamble="# Privacy notice\n\n") == []
    calm = [f"{definition}\n\nIn this notice, we means {other} and its directors." for other in quiet]
    assert check.wrong(calm, 0, preamble="# Privacy notice\n\n") == []


def test_an_address_after_of_is_no_part_of_the_name(check):
    text = ('We are Therapy Nottingham of 8 Eldon Chambers, Nottingham. We are a psychotherapy service.\n\n'
            "You can write to us at 8 Eldon Chambers, Nottingham, NG1 2NS.")
    assert check.each([text], preamble="# Privacy notice\n\n") == [0]


def test_a_feature_named_with_common_words_is_not_the_organisation(check):
    text = ("# Privacy Policy\n\nThe Noise Alert app was created by Noise Alert (\"we\").\n\n"
            "Override Alert lets a call override Do Not Disturb. You can turn Override Alert off.\n")
    assert check.findings(text) == []
    studio = ("# Privacy Policy\n\nPixel Labs (\"we\") makes games.\n\nWrite to Quartz Labs for help. "
              "We override nothing.\n")
    assert len(check.findings(studio)) == 1  # not common words: another name for "we"


@pytest.mark.parametrize("name,word", [("Example Site", "example"), ("Sample App", "sample")])
def test_a_generators_sample_name_written_as_the_word_is_no_variant(check, name, word):
    text = f'{name} ("we") runs this service. We keep some {word} data, for {word} the duration of a visit.'
    assert check.each([text], preamble=TITLE) == [0]


def test_a_lower_case_name_with_inner_capitals_is_still_a_variant(check):
    text = 'CloudWalk ("we") runs this service. Write to cloudwalk support with questions.'
    assert check.each([text], preamble=TITLE) == [1]


@pytest.mark.parametrize("other", ["The Linux Foundation", "Apache Software Foundation", "Westfield University"])
def test_another_body_sharing_an_institutions_last_word_is_another_body(check, other):
    defined = "Westmoor University" if "University" in other else "Node.js Foundation"
    text = f'{defined} (the "Foundation") runs the site. We may give contact data to {other} to send you e-mail.'
    assert check.each([text], preamble=TITLE) == [0]


def test_a_legal_form_on_the_next_line_makes_no_company(check):
    text = ("We run the app.\n\n- **Enhanced Security**: safeguards for minor accounts\n"
            "- **Limited Data Collection**: minimal data for minors\n\nWe check every account twice. Accounts are private.")
    assert check.each([text], preamble=TITLE) == [0]


def test_a_name_with_in_keeps_its_last_word(check):
    text = ('Boston Women in Bioinformatics ("we") runs the site. We survey people who work in bioinformatics. '
            "Boston Women in Bioinformatics keeps the answers.")
    assert check.each([text], preamble=TITLE) == [0]


def test_a_link_text_that_spells_its_own_address_is_a_repository_name(check):
    text = ('No-as-a-Service ("we") is a Slack app.\n\nResponses come from the public '
            "[no-as-a-service repository](https://github.com/hotheadhacker/no-as-a-service).")
    assert check.each([text], preamble=TITLE) == [0]
    assert check.each([text.replace("[no-as-a-service repository]", "no-as-a-service's repository, [here]")],
                      preamble=TITLE) == [1]


def test_a_definition_of_the_word_controller_beside_a_providers_legal_name_is_no_crash(check):
    text = ("Responsible person: Jane Example, Main Street 1, Berlin.\n\n"
            "- **netcup:** hosting; **Service provider:** netcup GmbH, Daimlerstrasse 25, Karlsruhe.\n"
            "- **Controller:** The \"controller\" is the natural or legal person which determines the purposes.")
    assert check.each([text], preamble=TITLE) == [0]


def test_the_responsible_party_is_a_role_not_a_name(linter_factory):
    from policylint.config import Config
    from policylint.source import Source

    text = ("# Privacy Policy\n\n### Information About the Responsible Party (Referred to as the “Controller” in the GDPR)\n\n"
            "The party responsible for data processing on this website is Acme GmbH.\n")
    result = linter_factory(select=["entity-name-inconsistent"]).lint_source(Source("doc.md", text, False), Config())
    assert result.findings == [], [f.message for f in result.findings]


def test_a_guessed_name_takes_the_spelling_of_the_first_heading(linter_factory):
    from policylint.config import Config
    from policylint.source import Source

    text = ("## Geo-6 commitment regarding GDPR\n\nPrivacy matters to Geo-6.\n\nGeo 6 collects data of its customers. "
            "Geo 6 only works with trusted partners.\n\nWrite to office @ geo6 . be.\n")
    result = linter_factory(select=["entity-name-inconsistent"]).lint_source(Source("doc.md", text, False), Config())
    assert [f.message for f in result.findings] == ['"Geo 6" is a spelling variant of the defined name "Geo-6"'] * 2


@pytest.mark.parametrize("text", [
    "Tennis Club (\"we\") runs the app. The app helps tennis clubs book courts. Many tennis clubs use it.",
    "FIKISHA MASHINANI (\"we\") runs the app. Fikisha Mashinani keeps your phone number.",
    "Nova Messenger (\"we\") runs the app. Once Nova Messenger has achieved the purpose, the data is deleted.",
])
def test_common_nouns_capitals_and_once_are_no_other_name(check, text):
    assert check.findings("# Privacy Policy\n\n" + text + "\n") == []


@pytest.mark.parametrize("title", ["Privacy Policy - TKeyBoard", "TKeyBoard privacy policy"])
def test_a_guessed_name_takes_the_spelling_of_a_plain_title_line(linter_factory, title):
    from policylint.config import Config
    from policylint.source import Source

    text = (f"{title}\n\nRead below to see what is collected when you use TKeyboard iOS app.\n\n"
            "TKeyboard does not collect any personal information. TKeyboard will only read data.\n")
    result = linter_factory(select=["entity-name-inconsistent"]).lint_source(Source("doc.txt", text, False), Config())
    assert [f.line for f in result.findings] == [3, 5, 5], [f.message for f in result.findings]


@pytest.mark.parametrize("text", [
    'Welcome to ChurchApp ("we"). We use your data to improve our church app services. ChurchApp keeps it safe.',
    'Windsor Islamic Association ("we") operates the WIA 2.0: Prayer Time App. Windsor Islamic Association keeps it.',
])
def test_a_names_words_as_a_common_noun_and_initials_with_a_version(check, text):
    assert check.findings("# Privacy Policy\n\n" + text + "\n") == []


REORDERED = [('World Weather Search ("we") shows forecasts.', ["World Search Weather", "Weather World Search", "Search Weather World"]),
             ('Harbour Light Studio ("we") makes the game.', ["Light Harbour Studio", "Studio Harbour Light"])]


@pytest.mark.parametrize("definition,variants", REORDERED, ids=[d[1][0] for d in REORDERED])
def test_the_names_words_in_another_order_fire_once(check, definition, variants):
    texts = [f"{definition}\n\n{carrier.format(variant)}" for variant in variants for carrier in CARRIERS]
    assert check.wrong(texts, 1, preamble=TITLE) == []


@pytest.mark.parametrize("owner", ["Mindfulness Everywhere", "Interactive Snacks", "Bluebird Apps"])
def test_another_party_said_to_own_the_policy_fires(check, owner):
    text = f'Harbour Light Studio ("we") makes the game.\n\nIt is {owner}\u2019s policy to respect your privacy.'
    assert check.wrong([text], 1, preamble=TITLE) == []
    own = 'Harbour Light Studio ("we") makes the game.\n\nIt is Harbour Light Studio\'s policy to respect your privacy.'
    assert check.wrong([own], 0, preamble=TITLE) == []
    # a product's title does not say who its maker is: "It is Acme's policy" may be the maker's
    product = f"# Lumen Privacy Policy\n\nLumen shows your photos.\n\nIt is {owner}'s policy to respect your privacy."
    assert check.wrong([product], 0, preamble="") == []


@pytest.mark.parametrize("name, phrase", [("Your Expense", "add them to your expense list"),
                                          ("My Diary", "keep my diary private"),
                                          ("Your Budget", "plan your budget each month")])
def test_a_possessive_name_in_lower_case_is_the_common_phrase(check, name, phrase):
    first = name.split()[1].lower()
    text = f'{name} ("we") respects your privacy. The {first} you enter stays yours. We help you {phrase}.\n'
    assert check.each([text], preamble=TITLE) == [0]
    assert check.each([text + f"Questions about {name.replace(' ', '')}? Write to us.\n"], preamble=TITLE) == [1]


@pytest.mark.parametrize("place", ["on the first floor of Canal Works", "in the heart of Old Town", "at the end of Mill Lane"])
def test_the_opening_names_the_organisation_wherever_it_stands(place):
    """Where the shop is ("of Canal Works") is not whose it is, and a date line may stand over the opening."""
    from policylint.entities import organisation
    from policylint.parse import parse
    from policylint.source import Source

    text = (f"Inkloft - how we look after your information\n=====\n\nUpdated 3 March 2025\n\n"
            f"Inkloft is the self-service print shop {place}. We also run the Send to Inkloft upload page.\n\n"
            "If anything is unclear, email hello [at] inkloft [dot] test.\n")  # the name in lower case too
    assert organisation(parse(Source("notice.txt", text))).core == "Inkloft"


@pytest.mark.parametrize("definition,suffix", [
    ('Where this policy says "we", "us" or "our", it means The Gilded Comb.', ".md"),
    ('Where this policy says "we", "us" or "our", it means The Gilded Comb.', ".txt"),
    ('This notice is from Marlowe Street Bakery ("we", "us").', ".md"),
])
def test_a_definition_hard_wrapped_at_any_word_defines_the_same_name(check, definition, suffix):
    """The definition wrapped at each space reads as on one line: the name's squeezed spelling is still its variant.
    (In plain text a short first line can read as a title: "This notice is from Marlowe" is left out there.)"""
    name = "The Gilded Comb" if "Gilded" in definition else "Marlowe Street Bakery"
    squeezed = name.removeprefix("The ").replace(" ", "")
    texts = [f"{text}\n\nWe keep your name to book visits.\n\nThank you for choosing {squeezed}."
             for text in [definition, *hard_wraps(definition)]]
    assert check.wrong(texts, 1, preamble=TITLE, suffix=suffix) == []
