"""dangling-reference: the text points at something the document does not have.

Structural checks run on every language: an in-page ``#anchor`` with no
heading of that slug (GitHub's rules) or element id, a ``[text][label]``
reference with no definition, and a ``[Section Title]`` in brackets that is
not a link (a link whose target was lost, or a section that does not exist).
Checks written in English words run only where the document's language
matches ``phrase_languages``: "the links below" with no link after it,
"see Section 9" when no section 9 exists, "see the "Retention" section
below" when no heading, and no paragraph's opening words, carry that title
(a section "of the Terms" is another document's, unless it is said to be
above or below), "click here" with no link in its sentence or on its line,
"the table / list / change log below" with no such thing there, and a
sentence announcing a list ("may include the following:") followed by the
next heading, the end, or a paragraph that is plainly about something else.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from urllib.parse import unquote

from ..brackets import REFERENCE_BEFORE, SUBJECT_WORDS, TEMPLATE_FIELDS, declares_slots, repeated_slots
from ..entities import GENERIC_TITLE_WORDS
from ..findings import Hit
from ..lang import matches
from .headings import NUMBER_AT_START, heading_key, title_stems
from ..patterns import LazyPattern, shorten
from ..slugs import loose
from . import Kind

# cheap first looks: without these words the English checks cannot match
LINK_WORD = re.compile(r"\blink(?:s|ed)?\b", re.IGNORECASE)
SECTION_NUMBER = re.compile(r"\b(?:section|paragraph|clause|chapter|part|article|rule|point)\s*\d|§", re.IGNORECASE)
# "[Acme] (the "App")", "Welcome to [Acme]", "Developer: [Jane Doe]": a filled-in name left in its brackets
DEFINED_AFTER = LazyPattern(r"\s*\((?:the |hereinafter |referred to |[\"“'‘])", re.IGNORECASE)
NAME_SLOT_BEFORE = LazyPattern(
    r"(?:\b(?:welcome to|by|called|named|(?:built|created|developed|made|published) the)|\b[A-Za-z][\w/ -]{0,30}(?<!see)(?<!visit)(?<!read)(?<!\bat)(?<!\bin)(?<!here)(?<!more)(?<!below):)\s*$",
    re.IGNORECASE)
# "[Optional] Crash reports", "[Android] The app ...": a tag on a line, not a reference
TAG = re.compile(r"(?:optional|required|beta|alpha|new|deprecated|experimental|draft|pro|premium|free|paid|"
                 r"android|ios|ipados|macos|windows|linux|web|desktop|mobile|eu|eea|uk|us|usa|california|global)",
                 re.IGNORECASE)
# see the "Your rights" section (above); the section "Retention" below (or in single quotes: the section 'Photography')
NAMED_SECTION = LazyPattern(
    r"\b(?:see|in|under|refer to|read|consult|check|described in|set out in|explained in|detailed in|outlined in|"
    r"listed in|according to)\s+(?:the\s+|our\s+)?(?:[\"“'‘](?P<title>[^\"“”\n]{3,80}?)[\"”'’]\s+(?:section|heading|part|paragraph)\b"
    r"|(?:section|heading|part|paragraph)\s+(?:(?:called|entitled|titled|named)\s+)?[\"“'‘](?P<title2>[^\"“”\n]{3,80}?)[\"”'’](?![\w'’]))"
    # the controls described under "Safety Centre" above
    r"|\b(?:(?:described|explained|set out|listed|found|covered|mentioned|shown)\s+(?:under|in)|see)\s+[\"“](?P<title3>[^\"“”\n]{3,80})[\"”]"
    r"\s+(?:above|below)\b"
    # 'your details collected under "The Information We Collect"': a title that speaks as the notice does
    r"|\b(?:collected|gathered|described|explained|set out|listed|covered|mentioned|given)\s+under\s+[\"“]"
    r"(?P<quoted_title>(?=[^\"“”\n]*\b(?:We|You|Your|Our|Us)\b)[A-Z][^\"“”\n]{3,80}?)[\"”]"
    # "described in the Cookies section", "explained in the Permissions section": a title in capitals, unquoted
    r"|\b(?:see|in|under|refer to|read|consult|check|visit|described in|set out in|explained in|detailed in|outlined in|"
    r"listed in|according to)\s+(?:the|our)\s+(?P<title4>(?-i:[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|&|for|to|we|your|our|the)){0,5}))"
    r"\s+(?-i:section|heading|part)\b"
    # "can be found in the section about cookies above": a topic, then where it stands
    r"|\b(?:in|see|under)\s+the\s+(?:section|part|paragraph)\s+(?:about|on|regarding|concerning|covering)\s+"
    r"(?:the\s+|our\s+)?(?P<title5>[\w'’-]+(?:\s+[\w'’-]+){0,2}?)\s+(?:above|below)\b"
    # "the section below on Controllers and Responsible Companies", "scroll down to How to Reach Us": a title in capitals
    r"|\bthe\s+(?:section|part)\s+(?:below|above)\s+(?:on|about|called|titled|named)\s+"
    r"(?P<title6>(?-i:[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|&|for|to|we|us|your|our|the)){0,6}))"
    r"|\bscroll\s+(?:down|up|back)\s+to\s+(?:the\s+)?"
    r"(?P<title7>(?-i:[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|&|for|to|we|us|your|our|the)){0,6}))"
    # "for the purposes described below under “Information Use.”": where it stands, then the quoted title
    r"|\b(?:described|explained|set out|listed|detailed|outlined)\s+(?:below|above)\s+(?:under|in)\s+[\"“](?P<title8>[^\"“”\n]{3,80})[\"”]"
    # "Directly with us: see Contact below.": a title in capitals, unquoted, then where it stands
    r"|\bsee\s+(?:the\s+|our\s+)?(?P<title9>(?-i:[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|&|for|to|us|your|our|the)){0,4}))\s+(?:below|above)\b"
    # "are answered in the FAQ below" (not another document: "described in the Privacy Policy above")
    r"|\b(?:in|under)\s+the\s+(?P<title10>(?-i:(?!(?:Privacy|Cookie|Terms|Policy|Notice|Agreement|United|European)\b)[A-Z][\w'’-]*"
    r"(?:\s+(?:[A-Z][\w'’-]*|of|and|&|for)){0,4}))\s+(?:below|above)\b",
    re.IGNORECASE)
_TITLE_WORDS = r"[\s*_#>-]*((?:[^\W_][\w'’-]*[,&/]?[ \t]+){0,%d}[^\W_][\w'’-]*)"  # up to N + 1 words, markup before
RUN_IN = re.compile(_TITLE_WORDS % 9 + r"(?:[ \t]*[.:*_]|[ \t]{2,}|$)")  # blanked emphasis leaves spaces
TITLE_LINE = re.compile(_TITLE_WORDS % 6 + r"[ \t]*\??[ \t]*\n(?=[ \t]*[A-Z])")  # a short line over a sentence
SAID_HERE = re.compile(r"[^.;:\n]{0,40}?\b(?:above|below)", re.IGNORECASE)
TITLE_WORD = re.compile(r"[^\W_]+")
MINOR_WORDS = {"the", "of", "a", "an", "and", "or", "to", "for", "your", "our", "my", "with", "respect", "on", "in",
               "about", "how", "we", "you", "this", "that"}
UI_ACT = re.compile(r"\b(?:press|hit|tap|click|select|choose|type|toggle)(?: on)?(?: the)?\s*$", re.IGNORECASE)
ABBREVIATION = re.compile(r"[A-Z]{2,5}")
# "the meanings given in [Definitions]", "enforce our \[Code of Conduct\]": the text points at what is in brackets
ARTICLE_TITLE = re.compile(r"\W{0,3}(?:article|art\.)\s*\d", re.IGNORECASE)
LAW_AFTER = re.compile(r"\s*(?:\([\w.]+\)\s*)*(?:of\s+(?:the\s+)?)?(?:GDPR|DSGVO|RGPD|UK GDPR|Regulation|Directive|Act|Code|BDSG|TTDSG|LOPDGDD|CCPA|"
                       r"BGB|HGB|AO|UWG|TMG|TKG|TDDDG|StGB|ZPO|SGB|DDG|UrhG|KUG|DSG|ABGB|OR|ZGB|LOPD|LSSI|CPC|CC)\b")
# "Article 15, Paragraph 3, and Article 17, Paragraph 4 of the Personal Information Protection Act", "Article 35 (Request
# for Access), Article 36 (...) ... of the Act": references joined in a run, then the law they are in
NAMED_LAW_AFTER = re.compile(r"(?:\s*(?:\([^()\n]{1,80}\)|,|\band\b|\bor\b|&|(?:Article|Art\.?|Paragraph|Para\.?|Section|Sec\.?|§|Item|"
                             r"Subparagraph|Clause)\s*\d+(?:[.-]\d+)*))*\s*(?:of|under|in|to)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,8}?"
                             r"(?:Act|Regulations?|Directive|Code|Decree|Law|Ordinance|Rules|Constitution)\b")  # ("Schedule 1 to the ... Act")
# a regulator's rulebook before its part or section: "FCC Part 90", "47 CFR Part 15", "15 U.S.C. § 6501"
AUTHORITY_PART = re.compile(r"(?:\b(?:FCC|CFR|C\.F\.R\.|U\.S\.C\.|USC|FAR|DFARS|FTC|FAA|FDA|HIPAA|FERPA|COPPA|GLBA|ITAR|OSHA|IRS|"
                            r"NHTSA|Title[ \t]+\d{1,2})[ \t]+)(Part|Section|Sec\.|§)[ \t]*(\d{1,4}(?:\.\d{1,4})*)\b")
PART_WORD = re.compile(r"\bpart\b", re.IGNORECASE)
# a law by its short name and year: ", DPA 2018", "of the FOIA 2000"
LAW_BY_YEAR = re.compile(r"[ \t]*,?[ \t]*(?:(?:of|to|under|in)[ \t]+)?(?:the[ \t]+)?(?-i:[A-Z]{2,6})[ \t]+(?:19|20)\d\d\b")
APPENDIX_WORD = re.compile(r"\b(?:appendix|annexure|annex|schedule|enclosure|exhibit|attachment|addendum)\s+(?:[A-Z]|\d|[IVX])", re.IGNORECASE)
APPENDIX_REFERENCE = LazyPattern(
    r"\b(?:in|see|under|per|to|refer to|set out in|set forth in|described in|explained in|listed in|given in|"
    r"defined in|according to|shown in|detailed in|attached as|enclosed as|annexed as|at)\s+(?:the\s+)?(?P<kind>(?-i:Appendix|Annexure|Annex|Enclosure|Schedule|Exhibit|Attachment|"
    r"Addendum))\s+(?P<id>[A-Z](?![\w-])|\d{1,2}(?!\d|\.\d)|[IVX]{1,4}(?![\w-]))", re.IGNORECASE)
# "by clicking here", "click on this link", "tap here": the link itself is the reference
# "please visit this link", "at the following URL": a link named, none given
CLICK_HERE = LazyPattern(r"\b(?:click(?:ing)?|tap(?:ping)?)\s+(?:on\s+)?(?:here|this\s+link|the\s+link\s+below)\b|"
                         r"\b(?:visit|follow|open|use|see|check|consult|at|via)\s+(?:this|the\s+following)\s+(?:link|url)\b",
                         re.IGNORECASE)
# "Learn more about these tools, here.", "you can go here.": "here" ending a sentence that points somewhere
HERE_AT_END = LazyPattern(r"\bhere\b(?=[ \t]*[.!:]?[ \t]*(?:\n|$)|[ \t]*[.!][ \t]+[A-Z])", re.IGNORECASE | re.MULTILINE)
# a line that is only "Read more about Google Analytics", "Learn more", "More about cookies"
READ_MORE_LINE = LazyPattern(r"(?m)^[ \t]*(?:[-*+][ \t]+)?(?P<caption>(?:read|learn|find out) more(?: about(?:[ \t]+[\w'’&-]+){1,5})?|"
                             r"more (?:about|on)(?:[ \t]+[\w'’&-]+){1,5})[ \t]*[.:]?[ \t]*$", re.IGNORECASE)
FOOTNOTE = re.compile(r"(?m)^[ \t]{0,3}\[\^([^\]\s]{1,40})\]:")
FOOTNOTE_ANCHORS = ("fn-", "fnref-", "user-content-fn-", "user-content-fnref-", "fn:", "fnref:", "fn")
PAREN_CAPTION = re.compile(r"\((?i:more details|more info(?:rmation)?|learn more|read more|see more|details here)\)")
# "More on Secure Sharing While Remaining Private": a heading of a page kept as plain text, not a caption
TITLED_MORE_ON = re.compile(r"(?i:more (?:about|on))(?:[ \t]+(?:[A-Z][\w'’&-]*|a|an|and|the|of|to|in|for|with|while|or)){4,5}")
DATE_FORMAT = re.compile(r"(?i:[dmy]{1,4}(?:[/.\s-][dmy]{1,4}){2})")
# "the opt-out methods described here", "anything you read here": here is this document, not a link
IN_THIS_DOCUMENT = re.compile(r"\b(?:described|explained|listed|set out|mentioned|outlined|stated|disclosed|detailed|defined|specified|"
                              r"provided|given|included|contained|noted|you\s+(?:read|see|find)|"
                              # "any new version will simply be published here": this page, where changes go
                              r"posted|published|updated|announced|"
                              # "have a look at the other sections here": the parts of this page
                              r"sections|paragraphs|clauses|(?:other|each|every|any) (?:section|paragraph|clause|part))\s+(?:otherwise\s+)?$",
                              re.IGNORECASE)
# the policy itself made available here: "by making the new Privacy Policy available here" (this page)
POLICY_AVAILABLE = re.compile(r"(?i)\b(?:privacy policy|policy|notice|statement|version|terms)\s+(?:will\s+be\s+|is\s+|be\s+)?"
                              r"(?:made\s+)?(?:available|accessible)\s+\Z")
# the page's own address: "posting the new Privacy Policy at this URL", "published on this page"
POSTED_AT_THIS = re.compile(r"(?i)\b(?:post\w*|publish\w*|available|updat\w*)\b[^.\n]{0,50}\b(?:at|on|under) this (?:url|address|link|page)\Z")
POINTING = LazyPattern(r"\b(?:learn|find out|read|see|go|visit|found|available|access|view|download|check|look|"
                       r"instructions|opt[- ]out|more (?:information|details|info))\b", re.IGNORECASE)
URL_LIKE = re.compile(r"\s*(?:https?://|www\.|[\w.+-]+@[\w-]+\.)|[^\n]*?(?:https?://|www\.)", re.IGNORECASE)
# right after a sentence on its line: its address ("Learn more here. https://...")
URL_AFTER = re.compile(r"[\s:(\[<*_]*(?:https?://|www\.|[\w.+-]+@[\w-]+\.)", re.IGNORECASE)
# a sentence the author says to the reader: a person and a finite verb
CLAUSE = re.compile(r"(?i)\b(?:we|you|us|our|your|they)\b.{0,80}?\b(?:must|will|may|can|shall|should|is|are|do|does|have|has)\b"
                    r"|\b(?:must|will|may|can|shall|should)\b.{0,80}?\b(?:we|you|us|our|your)\b")
LIST_OPENING = re.compile(r"[ \t]*(?:[-*+•·▪◦]|\d{1,3}[.)]|\(?[a-z]\)|[A-Z][\w /'’&-]{0,40}:)")
TEXT_ROW = LazyPattern(r"(?m)^[ \t]*\S[^\n]*?(?:\t|[ ]{2,}|\s\|\s)\S[^\n]*?(?:\t|[ ]{2,}|\s\|\s)\S[^\n]*$", 0)
PIPE_ROW = re.compile(r"^[ \t>]*\|[^\n]*\|", re.M)
# "the table below", "the change log below", "the following table"
THING_BELOW = LazyPattern(
    r"\b(?:the|this)\s+(?:(?!price\s)[A-Z]\w+\s+)?(?:[a-z][\w-]*\s+){0,2}?(?P<thing>(?i:price\s+list|screenshots?|image|picture|diagram|figure|table|chart|list|form|change\s?log|revision\s+history|version\s+history|guides|links|instructions))\s+"
    r"(?:(?:listed|shown|given|linked|provided|included|set\s+out)\s+)?(?P<where>below|above|at\s+the\s+(?:bottom|end|foot)\s+of\s+(?:this|the)\s+(?:page|notice|policy|document))\b|\bthe\s+following\s+(?P<thing2>table|chart|form)\b"
    r"|\bbelow\s+(?:is|are|you(?:['’]ll|\s+will)?\s+find)\s+(?:a|the)\s+(?P<thing3>list|table)\b", re.IGNORECASE)
CHANGELOG_TITLE = re.compile(r"(?i)\bchange\s?log\b|\b(?:revision|version|change|update)\s+history\b|"
                             r"\bhistory\s+of\s+(?:changes|revisions|updates)\b|\bprevious\s+versions?\b|\bchanges\b")
# a sentence that ends announcing a list: "may include the following:", "as follows:"
# "double opt-in as described above": the two to three words before the pointer are what it points to
EXCEPT_AS = re.compile(r"\b(?:except|unless|other than|save|apart from)\s*$", re.IGNORECASE)
# (without "as", only a thing named, listed or identified "above": "the partner organisations listed above",
# "the software product identified above")
DESCRIBED_THERE = LazyPattern(r"(?P<topic>(?<![\w'’-])[\w-]+(?:['’]s)?(?:[ \t]+[\w-]+(?:['’]s)?){0,2}?)[ \t]*\(?(?:(?P<as>as)[ \t]+)?"
                              r"(?:described|explained|set out|detailed|outlined|mentioned|discussed|(?P<naming>listed|identified|named))"
                              r"[ \t]+(?P<where>above|below)\b\)?", re.IGNORECASE)
SUMMARY_NOUN = re.compile(r"(?i)\b(?:factors?|activit(?:y|ies)|methods?|scenarios?|purposes?|circumstances?|cases?|"
                          r"situations?|rights?|reasons?|steps?|measures?|ways?|categor(?:y|ies)|types?|kinds?|conditions?|"
                          r"terms?|practices?|uses?|scope|criteria|points?|items?|things?|ones?|those|these|above|periods?|durations?|"
                          r"time ?frames?)\b")
TOPIC_WORD = re.compile(r"[^\W\d_][\w-]{3,}")
# "does not disclose personally-identifying information other than as described below": the pointer is about
# passing data on, so the side it points to must say when data is passed on, not only that it is not
DISCLOSE_VERB = re.compile(r"\b(?:disclos|shar(?:e|es|ed|ing)\b|transfer|sell|sold\b|reveal|releas)", re.IGNORECASE)
# ... or names who receives it: "Stripe processes your card", "## Service providers"
RECEIVER = re.compile(r"(?-i:\b[A-Z][\w.-]+)\s+(?:processes|receives|handles|hosts)\b|\b(?:recipients|(?:sub-?)?processors|service\s+providers)\b",
                      re.IGNORECASE)
NEGATED_BEFORE = re.compile(r"\b(?:not|never|no|nor)\s+(?:[\w-]+\s+){0,2}\Z|n['’]t\s+(?:[\w-]+\s+){0,2}\Z", re.IGNORECASE)
LIST_END = re.compile(r"(?:,|\band|\bor)\s*\Z", re.IGNORECASE)  # the last item of a list comes before the pointer
LEADING_NON_LETTERS = re.compile(r"^[^a-z]+")
# "with [California Privacy Rights Request] in the subject line"
IN_THE_SUBJECT = re.compile(r"[\"”']?\s+(?:in|as) (?:the|your) (?:subject|subject line|title)\b", re.IGNORECASE)
# a line that tells the reader what to write: "Subject: ...", "Subject line: ..."
READER_WRITES_LINE = re.compile(rf"\b(?:{SUBJECT_WORDS}|title your (?:e-?mail|message))\W{{0,4}}:?", re.IGNORECASE)
TOPIC_STOP = {"this", "that", "these", "those", "data", "information", "personal", "your", "their", "with", "from",
              # "Anything not listed above": whatever the list left out, not a topic
              "anything", "everything", "something", "nothing", "else",
              # what is done with it, said of the whole notice: "handle your information as described below"
              "handle", "handles", "handled", "handling", "using", "treat", "treats", "treated", "manage", "managed",
              "used", "processed", "collected", "shared", "stored", "process", "purposes", "purpose", "only", "also",
              "will", "have", "been", "when", "where", "which", "such", "other", "same", "each", "must", "there",
              "except", "unless", "including", "then", "them", "they", "what", "more", "most", "uses", "ways",
              "manner", "means", "rights", "terms", "policy", "notice", "section", "sections", "further", "here",
              "apply", "applies", "above", "below", "both", "some", "cases", "case", "time", "times", "otherwise",
              "confirmed", "provided", "given", "made", "done", "sent", "kept", "held", "described", "explained", "than", "rather", "save", "besides",
              # what counts or sorts things ("a number of rights as set out below"): the noun after "of" is the topic
              "number", "range", "variety", "series", "couple", "kind", "kinds", "type", "types", "sort", "sorts",
              "certain", "various", "several"}
# "in Part F", "see Section C": a part named by a letter; "PART A - WHAT DATA": a part that opens with one
LETTER_REFERENCE = LazyPattern(r"\b(?:in|see|under|at|to|of)\s+(?P<kind>(?i:part|section|chapter))\s+(?P<id>[A-Z])\b(?![\w'’.-]\w)", 0)
LETTER_TITLE = LazyPattern(r"[\s*_#>]*(?P<kind>(?i:part|section|chapter))\s+(?P<id>[A-Z])\b", 0)
OVERLEAF = LazyPattern(r"\b(?:see|turn|over)\s+(?:the\s+)?(?:page\s+)?overleaf\b|\boverleaf\b", re.IGNORECASE)
# a term said to be defined later: "Personal Information (defined below)", "the Code of Conduct (as defined below)"
DEFINED_BELOW = LazyPattern(r"(?<![\w'’-])(?:(?:The|A|An|Our|Your|This|These|Its|Their)[ \t]+)?(?P<term>[A-Z][\w'’-]*(?:[ \t]+(?:of|and|&|[A-Z][\w'’-]*)){0,4})[ \t]*"
                            r"\((?:as[ \t]+)?(?:further[ \t]+)?defined[ \t]+below\)", 0)
FOLLOWING_COLON = LazyPattern(r"\b(?:the\s+following|as\s+follows|these|listed\s+below|set\s+out\s+below)\s*:", re.IGNORECASE)


def _names_a_heading(key: str, keys: set) -> bool:
    """Is ``key`` a heading's title, or nearly ("... PROCESS YOUR PERSONAL INFORMATION?" over "... PROCESS YOUR
    INFORMATION?", an entry cut by a line break): three words in four the same?"""
    if key in keys:
        return True
    words = set(key.split())
    return any(len(words & set(k.split())) * 4 >= 3 * max(len(words), len(k.split())) for k in keys)


# the title of a table of contents written out
CONTENTS_TITLE = re.compile(r"[\s#*_]*(?i:table of contents|contents|in this (?:policy|notice|privacy policy|privacy notice))[\s*_:]*")


POLICIES_WORD = re.compile(r"\bpolic(?:y|ies)\b", re.IGNORECASE)


class DanglingReference(Kind):
    regex_params = ("links_nearby", "numbered_reference", "external_reference", "placeholder_fields")
    params = {
        "phrase_languages": ["en"],
        "links_nearby": [],
        "numbered_reference": [],
        "external_reference": [],
        "placeholder_fields": TEMPLATE_FIELDS,
        "link_window": 2000,
        "special_anchors": ["top", ""],
    }

    def __init__(self, params):
        super().__init__(params)
        self.links_nearby, self.numbered, self.external = self.compile(
            "links_nearby", "numbered_reference", "external_reference")
        (self.placeholder_fields,) = self.compile("placeholder_fields", case_sensitive=True)

    def check(self, doc):
        yield from self._anchors(doc)
        yield from self._undefined_references(doc)
        yield from self._bracketed_titles(doc)
        yield from self._contents(doc)
        if matches(doc.lang, self.options["phrase_languages"]):
            taken: list = []  # one defect, one finding: "clicking on the link below" is one pointer
            for check in (self._links_nearby, self._numbered_sections, self._named_sections, self._appendices,
                          self._click_here, self._read_more, self._things_below, self._following_nothing, self._topic_elsewhere,
                          self._overleaf, self._lettered_parts, self._contact_elsewhere, self._defined_below,
                          self._below_the_end):
                for hit in check(doc):
                    if not any(a < hit.end and hit.start < b for a, b in taken):
                        taken.append((hit.start, hit.end))
                        yield hit

    def _anchors(self, doc):
        links = [link for link in doc.links if link.target.startswith("#")]
        if not links:
            return
        slugs = {loose(h.slug) for h in doc.headings if not h.pseudo} | {loose(a) for a in doc.anchors}
        # kramdown (Jekyll, GitHub Pages) and pandoc drop what comes before the first letter: "1. Introduction" is
        # "#introduction" there
        slugs |= {LEADING_NON_LETTERS.sub("", slug) for slug in slugs}
        # a footnote "[^1]: ..." is an anchor where it is rendered: GitHub's "#user-content-fn-1", "#fn-1", kramdown's "#fn:1"
        for label in FOOTNOTE.findall(doc.source):
            slugs |= {loose(f"{prefix}{label}") for prefix in FOOTNOTE_ANCHORS}
        special = set(self.options["special_anchors"])
        for link in links:
            anchor = unquote(link.target[1:])
            if anchor in special or loose(anchor) in slugs or anchor[:1] in "/!":
                continue  # "#/portal": a route of a single-page app, not an anchor
            yield Hit(link.start, link.end, f'link to "#{anchor}": no heading or anchor with that name')

    @staticmethod
    def _contents(doc):
        """A table of contents in plain lines ("TABLE OF CONTENTS" over "1. WHAT INFORMATION DO WE COLLECT?"):
        an entry whose title no heading has points at a section that is not there. Read only when most
        entries do name a heading (a list under "Contents" may be about something else), and entries
        that are links are left to the anchor check."""
        if len(doc.headings) < 3:
            return
        keys = {heading_key(h.title) for h in doc.headings}
        blocks = doc.blocks
        for index, block in enumerate(blocks):
            if not CONTENTS_TITLE.fullmatch(doc.text, block.start, block.end):
                continue
            entries = []
            for entry in blocks[index + 1:index + 40]:
                if entry.kind == "heading" or entry.kind not in ("item", "paragraph"):
                    break
                for line in re.finditer(r"[^\n]+", doc.text[entry.start:entry.end]):
                    title = line.group(0).strip()
                    start = entry.start + line.start() + line.group(0).find(title)
                    if title and not any(start <= link.start < start + len(title) for link in doc.links):
                        entries.append((start, start + len(title), title))
                if entry.kind == "paragraph" and "\n" not in doc.text[entry.start:entry.end].strip():
                    break  # one line of prose after the list: the contents ended
            missing = [e for e in entries if not _names_a_heading(heading_key(e[2]), keys)]
            if len(entries) >= 3 and len(missing) * 2 < len(entries):
                for start, end, title in missing:
                    yield Hit(start, end, f'the table of contents lists "{shorten(title)}", but no section has that title')
            return

    def _undefined_references(self, doc):
        for ref in doc.undefined_refs:
            yield Hit(ref.start, ref.end, f'reference "[{ref.label}]" has no link definition')

    def _bracketed_titles(self, doc):
        if declares_slots(doc):
            return  # "Placeholders are marked with [square brackets]": every bracket is a blank, none a reference
        headings = {heading_key(h.title): h for h in doc.headings}
        for b in doc.bracketed:
            pointed = REFERENCE_BEFORE.search(doc.text, max(0, b.start - 40), b.start - (1 if b.escaped else 0))
            if (b.escaped or b.example) and not pointed:
                continue  # literal brackets, or a format shown by example: unless the text points at it
            if b.spaced_link and not b.inner[:1].isupper() and b.inner[-1:] not in ".,;:!?" and \
                    len(b.inner.split()) <= 12:
                yield Hit(b.start, b.end, f'"[{shorten(b.inner)}]" is not a link: remove the space between "]" and "("')
                continue  # "[hier] (https://...)": a link in any case of letters
            if not b.inner[:1].isupper() or b.inner[-1:] in ".,;:!?":
                continue
            if doc.source.startswith(("({%", "({{"), b.end):
                continue  # "[Contact Me]({% link contact.md %})": a link the site generator fills in
            if b.described_end:
                continue  # "[our terms](link to terms page)": a target never filled in (placeholder-text reports it)
            if (self.placeholder_fields and self.placeholder_fields.fullmatch(b.inner)) or b.inner in repeated_slots(doc):
                continue  # a template field, or a slot's sample repeated: placeholder-text reports it
            if self._beside_field(doc, b):
                continue  # "| [Others as applicable] | [Purpose] | [Data] |": a template's row, field by field
            if len(b.inner.split()) > 12 or any(ch.isdigit() for ch in b.inner):
                continue
            if ABBREVIATION.fullmatch(b.inner) or DATE_FORMAT.fullmatch(b.inner):
                continue  # "[EUR]", "[GDPR]", "[D/M/Y]": a code, an abbreviation or a date's format, not a title
            if READER_WRITES_LINE.search(doc.text, doc.text.rfind("\n", 0, b.start) + 1, b.start) or \
                    IN_THE_SUBJECT.match(doc.text, b.end):
                continue  # "**Subject:** Privacy Request - [Your Request Type]": what the reader writes in, no reference
            if doc.text[b.start - 1:b.start] == "[" and doc.text[b.end:b.end + 1] == "]":
                continue  # "[[Instance name]]": a template's field (placeholder-text reports it)
            if not pointed and b.inner.lower() in doc.title.lower() and \
                    not all(w in GENERIC_TITLE_WORDS for w in b.inner.lower().split()):
                continue  # "Privacy Policy for [Bomb Buster]", then "[Bomb Buster] does not ...": the name, filled in
            if b.spaced_link:
                yield Hit(b.start, b.end, f'"[{shorten(b.inner)}]" is not a link: remove the space between "]" and "("')
                continue
            section = headings.get(heading_key(b.inner))
            if section is not None and section.start <= b.start < section.end:
                section = None  # "**[Visual Example]**" over a code block: a caption set as a heading, naming itself
            if section is None and self._not_a_reference(doc, b):
                continue
            where = (f'link it to the "{section.title}" section' if section
                     else "there is no section or link of that name")
            yield Hit(b.start, b.end, f'"[{shorten(b.inner)}]" is in brackets but is not a link: {where}')

    def _beside_field(self, doc, b) -> bool:
        """Is ``b`` in a row of brackets only (a table row, a line of fields) where another is a template field?"""
        if not self.placeholder_fields:
            return False
        from bisect import bisect_left

        line_start = doc.text.rfind("\n", 0, b.start) + 1
        line_end = doc.text.find("\n", b.end)
        line_end = len(doc.text) if line_end < 0 else line_end
        brackets = doc.bracketed
        starts = doc.memo(("bracket starts",), lambda: [other.start for other in brackets])
        row = [o for o in brackets[bisect_left(starts, line_start):bisect_left(starts, line_end)] if o.end <= line_end]
        between = [doc.source[a.end:z.start] for a, z in zip(row, row[1:])]
        return len(row) >= 2 and all(not gap.strip(" \t|*_[]-:,/") for gap in between) and any(
            other is not b and self.placeholder_fields.fullmatch(other.inner) for other in row)

    @staticmethod
    def _not_a_reference(doc, b) -> bool:
        """A filled-in name, a line of a contact block or a caption above a list, still in the
        template's brackets: the text does not point anywhere with it."""
        if DEFINED_AFTER.match(doc.text, b.end) or TAG.fullmatch(b.inner):
            return True
        if sum(other.inner == b.inner for other in doc.bracketed) >= 2:
            return True  # "at [Tricky Devs] ... how [Tricky Devs] uses it": a name filled in, its brackets kept
        if UI_ACT.search(doc.text, max(0, b.start - 20), b.start):
            return True  # "press [Enter]", "tap [Allow]": a key or a button's label
        line_start = doc.source.rfind("\n", 0, b.start) + 1
        if NAME_SLOT_BEFORE.search(doc.text, line_start, b.start):
            return True
        line_end = doc.source.find("\n", b.end)
        line_end = len(doc.text) if line_end < 0 else line_end
        alone = not doc.text[line_start:b.start].strip(" \t*_>") and not doc.text[b.end:line_end].strip(" \t*_\\")
        return alone and doc.blocks[doc.block_index_at(b.start)].kind in ("paragraph", "heading")  # a caption, bold or not

    def _links_nearby(self, doc):
        if self.links_nearby is None or not LINK_WORD.search(doc.text):
            return
        window = self.options["link_window"]
        starts = sorted(link.start for link in doc.links)
        for m in self.links_nearby.finditer(doc.text):
            if doc.sentence_at(m.start()) == (m.start(), m.start()):
                continue  # not in prose (a heading's own words are in prose too)
            said = m.group(0).lower()
            below = "below" in said or "following" in said or "bottom" in said \
                or said.startswith(("link to", "links to"))  # "Link to ...:" heads a list
            if below:  # in the section it stands in: the next section's links are for something else
                index = bisect_left(starts, m.end())
                found = index < len(starts) and starts[index] < min(m.end() + window, _next_heading(doc, m.end()))
                if not found and POLICIES_WORD.search(doc.text, *doc.sentence_at(m.start())):  # "their privacy policies
                    # linked below": a provider's policy, in a later section
                    found = any(POLICIES_WORD.search(doc.text, *doc.sentence_at(start))
                                for start in starts[index:] if start < m.end() + window)
            else:
                index = bisect_left(starts, m.start()) - 1
                found = index >= 0 and starts[index] >= m.start() - window
            if not found:
                yield Hit(m.start(), m.end(), f'"{shorten(m.group(0))}": there is no link {"after" if below else "before"} it')

    def _numbered_sections(self, doc):
        if self.numbered is None or not SECTION_NUMBER.search(doc.text):
            return
        numbers = set()
        titled = {}  # section number -> its heading
        for heading in doc.headings:
            m = NUMBER_AT_START.match(heading.title)
            if m:
                numbers.add(m.group(1))
                titled.setdefault(m.group(1).rstrip("."), heading.title)
        for block in doc.blocks:  # from its line's start: a list marker "4." is not in the item's text
            line = doc.source[doc.source.rfind("\n", 0, block.start) + 1:block.start + 40]
            m = NUMBER_AT_START.match(line)
            if m and not SECTION_TELLS.match(line, m.end()):  # not "Section 11 explains how to ...": a reference
                numbers.add(m.group(1))
        if doc.fmt == "markdown":
            numbers |= _rendered_item_numbers(doc.source)  # "1." on every item shows as 1, 2, 3 ...
        expanded = set()
        for number in numbers:
            parts = number.split(".")
            expanded.update(".".join(parts[:i]) for i in range(1, len(parts) + 1))
        articles = None  # "Article 6(1)(f)" is the GDPR's unless the document is itself in articles
        # "under Part 90 licenses" after "FCC Part 90": the regulator's part, wherever the text names it so
        regulators = {(found.group(1) == "Part", found.group(2)) for found in AUTHORITY_PART.finditer(doc.text)}
        for m in self.numbered.finditer(doc.text):
            number = m.group(m.lastindex).rstrip(".")
            if (PART_WORD.search(m.group(0)) is not None, number) in regulators and number not in expanded:
                continue
            if number in expanded:
                wrong = _contact_elsewhere_than(doc, m, titled.get(number), titled) or \
                    _titled_otherwise(doc, m, titled.get(number))
                if wrong:
                    yield Hit(m.start(), m.end(), wrong)
                continue
            if "article" in m.group(0).lower():
                if articles is None:
                    articles = any(ARTICLE_TITLE.match(h.title) for h in doc.headings) or any(
                        ARTICLE_TITLE.match(doc.source, b.start, b.start + 20) for b in doc.blocks)
                if not articles or LAW_AFTER.match(doc.text, m.end()) or NAMED_LAW_AFTER.match(doc.text, m.end()):
                    continue
            if doc.sentence_at(m.start()) == (m.start(), m.start()):
                continue
            tail = doc.text[m.end():m.end() + 60]
            if (self.external and self.external.match(tail)) or LAW_AFTER.match(tail) or NAMED_LAW_AFTER.match(tail):
                continue  # "Section 5 of the FTC Act", "§ 26 BGB": another document
            yield Hit(m.start(), m.end(), f'"{shorten(m.group(0))}" refers to a section the document does not have')

    def _named_sections(self, doc):
        """ "see the "Retention" section below" when no heading or paragraph opening has that title."""
        lowered = doc.text.lower()
        if not any(word in lowered for word in ("section", "heading", "above", "below", "scroll", "under \"", "under “")):
            return
        titles = None
        for m in NAMED_SECTION.finditer(doc.text):
            title = next(group for group in m.groups() if group)
            wanted = _title_words(title)
            if not wanted:
                continue
            tail = doc.text[m.end():m.end() + 80]
            if not SAID_HERE.match(tail) and self.external and self.external.match(tail):
                continue  # "the "Arbitration" section of the Terms": another document
            if any(link.start < m.end() and m.start() < link.end for link in doc.links):
                continue  # "in the [Unregister Account](https://docs.example/...) section": a linked page's section
            s_start, s_end = doc.sentence_at(m.start())
            c_start, c_end = _aside(doc.text, s_start, max(s_end, m.end()), m.start())
            if IN_THE_PRODUCT.search(doc.text, c_start, c_end) or wanted <= UI_SECTIONS:
                continue  # "shown under the heading "Sites" in the extension", "in the Settings section": the product's screens
            if re.match(r"(?i:in)\s", m.group(0)) and PUBLISHED_IN.search(doc.text[s_start:m.start()]) and not SAID_HERE.match(tail):
                continue  # "I quote reader replies in the "Mailbag" section": a section of what is published, not of this text
            if titles is None:
                titles = [(-1, _title_words(h.title)) for h in doc.headings]
                titles += [(start, _title_words(opening)) for start, opening in _run_in_titles(doc)]
            here = doc.block_index_at(m.start())
            here = doc.blocks[here].start if here >= 0 else -2
            if any(wanted <= t or (start == -1 and t <= wanted) for start, t in titles if t and start != here):
                continue  # (a paragraph does not title itself; a heading may give part of the title, "Rights" for "Your
                # Rights and Choices", but a paragraph's opening word must give all of it: "**Interpreter** – a
                # professional who ..." is a definition, not the "Interpreter Data" section)
            yield Hit(m.start(), m.end(), f'"{shorten(m.group(0))}" refers to a section the document does not have')


    def _appendices(self, doc):
        """ "the procedure set out in Appendix B", "explained in Annex 1" when no heading or paragraph
        opens with that appendix (an annex "of the GDPR" is another document's)."""
        if not APPENDIX_WORD.search(doc.text):
            return
        for m in APPENDIX_REFERENCE.finditer(doc.text):
            wanted = re.compile(rf"^\W{{0,4}}{m.group('kind')}\s+{re.escape(m.group('id'))}\b", re.IGNORECASE)
            if any(wanted.match(h.title) for h in doc.headings) or any(
                    wanted.match(doc.source, b.start, b.start + 40) for b in doc.blocks):
                continue
            tail = doc.text[m.end():m.end() + 60]
            if (self.external and self.external.match(tail)) or NAMED_LAW_AFTER.match(tail) or LAW_BY_YEAR.match(tail):
                continue  # "Annex 1 of the Regulation", "Schedule 1 to the Data Protection Act 2018", "Schedule 1, DPA
                # 2018": another document
            yield Hit(m.start("kind"), m.end(), f'"{m.group("kind")} {m.group("id")}": the document has no such part')

    @staticmethod
    def _read_more(doc):
        """A line that is only a link's caption, its link lost: "Read more about Google Analytics"."""
        if "more" not in doc.text.lower():
            return
        for m in READ_MORE_LINE.finditer(doc.source):
            start, end = m.start("caption"), m.end("caption")
            if doc.block_at(start) is None or doc.text[start:end] != doc.source[start:end]:
                continue  # in code, or markup inside the line (a link's text is kept, its brackets are blanked)
            if any(link.start < end and start < link.end for link in doc.links) or URL_LIKE.match(doc.source, end):
                continue
            if _link_on_next_line(doc, m.end()) or TITLED_MORE_ON.fullmatch(m.group("caption")):
                continue
            yield Hit(start, end, f'"{shorten(m.group("caption"))}": a link\'s caption with no link')
        for m in PAREN_CAPTION.finditer(doc.text):  # "Google Analytics (more details)": the link it had is gone
            if doc.block_at(m.start()) is None or doc.text[m.start():m.end()] != doc.source[m.start():m.end()]:
                continue
            if any(link.start < m.end() and m.start() < link.end for link in doc.links):
                continue
            yield Hit(m.start(), m.end(), f'"{m.group(0)}": a link\'s caption with no link')

    @staticmethod
    def _click_here(doc):
        """ "please submit a request by clicking here.", "learn more about these tools here." with no
        link in the sentence."""
        lowered = doc.text.lower()
        if "here" not in lowered and "click" not in lowered and "tap here" not in lowered and "link" not in lowered \
                and "url" not in lowered:
            return
        link_starts = sorted(link.start for link in doc.links)
        pointers = list(CLICK_HERE.finditer(doc.text))
        clicked = {m.end() for m in pointers}
        for m in HERE_AT_END.finditer(doc.text):
            start, _ = doc.sentence_at(m.start())
            if m.end() not in clicked and POINTING.search(doc.text, start, m.start()) \
                    and not IN_THIS_DOCUMENT.search(doc.text, max(start, m.start() - 20), m.start()) \
                    and not POLICY_AVAILABLE.search(doc.text, max(start, m.start() - 60), m.start()):
                pointers.append(m)
        for m in sorted(pointers, key=lambda m: m.start()):
            start, end = doc.sentence_at(m.start())
            if start == end:
                continue  # not in prose
            index = bisect_left(link_starts, start)
            if index < len(link_starts) and link_starts[index] < end:
                continue
            line_end = doc.source.find("\n", m.end())
            line_end = len(doc.source) if line_end < 0 else line_end
            rest = doc.source[end:line_end]  # an address right after the sentence (further along, another sentence's)
            if URL_LIKE.search(doc.source, start, end) or URL_AFTER.match(rest) or _link_on_next_line(doc, max(end, line_end)):
                continue  # a bare address in the sentence or on its line, or the link on the line after it
            if doc.source.startswith(":", m.end()) or doc.source[m.end():line_end].strip() == ":":
                index = bisect_left(link_starts, m.end())
                if index < len(link_starts) and link_starts[index] < line_end + 400:
                    continue  # "Learn more here:" and the links listed under it
                if m.end() in clicked and not m.group(0).lower().startswith(("click", "tap")):
                    continue  # "can be accessed via this URL:" and nothing: placeholder-text reports the blank
            if m.end() in clicked and POSTED_AT_THIS.search(doc.text, max(start, m.start() - 60), m.end()):
                continue  # "Posting the new Privacy Policy at this URL": this page's own address
            if m.end() in clicked:
                yield Hit(m.start(), m.end(), f'"{shorten(m.group(0))}": there is no link to click')
            else:
                said = " ".join(doc.text[max(start, m.start() - 40):m.end()].split()[-6:])
                yield Hit(m.start(), m.end(), f'"{shorten(said)}": "here" points to a link that is not there')

    @staticmethod
    def _things_below(doc):
        """ "the table below", "the change log below" when the document has no such thing there."""
        lowered = doc.text.lower()
        if not any(word in lowered for word in ("below", "above", "following", "bottom", "end of", "foot of")):
            return
        for m in THING_BELOW.finditer(doc.text):
            if doc.sentence_at(m.start()) == (m.start(), m.start()):
                continue
            thing = (m.group("thing") or m.group("thing2") or m.group("thing3")).lower()
            thing = " ".join(thing.split())
            below = (m.group("where") or "below").lower() != "above"
            if _has_thing(doc, thing, m.end() if below else 0, len(doc.text) if below else m.start()):
                continue
            none = "there are no" if thing.endswith("s") else "there is no"
            yield Hit(m.start(), m.end(), f'"{shorten(m.group(0))}": {none} {thing} {"after" if below else "before"} it')

    @staticmethod
    def _following_nothing(doc):
        """A sentence that announces a list ("may include the following:") with nothing after it
        before the next heading or the end of the document."""
        for m in FOLLOWING_COLON.finditer(doc.text):
            index = doc.block_index_at(m.start())
            if index < 0 or doc.blocks[index].kind == "heading" or m.end() < doc.blocks[index].end - 2:
                continue  # not the end of a prose block
            nxt = doc.blocks[index + 1] if index + 1 < len(doc.blocks) else None
            if nxt is not None and nxt.kind != "heading" and (not _new_topic(doc, nxt) or _parallel(doc, index + 1)):
                continue
            if nxt is not None and nxt.kind == "heading" and index > 0 and doc.blocks[index - 1].kind == "heading" \
                    and _headed_list(doc, nxt):
                continue  # a section that is only "... disclosed as follows:": the headings after it are the list
            if nxt is not None and nxt.kind == "heading" and _opens_subsections(doc, m.start(), nxt):
                continue  # "In compliance with CalOPPA, we agree to the following:" over "### 10.1 ...": its subsections
            gap = doc.source[m.end():nxt.start if nxt is not None else len(doc.source)]
            if gap.strip(" \t\r\n#*_-=>"):
                continue  # something not in prose follows (code, a table, an image, HTML)
            yield Hit(m.start(), m.end(), f'"{shorten(m.group(0))}" announces a list, but nothing follows it')


    @staticmethod
    def _below_the_end(doc):
        """The document's last sentence points at what follows ("The following sections describe the categories
        ..."): the text stops there, so nothing it points to was ever written."""
        prose = [b for b in doc.blocks if b.kind != "heading"]
        if not prose or prose[-1] is not doc.blocks[-1]:
            return
        start, end = doc.sentence_at(max(prose[-1].start, prose[-1].end - 1))
        m = POINTS_BELOW.search(doc.text, start, max(end, prose[-1].end))
        if m is not None and not doc.source[prose[-1].end:].strip(" \t\r\n#*_-=>"):
            yield Hit(m.start(), m.end(), f'"{shorten(m.group(0))}" points below, but the document ends here')

    @staticmethod
    def _topic_elsewhere(doc):
        """ "confirmed by double opt-in as described above" when nothing above mentions a double
        opt-in: the words the pointer is about appear nowhere on the side it points to."""
        lowered = doc.text.lower()
        if "above" not in lowered and "below" not in lowered:
            return
        for m in DESCRIBED_THERE.finditer(doc.text):
            if not m.group("as") and (m.group("where").lower() != "above" or not m.group("naming")
                                      or SUMMARY_NOUN.search(m.group("topic"))):
                continue  # "the services listed below:" names what its list then gives in other words; "the
                # activities outlined above", "the factors listed above" sum up what came before
            # ", as described above" points at the whole clause; an adverb ("collected automatically") at nothing
            words = [w.lower() for w in TOPIC_WORD.findall(m.group("topic"))
                     if w.lower() not in TOPIC_STOP and not w.lower().endswith("ly")]
            s_start, s_end = doc.sentence_at(m.start("topic"))
            above = m.group("where").lower() == "above"
            side_text = doc.text[:s_start] if above else doc.text[max(s_end, m.end()):]
            side = side_text.lower()
            # the clause before the pointer passes data on ("uses and discloses it as described below")
            clause = doc.text[s_start:m.start("topic")].rsplit(";", 1)[-1] + m.group("topic")
            named = [w.lower() for w in TOPIC_WORD.findall(m.group("topic")) if w[0].isupper()]  # "(except Kagi"
            if m.group("as") and DISCLOSE_VERB.search(clause) and not _passes_on(side_text) and not any(w in side for w in named):
                yield Hit(m.start("topic"), m.end(), f'"{shorten(m.group(0))}": nothing '
                          f'{"above" if above else "below"} says when the information is passed on')
                continue
            if not words or EXCEPT_AS.search(m.group("topic")):
                continue  # "never share it with any other organisation except as detailed below": every case below
            before = doc.text[max(s_start, m.start("topic") - 80):m.start("topic")]
            if LIST_END.search(before):  # "offices, agencies, service providers, and representatives as described
                words += [w.lower() for w in TOPIC_WORD.findall(before.split(":")[-1])  # above": the whole list
                          if w.lower() not in TOPIC_STOP and not w.lower().endswith("ly")]
            if any(w[:max(4, len(w) - 2)] in side for w in words):  # "site" is in "website" too
                continue
            yield Hit(m.start("topic"), m.end(),
                      f'"{shorten(m.group(0))}": nothing {"above" if above else "below"} is about {" ".join(words)}')

    @staticmethod
    def _lettered_parts(doc):
        """ "Details are in Part F" when the document's parts run A to E: a part named by a letter
        that no heading or paragraph opening has, in a document that letters its parts."""
        if not LETTER_REFERENCE.search(doc.text):
            return
        letters = {}  # kind ("part") -> letters the document opens a part with
        for b in doc.blocks:
            m = LETTER_TITLE.match(doc.text, b.start, b.end)
            if m:
                letters.setdefault(m.group("kind").lower(), set()).add(m.group("id").upper())
        for m in LETTER_REFERENCE.finditer(doc.text):
            kind, ident = m.group("kind").lower(), m.group("id")
            if kind in letters and ident not in letters[kind] and doc.block_index_at(m.start()) >= 0 \
                    and not LETTER_TITLE.match(doc.text, doc.blocks[doc.block_index_at(m.start())].start, m.end()):
                yield Hit(m.start(), m.end(), f'"{m.group("kind")} {ident}": the document\'s parts are '
                                                    f'{", ".join(sorted(letters[kind]))}')

    @staticmethod
    def _defined_below(doc):
        """ "Personal Information (defined below)" when no definition of the term follows: no quoted
        term, no "X means ...", no "X:" and no heading that names it."""
        if "defined below" not in doc.text.lower():
            return
        for m in DEFINED_BELOW.finditer(doc.text):
            term = re.escape(" ".join(m.group("term").split())).replace(r"\ ", r"\s+")
            definition = re.compile(rf"[\"“'‘]\s*{term}\s*[\"”'’]|\b{term}\b[\s*_]*(?:means|shall mean|refers to|"
                                    rf"is defined|includes|has the meaning|:)|^[ \t#*_]*{term}[ \t*_]*$", re.I | re.M)
            if definition.search(doc.text, m.end()):
                continue
            yield Hit(m.start("term"), m.end(), f'"{shorten(" ".join(doc.text[m.start("term"):m.end()].split()))}": '
                                                 "the term is not defined below")

    @staticmethod
    def _overleaf(doc):
        """ "(see overleaf)": a page has a back, a file does not."""
        if "overleaf" not in doc.text.lower():
            return
        for m in OVERLEAF.finditer(doc.text):
            yield Hit(m.start(), m.end(), f'"{shorten(m.group(0))}": a document on screen has no other side of the page')

    @staticmethod
    def _contact_elsewhere(doc):
        """ "using the contact details provided in this document", "the e-mail in the footer of this page"
        when the document gives no e-mail address, telephone number or contact link at all."""
        lowered = doc.text.lower()
        if "contact" not in lowered and "mail" not in lowered:
            return
        from .contact import real_email

        pointers = list(CONTACT_POINTER.finditer(doc.text))
        if not pointers:
            return
        if real_email(doc):  # the address is given: only a pointer to the side where none is can be wrong
            yield from _contact_on_the_other_side(doc, pointers)
            return
        from .controller import address_spans

        other_ways = PHONE.search(doc.text) or any(
            "contact" in (doc.text[link.start:link.end] + link.target).lower() for link in doc.links) \
            or address_spans(doc.text)  # a postal address is contact details too
        if CONTACT_FIELD.search(doc.text):
            return  # a template field for them is the placeholder's finding ("email us at {{ shop.email }}")
        titled = any("contact" in h.title.lower() for h in doc.headings)
        for m in pointers:  # each sentence that sends the reader to them
            said = m.group(0).lower()
            if POSTAL_POINTER.match(said) and not address_spans(doc.text):
                yield Hit(m.start(), m.end(), f'"{shorten(m.group(0))}": the document gives no postal address')
                continue
            if other_ways and not ("mail" in said and ("above" in said or "below" in said)):
                continue  # "the contact details in this notice": a phone number, a contact page or an address is one
                # (not "the above email address": a page or a phone is no e-mail address above)
            if titled and m.group(0).lower().endswith("section"):
                continue  # "see the contact section": there is one, whatever it gives
            missing = "e-mail address" if other_ways else "contact details"
            yield Hit(m.start(), m.end(), f'"{shorten(m.group(0))}": the document gives no {missing}')


# the contact details the text says it gives: "the contact details provided in this document", "the e-mail
# address at the bottom of this page"
CONTACT_POINTER = LazyPattern(
    r"\b(?:the|our|my) (?:contact (?:details|information|info|data)|e-?mail(?: address)?|address) (?:(?:provided|given|listed|"
    r"shown|stated|found|set out|mentioned|included|indicated) )?(?:in|at|on) (?:(?:this|the present) (?:document|notice|policy|page|"
    r"privacy (?:policy|notice|statement))|the (?:footer|bottom|end|top|beginning|start) of (?:this|the) (?:page|document|policy|notice|site))\b"
    r"|\b(?:the|our) (?:contact (?:details|information)|e-?mail(?: address)?) (?:provided|given|listed|shown|set out|stated) (?:below|above)\b"
    # "write to the business address at the bottom of this policy"
    r"|\b(?:the|our) (?:business|postal|mailing|office|registered|contact) address (?:(?:provided|given|listed|shown|stated) )?"
    r"(?:at|in|on) the (?:footer|bottom|end|top|beginning|start) of (?:this|the) (?:page|document|policy|notice|site)\b"
    r"|\b(?:in|see|under) (?:the|our) contact (?:section|information section|details section)\b"  # with no such section
    # "contact us at the above email address", "email the address below"
    r"|\b(?:the|our) (?:above|below)(?:[- ]mentioned)? (?:e-?mail(?: address)?|contact (?:details|information))\b"
    r"|\be-?mail (?:us at )?the address (?:above|below)\b"
    # "write to us at the address below": a postal address
    r"|\b(?:write|send (?:it|them|a letter)|post (?:it|them)) (?:to )?(?:us )?(?:at )?(?:the|our) (?:postal )?address (?:above|below)\b",
    re.IGNORECASE)


POSTAL_POINTER = re.compile(r"(?:write|send|post)\b")
# a template field that stands for contact details: "{{ site.email_address }}", "[Your Email]", "[BUSINESS ADDRESS]"
CONTACT_FIELD = LazyPattern(r"\{\{[^{}\n]{0,60}(?:mail|contact|phone|address)[^{}\n]{0,60}\}\}"
                            r"|\[[^\[\]\n]{0,40}(?:e-?mail|phone|address|contact details)[^\[\]\n]{0,40}\](?!\()", re.IGNORECASE)


def _contact_on_the_other_side(doc, pointers):
    """ "email the address below" when every address, telephone number or postal address the document gives
    comes before it (one in the front matter at the top), and the reverse for "above"."""
    below_words, above_words = ("below", "bottom", "end", "footer"), ("above", "top", "beginning", "start")
    from .controller import address_spans

    places = [e.start for e in doc.emails] + [m.start() for m in PHONE.finditer(doc.text)] + \
        [start for start, _ in address_spans(doc.text)] + \
        [link.start for link in doc.links if "contact" in link.target.lower() or link.target.lower().startswith("mailto:")]
    for m in pointers:
        said = m.group(0).lower()
        index = doc.block_index_at(m.start())
        if index >= 0 and any(doc.blocks[index].start <= at < doc.blocks[index].end for at in places):
            continue  # "... at the beginning of this document. Or write to privacy@orbit.example.": given right there
        if any(w in said for w in below_words):
            if not any(at >= m.end() for at in places):
                yield Hit(m.start(), m.end(), f'"{shorten(m.group(0))}": no contact details follow it')
        elif any(w in said for w in above_words) and not any(at < m.start() for at in places):
            yield Hit(m.start(), m.end(), f'"{shorten(m.group(0))}": no contact details come before it')


# a section of the product's own screens, not of this document
# (and what the reader does there: "Search queries and filters used in the Discover section")
IN_THE_PRODUCT = re.compile(r"\b(?:shown|displayed|listed|appears?|visible) (?:under|in|on) the (?:heading|section|tab|page|menu)\b|"
                            r"\b(?:used|made|entered|performed|typed|searched|viewed|browsed|created|posted|saved|set) (?:in|on) the\b|"
                            r"\b(?:in|of|on) the (?:app|application|extension|add-on|popup|pop-up|dashboard|game|bot|client|"
                            r"website|site|menu|toolbar|sidebar|interface|ui)(?:['’]s)?\b", re.IGNORECASE)
# what is published somewhere else, then where it appears: "quote reader replies in", "feature your photos in"
PUBLISHED_IN = re.compile(r"\b(?:quot|publish|print|featur|showcas|spotlight)\w*(?:[^\S\n]+[\w'’-]+){0,4}[^\S\n]+$", re.IGNORECASE)
UI_SECTIONS = frozenset({"setting", "preference", "option", "account", "profile", "dashboard", "notification", "billing",
                         "admin"})  # as ``_title_words`` gives them: no plural "s"
PHONE = re.compile(r"(?:\+|\b)\d[\d ()./-]{7,}\d\b")


LIST_ITEM_LINE = re.compile(r"^([ \t]*)(\d{1,3})[.)][ \t]+\S", re.MULTILINE)


def _passes_on(side: str) -> bool:
    """Some sentence on that side passes data on: a verb of passing on that is not negated, or a receiver."""
    if RECEIVER.search(side):
        return True
    return any(not NEGATED_BEFORE.search(side[max(0, v.start() - 40):v.start()]) for v in DISCLOSE_VERB.finditer(side))


def _rendered_item_numbers(source: str) -> set[str]:
    """The numbers a Markdown renderer shows on ordered list items: an item continues the list
    before it at its indentation (and counts on from it) until a line indented less breaks it."""
    numbers: set[str] = set()
    counters: dict[int, int] = {}  # indentation -> the number its list is at
    for line in source.splitlines():
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip(" \t"))
        item = LIST_ITEM_LINE.match(line)
        for deeper in [i for i in counters if i > indent or (i == indent and not item)]:
            del counters[deeper]  # a line less indented, or prose at the list's own level, ends those lists
        if item:
            number = counters[indent] + 1 if indent in counters else int(item.group(2))
            counters[indent] = number
            numbers.add(str(number))
    return numbers


def _next_heading(doc, at: int) -> int:
    """Where the next heading after ``at`` starts (the end of the text when none does)."""
    return next((h.start for h in doc.headings if h.start > at), len(doc.text))


def _new_topic(doc, block) -> bool:
    """A paragraph of several sentences that does not open like a list's entry: not what a
    "the following:" announced (the generator's list was left empty)."""
    if block.kind != "paragraph" or LIST_OPENING.match(doc.source, block.start):
        return False
    lines = [line.strip() for line in doc.source[block.start:block.end].splitlines() if line.strip()]
    entries = 0
    while entries < len(lines) and lines[entries][:1].isupper() and lines[entries].endswith((".", ";")):
        entries += 1
    if entries >= 2:
        return False  # one entry a line, each a sentence: a list written without its markers
    sentences = doc.sentences_in(block.start, block.end)
    if not sentences or not CLAUSE.search(doc.text, *sentences[0]):
        return False  # an entry written as a fragment ("Indirect or consequential damages, ...")
    return len(sentences) >= 3 or sentences[0][1] - sentences[0][0] > 120


# the usual sections of a notice: a heading after "as follows:" that is one of these starts the next section, no list
ORDINARY_SECTION = re.compile(r"(?i)^\W*(?:\d+[.)]?\s*)?(?:contact|questions|changes|updates|cookies|children|security|"
                              r"your rights|data retention|retention|governing law|definitions|effective date)\b")


def _opens_subsections(doc, at: int, heading_block) -> bool:
    """Is the next heading below the heading of the section ``at`` stands in (its first subsection), that
    section not the whole document under its title?"""
    above = [h for h in doc.headings if h.end <= at]
    after = next((h for h in doc.headings if h.start == heading_block.start), None)
    return len(above) >= 2 and after is not None and after.level > above[-1].level


def _headed_list(doc, heading_block) -> bool:
    """Do two or more headings follow, the first not one of a notice's usual sections ("By Law or to Protect
    Rights", "Third-Party Service Providers"): the items of the list, set as headings?"""
    heading = next((h for h in doc.headings if h.start == heading_block.start), None)
    if heading is None or ORDINARY_SECTION.match(heading.title):
        return False
    later = [h for h in doc.headings if h.start >= heading.start]
    same = 0
    for h in later:
        if h.level < heading.level:
            break
        same += h.level == heading.level
    return same >= 2


def _parallel(doc, index: int) -> bool:
    """Do the paragraphs from block ``index`` on open alike ("From you when ...", "From you when ..."), or
    are they a plain text's one-sentence lines: entries of a list written as paragraphs."""
    blocks = doc.blocks[index:index + 2]
    if len(blocks) < 2 or any(b.kind != "paragraph" for b in blocks):
        return False
    first, second = (doc.text[b.start:b.end].split()[:2] for b in blocks)
    if len(first) == 2 and first == second:
        return True
    # plain text's lines, each one sentence of its own ("What choices are available to you.", "How you can correct ...")
    return doc.fmt == "text" and all("\n" not in doc.source[b.start:b.end].strip() and
                                     doc.source[b.start:b.end].rstrip().endswith((".", ";")) for b in blocks)


def _contact_elsewhere_than(doc, m, title: str | None, titled: dict) -> str | None:
    """ "contact us using the information provided in Section 8" when section 8 is "Payment
    Information" and the contact details are under "12. How to contact us": what the message says."""
    if title is None or CONTACT_TITLE.search(title):
        return None
    s_start, s_end = doc.sentence_at(m.start())
    if not CONTACT_ASKED.search(doc.text, s_start, max(s_end, m.end())):
        return None
    other = next((t for t in titled.values() if CONTACT_TITLE.search(t)), None)
    if other is None or _says_how_to_reach(doc, title):
        return None
    return (f'"{shorten(m.group(0))}" points to "{" ".join(title.split())}", but the contact details are under '
            f'"{" ".join(other.split())}"')


def _says_how_to_reach(doc, title: str) -> bool:
    """Does the section so titled say how to reach the writer ("6. Your rights": "To use any of these rights,
    contact us using the details under 'Who we are'")? Then it is where the reference sends the reader."""
    heading = next((h for h in doc.headings if " ".join(h.title.split()) == " ".join(title.split())), None)
    if heading is None:
        return False
    start, end = doc.section_at(heading.end)
    return CONTACT_ASKED.search(doc.text, start, end) is not None or any(start <= e.start < end for e in doc.emails)


def _titled_otherwise(doc, m, title: str | None) -> str | None:
    """ "See Section 8 (International Data Transfers)" when section 8 is "Children's Privacy": the reference
    names its section's title, and the section of that number has another."""
    named = NAMED_AFTER.match(doc.text, m.end())
    if title is None or named is None:
        return None
    said, heading = title_stems(named.group(1), _TITLE_STOP), title_stems(NUMBER_AT_START.sub("", title, count=1), _TITLE_STOP)
    if not said or said & heading:
        return None
    return (f'"{shorten(m.group(0))} ({" ".join(named.group(1).split())})" points to section {m.group(m.lastindex).rstrip(".")}, '
            f'which is "{" ".join(title.split())}"')


NAMED_AFTER = re.compile(r"[ \t]*[(“\"][ \t]*([A-Z][^()“”\"\n]{2,60}?)[ \t]*[)”\"]")
SECTION_TELLS = re.compile(r"\s+(?:explains|describes|sets out|covers|lists|tells you|gives|details|shows)\b")
_TITLE_STOP = frozenset({"your", "data", "information", "personal", "section", "privacy", "policy", "notice", "our",
                         "this", "the"})  # words any title of a privacy notice may share


CONTACT_TITLE = re.compile(r"(?i)\b(?:contact|reach|get in touch|questions|who we are|about us|controller|complaints?)\b")
CONTACT_ASKED = re.compile(r"(?i)\bcontact (?:us|me|information|info|details)\b|\bget in touch\b|\breach (?:us|me)\b")


def _link_on_next_line(doc, end: int) -> bool:
    """The line after opens with the address or the link ("Learn more here\nhttps://..."), not a
    sentence of its own that links somewhere else in its middle."""
    nxt = doc.source.find("\n", end)
    return nxt >= 0 and LINK_OPENS_LINE.match(doc.source, nxt + 1, nxt + 200) is not None


LINK_OPENS_LINE = re.compile(r"[ \t>*+-]*(?:\d{1,3}[.)][ \t]+)?(?:<?https?://|www\.|\[[^\]\n]*\]\(|[\w.+-]+@[\w-]+\.)",
                             re.IGNORECASE)


# (not a pointer at a whole clause, "as explained below": that is not judged)
POINTS_BELOW = re.compile(r"(?i)\bthe\s+following\s+(?:sections?|paragraphs?|parts?|list|table|items?)\b")
IMAGE = re.compile(r"!\[|<img\b|<svg\b|<picture\b|\.(?:png|jpe?g|gif|webp|svg)\b", re.IGNORECASE)
PRICE = re.compile(r"[£$€]\s?\d|\b\d+(?:[.,]\d\d)?\s?(?:GBP|EUR|USD|euros?|pounds?|dollars?)\b")
VERSION_TABLE = re.compile(r"(?im)^[ \t]*\|?[ \t]*(?:version|revision|v\.|date|updated)[ \t]*\|")


def _has_thing(doc, thing: str, start: int, end: int) -> bool:
    """Whether ``doc`` has a ``thing`` (a table, a list, a form, a change log ...) between the offsets."""
    blocks = [b for b in doc.blocks if b.start < end and b.end > start]
    if thing in ("table", "chart"):
        if doc.fmt != "markdown":  # plain text: rows of columns set apart by runs of spaces, tabs or bars
            return len(TEXT_ROW.findall(doc.source, start, end)) >= 2
        return (any(b.kind == "cell" for b in blocks) or "<table" in doc.source.lower()
                or PIPE_ROW.search(doc.source, start, end) is not None)  # a table the parser did not take
    if thing == "list":  # a table lists things too ("The list below shows the cookies we use")
        return doc.fmt != "markdown" or any(b.kind in ("item", "cell") for b in blocks)
    if thing in ("screenshot", "screenshots", "image", "picture", "diagram", "figure"):  # an image: "![...](...)", "<img"
        return IMAGE.search(doc.source, start, end) is not None
    if thing == "price list":  # prices: "£12", "15.00 EUR"
        return PRICE.search(doc.text, start, end) is not None
    if thing in ("form", "button", "guides", "links", "instructions"):  # ("the browser guides listed at the end of this page")
        return any(start <= link.start < end for link in doc.links) or "<form" in doc.source.lower()
    # a change log, a revision history: a heading or an opening that says so, or a list of dates; or a table of
    # versions ("| Version | Date | Summary |")
    return CHANGELOG_TITLE.search(doc.text, start, end) is not None or VERSION_TABLE.search(doc.source, start, end) is not None


def _run_in_titles(doc):
    """Short openings of paragraphs that serve as titles: "Retention of Your Information. We keep ...",
    and a short first line over the paragraph's first sentence ("13. How to contact us\nPlease contact ...")."""
    anchors = [link for link in doc.links if link.target.startswith("#")]
    for b in doc.blocks:
        opening = RUN_IN.match(doc.text, b.start, min(b.end, b.start + 100)) or \
            TITLE_LINE.match(doc.text, b.start, min(b.end, b.start + 100))
        if opening and not any(link.start <= opening.start(1) < link.end for link in anchors):
            yield b.start, opening.group(1)  # (a contents entry, "7. [Cookies](#cookies)", only points to a title)


def _aside(text: str, start: int, end: int, at: int) -> tuple[int, int]:
    """The brackets ``at`` stands in, if any, else the sentence: "the crash ID shown in the app (see the FAQ
    below)" points at the notice from inside its brackets, whatever the sentence says of the app."""
    opened = text.rfind("(", start, at)
    if opened < 0 or text.find(")", opened, at) >= 0:
        return start, end
    closed = text.find(")", at, end)
    return opened, closed if closed >= 0 else end


def _title_words(title: str) -> frozenset:
    """The words that tell one title from another ("Your Rights" -> {"rights"})."""
    return frozenset(w.removesuffix("s") for w in TITLE_WORD.findall(title.casefold()) if w not in MINOR_WORDS)
