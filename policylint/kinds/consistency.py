"""Consistency across a policy set: what two documents of one set state differently.

entity-inconsistent-across-set: two documents define as "we" the same brand with a different
legal form ("Acme Ltd" here, "Acme GmbH" in the terms). contact-email-inconsistent: two
documents give different privacy contact addresses and neither gives the other's. children-age-
inconsistent: one document gives one age for children, another a different one. address-
inconsistent: the same organisation's street address differs. retention-inconsistent: the same
category of data is kept for a different period. The e-mail rule
compares one mailbox on two domains. Each finding is
on the later document (in path order) and names the other place. Only documents directly
related are compared (copies of one page, one linking to or naming the other, one declared
set): two product notices that both point to the main policy may rightly differ.
"""
from __future__ import annotations

import re

from ..findings import SetHit
from . import SetKind

_FORMS = {"ltd": "ltd", "limited": "ltd", "inc": "inc", "incorporated": "inc", "corp": "corp",
          "corporation": "corp", "llc": "llc", "l.l.c": "llc", "gmbh": "gmbh", "s.a": "sa", "sa": "sa",
          "b.v": "bv", "n.v": "nv", "co.,ltd": "co ltd", "co. ltd": "co ltd", "company limited": "ltd"}


def _form(text: str) -> str:
    key = " ".join(text.casefold().replace(",", " ").split()).rstrip(".")
    return _FORMS.get(key, key)


def _brand(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def _pairs(policy_set, key):
    """(earlier, later) directly related members that both have facts ``key``, in path order."""
    for one, other in sorted(policy_set.related, key=lambda pair: (pair[1].path, pair[0].path)):
        if one.facts.get(key) and other.facts.get(key):
            yield (one, other) if one.path <= other.path else (other, one)


class PairKind(SetKind):
    """A set rule that compares one fact of two directly related members: ``compare`` gives the
    finding on the later member, or None; each member gets at most one finding of the rule."""

    params = {}
    fact = ""

    def check_set(self, policy_set, context):
        done = set()
        for other, member in _pairs(policy_set, self.fact):
            if member.path in done:
                continue
            hit = self.compare(member, other)
            if hit is not None:
                done.add(member.path)
                yield hit

    def compare(self, member, other) -> SetHit | None:  # pragma: no cover - interface
        raise NotImplementedError


class EntityAcrossSet(PairKind):
    fact = "entity"

    def compare(self, member, other):
        mine, theirs = member.facts["entity"], other.facts["entity"]
        if _brand(mine[1]) != _brand(theirs[1]) or _form(mine[2]) == _form(theirs[2]):
            return None
        named = {_brand(n) for n in (member.facts.get("legal_names") or [])}
        named_there = {_brand(n) for n in (other.facts.get("legal_names") or [])}
        if _brand(theirs[0]) in named or _brand(mine[0]) in named_there:
            return None  # one document names both: it says which is which
        return SetHit(member.path, *mine[3:7],
                      f'the organisation is "{mine[0]}" here but "{theirs[0]}" in {other.rel}: give the same '
                      "legal entity in every document of the set, or say which one is responsible for what",
                      ((other.path, theirs[3], theirs[4]),))


PRIVACY_MAILBOX = re.compile(r"^(?:privacy|dpo|data[._-]?protection|dataprotection|gdpr|datenschutz|"
                             r"privacidad|privacite|confidentialite|privacy[._-]?\w+|\w+[._-]privacy)@")


class ContactEmailAcrossSet(PairKind):
    """The same mailbox on two domains (privacy@acme.example, privacy@acme-old.example): one is
    out of date. Different mailboxes (privacy@, dpo@) may rightly serve different requests."""

    fact = "emails"

    def compare(self, member, other):
        mine_all = {e[0] for e in member.facts["emails"]}
        theirs_all = {e[0] for e in other.facts["emails"]}
        theirs = [e for e in other.facts["emails"] if PRIVACY_MAILBOX.match(e[0])]
        for address in member.facts["emails"]:
            if not PRIVACY_MAILBOX.match(address[0]):
                continue
            local, _, domain = address[0].partition("@")
            for their in theirs:
                their_local, _, their_domain = their[0].partition("@")
                if (local == their_local and domain != their_domain and address[0] not in theirs_all
                        and their[0] not in mine_all):
                    return SetHit(member.path, *address[1:5],
                                  f"the privacy contact is {address[0]} here but {their[0]} in {other.rel}: "
                                  "give one address, or say which to use for what",
                                  ((other.path, their[1], their[2]),))
        return None


class ChildrenAgeAcrossSet(PairKind):
    fact = "ages"

    def compare(self, member, other):
        mine, theirs = member.facts["ages"], other.facts["ages"]
        if len({a[0] for a in mine}) != 1 or len({a[0] for a in theirs}) != 1:
            return None  # several ages the document itself places (children-age-ambiguous judges those)
        if mine[0][0] == theirs[0][0]:
            return None
        return SetHit(member.path, *mine[0][1:5],
                      f"children's age is {mine[0][0]} here but {theirs[0][0]} in {other.rel}: give one "
                      "age, or say which applies where", ((other.path, theirs[0][1], theirs[0][2]),))


class AddressAcrossSet(PairKind):
    """One organisation, two street addresses that share none: "Acme Ltd, 12 Harbour Street" in
    the policy, "Acme Ltd, 40 Mill Lane" in the terms. Addresses are compared by their street
    key (case, punctuation and "Street"/"St." do not differ); a document that gives several
    addresses of the organisation is compared by all of them."""

    fact = "addresses"

    def compare(self, member, other):
        theirs_by_owner: dict = {}
        for address in other.facts["addresses"]:
            theirs_by_owner.setdefault(address[1], []).append(address)
        mine_by_owner: dict = {}
        for address in member.facts["addresses"]:
            mine_by_owner.setdefault(address[1], []).append(address)
        for owner, mine in mine_by_owner.items():
            theirs = theirs_by_owner.get(owner)
            if not theirs or {a[0] for a in mine} & {a[0] for a in theirs}:
                continue
            return SetHit(member.path, *mine[0][3:7],
                          f'the address is "{mine[0][2]}" here but "{theirs[0][2]}" in {other.rel}: give the '
                          "same address in every document of the set, or say which one is for what",
                          ((other.path, theirs[0][3], theirs[0][4]),))
        return None


class RetentionAcrossSet(PairKind):
    """One category of data ("server log"), two periods: each document must state one period for
    it (a document that gives several is not compared) and the periods differ in days."""

    fact = "retention"

    def compare(self, member, other):
        mine, theirs = _single_periods(member.facts["retention"]), _single_periods(other.facts["retention"])
        for category, stated in mine.items():
            their = theirs.get(category)
            if their is None or their[1] == stated[1]:
                continue
            return SetHit(member.path, *stated[3:7],
                          f'the retention period of "{category}" is {stated[2]} here but {their[2]} in {other.rel}: '
                          "give one period, or say which applies to what", ((other.path, their[3], their[4]),))
        return None


def _single_periods(stated: list) -> dict:
    """{category: the first statement} of the categories a document gives one period (in days) for."""
    periods: dict = {}
    first: dict = {}
    for item in stated:
        periods.setdefault(item[0], set()).add(item[1])
        first.setdefault(item[0], item)
    return {category: first[category] for category, days in periods.items() if len(days) == 1}
