"""placeholder-text, proved by generated variants.

Template fields in every form a generator leaves them (brackets, braces,
angle brackets, template e-mail addresses, instructions, reviewer notes,
links never filled in, labels with nothing after them) must fire, at the
exact position of the field; look-alikes (links, task lists, citations,
examples, site-generator variables, real addresses) stay quiet.
"""
from __future__ import annotations

import itertools

import pytest

from behaviour import PREAMBLE, Checker, failures, hard_wraps, typographic

FIELDS = ["[Company Name]", "[App Name]", "[Your Name]", "[Insert Date]", "[Contact Email]", "[Your Company]",
          "[Website URL]", "[COMPANY NAME]", "[[Company Name]]", "{{app_name}}", "{{ company_name }}",
          "<insert company name>", "<your e-mail address>", "[xxx@email.com]", "privacy@example.com",
          "you@yourdomain.com", "[describe security measures implemented]", "[list the cookies you use]",
          "[[\"we\" or \"I\"]]", "[\"our\"/\"my\"]", "XXX", "%COMPANY_NAME%",
          "[ Reviewers - please check this paragraph ]", "[Customer Service]", "[To be determined]",
          "%{domain}s", "%(app_name)s", "${COMPANY_NAME}", "YOUR COMPANY NAME", "YOUR APP NAME",
          "DEVELOPER E-MAIL ADDRESS", "<your-email-here>", "<insert_link_here>", "[name of parish]",
          "[Name, Anschrift]", "[Plugin Author]", "[●]", "[LEGAL - confirm the list with Ops before publishing]",
          "[Introduce la fecha]", "[Tu correo electrónico de soporte o página web]", "[Nom de votre société]",
          "[Ihre E-Mail-Adresse]", "[Insira o nome do aplicativo]"]
SAMPLE_VALUES_OF_GENERATORS = ["Company (referred to as \"We\") refers to Example Site.", "Website refers to Example App, accessible from it."]
CARRIERS = ["Please contact {} with any question.", "This policy applies to {} and its services.",
            "The controller is {}, which decides how data is used.", "- Contact: {}",
            "| Contact | {} |\n|---|---|"]
QUIET = [
    "See the [Glossary](#glossary) for the terms we use.",
    "To remove it, open iOS Settings → [your name] → iCloud → Manage Account Storage.",
    "Open Settings > [Your Name] > iCloud and turn sync off.",
    "Lesen Sie [Ihre Rechte](#rechte) und [Votre vie privée][vp].\n\n[vp]: https://acme.example/vp",
    "- [x] We encrypt data at rest.\n- [ ] We sell data.",
    "As the court held [1], consent must be informed.",
    "All logs record who did what (e.g., [user name] deleted \"[title of post]\" at [time/date]).",
    "Published on {{ page.date | date: '%B %d, %Y' }} by {{ site.title }}.",
    "Write to privacy@acme.co.uk with any question.",
    "E-mail:\nprivacy@acme.co.uk",
    "**E-mail:** <privacy@acme.co.uk>",
    "Contact:\n\n- E-mail: privacy@acme.co.uk\n- Phone: +44 20 7946 0000",
    "The source code is on [GitHub](https://github.com/acme/app).",
    "VOCÊ ASSUME TODO O RISCO RELATIVO AO USO DOS SERVIÇOS.",
    "We call it the \"Service\" or the \"App\".",
    "Set the template variable `{{app_name}}` in your build.",
    "We use tools such as [Plausible] for statistics.\n\n[Plausible]: https://plausible.io",
    "WE COLLECT YOUR NAME AND EMAIL ADDRESS WHEN YOU SIGN UP.",
    "THE SERVICE IS PROVIDED AS IS. YOUR COMPANY NAME AND LOGO REMAIN YOURS.",
    "Cookies\n\n__________\n\nWe use one cookie.",
    "Use snake_case names such as user_id or __init__ in code.",
    "# Privacy\n\n## Summary\n\nShort.\n\n## Acme Privacy Statement\n\n## Who we are\n\nAcme Ltd.",
    "# Privacy\n\n## Your rights\n\n### Access\n\nAsk us.\n\n## Last updated on 5 May 2024",
    "  Billing and tax records ............... legal obligation (Art. 6(1)(c))",
    "  Stripe Payments Europe, Limited ..... payments ...... Ireland",
    "Cookies last 13 months; XXL refill bags ship in 3 days.",
]


@pytest.mark.parametrize("text", ["Data Protection Officer:\n\n## Rights\n\nAsk us.", "- DPO:\n- E-mail: dpo@acme.example",
                                  "[Report it](https://github.com/USERNAME/USERNAME.github.io/issues).",
                                  "[Source](https://github.com/YOUR_ORG/app).", "Contact [email DPO] for help."])
def test_labels_and_addresses_of_a_template(check, text):
    assert check.each([text]) == [1]


@pytest.mark.parametrize("text", ["Cookie lifetime: XX months.", "Data Protection Officer: Name ....... Email ........",
                                  "Join us at [our Discord](https://discord.gg/XXXXXXX)."])
def test_numbers_and_addresses_never_filled_in(check, text):
    assert check.each([text]) == [1]


@pytest.mark.parametrize("sentence", ["We keep data no longer than ________.", "Contact: ______", "Write to ____ (our DPO).",
                                      "Keep it for ______ days.", "- E-mail: __________"])
@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_blanks_to_fill_in(check, sentence, suffix):
    assert check.each([sentence], suffix) == [1]


@pytest.mark.parametrize("title", ["Third-Party Services", "Cookies", "Data Retention", "Children's Privacy"])
@pytest.mark.parametrize("after", ["", "\n## Contact\n\nWrite to us.\n", "\n<!-- to do -->\n\n## Contact\n\nHi.\n",
                                   "\n# Appendix\n\nText.\n"])
def test_a_section_with_nothing_under_it(check, title, after):
    text = f"# Privacy\n\n## Data\n\nWe collect e-mail.\n\n## {title}\n{after}"
    assert [(f.line, "is empty" in f.message) for f in check.findings(text)] == [(7, True)]


@pytest.mark.parametrize("parent,child", [("Interpretation and Definitions", "Interpretation"),
                                          ("Collecting and Using Your Personal Data", "Types of Data Collected")])
def test_a_parent_heading_set_at_its_childs_level_is_no_empty_section(check, parent, child):
    text = f"# Privacy\n\n## Data\n\nWe collect e-mail.\n\n### {parent}\n\n### {child}\n\nThe words ...\n"
    assert check.findings(text) == []
    assert len(check.findings(text.replace(f"### {child}\n", "### Contact\n"))) == 1


@pytest.fixture(scope="module")
def check(linter_factory):
    return Checker(linter_factory(select=["placeholder-text"]), "placeholder-text")


def test_every_field_in_every_carrier_fires(check):
    variants = [carrier.format(field) for carrier, field in itertools.product(CARRIERS, FIELDS)]
    assert len(variants) > 120
    assert failures(variants, check.counts(variants), 1) == []


def test_look_alikes_stay_quiet(check):
    assert check.wrong(QUIET, 0) == []


def test_link_targets_never_filled_in(check):
    targets = ["link-to-repository", "", "url", "LINK", "insert-link-here", "your-link", "https://example.com/privacy",
               "TODO", "link to privacy policy"]
    variants = [f"The source is on [GitHub]({target})." if " " not in target else f"See [our policy](<{target}>)."
                for target in targets]
    assert failures(variants, check.counts(variants), 1) == []


def test_labels_left_empty(check):
    form = "- Address:\n- Phone:\n- E-Mail:\n\nWe care about your data."
    assert len(check.findings("# Privacy Policy\n\n" + form + "\n")) == 3
    german = "- Adresse: \n- Telefon: \n- E-Mail: "
    assert len(check.findings("# Datenschutz\n\n" + german + "\n\nText.\n")) == 3
    assert len(check.findings("Privacy Policy\n\nE-Mail:\nPhone:\n", ".txt")) == 2
    assert check.findings("Privacy Policy\n\nE-Mail:\nprivacy@acme.co.uk\n", ".txt") == []


POINTERS = ["which can be accessed via this URL:", "reachable at the following link:",
            "you can write to us at this e-mail address:", "or call us on the following phone number:",
            "send letters to our postal address:", "which you can find at the following web address:"]
VALUES = ["https://www.acme-app.com/", "privacy@acme-app.com", "+44 20 7946 0000", "[our site](https://acme-app.com)",
          "<https://acme-app.com>", "www.acme-app.com"]


def test_pointers_left_without_a_value(check):
    empty = [f"- Website: Acme's site, {pointer}\n- You: a person who uses the Service." for pointer in POINTERS]
    empty += [f"Acme's site, {pointer}\n\n## Contact\n\nWrite to us." for pointer in POINTERS]
    assert failures(empty, check.counts(empty), 1) == []
    filled = [f"Acme's site, {pointer}\n{value}" for pointer, value in zip(POINTERS, VALUES)]
    filled += [f"Acme's site, {pointer}\n\n{value}" for pointer, value in zip(POINTERS, VALUES)]
    filled += [f"Acme's site, {pointer} {value}" for pointer, value in zip(POINTERS, VALUES)]
    assert failures(filled, check.counts(filled), 0) == []


@pytest.mark.parametrize("line,field", [
    ("Effective as of [[Date]].", "[[Date]]"),
    ("Email: [xxx@email.com]", "[xxx@email.com]"),
    ("Sent by [[\"we\" or \"I\"]] today.", "[[\"we\" or \"I\"]]"),
    ("Ask [Company Name] now.", "[Company Name]"),
])
def test_positions_cover_the_whole_field(check, line, field):
    for eol in ("\n", "\r\n", "\r"):
        text = f"# Privacy Policy{eol}{eol}\u200bIntro.{eol}{eol}{line}{eol}"
        (finding,) = check.findings(text)
        assert (finding.line, finding.column) == (5, line.index(field) + 1), eol
        assert text[finding.start:finding.end] == field


def test_wraps_and_typography(check):
    base = ["Please contact [Company Name] with any question.", "Email us at [xxx@email.com] today.",
            "These measures include [describe security measures implemented].",
            "[[\"We\" or \"I\"]] will tell you about changes."]
    variants = [v for s in base for v in hard_wraps(s)]
    variants += [v for s in base for v in typographic(s)]
    for eol in ("\n", "\r\n"):
        assert failures(variants, check.counts(variants, eol=eol), 1) == [], eol


LATIN = ("lorem ipsum dolor sit amet consectetur adipiscing elit sed nullam feugiat pellentesque sagittis vehicula "
         "fusce varius nulla quisque tristique dignissim dictum donec rutrum turpis blandit pulvinar mauris suscipit "
         "vestibulum ante primis faucibus luctus ultrices posuere cubilia curae maecenas aliquam massa laoreet").split()


def _filler(seed: int, words: int = 14) -> str:
    """A paragraph as a lorem-ipsum generator writes it, never starting with "Lorem ipsum"."""
    picked = [LATIN[(seed * 7 + k * 5) % len(LATIN)] for k in range(words)]
    while picked[0] in ("lorem", "ipsum"):
        picked = picked[1:] + picked[:1]
    half = words // 2
    return (" ".join(picked[:half]).capitalize() + ". " + " ".join(picked[half:]).capitalize() + ".")


def test_filler_paragraphs_fire_once_each(check):
    paragraphs = [_filler(seed) for seed in range(40)]
    assert failures(paragraphs, check.counts(paragraphs, sections=True), 1) == []


def test_real_prose_with_latin_or_romance_words_stays_quiet(check):
    quiet = ["We share data pro rata, inter alia with our auditors, per the agreement in force.",
             "Non vendiamo i tuoi dati personali a terzi per finalità di marketing, in nessun caso.",
             "No vendemos sus datos personales a terceros en ningún caso ni por ningún motivo.",
             "Nous ne vendons jamais vos données personnelles à des tiers, en aucun cas.",
             "Data in transit is encrypted; at rest it is stored in a separate vault per customer.",
             "The Magna Carta app uses a semper fidelis motto and a per diem fee, in a non-exclusive way."]
    assert check.wrong(quiet, 0) == []


def test_fields_in_angle_brackets_and_fields_that_say_here(check):
    fields = ["<Developer Name>", "<Company Email>", "<App URL>", "<Support E-mail Address>", "<Owner Name>",
              "[your email here]", "[company name goes here]", "[Your Website URL here]"]
    texts = [f"This app is run by {field}. Write to us with questions." for field in fields]
    assert check.wrong(texts, 1) == []
    assert failures(texts, check.each(texts, suffix=".txt"), 1) == []
    quiet = ["Press <kbd>Ctrl</kbd> to open the <abbr title=\"application\">app</abbr> settings.",
             "Use <b>Settings</b> to change your name."]
    assert check.wrong(quiet, 0) == []


SAMPLE_VALUES = ["Write to YOUR_EMAIL_HERE with any questions.", "Send it to INSERT_SUPPORT_ADDRESS today.",
                 "Call us on (555) 555-5555.", "Phone: 000-000-0000", "Tel. 123-456-7890",
                 "Our office: 123 Main Street, Anytown, USA.", "We are at 42 Elm Road, Any Town.",
                 "Our website: www.yoursite.com", "See yourcompany.com/privacy.", "Contact: [email protected]"]
REAL_VALUES = ["Call us on +44 20 7946 0958.", "Phone: (613) 555-0142", "Phone: (212) 736-5000",
               "Our office: 123 Main Street, Springfield.", "You may live in any town or any city.", "Visit yourstoryapp.com for the app.",
               "Tel. 1-234-567-8901", "Write to privacy@yourtown.gov.uk."]


def test_sample_values_of_a_template(check):
    assert check.wrong(SAMPLE_VALUES, 1) == []
    assert check.wrong(REAL_VALUES, 0) == []


LEFT_IN = ["Hash: [HASH]", "Phone: [PHONE NUMBER if applicable]", "[Include if applicable to your business operations]",
           "Certainly! Here's a revised privacy policy tailored for your bot.",
           "Sure, here is a draft privacy notice for your app:",
           "Feel free to customize this policy to your needs.",
           "If you want to unsubscribe, you can email us at\nand we will remove you."]
KEPT = ["Phone: +44 20 7946 0958", "You can email us at privacy@acme.co.uk and we will remove you.",
        "You can email us at [privacy@acme.co.uk](mailto:privacy@acme.co.uk), and we will remove you.",
        "Sure, we keep your data safe.", "Last updated: [1 May 2025]"]


def test_fields_that_repeat_their_label_and_a_chat_assistants_words(check):
    assert check.wrong(LEFT_IN, 1) == []
    assert check.wrong(KEPT, 0) == []


DOUBLE = ["[[Instance name]], referred to hereinafter as this instance, takes your privacy seriously.",
          'This instance runs Librate[[", which this website is running"]].',
          "[Optional: Your Website or GitHub]",
          "Would you like me to help format this as a hosted HTML page or a README?"]


def test_double_brackets_optional_fields_and_a_chat_assistants_question(check):
    assert check.wrong(DOUBLE, 1) == []


def test_a_sentence_set_as_a_heading_is_not_an_empty_section(check):
    text = ("## Orders\n\nWe share your address with the carrier.\n\n##### The legal basis for this transfer is "
            "Art. 6 Para. 1 lit. b) GDPR.\n\n#### Accounts\n\nYou may open an account.")
    assert check.each([text]) == [0]


TEMPLATE_OWNER = ['Your LLC. ("us", "we", or "our") operates the service.', "Your Company Name runs this app.",
                  "Visit https://your-saas.com for details.", "Write to hello@your-saas.com.",
                  "See your-product.io/privacy for more.", "Write to support@yourproject.org."]
NOT_THE_TEMPLATE = ["Your company may have its own policy.", "Your name and e-mail address are stored.",
                    "I, the undersigned ______________, agree to take part.", "Signature: ______________",
                    "Place and date: ______________"]


def test_the_templates_name_for_the_business_and_blanks_the_reader_fills_in(check):
    assert check.wrong(TEMPLATE_OWNER, 1) == []
    assert check.wrong(NOT_THE_TEMPLATE, 0) == []


FIELDS_OF_A_PROFILE = ["**Website**: [Your website/support page]", "**GitHub:** [your-github-repo-url]",
                       "**Address**: [Company Address - to be added]", "Support: [Discord invite link]",
                       "The client connects to a backend served at _insert backend url here_.",
                       "Please insert your e-mail address here."]
FILLED_IN = ["**Website**: [quillstone.app](https://quillstone.app)", "Read [the server rules] first.",
             "Insert the card here to pay.", "Enter the room here."]


def test_fields_for_a_profile_page_and_instructions_left_in(check):
    assert check.wrong(FIELDS_OF_A_PROFILE, 1) == []
    assert check.wrong(FILLED_IN, 0) == []


RUNTIME_AND_INSTRUCTIONS = ["Welcome to **[%botname%]**.", "- **Email:** [%emailaddress%]",
                            "📧 **[Your Contact Email or GitHub Profile]**", "**Address**: [Physical address to be provided]",
                            "The bot is run by (insert your name)."]


def test_runtime_variables_and_instructions_in_parentheses(check):
    assert check.wrong(RUNTIME_AND_INSTRUCTIONS, 1) == []
    assert failures(["We keep 50% of logs (and 20% of backups).", "See (add-ons) below."],
                    check.each(["We keep 50% of logs (and 20% of backups).", "See (add-ons) below."]), 0) == []


LEFT_FOR_THE_ADOPTER = ["| [FORM PROVIDER] | Early-access form |", "Backups | Rolling **[BACKUP WINDOW]**",
                        "Kept for **[RETENTION PERIOD — e.g. 30 / 90 days]**.", "Ph. 123456789",
                        "We run our $platform on rented servers.",
                        "> **Note for the site owner:** the basis above must match what you do.",
                        "### Before publishing — for the site owner",
                        "Please note that this is an example privacy policy and should be customized to fit your project.",
                        "You should review this document with a qualified legal professional."]
NOT_LEFT = ["See [GDPR] for the text.", "Run npm info $package to see metadata.", "It costs $5 a month.",
            "Our site owner reads every message.", "Call us on 0123 456 7890."]


def test_fields_in_capitals_sample_numbers_variables_and_notes_to_the_adopter(check):
    assert check.wrong(LEFT_FOR_THE_ADOPTER, 1) == []
    assert check.wrong(NOT_LEFT, 0) == []


INSTRUCTIONS_IN_BRACKETS = [
    "We collect your name [list any other types of information you collect, e.g. your child's year group].",
    "See our Cookie Policy [Make this link to the cookie policy page on your website].",
    "[Check this statement is in accordance with your internal data processing activities.]",
    "Requests should be addressed to [name and address or e-mail address].",
    "**Mail:** Royal Signet Church, [Church Address]", "Phone: [Your Contact Number]",
    "[_Only applies where the processing is based on consent._]",
    "It has the meaning given to it by the UK[/EU] GDPR.",
    'Company (referred to as "We" or "Us") refers to .', "Website refers to , accessible from",
    "please contact the Service Provider via email ",
]
FILLED = ["We collect your name [and, for members, your year group].", "Company refers to Acme Ltd, 1 High St.",
          "Use the subject line: Data Request - [Type]", "[color=red]Warning[/color]",
          "Please contact us via email\nat hi@acme.org.", "Country refers to: California, United States"]


def test_instructions_in_brackets_and_fields_a_generator_left_empty(check):
    assert check.wrong(INSTRUCTIONS_IN_BRACKETS, 1) == []
    assert check.wrong(FILLED, 0) == []


@pytest.mark.parametrize("app,kind", [("Easy Workout Timer", "an Ad Supported"), ("Q2 Notes", "a Free"),
                                      ("battlesnake.com", "an Open Source")])
def test_the_app_generators_name_field_left_empty(check, app, kind):
    """The app-policy generator's first sentences with the developer's name never filled in fire; with it they
    stay quiet."""
    empty = f"built the {app} app as {kind} app. This SERVICE is provided by at no cost and is intended for use as is."
    assert check.each([empty]) == [2]
    filled_in = empty.replace("built", "Jane Doe built").replace("provided by at", "provided by Jane Doe at")
    assert check.each([filled_in]) == [0]
    assert check.each([f"We built the {app} app as {kind} app for our club."]) == [0]


@pytest.mark.parametrize("label", ["*Privacy policy links:*", "Opt out links:", "**Opt-out link:**", "Cookie policy URL:"])
def test_a_partners_links_never_filled_in(check, label):
    empty = f"**Unity Ads**\n\n{label}\n\n\n**Google LLC (Firebase)**\n\n*Privacy policy links:*\nhttps://policies.google.com/privacy\n"
    assert check.each([empty]) == [1]
    filled_in = f"**Unity Ads**\n\n{label}\nhttps://unity.com/legal/privacy-policy\n"
    assert check.each([filled_in]) == [0]


# a template speaking to its author, a place or name a generator left empty: each fires; the same words about
# other things, or the frame filled in, stay quiet
TEMPLATE_LEFTOVERS = [
    "Note: This privacy policy template assumes that no information is being collected by the bot.",
    "You can customize this section to match your actual practices for App Store Connect.",
    "Use the following as a guide. Tailor based on your actual data practices:",
    "*This is a preliminary Privacy Policy. For a complete and legally binding version, please consult a lawyer.*",
    "- Email: privacy@ray-seal.dev (placeholder — replace with your preferred contact)",
    "This app is developed by [Your/Company Name - Please replace this bracket with your name or company name].",
    "We use [Expo Analytics / Firebase Analytics / Other] to track aggregate usage.",
    "Our servers are located in. If you are accessing our App from outside, your data may move.",
    "If you are a resident of, you may have the right to request access to your data.",
    "Your data may be processed by those third parties in and other countries.",
    "This policy describes how your data is used when you make a purchase from (the “Site”).",
]
LOOK_ALIKES = [
    "We built this template engine for our own site and publish it under the MIT licence.",
    "You can customize your profile to match your style.",
    "We offer plans for [Android / iOS] users.",
    "Replace your password regularly.",
    "Our servers are located in Frankfurt. If you are a resident of California, you may have more rights.",
    "We transfer data to the UK and other countries. Make a purchase from the Site (the shop).",
]


@pytest.mark.parametrize("text,fires", [(t, True) for t in TEMPLATE_LEFTOVERS] + [(t, False) for t in LOOK_ALIKES])
def test_template_leftovers_and_their_look_alikes(check, text, fires):
    assert (check.each([text]) != [0]) is fires


@pytest.mark.parametrize("maker", ["*Mango Development*", "**Mango Development**", "Jane (the DEVELOPER)", "_Jane_"])
def test_a_maker_in_emphasis_or_with_a_gloss_fills_the_field(check, maker):
    assert check.each([f"{maker} built the *AutoWash* app as a free app."]) == [0]


def test_a_service_tailored_to_the_reader_is_no_instruction(check):
    assert check.each(["We offer laundry services tailored to your specific needs."]) == [0]


def test_a_generators_sample_value_is_a_placeholder(check):
    assert check.wrong(SAMPLE_VALUES_OF_GENERATORS, 1) == []
    quiet = ["For example, the Company refers to examples of good practice.", "This refers to Examples of use."]
    assert check.wrong(quiet, 0) == []


def test_a_quoted_line_is_no_menu_path(check):
    assert check.each(["> [Your Name] collects data."], suffix=".txt") == [1]
    assert check.each(["> [Your Name] collects data."]) == [1]


@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_a_drafting_note_in_a_comment_is_reported_where_it_stands(check, eol):
    text = "\n".join(["We collect your e-mail address.", "", "<!-- TODO before publishing: add the ICO number -->",
                      "", "Write to privacy@orbitnotes.dev."])
    (finding,) = check.findings(PREAMBLE + text + "\n", eol=eol)
    assert finding.line == PREAMBLE.count("\n") + 3 and "drafting note" in finding.message


@pytest.mark.parametrize("text", [
    "<!-- policylint-disable-next-line consent-by-use -->\nWe ask first.",
    "<!-- Generated by Jekyll; do not edit by hand -->\n\nWe collect nothing.",
    "```html\n<!-- TODO: an example of a comment -->\n```",
])
def test_comments_that_are_no_drafting_notes_stay_quiet(check, text):
    assert check.each([text]) == [0]


@pytest.mark.parametrize("stub", ["`todo!()`", "`unimplemented!()`", "..."])
def test_a_section_holding_only_a_stub_is_reported_at_the_stub(check, stub):
    text = f"## What Orbit Collects\n\n{stub}\n\n## Contact\n\nWrite to privacy@orbitnotes.dev."
    (finding,) = check.findings(PREAMBLE + text + "\n")
    assert finding.line == PREAMBLE.count("\n") + 3 and "holds only" in finding.message


# a value never written, only its blank or its mask; a field named in title case whatever qualifies it; the
# template's instructions and advice to whoever adopts it
BLANKS_AND_NOTES = [
    "To correct your information, please contact us at ###.", "The most current version is available online at ###.",
    "Email: ###", "Phone: +91-XXXXX-XXXXX", "Call (XXX) XXX-XXXX for help.", "Fax: XXX-XXX-XXXX",
    "**Approved By:** [School Principal/Administrator Name]", "**Date:** [Approval Date]",
    "Signed by [Event Organiser Name] on behalf of the club.", "Write to [Data Protection Lead Email].",
    "To exercise rights, contact: Replace with your support email before publishing.",
    "Replace this with the real address of your office.",
    "**Disclaimer:** This privacy policy should be reviewed by legal counsel to ensure compliance.",
    "This notice must be checked by a qualified lawyer before use.",
    "Data is stored on secure servers at [INSTITUTION].", "We keep the answers for [X years].",
    "**Name**: [To be appointed]", "#### **Hosting Provider** [To be specified]",
    "**Address**: [To be completed with registered Netherlands address]",
    "- **Website**: <https://yoursite.com/contact>",
    "Write to us at (your email here).", "Our address: 123 Street Name, City, Country.", "This app is made by Your Name.",
    "Our company, INSERT COMPANY NAME, runs the app.", "Questions? Email privacy@company.com.",
    "We were founded on [Month Day, Year].",
    "This Privacy Policy is available online at: [URL to be added when hosting this policy]",
    "Questions go to {SUPPORT_EMAIL}.",
]
NOT_BLANKS = [
    "## Contact ###\n\nWrite to privacy@orbitnotes.dev.", "See issue #123 and pull request ##45.", "We rank entries as #1, ##2 and ###3 internally.",
    "Read [Release Notes] for details.", "Sign in with [Google] or [Apple].", "XXL shirts are sold out.",
    "Our model numbers look like XR-2000.", "You can replace your avatar with your own picture in the settings.",
    "This policy was reviewed by our legal counsel in May 2024.", "Requests are reviewed by a lawyer within a week.",
    "We ask for: Your Name, e-mail and phone.", "Enter Your Name in the form.", "Tap (your profile here) to edit.",
    "We are based in New York City, State of New York.", "Write to john@company.com.au for help.",
]


def test_blanks_masks_title_case_fields_and_the_templates_advice(check):
    assert check.wrong(BLANKS_AND_NOTES, 1) == []
    assert check.wrong(NOT_BLANKS, 0) == []


@pytest.mark.parametrize("fence", ["```", "```text", "~~~"])
def test_a_postal_block_of_fields_in_a_plain_code_block(check, fence):
    close = fence[:3]
    block = f"**Postal Address**:\n\n{fence}\n[Your Organization Name]\n[Street Address]\n[Country]\n{close}"
    found = check.findings(PREAMBLE + block + "\n")
    assert len(found) == 3 and found[0].line == PREAMBLE.count("\n") + 4
    code = f"```python\nnames = [name]\n```\n\n{fence}\n[Orbit Works Ltd]\n1 Harbour Street\n{close}"
    assert check.findings(PREAMBLE + code + "\n") == []


# a generator's slots in single braces, as written and with Markdown's escaped underscores
SLOTS = ["{CompanyName}", "{Notifications_Provider, Provider_City}", "{Inbox\\_Provider, Provider\\_City}",
         "{App_Name}", "{SupportEmailAddress}"]
NOT_SLOTS = ["{Company}", "{{ site.title }}", "{: .note}", "\\textbf{CompanyName}", "{name}"]


@pytest.mark.parametrize("lead", ["Email is delivered by ", "- Mailbox: [", "| Provider | "])
def test_a_generators_slot_in_single_braces_is_a_placeholder(check, lead):
    close = "]" if lead.endswith("[") else ""
    texts = [lead + slot + close + " in the EU." for slot in SLOTS]
    assert check.wrong(texts, 1) == []
    quiet = [lead + slot + close + " in the EU." for slot in NOT_SLOTS]
    assert check.wrong(quiet, 0) == []


# a template's optional words in brackets, never chosen or cut (Termly's "[and our mobile application]")
OPTIONAL_WORDS = ["the Site [and our mobile application]", "the Site [or our mobile applications]",
                  "the Site [, our mobile application,]", "payments by [Stripe,] [PayPal,] and [other]",
                  "the Site. [If you are using our mobile application, this information may also include your device name.]",
                  "the categories below and [Other]"]
NOT_OPTIONAL = ["the Site (and our mobile application)", "the Site and our mobile application",
                "see [Section 4](#section-4)", "[Google Analytics](https://analytics.google.com)", "tap [OK]"]


@pytest.mark.parametrize("frame", ["We collect data when you visit {}.", "- Data you give {}"])
def test_a_templates_optional_words_in_brackets_are_one_finding_each(check, frame):
    texts = [frame.format(words) for words in OPTIONAL_WORDS]
    assert check.wrong(texts, 1) == []
    quiet = [frame.format(words) for words in NOT_OPTIONAL]
    assert check.wrong(quiet, 0) == []


TEMPLATE_NOTES = ["This is a template. Please have it reviewed by a legal professional before using.",
                  "**TEMPLATE ONLY** - Have a lawyer review before publishing.",
                  "Replace bracketed business/contact information and obtain legal review before launch.",
                  "Get this policy reviewed by an attorney.", "# Website Privacy Policy Template",
                  "_À compléter : nom, adresse e-mail de support et URL du site._"]
NOT_TEMPLATE_NOTES = ["Requests are reviewed by our legal team within a week.",
                      "This Privacy Policy was created with the Privacy Policy Template Generator.",
                      "Nous utilisons des cookies pour aider à personnaliser le contenu."]


def test_the_templates_word_to_its_adopter(check):
    assert check.wrong(TEMPLATE_NOTES, 1) == []
    assert check.wrong(NOT_TEMPLATE_NOTES, 0) == []


@pytest.mark.parametrize("token", ["__APP__", "__DATE__", "__APP_NAME__"])
def test_a_build_scripts_token_is_a_placeholder_in_prose_and_in_an_address(check, token):
    texts = [f"**{token}** keeps no data.", f"{token} keeps no data.", f"_Last changed: {token}_",
             f"Open an issue at https://github.com/acme/{token}/issues."]
    assert check.wrong(texts, 1) == []
    quiet = [f"`{token}` is replaced at build time.", "Python's __init__ method runs first.", "The __main__ module runs."]
    assert check.wrong(quiet, 0) == []


@pytest.mark.parametrize("target", ["N.A", " N.A ", "n/a", "TBA", "none"])
def test_a_link_to_nothing_yet_is_a_placeholder(check, target):
    assert check.each([f"The extensions are [Timer Again]({target}) and [Blog Editor](https://addons.mozilla.org/editor)."]) == [1]


@pytest.mark.parametrize("line", ["**Email**: $SUPPORT_EMAIL_ADDRESS", "**Telephone**: [Contact telephone, optional]",
                                  "**Address**: $HEADQUARTERS_ADDRESS"])
def test_a_variable_or_an_optional_field_left_in_the_contact_block(check, line):
    assert check.each([line]) == [1]
    assert check.each(["Prices are in USD and $5 a month.", "Plans cost $5_000 a year."]) == [0, 0]


@pytest.mark.parametrize("text", ["The data controller is `{name of the instance maintainer}` - (`{maintainer's email}`).",
                                  "Access logs are kept for [30 days].", "Security logs: [1 year]",
                                  "[We do not use / We use limited] third-party cookies.", "Passwords hashed using [bcrypt/argon2].",
                                  "Changes are announced via [site announcement/email].", "Administrator: [@admin]",
                                  "[Representative contact information]", "| [Others as applicable] | Purpose |"])
def test_a_templates_fields_in_code_values_choices_and_handles(check, text):
    assert len(check.findings(PREAMBLE + text + "\n")) >= 1, text


def test_code_in_prose_and_real_values_in_brackets_stay_quiet(check):
    quiet = ["Run `{name}` to format it.", "Use the `{{ site.title }}` variable.", "Our office [open 9-5] is in Oslo.",
             "See the [privacy settings](https://acme.test/settings)."]
    assert check.wrong(quiet, 0) == []


@pytest.mark.parametrize("text", ["Developer Name: Developer Name", "**Company Name:** Company Name",
                                  "- Email Address: Email Address",
                                  'The Extension is provided by Example Company ("we," "us," or "our").',
                                  "This app is offered by Sample Inc. to its customers.",
                                  "- GitHub repository: [your-github-username/teacher-helper]",
                                  "- **Written Correspondence:** [Full Office Address with PIN Code]",
                                  "**Telephone:** +91-XXXXXXXXXX", "the terms of use for the Program **_https://_**.",
                                  "Please customize the contact information according to your actual practices."])
def test_a_label_as_its_value_a_sample_organisation_a_described_slot_and_the_adopters_instruction(check, text):
    assert len(check.findings(PREAMBLE + text + "\n")) == 1, text


def test_real_values_that_look_like_slots_stay_quiet(check):
    quiet = ["Developer Name: Dana Okoye", "Company Name: Orbit Works Ltd",
             "For example, Company names may appear in logs.", "Name: Name of the field in the export.",
             "Call us on +91-9876543210.", "See https://acme.example/terms for the terms.",
             "Our [office address with parking](https://maps.example/pune) is in Pune.", "You can customize the app to fit your needs."]
    assert check.wrong(quiet, 0) == []


def test_the_scheme_talked_about_is_no_empty_address(check):
    assert check.wrong(["You can recognize such encrypted connections by the prefix https:// in the address bar."], 0) == []


def test_a_place_left_open_in_a_parallel_clause_is_no_blank(check):
    quiet = ["You warrant that you are not located in, and are not a resident of, any jurisdiction where the GDPR applies."]
    assert check.wrong(quiet, 0) == []


@pytest.mark.parametrize("text", ["Phone: +1 (555) 123-4567", "Call 555-123-4567 for help."])
def test_the_stock_fictitious_number(check, text):
    assert len(check.findings(PREAMBLE + text + "\n")) == 1, text


@pytest.mark.parametrize("text", ["[Verantwortlicher]", "[Kontakt-Datenschutzbeauftragter]",
                                  "[Widerspruchsrecht - Ansprechpartner]", "Welcome to [Your eCommerce Platform]!",
                                  "Email: [Privacy Email Address - to be configured]"])
def test_a_german_templates_fields_and_the_adopters_own_things(check, text):
    assert len(check.findings(PREAMBLE + text + "\n")) == 1, text


# a template engine's expression, a theme's sample page and the adopter's instructions, left in
TEMPLATE_WORDS = ["# <%= app.name %> Privacy Policy", "The app was created by <%= package.author.name %>.",
                  "[create an issue](<%= package.bugs.url %>)", "_Last updated: {frontmatter.date}_",
                  "# {DOMAIN} Terms & Conditions", "This is a demo Privacy Policy included with the Stargarden Theme.",
                  "Update this section as needed for your site.",
                  "Describe user privacy choices here, or remove this section if not needed.",
                  "Replace or edit this file to match your own site's privacy practices.",
                  "If you deploy your site, review your hosting provider's practices and update this policy accordingly.",
                  "We do not sell data. (If CCPA/CPRA applies, provide a “Do Not Sell/Share” mechanism.)",
                  "This should be checked and supplemented accordingly.",
                  "In the event of storage, it should also be stated how long this takes place.",
                  "[Straße, Hausnummer]", "[Land]", "Stand: [Datum]", "**Speicherdauer:** [z. B. 7–14 Tage]",
                  "> Wenn Sie kein Tracking einsetzen: Abschnitt entfernen.", "Falls Sie ein Consent-Tool einsetzen, ergänzen Sie hier:",
                  "Operates [Product] at acme.example."]
OWN_WORDS = ["We update this section as needed when our practices change.",
             "If you have questions, contact us at privacy@acme.example.", "See the {TOC} below.",
             "You can describe your issue here: support@acme.example.", "Your data should be accurate and kept up to date.",
             "We will review and update this policy accordingly."]


def test_template_expressions_sample_pages_and_the_adopters_instructions(check):
    assert check.wrong([PREAMBLE + t + "\n" for t in TEMPLATE_WORDS], 1) == []
    assert check.wrong([PREAMBLE + t + "\n" for t in OWN_WORDS], 0) == []


@pytest.mark.parametrize("text", ["Email: [datenschutz@domain.tld]", "Applies to: [domain.tld]",
                                  "**Email**: [tu-email@ejemplo.com]", "Server logs: Typically [7–30] days.",
                                  "Phone: +254-XXX-XXXXXX", "Our affiliate links will help Your Name choose links.",
                                  "EU Representative: [optional – enter name/address in the EU]",
                                  "<!-- (Note: you may need to specify more on this depending on the affiliate programs.) -->"])
def test_stand_in_domains_ranges_and_notes_to_the_adopter(check, text):
    assert len(check.findings(PREAMBLE + text + "\n")) == 1, text


def test_an_invitation_to_the_reader_is_no_instruction(check):
    assert check.findings(PREAMBLE + "## To opt-in (add yourself)\n\nWrite to us.\n") == []


@pytest.mark.parametrize("text", ["**Phone**: +880-2-XXXXXXX", "Address: [Company Address, Malaysia]"])
def test_masked_numbers_and_fields_with_their_country(check, text):
    assert len(check.findings(PREAMBLE + text + "\n")) == 1, text


def test_a_sentence_set_as_a_heading_over_a_higher_heading_is_no_empty_section(check):
    text = PREAMBLE + "### This section applies to all versions of Android\n# The app does not collect data\n\nNothing.\n"
    assert check.findings(text) == []


@pytest.mark.parametrize("lead", ["If you would like to exercise these rights,", "If you'd like a copy,",
                                  "Should you like to object,", "If you like,"])
def test_the_verb_like_does_not_make_a_field_an_example(check, lead):
    assert check.each([f"{lead} please contact us at [Your Contact Email]."]) == [1]
    assert check.each(["Use a name like [Your Team] for the group."]) == [0]


@pytest.mark.parametrize("name,short", [("Wigan Community Council", "Wigan"), ("Acme Widgets Ltd", "Acme Widgets"),
                                        ("St Mary's Parish", "Parish Office")])
def test_a_sample_name_left_in_a_slot_throughout(check, name, short):
    text = (f"This notice explains how [{name}] uses your data.\n\n[{name}] keeps it safe. You may ask "
            f"[{name}] for a copy. Write to [{short}] at the town hall.\n")
    assert [f.line for f in check.findings(text)] == [1, 3, 3, 3]


@pytest.mark.parametrize("text", [
    "They don't sell [Trustroots] lists, market to [Trustroots] lists or share [Trustroots] lists. Trustroots is ours.",
    "Name [Optional]\n\nPhone [Optional]\n\nCompany [Optional]",
    "The Acme Club runs the site. They say they never sell [Acme Club] lists, market to [Acme Club] lists or share "
    "[Acme Club] lists. The Acme Club is a charity. Acme Club members vote. Ask the Acme Club.",
])
def test_brackets_in_an_edited_quote_or_over_fields_are_no_slot(check, text):
    assert check.findings(text) == []


@pytest.mark.parametrize("text", [
    "_Replace the following with the contact details (name, email, address) of an appointed administrator_",
    "Replace the text in brackets with your own details before you publish.",
    "Please substitute the bracketed values with your organisation's details.",
])
def test_the_adopters_instruction_to_replace_text(check, text):
    assert check.each([text]) == [1]
    assert check.each(["We replace the following with new values when the law changes."]) == [0]


def test_a_labelled_field_in_a_plain_code_block(check):
    text = "If you discover a breach:\n\n```\nEmail: security@example.co.ke\nPhone: [Your Security Hotline Number]\n```\n"
    assert [f.line for f in check.findings(text)] == [5]


def test_googles_guidance_to_the_publisher_left_in(check):
    text = ("Users may opt out of personalised advertising by visiting Ads Settings. (Alternatively, you can direct "
            "users to opt out of a third-party vendor's use of cookies by visiting aboutads.info.)")
    assert check.each([text]) == [1]


@pytest.mark.parametrize("text", [
    "Here's a privacy policy tailored for your Android app with camera tools:",
    "Sure! Here is a draft privacy policy for your browser extension that you can adapt.",
    "Certainly, here's a simple privacy policy template you can use for your bot:",
    "Feel free to customize this policy to fit your app's needs.",
])
def test_a_chat_assistants_words_around_the_policy(check, text):
    assert check.each([text]) == [1]
    assert check.each(["Here is the policy for our app. Feel free to contact us with questions."]) == [0]


@pytest.mark.parametrize("url", ["https://github.com/yourusername/figma-versioning",
                                 "https://github.com/your-org/app/issues", "https://gitlab.com/username/project"])
def test_a_template_account_in_an_address(check, url):
    assert check.each([f"Report issues on [GitHub]({url}).", f"Report issues at {url} please."]) == [1, 1]
    assert check.each(["See [GDPR](https://help.shopify.com/en/manual/your-account/privacy/GDPR)."]) == [0]


def test_a_templates_choice_of_providers_left_in(check):
    text = ("- **Payment Processing**: [Stripe/RevenueCat]\n- **Analytics**: [Google Analytics / Firebase]\n\n"
            "Pay through [Stripe/RevenueCat](https://stripe.com/pay). We log who did what (e.g. a user deleted a post at [time/date]).\n")
    assert [f.line for f in check.findings(text)] == [1, 2]


@pytest.mark.parametrize("text", [
    "**SmartFarm Inc.**  \n123 Agriculture Way  \nFarm City, FC 12345",
    "Write to us at 123 Harbour Road, Port Town, PT 12345.",
    "Responsable: Ana, [DIRECCIÓN_COMPLETA].",
    "Add your contact email here before publishing.",
    "If you implement any cloud services, analytics tools or advertising networks in the future, this policy must be "
    "updated accordingly.",
    "Si desea, puedo adaptar esta política a una versión corta.",
    "¿Desea que la adapte ahora a un modo específico?",
])
def test_a_templates_sample_address_slots_and_notes(check, text):
    assert check.each([text]) == [1]


@pytest.mark.parametrize("text", [
    "Our office is at 123 Harbour Road, Port Town, PT 21345.",
    "We publish each version before publishing the app update.",
    "If you use the sync feature, your data is sent to our server.",
])
def test_real_addresses_and_plain_sentences_are_no_template(check, text):
    assert check.each([text]) == [0]


@pytest.mark.parametrize("text", ["Nume: SC EXEMPLU TECH SRL", "Adresa: Str. Exemplu nr. 10, Bucuresti", "CUI: RO12345678", "Telefon: +40 721 000 000",
                                  "Verantwortlich: Musterfirma GmbH", "Ansprechpartner: Max Mustermann",
                                  "Dirección: Calle Ejemplo 12, Madrid"])
def test_sample_values_in_other_languages(check, text):
    assert check.each([text], ".txt") == [1]


@pytest.mark.parametrize("text", ["Ejemplo: usamos cookies para recordar su idioma.", "Por ejemplo, su dirección IP.",
                                  "Our VAT number is DE812345678."])
def test_the_word_for_example_and_real_numbers_are_no_sample(check, text):
    assert check.each([text], ".txt") == [0]


AUTHOR_VERBS = ["Add", "List", "Include", "Provide", "Describe", "Mention"]
AUTHOR_OBJECTS = ["your support e-mail and company details.", "your analytics providers here (if any).",
                  "contact information for users who have questions.", "an e-mail address for users to write to."]
READER_INSTRUCTIONS = ["Include your order number when you write to us.", "Provide the e-mail address you signed up with.",
                       "Add the widget to your home screen.", "List the data you want us to delete in your request."]


def test_the_templates_instructions_to_its_author_are_left_in(check):
    lines = [f"## Contact\n\n{verb} {obj}" for verb in AUTHOR_VERBS for obj in AUTHOR_OBJECTS]
    lines += [f"- {verb} {obj}" for verb in AUTHOR_VERBS for obj in AUTHOR_OBJECTS[:2]]
    assert check.wrong(lines, 1) == []
    assert check.wrong([f"## Contact\n\n{line}" for line in READER_INSTRUCTIONS], 0) == []


TO_BE_COMPLETED = ["à compléter", "à renseigner", "einfügen", "einfuegen", "einfugen", "ergänzen", "zu ergänzen",
                   "da completare", "por completar", "a preencher", "to be completed"]
WHAT = ["Adresse", "Nom et email du DPO", "Anschrift", "Indirizzo", "Dirección de la empresa", "Email de contact"]


def test_a_field_followed_by_the_words_to_be_completed_in_any_language(check):
    """"[Adresse à compléter]", "[Datum einfugen]" (umlauts dropped): a placeholder, never a dangling reference."""
    lines = [f"Contact: [{what} {done}]" for what in WHAT for done in TO_BE_COMPLETED]
    assert check.wrong(lines, 1) == []


@pytest.mark.parametrize("text", ["Pour toute question : [email de support].", "Délégué : [Contact DPO si applicable].",
                                  "[E-Mail-Adresse für Datenschutzanfragen]", "[E-Mail-Adresse fur Datenschutzanfragen]",
                                  "[Name und Kontaktdaten des Verantwortlichen]", "URL: https://[你的用户名].github.io/app",
                                  "联系方式：[请填写邮箱]", "Questions? Contact us at privacy@your_org.com.",
                                  "> **Hinweis:** Diese Datenschutzerklärung enthält Platzhalter und muss ergänzt werden.",
                                  "Note: this policy contains placeholders that must be replaced before publishing.",
                                  "Remember to customize the contact information section with your preferred email address."])
def test_fields_and_notes_of_templates_in_other_languages(check, text):
    assert check.each([text]) == [1], text


@pytest.mark.parametrize("text", ["Remember to update the app regularly to get the latest security fixes.",
                                  "Make sure to review the settings page after each update.",
                                  "Our office is in [Paris] and [Berlin]."])
def test_advice_to_the_reader_stays_quiet(check, text):
    assert check.each([text]) == [0], text


@pytest.mark.parametrize("label", ["z. Hd.:", "Contact:", "Kontakt:", "Verantwortlicher:", "Ansprechpartnerin:", "DPO:"])
@pytest.mark.parametrize("fields", ["Name, Adresse", "Name, Address, Email", "Name und Anschrift", "Name / E-Mail"])
def test_a_contact_line_that_names_only_its_fields(check, label, fields):
    assert check.each([f"Questions:\n\nAcme, {label} {fields}"]) == [1]


def test_a_list_of_collected_fields_is_no_contact_line(check):
    assert check.each(["We collect: Name, Email, Phone number", "Required fields: Name, Address"]) == [0, 0]


@pytest.mark.parametrize("text", ["Última actualización: [dd/mm/aaaa]", "Stand: [TT.MM.JJJJ]", "Website: [WEBSEITE]",
                                  "Contact: [Data Protection Officer Contact Details]",
                                  "[Dummy Email, e.g., privacy.officer@prototype.com]", "[Sample address, 1 Main Street]",
                                  "Nota: Este texto es un placeholder editable.", "Note: this text is a placeholder.",
                                  "E-mail us at privacy@agencywebsite.gov with questions."])
def test_stand_ins_in_any_language(check, text):
    assert check.each([text]) == [1], text


@pytest.mark.parametrize("text", ["Last updated: 05/12/2026", "Our agency website is at agency.gov.",
                                  "This text is a summary of our practices."])
def test_real_values_beside_the_stand_ins_stay_quiet(check, text):
    assert check.each([text]) == [0], text


@pytest.mark.parametrize("host", ["github.com", "gitlab.com", "codeberg.org"])
@pytest.mark.parametrize("owner", ["user", "username", "your-name", "owner", "example"])
def test_a_repository_address_with_a_sample_owner(check, host, owner):
    assert check.each([f"Source code: https://{host}/{owner}/translator"]) == [1]
    assert check.each([f"Source code: https://{host}/janedoe/translator"]) == [0]


@pytest.mark.parametrize("what", ["This file", "This document", "This page", "This privacy policy"])
@pytest.mark.parametrize("left", ["is a template - update the contact before submission.", "is only a sample template."])
def test_a_text_that_calls_itself_a_template(check, what, left):
    assert check.each([f"{what} {left}"]) == [1]
    assert check.each([f"{what} is a summary of our practices."]) == [0]


@pytest.mark.parametrize("control", ["by clicking on **[Delete app data]** button", "tap [Export] to save a copy",
                                     "press the [Reset] button"])
def test_a_control_named_as_the_app_shows_it(check, control):
    assert check.each([f"You can remove your data {control}."]) == [0]
    assert check.each(["You can remove your data in Settings → Tap [Your App Name] button."]) == [1]


@pytest.mark.parametrize("label", ["Contact", "E-mail", "DPO", "Write to"])
def test_a_bracketed_label_with_a_real_address_is_filled_in(check, label):
    # the template's other fields fire; the label whose address is there does not
    text = f"- **Data Protection Officer:** [{label}: admins@rivervelo.example]\n\nMailing address:\n[Club Address]"
    lines = [f.line for f in check.findings(PREAMBLE + text + "\n")]
    assert lines and PREAMBLE.count("\n") + 1 not in lines  # "[Club Address]" fires, the address line does not
