"""dangling-reference's named sections, proved by generated variants.

"see the "Retention" section below" must fire however it is worded when no
heading or run-in paragraph title carries that title; it stays quiet when one
does (in any case, with more or fewer minor words), and when the section is
another document's ("of our Terms of Service").
"""
from __future__ import annotations

import itertools

import pytest

from behaviour import Checker, failures, typographic

VERBS = ["see", "Please see", "refer to", "as described in", "as explained in", "For details, read", "consult"]
TITLES = ["Data Retention", "Your Rights and Choices", "How We Share Information", "Cookies and Tracking",
          "International Transfers", "Contact Us"]
QUOTES = [('"', '"'), ("\u201c", "\u201d")]
FORMS = ["the {q}{t}{e} section", "the {q}{t}{e} section below", "the {q}{t}{e} section above",
         "our {q}{t}{e} section", "the section {q}{t}{e}", "the section titled {q}{t}{e} below"]
OTHER = "## Security\n\nWe encrypt data at rest.\n\n## Children\n\nThe service is not meant for children under 16."


def _references() -> list[str]:
    out = []
    for i, (verb, title, form) in enumerate(itertools.product(VERBS, TITLES, FORMS)):
        q, e = QUOTES[i % 2]
        out.append(f"{verb} {form.format(q=q, t=title, e=e)} for more.")
    return out


REFERENCES = _references()


@pytest.fixture(scope="module")
def check(linter_factory):
    return Checker(linter_factory(select=["dangling-reference"]), "dangling-reference")


def test_every_reference_to_a_missing_section_fires(check):
    assert len(REFERENCES) >= 200
    texts = [f"{reference}\n\n{OTHER}" for reference in REFERENCES[::3]]
    assert check.wrong(texts, 1) == []


def test_a_heading_or_run_in_title_answers_it(check):
    texts = []
    for i, reference in enumerate(REFERENCES[::4]):
        title = next(t for t in TITLES if t in reference)
        shown = [f"## {title}", f"## {title.upper()}", f"### 4. {title}", f"**{title}.** The details follow.",
                 f"{title}: the details follow.", f"## {title.replace(' and ', ' & ')} in Detail"][i % 6]
        texts.append(f"{reference}\n\n{OTHER}\n\n{shown}\n\nText of the section.")
    assert check.wrong(texts, 0) == []


def test_another_documents_section_stays_quiet(check):
    texts = [f"See the \"{t}\" section of our Terms of Service." for t in TITLES]
    texts += [f"Refer to the section \u201c{t}\u201d in the Mozilla Privacy Policy." for t in TITLES]
    assert check.wrong(texts, 0) == []


def test_above_or_below_claims_this_document_even_when_another_is_named(check):
    texts = [f"Please see the \u201c{t}\u201d section of our Policy above." for t in TITLES]
    assert check.wrong(texts, 1) == []


def test_typography_does_not_change_it(check):
    base = "Please see the \"Data Retention\" section below for more."
    variants = [base] + typographic(base)
    assert check.wrong(variants, 1) == []


# -- pointers to a thing that is not there: "click here" with no link, "the table below", "the following:"
CLICK = ["Submit a request by clicking here.", "To opt out, click here.", "Click on this link to delete your account.",
         "Tap here to change your settings.", "You can withdraw consent by clicking on the link below."]
CLICK_QUIET = ["Submit a request by [clicking here](https://acme.example/request).",
               "To opt out, click here: https://acme.example/optout",
               "To opt out, click here:\nhttps://acme.example/optout",
               "Click on [this link](#contact) to write to us.\n\n## Contact\n\nWrite to dpo@acme.example.",
               "Click the \"Delete\" button in your settings to delete your account."]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_click_here_without_a_link(check, suffix):
    assert failures(CLICK, check.each(CLICK, suffix), 1) == []
    assert failures(CLICK_QUIET, check.each(CLICK_QUIET, suffix), 0) == []


@pytest.mark.parametrize("thing,present", [
    ("table", "| Cookie | Purpose |\n|---|---|\n| sid | login |"),
    ("list", "- E-mail\n- Name"),
    ("change log", "## Change log\n\n- 2024-05-01: first version."),
])
@pytest.mark.parametrize("form", ["See the {} below for details.", "We describe this in the {} below."])
def test_a_thing_below_must_be_there(check, thing, present, form):
    sentence = form.format(thing)
    assert check.each([sentence + "\n\n## Contact\n\nWrite to us."]) == [1]
    assert check.each([sentence + "\n\n" + present]) == [0]
    assert check.each([present + "\n\n" + sentence.replace("below", "above")]) == [0]


@pytest.mark.parametrize("announce", ["The data we collect may include the following:", "We share data as follows:",
                                      "These are listed below:"])
def test_a_list_announced_and_left_empty(check, announce):
    assert check.each([announce + "\n\n## Retention\n\nWe keep data for 30 days."]) == [1]
    assert check.each([announce]) == [1]
    assert check.each([announce + "\n\nAll personal information that you provide to us must be true, complete and "
                                  "accurate, and you must notify us of any changes to such personal information."],
                      ".txt") == [1]
    quiet = [announce + "\n\n- Your name\n- Your e-mail", announce + "\n\n| Item | Why |\n|---|---|\n| Name | login |",
             announce + "\n\nIndirect, special or consequential damages, including loss of profits or data.",
             announce + "\n\nName and e-mail address. We use them to log you in.",
             announce + "\n\nWe use your e-mail address to send you receipts and notices about your account.",
             announce + "\n\n```\nname, email\n```"]
    assert check.wrong(quiet, 0) == []


@pytest.mark.parametrize("kind,ident", [("Appendix", "B"), ("Annex", "1"), ("Schedule", "2"), ("Exhibit", "A")])
@pytest.mark.parametrize("lead", ["as set out in", "see", "explained in", "according to"])
def test_an_appendix_that_is_not_there(check, kind, ident, lead):
    sentence = f"The retention periods are {lead} {kind} {ident}."
    assert check.each([sentence + "\n\n## Contact\n\nWrite to us."]) == [1]
    assert check.each([sentence + f"\n\n## {kind} {ident}: Retention\n\nLogs: 30 days."]) == [0]
    assert check.each([f"Transfers rely on {kind} {ident} of the standard contractual clauses."]) == [0]


@pytest.mark.parametrize("text", ["Terms have the meanings given in [Definitions].",
                                  "We enforce our \\[Code of Conduct\\] and terms.",
                                  "See the Acceptable Use Policy linked below.\n\n## Contact\n\nWrite to us."])
def test_references_to_missing_parts(check, text):
    assert check.each([text]) == [1]


@pytest.mark.parametrize("heading,anchor", [
    ("## data_retention", "data_retention"), ("## Your Rights & Choices", "your-rights--choices"),
    ("## What's new?", "whats-new"), ("## Données personnelles", "données-personnelles"),
    ("## Kramdown\n{: #kramdown-id}", "kramdown-id"), ("## Custom {#custom-id}", "custom-id"),
    ("<a id=\"html-anchor\"></a>", "html-anchor"), ("## 🍪 Emoji heading", "-emoji-heading"),
    ("## `code` heading", "code-heading"), ("## Trailing ##", "trailing"),
    # as MkDocs, VitePress and Python-Markdown write them
    ("## Your Rights & Choices", "your-rights-choices"), ("## 🍪 Emoji heading", "emoji-heading"),
    ("## Données personnelles", "donnees-personnelles"),
])
def test_anchors_that_resolve_as_github_and_jekyll_render_them(check, heading, anchor):
    assert check.each([f"See [this part](#{anchor}).\n\n{heading}\n\nText."]) == [0]
    assert check.each([f"See [this part](#{anchor}-gone).\n\n{heading}\n\nText."]) == [1]


# what a pointer is about, written where it points or not: "confirmed by double opt-in as described above"
TOPICS = [("double opt-in", "We send a link to confirm your address: this is our double opt-in."),
          ("the retention schedule", "Our retention schedule sets how long each record is kept."),
          ("unique IDs in cookies", "Cookies hold a unique ID for each browser.")]
POINTERS = ["as described above", "as explained above", "(as set out above)", "as mentioned above"]


@pytest.mark.parametrize("topic,told", TOPICS, ids=[t[0] for t in TOPICS])
def test_a_pointer_to_a_topic_that_is_not_there_fires(check, topic, told):
    missing = [f"## Newsletter\n\nWe write to you first.\n\nWe rely on {topic} {pointer}." for pointer in POINTERS]
    assert check.wrong(missing, 1) == []
    present = [f"## Newsletter\n\n{told}\n\nWe rely on {topic} {pointer}." for pointer in POINTERS]
    assert check.wrong(present, 0) == []
    below = [f"We rely on {topic} {pointer.replace('above', 'below')}.\n\n{told}" for pointer in POINTERS]
    assert check.wrong(below, 0) == []


def test_a_pointer_at_a_whole_clause_or_an_adverb_is_not_judged(check):
    texts = ["We collect data when you visit, as described above.", "Data sent to us automatically as described above.",
             "We use it for the purposes, as explained below."]
    assert check.wrong(texts, 0) == []


@pytest.mark.parametrize("text", ["Please complete the consent form (see overleaf).",
                                  "The full list is printed overleaf.", "Turn overleaf for the form."])
def test_overleaf_in_a_file(check, text):
    assert check.each([text]) == [1]


UNQUOTED = ["described in the {} section", "explained in the {} section", "as set out in the {} section",
            "see the {} section"]


@pytest.mark.parametrize("title", ["Cookies", "Permissions", "Data Retention", "Your Rights"])
def test_an_unquoted_section_title_must_be_there(check, title):
    missing = [f"We use cookies, {form.format(title)}.\n\n## Contact\n\nWrite to us." for form in UNQUOTED]
    assert check.wrong(missing, 1) == []
    present = [f"We use cookies, {form.format(title)}.\n\n## {title}\n\nSome words." for form in UNQUOTED]
    assert check.wrong(present, 0) == []
    singular = [t.replace(f"## {title}", f"## {title.rstrip('s')}") for t in present]
    assert check.wrong(singular, 0) == []


def test_a_link_in_the_next_section_does_not_answer_linked_below(check):
    text = "To exercise a right, use the form linked below.\n\n## Cookies\n\nSee [our cookie page](https://acme.example/c)."
    assert check.each([text]) == [1]
    here = "To exercise a right, use the form linked below.\n\n[Request form](https://acme.example/form)\n\n## Cookies"
    assert check.each([here]) == [0]


@pytest.mark.parametrize("law", ["BGB", "HGB", "BDSG", "TTDSG"])
def test_a_paragraph_of_another_law_is_not_ours(check, law):
    assert check.each([f"The club is represented by its board under \u00a7 26 {law}."]) == [0]


def test_a_lettered_part_that_is_not_there(check):
    parts = "".join(f"PART {letter} - TITLE {letter}\n\nSome words about it.\n\n" for letter in "ABCDE")
    assert check.each([parts + "Details of how we protect the data are in\nPart F."], suffix=".txt") == [1]
    assert check.each([parts + "Details of how we protect the data are in\nPart D."], suffix=".txt") == [0]


@pytest.mark.parametrize("table,expected", [("", 1), ("Recipient      Data           Why\nBank           IBAN           payments\n", 0)])
def test_a_table_below_in_plain_text(check, table, expected):
    text = f"Which recipient gets which data is in the table below.\n\n{table}\nContact\n\nWrite to us."
    assert check.each([text], suffix=".txt") == [expected]


@pytest.mark.parametrize("lead", ["have the meanings given in the\n", "are explained\nin the ", "see the "])
def test_a_bracketed_title_after_a_hard_wrap_or_an_example(check, lead):
    text = f"Words such as *loan*, *hold* and *licence* {lead}[Glossary].\n\n## Contact\n\nWrite to us."
    assert check.each([text]) == [1]


@pytest.mark.parametrize("field", ["[Operator Name]", "[Agency Name]", "[ABN]", "[Studio Address]"])
def test_a_template_field_in_brackets_is_left_to_placeholder_text(check, field):
    assert check.each([f"Privacy Officer, {field}\n\n## Contact\n\nWrite to us."]) == [0]


HERE = ["Learn more about these tools and how you can control them, here.", "To control flash cookies, you can go here.",
        "You can view all content policies here.", "More information is available here.", "Find out more here."]
HERE_QUIET = ["Learn more [here](https://acme.example/cookies).", "Learn more here: https://acme.example/cookies",
              "Learn more here:\n\n- [Google](https://policies.google.com/privacy)",
              "Use the opt-out methods described here.", "Do not rely on anything you read here.",
              "We store your data here in the EU.", "Our team is here to help."]


def test_here_pointing_at_a_link_that_is_not_there(check):
    assert check.wrong(HERE, 1) == []
    assert check.wrong(HERE_QUIET, 0) == []


def test_the_generators_list_of_third_party_policies_needs_its_links(check):
    lead = "Link to privacy policy of third party service providers used by the app"
    assert check.each([f"{lead}\n\n- Google Play Services\n- Unity"]) == [1]
    assert check.each([f"{lead}\n\n- [Google Play Services](https://policies.google.com/privacy)\n"
                       "- [Unity](https://unity.com/legal/privacy-policy)"]) == [0]


def test_entries_written_as_paragraphs_and_a_table_answer_the_announcement(check):
    entries = ("We may collect Personal Data about you from a number of sources, including the following:\n\n"
               "From you when you agree to take a service or product from us, in which case this may include your "
               "contact details, date of birth and how you will pay for the product or service.\n\n"
               "From you when you contact us with an enquiry or in response to a communication from us, in which case "
               "this may tell us something about how you use our services.")
    table = "The list below shows the cookies that we use.\n\n| Cookie | Purpose |\n|---|---|\n| _ga | analytics |"
    assert check.each([entries, table]) == [0, 0]


def test_a_date_format_and_a_template_field_in_double_brackets_are_no_references(check):
    assert check.each(["Effective Date: 14.09.2024 [D/M/Y]", "Welcome to [[Instance name]]."]) == [0, 0]


def test_the_titles_name_left_in_its_brackets_is_no_reference(check):
    text = "[Bomb Buster] does not collect personal data.\n\n[Bomb Buster] is for players of all ages."
    assert check.each([text], preamble="# Privacy Policy for [Bomb Buster]\n\n") == [0]
    links = "See the Amazon privacy policy - [Privacy Policy].\n\nSee the Bugsnag privacy policy - [Privacy Policy]."
    assert check.each([links], preamble="# Privacy Policy\n\n") == [2]  # link text whose link was never written


POINTERS_TO_CONTACT = ["You can object using the contact details provided in this document.",
                       "Contact us using the email in the footer of this page.",
                       "Write to the e-mail address at the bottom of this page.",
                       "Use the contact details given below to reach us."]


@pytest.mark.parametrize("pointer", POINTERS_TO_CONTACT)
def test_contact_details_the_document_never_gives(check, pointer):
    assert check.each([pointer]) == [1]
    for given in ("E-mail: privacy@quillstone.app", "Telephone: +44 20 7946 0958",
                  "Use our [contact form](https://quillstone.app/contact)."):
        assert check.each([f"{pointer}\n\n{given}"]) == [0], given


def test_a_sentence_with_a_link_on_the_next_line_does_not_give_a_here_its_link(check):
    text = ("* **Your right to erasure** – You can ask us to delete it. You can read more about this right here.\n"
            "Your right to restriction – [You can read more about this right here](https://ico.org.uk/rte).")
    assert check.each([text]) == [1]
    assert check.each(["You can read more about this right here.\nhttps://ico.org.uk/rte"]) == [0]


def test_a_section_named_by_its_topic_and_the_products_own_screens(check):
    assert check.each(["Further details can be found in the section about cookies above."]) == [1]
    assert check.each(["## Cookies\n\nWe set one cookie.\n\n## More\n\nDetails are in the section about cookies above."]) == [0]
    screens = ['Sites you visited are shown under the heading "Sites that could use some love" in the extension.',
               "You can turn this off in the Settings section.", "See the Account section of the app."]
    assert check.wrong(screens, 0) == []


def test_lazily_numbered_lists_and_kramdown_attribute_lines(check):
    items = "\n\n".join(f"1. **Part title {n}**\n\n   Text of part {n}." for n in range(1, 13))
    assert check.each([f"{items}\n\nContact us using the details in Part 11."]) == [0]
    assert check.each([f"{items}\n\nContact us using the details in Part 14."]) == [1]
    text = ("* [Use of Cookies][url-a]\n* [Privacy Policy][url-b]\n\n[url-a]: https://a.example.org/cookies\n"
            '{: rel="external" }\n[url-b]: https://b.example.org/privacy\n{: rel="external" }\n')
    assert check.each([text]) == [0]


def test_sections_named_after_below_on_and_scroll_down_to(check):
    texts = ["Take a look at the section below on Controllers and Responsible Companies.",
             "Scroll down to How to Reach Us to find out how to reach us."]
    assert check.wrong(texts, 1) == []
    present = ["## How to Reach Us\n\nWrite to us.\n\n## Rights\n\nScroll up to How to Reach Us for the address."]
    assert check.wrong(present, 0) == []


def test_below_is_a_list_with_no_list(check):
    assert check.each(["Below is a list of third-party services used on this site.\n\n## Contact\n\nWrite to us."]) == [1]
    assert check.each(["Below is a list of third-party services used on this site.\n\n- Plausible\n- Netlify"]) == [0]


@pytest.mark.parametrize("title", ["How to contact us", "Your choices", "Contacting the data protection officer"])
def test_a_short_first_line_over_its_paragraph_titles_it(check, title):
    """"13.<TAB>How to contact us\nPlease contact us ...": a plain line over the first sentence is the title."""
    text = (f"If you would like more information, please contact us (see \u201c{title}\u201d below).\n\n"
            f"13.\t{title}\nPlease write to us with any question.")
    assert check.each([text]) == [0]
    assert check.each([f"Please see \u201c{title}\u201d below.\n\n13.\tSomething else\nPlease write to us."]) == [1]


def test_a_numbered_question_in_capitals_after_an_address_is_a_section_title(check, linter_factory):
    text = ("PRIVACY NOTICE\n\n14. HOW CAN YOU CONTACT US ABOUT THIS NOTICE?\nYou may contact us by post at:\n"
            "Jane Roe\nWarsaw\nPoland\n15. HOW CAN YOU REVIEW, UPDATE, OR DELETE THE DATA WE COLLECT FROM YOU?\n"
            "Based on the applicable laws of your country, you may have the right to request access to the personal "
            "information we collect from you, details about how we have processed it, or to correct inaccuracies.\n\n"
            "Use the contact details in the section "
            "\"HOW CAN YOU REVIEW, UPDATE, OR DELETE THE DATA WE COLLECT FROM YOU?\"\n")
    assert check.each([text], suffix=".txt", preamble="") == [0]


SECTIONS = ["WHAT INFORMATION DO WE COLLECT?", "HOW LONG DO WE KEEP YOUR INFORMATION?", "WHAT ARE YOUR PRIVACY RIGHTS?",
            "HOW CAN YOU CONTACT US ABOUT THIS NOTICE?"]


@pytest.mark.parametrize("title", ["TABLE OF CONTENTS", "**Contents**", "## In this notice"])
@pytest.mark.parametrize("entry", ["{n}. {s}", "- {s}", "{n}) {s}"])
def test_a_contents_entry_with_no_section(check, title, entry):
    """Every entry of a written-out table of contents names a section; one that has none points nowhere, however
    the list is marked. A near title ("YOUR PERSONAL INFORMATION" for "YOUR INFORMATION") still names it."""
    listed = SECTIONS + ["HOW CAN YOU REVIEW OR DELETE THE DATA WE COLLECT FROM YOU?"]
    contents = "\n".join(entry.format(n=n, s=s) for n, s in enumerate(listed, 1))
    body = "\n\n".join(f"## {s}\n\nText." for s in SECTIONS)
    text = f"# Privacy Notice\n\n{title}\n\n{contents}\n\n{body}\n"
    assert [f.line for f in check.findings(text)] == [5 + len(SECTIONS)]
    near = text.replace("HOW CAN YOU REVIEW OR DELETE THE DATA WE COLLECT FROM YOU?", "HOW LONG DO WE KEEP YOUR PERSONAL INFORMATION?")
    assert check.findings(near) == []


def test_a_section_of_a_linked_page_is_not_this_documents(check):
    text = ("You can delete your profile at any time. Instructions are in the "
            "[**Unregister Account**](https://docs.orbit.example/account/delete/) section.")
    assert check.each([text]) == [0]
    assert check.each([text.replace("[**Unregister Account**](https://docs.orbit.example/account/delete/)",
                                    '"Unregister Account"')]) == [1]


def test_brackets_kept_around_a_name_filled_in(check):
    text = ("Our policy explains what we collect at *[Tricky Devs]* and how *[Tricky Devs]* uses it. "
            "*[Tricky Devs]* built the *[Drink Up]* app as a free app.")
    assert check.each([text]) == [0]
    assert check.each(["Read the *[Data Retention]* part before you sign up."]) == [1]


@pytest.mark.parametrize("pointer", ["Users may contact the Owner using the information provided in the contact section.",
                                     "Please see the contact information at the beginning of this document."])
def test_contact_details_the_document_points_to_and_never_gives(check, pointer):
    assert check.each([pointer]) == [1]
    assert check.each([pointer + " Or write to privacy@orbit.example."]) == [0]



def test_a_contact_section_that_exists_is_no_dangling_pointer(check):
    text = "Use the information in the contact section.\n\n## Contact\n\nOrbit Works, 1 Harbour Street, Bristol."
    assert check.each([text]) == [0]


def test_other_than_as_set_out_above_points_at_everything_above(check):
    text = "## Sharing\n\nWe share data with our host.\n\n- At Your Option: Other than as set out above, you will receive notice."
    assert check.each([text]) == [0]


@pytest.mark.parametrize("anchor,fires", [("#introduction", False), ("#1-introduction", False), ("#intro", True)])
def test_a_jekyll_anchor_drops_the_headings_number(check, anchor, fires):
    text = f"See [the introduction]({anchor}).\n\n## 1. Introduction\n\nHi."
    assert check.each([text]) == [int(fires)]


def test_policies_linked_above_point_back_at_the_links_above(check):
    links = "Ads are served by:\n\n* [Google AdMob](https://policies.google.com/privacy)\n* [Unity Ads](https://unity.com/legal)\n\n"
    assert check.each([links + "Their own policies, linked above, govern what they do with it."]) == [0]
    assert check.each(["Their own policies, linked above, govern what they do with it.\n\n" + links]) == [1]


@pytest.mark.parametrize("law", ["according to Article 6, par. 1, letter f) of EU Regulation 2016/679",
                                 "per Art. 6 para. 1 lit. f GDPR", "under Article 6 (1) (f) GDPR"])
def test_an_article_of_a_law_is_not_this_documents_section(check, law):
    assert check.each([f"The legal basis is our legitimate interest, {law}.\n\n## 1. Data\n\nx"]) == [0]


@pytest.mark.parametrize("pointer", ["at the contact details provided in the present document",
                                     "at the contact information set out above"])
def test_contact_details_in_the_present_document_or_set_out_above_that_are_not_there(check, pointer):
    assert check.each([f"Requests should be sent to the Data Controller {pointer}."]) == [1]
    assert check.each([f"Requests should be sent to the Data Controller {pointer}. E-mail: dpo@acme.test"]) == [0]


def test_a_section_that_only_announces_the_sections_after_it(check):
    text = ("### Disclosure of your information\n\nYour information may be disclosed as follows:\n\n"
            "### By law\n\nWhen the law requires it.\n\n### Service providers\n\nOur host.")
    assert check.each([text]) == [0]
    alone = "### Disclosure\n\nWe share a little. Your information may be disclosed as follows:\n\n### Contact\n\nWrite to us."
    assert check.each([alone]) == [1]


@pytest.mark.parametrize("text", ["-   **Subject:** _Privacy Request - [Your Request Type]_",
                                  "Please email hi@mlh.io with [California Privacy Rights Request] in the subject line."])
def test_what_the_reader_writes_in_the_subject_is_no_reference(check, text):
    assert check.each([text]) == [0]


@pytest.mark.parametrize("text", ['For instructions on how to "Limit Ad Tracking" in iOS, please visit this link.',
                                  "You can read their policy at the following URL."])
def test_a_link_named_but_not_given(check, text):
    assert len(check.findings("# Privacy Policy\n\nAcme Ltd keeps your e-mail address.\n\n" + text + "\n")) == 1, text


def test_a_link_named_and_given_or_left_for_placeholder_text_stays_quiet(check):
    quiet = ["Please visit this link: https://acme.example/opt-out", "Please visit [this link](https://acme.example/opt-out).",
             "The site can be accessed via this URL:"]
    assert check.wrong(quiet, 0) == []


def test_the_below_links_that_are_not_there(check):
    text = "# Privacy Policy\n\nYou can click on the below links to jump to the relevant section.\n\nCookies\n\nWe set one.\n"
    assert len(check.findings(text)) == 1


def test_a_link_further_along_the_line_belongs_to_another_sentence(check):
    line = ("- For instructions on iOS, please visit this link. To learn more about the Principles, please visit "
            "[http://aboutads.info/consumers/](http://aboutads.info/consumers/).")
    assert len(check.findings("# Privacy Policy\n\n" + line + "\n")) == 1
    linked = "- For instructions on iOS, please visit this link: https://support.apple.com/HT202074"
    assert check.findings("# Privacy Policy\n\n" + linked + "\n") == []


CONTACT_SECTIONS = "## 8. Payment Information\n\nStripe takes payments.\n\n## 12. Contact Information\n\nWrite to privacy@acme.example.\n"


@pytest.mark.parametrize("section,fires", [("8", True), ("12", False)])
def test_contact_details_asked_for_in_a_section_that_has_none(check, section, fires):
    text = (f"# Privacy Policy\n\n## 1. Rights\n\nTo exercise them, contact us using the information provided in Section {section}.\n\n"
            + CONTACT_SECTIONS)
    assert len(check.findings(text)) == int(fires)


def test_a_plain_texts_lines_after_the_following_are_its_list(linter_factory):
    from behaviour import Checker
    check = Checker(linter_factory(select=["dangling-reference"]), "dangling-reference")
    text = ("Privacy Notice\nIt will notify you of the following:\n\nWhat information is collected from you.\n"
            "What choices are available to you.\nHow you can correct any inaccuracies.\n")
    assert check.findings(text, ".txt") == []


def test_what_the_reader_does_in_a_screen_of_the_app_is_no_reference(check):
    text = "# Privacy Policy\n\n## What we collect\n\n- Search queries and filters used in the Discover section.\n"
    assert check.findings(text) == []
    assert len(check.findings(text.replace("used in the Discover section", "(read the Discover section)"))) == 1


@pytest.mark.parametrize("text", [
    "## Where we keep it\n\nWe use offices and service providers.\n\nInformation may be held at our offices, third-party "
    "agencies, service providers, and representatives as described above.",
    "## Your rights\n\nUnder data protection law, you have a number of rights as set out below.\n\n- Access\n- Erasure",
])
def test_a_pointer_after_a_list_or_a_count_points_at_its_nouns(check, text):
    assert check.findings("# Privacy Policy\n\n" + text + "\n") == []


@pytest.mark.parametrize("sentence", [
    "Rights may be restricted under Article 35(4) and Article 37(2) of the Personal Information Protection Act.",
    "We may use it under Article 15, Paragraph 3, and Article 17, Paragraph 4 of the Personal Information Protection Act.",
    "Request it as specified under Article 35 (Request for Access), Article 36 (Request for Correction) of the Act.",
])
def test_articles_of_a_law_named_after_a_run_of_references(check, sentence):
    text = "# Privacy Policy\n\n## Article 1 (Purpose)\n\nWe process data.\n\n## Article 2 (Rights)\n\n" + sentence + "\n"
    assert check.findings(text) == []
    assert len(check.findings(text.replace(sentence, "See Article 9 for your rights."))) == 1


def test_a_line_that_is_only_a_links_caption(check):
    text = "# Privacy Policy\n\nThis app uses Google Analytics to improve it.\nRead more about Google Analytics\n"
    assert [f.line for f in check.findings(text)] == [4]
    linked = text.replace("Read more about Google Analytics", "[Read more about Google Analytics](https://policies.google.com)")
    assert check.findings(linked) == []
    assert check.findings(text.replace("Read more about Google Analytics",
                                       "Read more about how we use cookies in our Cookie Policy below.")) == []


@pytest.mark.parametrize("thing", ["the partner organisations listed above", "the software product identified above",
                                   "the sponsors named above"])
def test_things_pointed_to_above_that_are_not_there(check, thing):
    assert check.counts([f"## Reports\n\nYou may leave a contact address. It is shared with {thing}.\n"]) == [1]
    noun = thing.split()[-3]
    assert check.counts([f"## About\n\nThe project is run with our {noun}.\n\n## Reports\n\n"
                         f"You may leave a contact address. It is shared with {thing}.\n"]) == [0]


@pytest.mark.parametrize("summary", ["the factors listed above", "the activities listed above", "the purposes listed above"])
def test_a_summary_of_what_came_before_points_nowhere_in_particular(check, summary):
    assert check.counts([f"## Retention\n\nHow long we keep data depends on {summary}.\n"]) == [0]


@pytest.mark.parametrize("word", ["section", "Section", "clause", "paragraph"])
def test_a_hard_wrap_before_the_number_keeps_the_reference_in_plain_text(check, word):
    """"... given in section" / "11." in plain text: the number that opens the line is the reference's, not a
    numbered line of an eleventh section."""
    sections = "".join(f"{n}. TITLE {n}\n\nSome words about it.\n\n" for n in range(1, 10))
    assert check.each([sections + f"Further detail on what the website stores is given in {word}\n11."], suffix=".txt") == [1]
    assert check.each([sections + f"Further detail on what the website stores is given in {word}\n4."], suffix=".txt") == [0]
