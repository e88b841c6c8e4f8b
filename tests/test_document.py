"""The document model: masking and the one position map, in every layout a policy comes in."""
from __future__ import annotations

import pytest

from policylint.parse import parse
from policylint.source import Source, decode


def doc_of(text: str, path: str = "doc.md"):
    source, _ = decode(text.encode("utf-8"), path)
    return parse(source)


def position_of(doc, needle: str) -> tuple[int, int]:
    offset = doc.text.index(needle)
    return doc.line_col(offset)


def test_text_keeps_source_offsets():
    doc = doc_of("# Title\n\nSome *bold* text and [a link](https://example.com/x).\n")
    assert len(doc.text) == len(doc.source)
    assert "bold" in doc.text and "*" not in doc.text
    assert "a link" in doc.text and "example.com" not in doc.text


@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_soft_wrapped_paragraph(eol):
    doc = doc_of(eol.join(["# T", "", "first line of a", "soft wrapped consent phrase", ""]))
    assert position_of(doc, "consent phrase") == (4, 14)


def test_hard_wrapped_plain_text_is_one_paragraph():
    text = "Title\nWe at Example are committed to privacy and to the terms of this long sentence. This\nPrivacy\nPolicy applies to you.\n"
    doc = doc_of(text, "policy.txt")
    block = next(b for b in doc.blocks if "Privacy" in doc.block_text(b))
    assert "This" in doc.block_text(block) and "applies" in doc.block_text(block)
    assert position_of(doc, "Policy applies") == (4, 1)


def test_list_items_and_nested_lists():
    doc = doc_of("- one\n  - nested *item* here\n    continued\n")
    assert position_of(doc, "item") == (2, 13)
    assert position_of(doc, "continued") == (3, 5)
    assert "-" not in doc.text


def test_a_list_item_knows_the_paragraph_that_opens_its_list():
    doc = doc_of("# Rights\n\nYou can ask us to:\n\n- see your data\n- delete it\n\n- a list with nothing over it\n")
    items = [i for i, b in enumerate(doc.blocks) if b.kind == "item"]
    lead = doc.list_lead(items[1])
    assert lead is not None and doc.text[lead.start:lead.end].strip() == "You can ask us to:"
    assert doc.list_lead(0) is None  # a heading is in no list
    assert doc.list_lead(doc.block_index_at(lead.start)) is None  # nor is the paragraph itself


def test_table_cells():
    doc = doc_of("| a | b |\n|---|---|\n| cell one | cell two |\n")
    assert position_of(doc, "cell two") == (3, 14)
    assert [b.kind for b in doc.blocks].count("cell") == 4


def test_bom_is_not_counted():
    source, _ = decode("\ufeff# Title\n\nBody text\n".encode("utf-8"), "doc.md")
    assert source.bom
    assert position_of(parse(source), "Body") == (3, 1)


def test_tabs_and_non_ascii_columns_are_code_points():
    doc = doc_of("# T\n\nÄ\tß 😀 target\n")
    assert position_of(doc, "target") == (3, 7)


def test_crlf_lines():
    doc = doc_of("# T\r\n\r\nline one\r\nline two target\r\n")
    assert position_of(doc, "target") == (4, 10)


def test_code_inline_code_urls_and_comments_are_masked():
    text = (
        "# T\n\nSee `by using you agree` and <!-- by using you agree --> and https://example.com/by-using.\n\n"
        "```\nby using you agree\n```\n\n    indented by using you agree\n"
    )
    doc = doc_of(text)
    assert "agree" not in doc.text
    assert "example" not in doc.text


def test_html_block_tags_masked_its_words_read_and_anchors_kept():
    doc = doc_of('# T\n\n<div id="contact">\nvisible words\n</div>\n')
    assert "visible words" in doc.text and "div" not in doc.text
    assert "contact" in doc.anchors


def test_a_page_written_in_html_has_headings_paragraphs_items_and_links():
    doc = doc_of('<h1>Privacy Policy</h1>\n\n<p>By using the app you agree.\nSee <a href="#rights">your rights</a>.</p>\n\n'
                 '<ul>\n<li>e-mail address</li>\n</ul>\n\n<script>var agree = "you agree";</script>\n\n<h2 id="rights">Rights</h2>\n')
    assert [(b.kind, doc.block_text(b).split()[0]) for b in doc.blocks] == [
        ("heading", "Privacy"), ("paragraph", "By"), ("item", "e-mail"), ("heading", "Rights")]
    assert [h.title for h in doc.headings] == ["Privacy Policy", "Rights"]
    assert position_of(doc, "you agree") == (3, 21) and "var agree" not in doc.text
    assert any(link.target == "#rights" for link in doc.links) and "rights" in doc.anchors


def test_links_emails_and_references():
    doc = doc_of("# T\n\nMail [us](mailto:a@example.com) or b@example.org. See [x][missing] and [y][ok].\n\n[ok]: https://e.com\n")
    assert sorted(e.address for e in doc.emails) == ["a@example.com", "b@example.org"]
    assert [r.label for r in doc.undefined_refs] == ["missing"]
    assert any(link.target == "https://e.com" for link in doc.links)


def test_front_matter_sets_language_and_is_masked():
    doc = doc_of("---\nlang: de\ntitle: Acme Privacy\n---\n# Datenschutz\n\nText.\n")
    assert doc.lang == "de"
    assert doc.front_matter["title"] == "Acme Privacy"
    assert "lang" not in doc.text


def test_hugo_toml_front_matter_is_metadata_and_is_masked():
    doc = doc_of('+++\ntitle = "Datenschutz"\nlang = "de"\n[ author ]\n  name = "m10x"\n+++\n\n# Datenschutz\n\nText.\n')
    assert doc.front_matter["title"] == "Datenschutz" and doc.front_matter["author"] == {"name": "m10x"}
    assert "author" not in doc.text and "+++" not in doc.text
    assert [h.title for h in doc.headings] == ["Datenschutz"] and doc.positions.line_col(doc.headings[0].start)[0] == 8
    broken = doc_of('+++\ntitle = "unclosed\n+++\n\n# Privacy\n')
    assert broken.front_matter == {} and "unclosed" not in broken.text


def test_headings_and_slugs():
    doc = doc_of("# Privacy Policy\n\n## What we collect?\n\nBody.\n\nSetext\n------\n")
    assert [(h.level, h.title, h.slug) for h in doc.headings] == [
        (1, "Privacy Policy", "privacy-policy"), (2, "What we collect?", "what-we-collect"), (2, "Setext", "setext")]


def test_a_number_and_a_comma_after_a_hard_wrap_continue_the_sentence():
    """ "... from children under\\n13, and our games ...": the wrapped number is no list item "13,"."""
    text = ("CHILDREN\n\nWe do not knowingly collect personal data from children under\n"
            "13, and our games do not ask players for their age.\n")
    doc = doc_of(text, "notice.txt")
    block = next(b for b in doc.blocks if "under" in doc.block_text(b))
    assert block.kind == "paragraph" and "our games" in doc.block_text(block)
    assert position_of(doc, "13, and") == (4, 1)


def test_plain_text_headings_and_lists():
    text = "Acme Privacy Policy\nWhat we collect\nWe collect the following:\nFull name;\nEmail address.\nHow we use it\nWe use it to run the service.\n"
    doc = doc_of(text, "p.txt")
    assert [h.title for h in doc.headings] == ["Acme Privacy Policy", "What we collect", "How we use it"]


def test_a_plain_title_in_capitals_over_a_contact_block_is_a_heading():
    """ "CONTACT US" over a name and an address (short lines, no sentence) heads them, as "CHANGES" heads its text."""
    text = ("ABOUT THIS NOTICE\n\nThis notice applies whenever you send a parcel with us.\n\nCONTACT US\n\n"
            "Write to privacy@ferrylane.co.uk.\n\nCHANGES\n\nWe review this notice once a year.\n\nCONTACT US\n\n"
            "Ferrylane Courier Services Limited\nUnit 9, Dargan Road\nBelfast BT3 9JU\n")
    doc = doc_of(text, "notice.txt")
    assert [h.title for h in doc.headings] == ["ABOUT THIS NOTICE", "CONTACT US", "CHANGES", "CONTACT US"]


def test_a_plain_title_over_its_date_line_is_a_heading_and_an_address_is_no_title():
    """A title line right over "Last revised ..." is the title, not the start of a hard-wrapped paragraph; the short
    lines of an address under a heading are one block, not titles of their own."""
    text = ("Harlow & Finch Piano Hire - Cookie Notice\nLast revised 2 February 2025\n\n"
            "This notice explains how we use cookies on our website when you book a piano.\n\n9. CONTACT US\n\n"
            "   Keystone Lofts, LLC\n   412 Brandt Street, Suite 2\n   Pittsburgh, PA 15212\n   E-mail: office@lofts.example\n")
    doc = doc_of(text, "notice.txt")
    assert [h.title for h in doc.headings] == ["Harlow & Finch Piano Hire - Cookie Notice", "CONTACT US"]


@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_the_first_line_of_a_contact_block_under_a_title_is_no_title(eol):
    """ "Data Protection Officer" over the company's name and address under "11. CONTACT US" opens the block; it is
    not a sub-title that would leave the contact section without its e-mail address."""
    text = eol.join(["10. CHANGES", "", "We will e-mail you before any change.", "", "11. CONTACT US", "",
                     "Data Protection Officer", "Tillage Ltd", "Unit 12, Brindley Wharf, 40 Canal Street, Birmingham B1 2RT",
                     "dpo@tillage.co.uk", ""])
    doc = doc_of(text, "notice.txt")
    assert [h.title for h in doc.headings] == ["CHANGES", "CONTACT US"]


def test_language_detection():
    assert doc_of("# Datenschutzerklärung\n\nWir verarbeiten Ihre Daten nur, wenn das Gesetz es erlaubt und Sie zugestimmt haben. Die Daten werden nicht an Dritte weitergegeben.\n").lang == "de"
    assert doc_of("# Privacy\n\nWe process your data only when the law allows it and you agreed to it.\n").lang == "en"
    assert Source("x.md", "").fmt == "markdown" and Source("x.txt", "").fmt == "text"


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("eol", ["\r", "\r\n", "\n"])
def test_every_line_ending_reads_alike(suffix, eol):
    """A file saved with bare CRs has the same paragraphs, lines and columns as with LFs."""
    lines = ["Privacy Policy", "", "First paragraph here.", "", "Second paragraph, about", "consent and use.", ""]
    doc = doc_of(eol.join(lines), "doc" + suffix)
    assert [doc.block_text(b).split()[0] for b in doc.blocks] == ["Privacy", "First", "Second"]
    assert position_of(doc, "consent") == (6, 1)
    assert position_of(doc, "paragraph,") == (5, 8)


def test_a_lone_cr_in_an_lf_file_ends_a_line():
    doc = doc_of("# T\n\nOne.\rTwo target.\n", "doc.txt")
    assert position_of(doc, "target") == (4, 5)


@pytest.mark.parametrize("source,canonical,word,position", [
    # quotes, apostrophes, dashes and spaces
    ("# T\n\nWe don\u2019t \u201csell\u201d data \u2014 ever;\u00a0not\u2009once.\n",
     "We don't \"sell\" data - ever; not once.", "ever", (3, 24)),
    # letters in a styled font ("fancy font" generators) and full-width letters
    ("# T\n\nHow \U0001d682\U0001d67f\U0001d67e\U0001d683 (\uff22\uff4f\uff54) uses data. Target.\n",
     "How SPOT (Bot) uses data.", "Target", (3, 27)),
])
def test_typography_is_one_form_for_matching_and_positions_stay_exact(source, canonical, word, position):
    doc = doc_of(source)
    assert canonical in doc.text
    assert len(doc.text) == len(doc.source)
    assert position_of(doc, word) == position


def test_invisible_characters_are_dropped_and_columns_count_them():
    source = "# T\n\nWe ask for con\u00adsent and\u200b your per\u2060mission. Target.\n"
    doc = doc_of(source)
    assert "consent and your permission" in doc.text
    line, column = position_of(doc, "Target")
    assert (line, column) == (3, source.split("\n")[2].index("Target") + 1)
    offset = doc.source_offset(doc.text.index("Target"))
    assert source[offset:offset + 6] == "Target"


def test_a_hard_wrap_keeps_its_line_and_reads_as_whitespace():
    """The lines of a paragraph stay (an address block's lines mean something); to rules a
    line break is whitespace, so the words are those of the unwrapped sentence."""
    from policylint.words import tokenize

    doc = doc_of("# T\n\nBy using the\napp you agree.\n\nBy using the app you agree.\n")
    first, second = doc.blocks[1], doc.blocks[2]
    assert "By using the\napp" in doc.text
    words = [[w.text for w in tokenize(doc.text, b.start, b.end)] for b in (first, second)]
    assert words[0] == words[1] == ["by", "using", "the", "app", "you", "agree"]
    assert position_of(doc, "app you") == (4, 1)


def test_a_sentence_above_a_rule_of_dashes_is_prose_not_a_heading():
    doc = doc_of("# T\n\n## Contact\n\nFor questions, please send us an email to a@b.example.\n---\n\n© 2023 A\n")
    assert [h.title for h in doc.headings] == ["T", "Contact"]
    doc = doc_of("# T\n\nContact\n---\n\nWrite to us.\n")
    assert [h.title for h in doc.headings] == ["T", "Contact"]


def test_a_bold_line_heading_a_paragraph_is_a_heading_without_an_anchor():
    doc = doc_of("**9. Changes to This Privacy Policy**\nWe may update this policy.\n\n**10. Contact**\nWrite to a@b.example.\n\n"
                 "This is **bold: not a heading.**\n")
    assert [(h.title, h.pseudo, h.level) for h in doc.headings] == [
        ("9. Changes to This Privacy Policy", True, 2), ("10. Contact", True, 2)]
    assert not doc.anchors  # GitHub gives a bold line no anchor


@pytest.mark.parametrize("text,expected", [
    ("Privacy Policy\nThis app stores nothing.\n\nContact Us\nWrite to the developer.\n", True),  # an unmarked title
    ("1. Scope\n\nThis Privacy Policy applies only to this server.\n", True),  # the text names itself
    ("# Terms of Service\n\nBy using the bot you accept these terms. Please read our Privacy Policy too.\n", False),
    ("Release notes\n\nFixed a crash on start.\n", False),
    ("# User Policy for Hue Grabber\n\n## What We Don't Collect\n\nNothing about you.\n", True),  # a section on what is collected
    ("# Changelog\n\n## What we collect feedback on\n\nThe new menus.\n", False),
])
def test_a_privacy_notice_is_known_by_its_title_or_by_naming_itself(text, expected):
    assert doc_of(text, "README.md").is_privacy_notice is expected


@pytest.mark.parametrize("name,text,expected", [
    ("DATA_COLLECTION.md", "# Data collection\n\nThe bot sends anonymous usage reports. You can opt out in the config.\n", True),
    ("Analytics.md", "# Anonymous Aggregate User Behaviour Analytics\n\nHomebrew gathers anonymous analytics. "
                     "Run `brew analytics off` to disable it.\n", True),
    ("error-reporting.md", "# Error reporting\n\nUpon opt-in this will collect crash data and send it to Backtrace.\n", True),
    ("analytics.md", "# Analytics\n\nAdd your tracking ID to the theme config. The theme sends page views to it.\n", False),
])
def test_a_page_about_usage_data_and_how_to_opt_out_is_a_notice(name, text, expected):
    assert doc_of(text, name).is_privacy_notice is expected


def test_indented_html_after_a_blank_line_is_html_not_code():
    """Inside "<div>" a page's paragraphs are indented; after a blank line CommonMark calls them code, kramdown
    and the browser show them as HTML."""
    doc = doc_of('<div class="container">\n\t\t<h1>Privacy Policy</h1>\n\n\t\t<p>\n\t\t\tBy using this Site, you agree.\n'
                 '\t\t</p>\n</div>\n')
    assert "By using this Site" in doc.text and position_of(doc, "you agree") == (5, 24)
    assert [h.title for h in doc.headings] == ["Privacy Policy"]
    code = doc_of('# Privacy\n\nExample:\n\n    print("<p>a real code block</p>")\n')
    assert "a real code block" not in code.text


def test_an_escaped_underscore_or_asterisk_is_the_character_and_only_its_backslash_is_markup():
    doc = doc_of("# Title\n\nSlots: {Inbox\\_Provider} and 5 \\* 3, with _emphasis_ and **bold**.\n")
    assert len(doc.text) == len(doc.source)
    assert "{Inbox _Provider}" in doc.text and "5  * 3" in doc.text
    assert "_emphasis_" not in doc.text and " emphasis " in doc.text and "**" not in doc.text


def test_sentences_indented_four_spaces_are_read_as_prose_and_code_stays_code():
    prose = ("# Privacy\n\n## 9. Changes\n\n    We may update this Privacy Policy from time to time. Your continued use "
             "of the game constitutes acceptance.\n\n    - Google Firebase: Acts as our data processor. Data is stored "
             "on secure servers.\n")
    doc = doc_of(prose)
    assert "We may update this Privacy Policy" in doc.text and "Acts as our data processor" in doc.text
    assert [b.kind for b in doc.blocks][-2:] == ["paragraph", "item"]
    code = "# Privacy\n\nRun this:\n\n    import policylint\n    policylint.main()\n"
    assert "import" not in doc_of(code).text
    settings = "# Privacy\n\n    Set the timeout = 30 in the config. Then restart the bot with $ restart.\n"
    assert "timeout" not in doc_of(settings).text and len(doc_of(settings).text) == len(settings)


def test_an_abbreviation_before_a_number_does_not_end_the_sentence():
    doc = doc_of("# T\n\nThe basis is consent - Art. 6 para. 1 lit. a GDPR - given by browsing. We keep logs.\n")
    start = doc.text.index("The basis")
    assert doc.text[slice(*doc.sentence_at(start))].rstrip().endswith("browsing.")


@pytest.mark.parametrize("path", ["doc.md", "doc.txt"])
@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_a_title_on_a_paragraphs_first_line_is_not_the_sentences_first_words(path, eol):
    doc = doc_of(eol.join(["Changes", "This policy may change.", "", "Data we collect from", "Google Analytics users.", ""]),
                 path)
    start = doc.text.index("This policy")
    assert doc.sentence_at(start)[0] == start
    wrapped = doc.text.index("Google")
    assert doc.sentence_at(wrapped)[0] < wrapped  # "Data we collect from" is no title: one sentence


@pytest.mark.parametrize("span,visible", [("``SecretBiology``", "SecretBiology"), ("`Orbit Notes`", "Orbit Notes"),
                                          ("`settings.json`", None), ("`get_user()`", None), ("`npm install`", None)])
def test_a_name_set_in_code_is_read_but_code_is_not(span, visible):
    doc = doc_of(f"# Privacy\n\n{span} built the Orbit app as a free app.\n")
    assert len(doc.text) == len(doc.source) and "`" not in doc.text
    if visible:
        assert visible in doc.text
    else:
        assert span.strip("`") not in doc.text


def test_a_cookie_policy_with_an_analytics_part_is_not_a_privacy_notice():
    text = ("---\ntitle: Cookie Policy\n---\n\nThis website may use cookies.\n\n## Analytics\n\n"
            "Analytics cookies collect how visitors use the site. You can opt out in your browser.\n")
    assert not doc_of(text).is_privacy_notice
    assert doc_of(text.replace("Cookie Policy", "Usage Analytics")).is_privacy_notice


def test_enumerators_inside_a_sentence_are_not_words():
    from policylint.words import tokenize

    text = "will constitute your (a) acceptance of it; and (b) agreement to it, as 2) and a) say"
    words = [w.text for w in tokenize(text)]
    assert words == ["will", "constitute", "your", "acceptance", "of", "it", "and", "agreement", "to", "it", "as",
                     "and", "say"]
    assert [w.text for w in tokenize("plan a (free) trip")] == ["plan", "a", "free", "trip"]


def test_a_plain_text_title_in_capitals_may_end_in_a_preposition():
    text = ("EASTGATE YOUTH HUB\n\nWe run the hub.\n\nWHAT WE USE IT FOR\n\nTo keep you safe.\n\n"
            "WHO WE SHARE WITH\n\nNobody else.\n\nWe keep notes about the people we work\nwith and the trips we run.\n")
    doc = doc_of(text, "notice.txt")
    assert [h.title for h in doc.headings] == ["EASTGATE YOUTH HUB", "WHAT WE USE IT FOR", "WHO WE SHARE WITH"]


def test_plain_text_subsection_numbers_set_the_heading_level():
    text = ("KESTREL JUDO CLUB\n\n2. WHAT WE COLLECT\n\n2.4 Photos and videos\n\nWe take photos at gradings.\n\n"
            "6. PHOTOS AND VIDEOS\n\nWe ask before publishing any photo.\n")
    levels = {h.title: h.level for h in doc_of(text, "notice.txt").headings}
    assert levels["WHAT WE COLLECT"] == levels["PHOTOS AND VIDEOS"] == 2
    assert levels["Photos and videos"] == 3  # a subsection, not the same heading as section 6
