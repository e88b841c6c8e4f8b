"""contact-email: the reader must be able to write to someone.

Raised once when the document has no e-mail address at all (obfuscated
forms like ``privacy [at] example.com`` count), and at every "Contact us"
section that gives none.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from ..findings import Hit
from ..inline import EMAIL
from ..inline import OBFUSCATED_EMAIL as OBFUSCATED
from . import Kind
from .headings import heading_key, title_span

CONTACT_HEADING = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*[.)]?\s*|[ivxlc]+[.)]\s*|[一二三四五六七八九十]+、\s*)?"
    r"(?:how (?:to|can you) (?:contact|reach) (?:us|me)|contact(?:ing)? (?:us|me)|contact(?: details| information| info)?$|"
    r"get in touch|reach us|(?:have )?(?:any )?questions(?: or (?:concerns|comments|complaints))?\??$|"
    r"questions,? (?:comments|concerns)|contact and questions|privacy contact|contact the (?:data protection officer|dpo))",
    re.IGNORECASE,
)
SPACES = re.compile(r"[^\S\n]{2,}")
ELSEWHERE = re.compile(r"\b(?:above|below|section|listed|set out|provided in|at the top|at the end)\b", re.IGNORECASE)


class ContactEmail(Kind):
    """``channels``: what else the reader could use (label -> patterns in the prose), and
    ``channel_links``: the same told by a link's target; named in the message when there is no e-mail."""

    params = {"channels": {}, "channel_links": {}}

    def __init__(self, params):
        super().__init__(params)
        from ..patterns import lazy_patterns

        # needed only for a policy with no e-mail address: compiled then
        self.channels = [(label, lazy_patterns(patterns)) for label, patterns in self.options["channels"].items()]
        self.channel_links = [(label, lazy_patterns(patterns))
                              for label, patterns in self.options["channel_links"].items()]

    def check(self, doc):
        has_address = real_email(doc)
        contact_sections = [h for h in doc.headings if CONTACT_HEADING.search(h.title) and not _data_category(doc, h)]
        if not has_address:
            where = contact_sections[0] if contact_sections else None
            start, end = (where.start, where.end) if where else title_span(doc)
            found = self._other_channels(doc)
            field = next((m.group(0) for m in EMAIL.finditer(doc.source) if _template(doc.source, m.start(), m.end())), None)
            if field:
                yield Hit(start, end, f'the only contact e-mail address is a template field ("{field}"): '
                                      "give a real address for privacy requests")
            elif found:
                yield Hit(start, end, f"no contact e-mail address anywhere in the policy, only {_listing(found)}: "
                                      "give an e-mail address for privacy requests")
            else:
                yield Hit(start, end, "no contact e-mail address anywhere in the policy, and no other way to reach "
                                      "you (contact form, postal address, phone): give an e-mail address for privacy requests")
            return
        starts = sorted(e.start for e in doc.emails)
        link_starts = sorted(link.start for link in doc.links)
        for k, heading in enumerate(contact_sections):
            if any(heading_key(later.title) == heading_key(heading.title) for later in contact_sections[k + 1:]):
                continue  # "11. Contact Us" in a table of contents, then "11. CONTACT US": the later one is the section
            end = _with_setext_heading(doc, doc.section_end(heading))
            if not doc.text[heading.end:end].strip():  # "CONTACT" over "Mendwell Health, Inc., Privacy Office" (a short
                end = _next_section_end(doc, end)      # line read as a heading of its own): the block under it is the section's
            if _any_between(starts, heading.end, end):  # an address inside the section
                continue
            if any(heading_key(earlier.title) == heading_key(heading.title) and _any_between(
                    starts, earlier.end, doc.section_end(earlier)) for earlier in contact_sections[:k]):
                continue  # "CONTACT US" with the address near the top, then "CONTACT US" over the postal block
            if starts and MENTIONS_EMAIL.search(doc.text, heading.end, end):
                continue  # "If you contact us by email, ...": the section speaks of the address given elsewhere
            if _any_between(link_starts, heading.end, end):
                continue  # a link to write through: the contact page, a profile, a tracker
            body = doc.text[heading.end:end]
            raw = doc.source[heading.end:end]
            if EMAIL.search(raw) or OBFUSCATED.search(raw) or ELSEWHERE.search(body):
                continue
            if any(pattern is not None and pattern.search(SPACES.sub(" ", raw)) for _, pattern in self.channels):
                continue  # "through the contact page on our website", "at the front desk": a way to write is given
            yield Hit(heading.start, heading.end,
                      f'the "{heading.title}" section gives no e-mail address to write to')

    def _other_channels(self, doc) -> list[str]:
        """The ways to reach the organisation the policy does give, in the order of ``channels``."""
        found = []
        targets = [link.target for link in doc.links]
        source = SPACES.sub(" ", doc.source)  # indentation and padding: one space is as good for matching
        for label, pattern in self.channels:
            if pattern is not None and pattern.search(source):
                found.append(label)
        for label, pattern in self.channel_links:
            if label not in found and pattern is not None and any(pattern.search(t) for t in targets):
                found.append(label)
        order = list(self.options["channels"]) + list(self.options["channel_links"])
        return sorted(found, key=order.index)


def _next_section_end(doc, start: int) -> int:
    """The end of the section whose heading starts at ``start`` (the end of the text when none does)."""
    following = next((h for h in doc.headings if h.start == start), None)
    return doc.section_end(following) if following is not None else len(doc.text)


def _with_setext_heading(doc, end: int) -> int:
    """A contact block's lines above a "---" are a Markdown heading of their own ("**Email:** a@b.example"
    over "---"): the section's text the writer meant runs to the end of it."""
    following = next((h for h in doc.headings if h.start >= end), None)
    if following is None or following.start > end + 2:
        return end
    return following.end if SETEXT_UNDERLINE.match(doc.source, following.end) else end


SETEXT_UNDERLINE = re.compile(r"[ \t]*\r?\n[ \t]*(?:-+|=+)[ \t]*(?:\r?\n|$)")


def _data_category(doc, heading) -> bool:
    """ "### Contact Information" under "## 1. Data We Collect": a kind of data collected, not a way to write."""
    parent = next((h for h in reversed(doc.headings) if h.start < heading.start and h.level < heading.level), None)
    return parent is not None and COLLECTED.search(parent.title) is not None


COLLECTED = re.compile(r"\b(?:collect\w*|categories|types|kinds)\b|\b(?:data|information) (?:we|I|the app)\b",
                       re.IGNORECASE)


def real_email(doc) -> bool:
    """Does the document give an e-mail address? One in code, an HTML block or an indented postal
    block is still one, an obfuscated one too; a template's "xxx@email.com" is none (placeholder-text
    reports the field, contact-email-missing the missing address)."""
    return (any(not _template(doc.source, e.start, e.end) for e in doc.emails)
            or any(not _template(doc.source, m.start(), m.end()) and not _in_url(doc.source, m.start())
                   for m in EMAIL.finditer(doc.source))
            or bool(OBFUSCATED.search(doc.source)) or _entity_encoded(doc.source))


# a web address's user ("https://your-key@sentry.io/project-id": a key in a setting, no one to write to)
URL_USER = re.compile(r"[A-Za-z][\w+.-]*://[^\s/@]*\Z")


def _in_url(source: str, start: int) -> bool:
    """Is the address starting at ``start`` the user part of a web address?"""
    return URL_USER.search(source, max(0, start - 80), start) is not None


ENCODED_RUN = re.compile(r"(?:&#(?:\d{2,3}|x[0-9a-fA-F]{2});){6,}")


def _entity_encoded(source: str) -> bool:
    """An address written as HTML character references ("&#105;&#110;&#102;&#111;&#64;...", against harvesters)."""
    if "&#" not in source:
        return False
    import html

    return any(EMAIL.fullmatch(MAILTO.sub("", html.unescape(m.group(0)))) for m in ENCODED_RUN.finditer(source))


MAILTO = re.compile(r"^mailto:", re.IGNORECASE)


MENTIONS_EMAIL = re.compile(r"\b(?:by|via|per|through|an?|your|our|the) e-?mail\b", re.IGNORECASE)
# (one "x" is an address when the domain is someone's own: "x@lexip.dev"; "x@email.com" is not)
TEMPLATE_LOCAL = re.compile(r"(?i:x{2,}|placeholder|your[._-]?(?:e-?mail|name|address))@|(?i:x)@(?i:x+|e-?mail|domain|example|"
                            r"company|yourdomain|mail|website|site)\.|"
                            r"(?i:e-?mail|name|user|username|someone)@(?i:gmail|yahoo|hotmail|outlook|icloud)\.com\b")  # email@gmail.com
# an address given as an example of the one to fill in: "[e.g., privacy@consultancyname.co.uk]"
EXAMPLE_BEFORE = re.compile(r"(?i:\[\s*(?:e\.\s?g\.|for example|for instance|such as)[,:]?\s*)$")
# a domain no one can write to: the names RFC 2606 keeps for examples, and a template's "yourshop.com"
# (not a brand of ordinary words: "support@your-expense.app" for the app "Your Expense"); "user@xxx.com"
TEMPLATE_WORD = (r"(?:(?:company|business|brand|app|site|web-?site|domain|shop|store|blog|org|organi[sz]ation|agency|product|"
                 r"project|service|platform|saas|startup|team|url|e-?mail|mail|server|bot|game|extension|"
                 # the kind of business a template was written for: "privacy@yoursalon.com", "hello@yourclinic.co.uk"
                 r"salon|clinic|practice|studio|restaurant|cafe|bakery|gym|club|school|charity|church|firm|venue|hotel|"
                 r"farm|garage|surgery|society|association|community|podcast|channel)[-_]?(?:name|domain|site|url)?)")
TEMPLATE_DOMAIN = re.compile(rf"@(?:[\w-]+\.)*(?:example\.(?:com|org|net|gov|edu|io|co|app|dev)|your-?{TEMPLATE_WORD}(?:\.[a-z]{{2,}}){{1,2}})$|"
                             r"@(?:company|domain|email|website|x{3,})\.(?:com|org|net)$|"
                             r"@(?:agency|company|business|organi[sz]ation|org|brand|shop|store|app)(?:website|site|domain|name)\.[a-z]{2,}$|"
                             r"@(?:your|my)_[\w-]+\.[a-z]{2,}$", re.IGNORECASE)  # privacy@agencywebsite.gov, privacy@your_org.com


def _template(source: str, start: int, end: int) -> bool:
    """ "xxx@email.com", "your-email@domain.com", "privacy@example.com", "privacy@company.com": a field left for an address
    (brackets alone are not one: "[david@acme.org]" is filled in)."""
    return bool(TEMPLATE_LOCAL.match(source, start) or TEMPLATE_DOMAIN.search(source, start, end)
                or EXAMPLE_BEFORE.search(source, max(0, start - 20), start))


def _listing(labels: list[str]) -> str:
    """ "a contact form", "a contact form and a postal address", "a, b and c"."""
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]


def _any_between(starts: list, start: int, end: int) -> bool:
    """Does one of the sorted ``starts`` (of e-mail addresses, of links) fall between ``start`` and ``end``?"""
    first = bisect_left(starts, start)
    return first < len(starts) and starts[first] < end
