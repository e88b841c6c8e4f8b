"""changes-without-notice, proved by generated variants.

A right to change the policy without notice, and the page as the only notice
of changes ("we will notify you by posting the new policy on this page",
"review this page periodically"), must fire however they are worded; an
active notice promised anywhere (e-mail, in-app, a prominent notice, also
behind template brackets) must silence the second; negations and changes to
other things than the policy stay quiet.
"""
from __future__ import annotations

import itertools

import pytest

from behaviour import EMPHASIS, Checker, containers, each_word, failures, filled, hard_wraps, typographic

SUBJECTS = ["We", "I", "Acme", "The Company", "[[\"We\" or \"I\"]]", "12 Stars Media"]
POLICY = ["this Privacy Policy", "this policy", "our privacy notice", "this Privacy Statement", "these terms"]
CHANGE = ["change", "modify", "update", "amend", "revise"]
WITHOUT = ["without notice", "without prior notice", "without notifying you", "without any notification",
           "at any time and without notice", "with or without notice", "without informing users"]
NOTIFY = ["notify you of", "inform you about", "let you know about", "tell you about"]
WHAT = ["any changes", "material changes", "changes"]
POSTING = ["by posting the new Privacy Policy on this page", "by posting the updated policy on our website",
           "by publishing the revised notice here", "by updating the \"Last updated\" date of this policy",
           "by posting the new version on this site"]
READER = ["You are advised to", "We encourage you to", "Please", "It is your responsibility to",
          "Users should", "You should", "It is advisable to", "It is recommended to", "It is a good idea to"]
CHECK = ["review this page", "check this Privacy Policy", "consult this policy", "visit this page",
         "review this notice"]
OFTEN = ["periodically", "regularly", "from time to time", "frequently", "on a regular basis"]


def _cycle(items, i):
    return items[i % len(items)]


def _without_notice() -> list[str]:
    out = []
    for i, (change, without) in enumerate(itertools.product(CHANGE, WITHOUT)):
        subject, policy = _cycle(SUBJECTS, i), _cycle(POLICY[:4], i)
        modal = _cycle(["may", "reserve the right to", "can", "will"], i)
        modal = "reserves the right to" if modal.startswith("reserve") and subject not in ("We", "I") else modal
        out.append(f"{subject} {modal} {change} {policy} {without}.")
        participle = {"modify": "modified", "amend": "amended"}.get(change, change + "d")
        out.append(f"{policy[0].upper()}{policy[1:]} may be {participle} {without}.")
    out += ["We are under no obligation to notify you of changes to this policy.",
            "The Company is not obliged to inform users about any update of this Privacy Policy."]
    return out


def _passive() -> list[str]:
    out = []
    for i, (notify, posting) in enumerate(itertools.product(NOTIFY, POSTING)):
        out.append(f"{_cycle(SUBJECTS, i)} will {notify} {_cycle(WHAT, i)} {posting}.")
    for i, (reader, check, often) in enumerate(itertools.product(READER, CHECK, OFTEN)):
        out.append(f"We may update this policy. {reader} {check} {often} for any changes.")
    out += ["Any changes will be posted on this page.", "Changes to this policy take effect immediately upon posting.",
            "Changes become effective upon publication in this document.",
            "We may update this policy. It is advisable to check it periodically for changes.",
            "We tweak this page whenever we need to, and it's on you to check back now and again.",
            "We may change these Terms whenever we see fit, and the version posted on this page is the one that binds you.",
            "The version in force is always the one published at acme.example/privacy.",
            "We may update this policy now and again, and it's on you to pop back and check.",
            "We can change this notice whenever we need to — keep an eye on this screen.",
            "New revisions are committed to our repository; watch the repo if you want to know when this changes.",
            "We amend these rules on the fly. The #rules channel is the only place changes will show up.",
            "We refresh this list as the site changes, so check back for the latest version.",
            "Revisions become binding on posting.",
            "A revision takes effect as soon as it is published on the store listing.",
            "Check back here periodically for updates to this policy.",
            "Significant updates will be posted on our website."]
    return out


WITHOUT_NOTICE = _without_notice()
PASSIVE = _passive()
ACTIVE = [
    "We will also notify you by e-mail.",
    "If we make material changes, [[\"we\" or \"I\"]] will let you know via email and a prominent notice in the app.",
    "We will send you a notification in the app before the change takes effect.",
    "Registered users will be informed of changes by e-mail at least 30 days in advance.",
    "We will display a prominent banner on our website.",
    "We will notify you directly before any change applies.",
    "Any changes will be communicated through the bot.",
    "We will notify you of significant changes by posting the updated policy within the App or via email.",
    "We will notify all members of significant changes.",
    "We will notify You via our support server announcements and/or a prominent notice on Our Service.",
    "We will alert any future changes to the privacy policy via posts on the project forum.",
    "Significant changes will be announced via Discord.",
    "Any changes will be communicated via Meetup.com or at community events.",
    "We will tell you about changes on Mastodon and Reddit.",
    "If we make material changes, we will provide additional notice.",
    "For significant changes we will provide you with separate notice.",
]
QUIET_ALONE = [
    "We will not change this policy without notifying you by e-mail.",
    "We never modify this Privacy Policy without prior notice to our users.",
    "We may change our prices at any time without notice.",
    "We may update the app's features without notice.",
    "We review this policy regularly.",
    "Your continued use of the site following the posting of changes to this policy will be deemed as your acceptance.",
    "We may update this policy. If we do, we will e-mail every registered user.",
    "Acme may revise this notice; we will tell you about material changes by e-mail before they apply.",
]
BASE_BAD = [
    "We reserve the right to change this Privacy Policy at any time, without notice.",
    "We will notify you of any changes by posting the new Privacy Policy on this page.",
    "Thus, you're advised to review this page periodically for any changes.",
    "12 Stars Media may modify battlesnake.com's privacy notice without notifying you.",
]


@pytest.fixture(scope="module")
def check(linter_factory):
    return Checker(linter_factory(select=["changes-without-notice"]), "changes-without-notice")


def test_every_change_without_notice_fires(check):
    assert len(WITHOUT_NOTICE) > 70
    assert failures(WITHOUT_NOTICE, check.counts(WITHOUT_NOTICE, sections=True), 1) == []


def test_the_page_as_the_only_notice_fires(check):
    assert len(PASSIVE) > 150
    assert failures(PASSIVE, check.counts(PASSIVE, sections=True), 1) == []


def test_one_finding_for_one_defect_in_a_section(check):
    text = ("We may update our Privacy Policy from time to time. Thus, you are advised to review this page "
            "periodically for any changes. We will notify you of any changes by posting the new Privacy Policy on "
            "this page. These changes are effective immediately after they are posted on this page.")
    assert check.counts([text]) == [1]


def test_each_paragraph_that_makes_the_page_the_notice_is_a_clause(check):
    text = ("This Privacy Policy may be updated from time to time. Changes will be posted on this page.\n\n"
            "You are advised to review this Privacy Policy periodically for any changes.")
    assert check.counts([text]) == [2]
    assert check.counts([text.replace("\n\n", " ")]) == [1]


@pytest.mark.parametrize("passing", [
    "Please read this policy carefully; the date at the top of this page shows when it was last changed.",
    "If advertisements are introduced in future versions, this policy will be updated.",
])
def test_a_passing_word_outside_the_section_on_changes_is_the_same_defect(check, passing):
    text = (f"# Privacy Policy\n\n## Welcome\n\n{passing}\n\n## Changes to this policy\n\n"
            "We may update this policy. Changes will be posted on this page.")
    assert check.counts([text], preamble="") == [1]
    assert check.counts([text.replace("## Changes to this policy", "## Contact")], preamble="") == [2]


def test_one_finding_for_one_sentence(check):
    text = "We may change this policy at any time without notice, so check this page regularly for updates."
    assert check.counts([text]) == [1]


def test_an_active_notice_anywhere_silences_the_page(check):
    variants = [f"{passive}\n\n{active}" for passive, active in zip(PASSIVE, itertools.cycle(ACTIVE))]
    assert check.wrong(variants, 0) == []
    later = [f"{passive}\n\n## Contact\n\nWrite to us.\n\n## Changes\n\nWe may update this policy.\n\n{active}"
             for passive, active in zip(PASSIVE[::9], itertools.cycle(ACTIVE))]
    assert check.wrong(later, 0) == []


@pytest.mark.parametrize("hedge", ["In some cases, we", "In certain circumstances we", "Where we deem it appropriate, we",
                                   "We possibly"])
@pytest.mark.parametrize("active", ["may also tell you about changes by e-mail", "may provide additional notice through an alert in the app"])
def test_an_active_notice_promised_only_now_and_then_leaves_the_page_the_notice(check, hedge, active):
    passive = "We will post the updated Privacy Policy on this page."
    assert check.counts([f"{passive} {hedge} {active}."]) == [1]
    assert check.counts([f"{passive} We {active.replace('may also ', 'will ').replace('may ', 'will ')}."]) == [0]
    assert check.counts([f"We may change this policy at our sole discretion. {passive} We will email you before changes take effect."]) == [0]


@pytest.mark.parametrize("where", ["on our website", "on this page", "at our site"])
def test_changes_communicated_on_the_website_are_the_page(check, where):
    text = f"Any changes to this privacy policy will be communicated {where}."
    assert check.counts([text]) == [1]
    assert check.counts([f"By providing your email address, you get event invitations. {text}"]) == [1]
    assert check.counts([f"{text} We will also e-mail you about them."]) == [0]


@pytest.mark.parametrize("active", ["You will be notified through the Extension.", "You will be notified in the launcher.",
                                    "Significant changes will require new consent."])
def test_a_notice_in_the_extension_or_a_new_consent_is_active(check, active):
    assert check.counts([f'**If changes are made:**\n- The "Last Updated" date will be changed\n- {active}']) == [0]


# notices about other things than this policy, in another section: they promise nothing about its changes
OTHER_NOTICES = [
    "We use your e-mail address to send you notifications, updates, or important information about the app.",
    "To send you important information, notifications, and updates related to the app.",
    "You can opt out of promotional e-mails by following the instructions provided in the email.",
    "We will notify you by e-mail when a software update is available.",
    "Subscribers receive product updates and newsletters by e-mail.",
    "If you have questions, contact the Bot owner directly via Discord.",
    "You can reach out to the developer through the support server.",
]


def test_notices_about_other_things_do_not_silence_the_page(check):
    variants = [f"## How we use your data\n\n{other}\n\n## Changes\n\n{passive}"
                for passive, other in zip(PASSIVE[::7], itertools.cycle(OTHER_NOTICES))]
    assert failures(variants, check.counts(variants), 1) == []


def test_negated_and_unrelated_changes_stay_quiet(check):
    assert check.wrong(QUIET_ALONE, 0) == []


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_wraps_typography_and_line_endings(check, suffix):
    variants = [v for s in BASE_BAD for v in ([s] + typographic(s) + (hard_wraps(s) if suffix == ".md" else filled(s)))]
    for eol in ("\n", "\r\n", "\r"):
        assert failures(variants, check.counts(variants, suffix, eol=eol, sections=True), 1) == [], eol


def test_emphasis_links_and_containers(check):
    variants = [v for s in BASE_BAD for wrap in EMPHASIS for v in each_word(s, wrap)]
    variants += [v for s in BASE_BAD for v in each_word(s, lambda w: f"[{w}](https://example.org/p)")]
    variants += [v for s in BASE_BAD for v in containers(s)]
    assert failures(variants, check.counts(variants, sections=True), 1) == []


def test_the_page_or_its_date_as_the_only_notice(check):
    change = ["Changes", "Any changes", "Updates to this policy", "Revisions", "The updated version",
              "Amendments to this notice"]
    shown = ["will be reflected here", "are reflected on this page", "will be indicated by the \"Last updated\" date",
             "will be shown with an updated revision date", "are marked by a new effective date at the top",
             "will be noted below"]
    posted = ["We will post any new versions of this statement here.", "Acme will post the next version here.",
              "We publish revised versions of this privacy notice on our website.",
              "The latest version of this policy will be made available on this page."]
    texts = [f"We may update this policy from time to time. {c} {s}." for c, s in itertools.product(change, shown)]
    texts += posted + ["Updates will appear on this page.", "We can alter these terms without telling you.",
                       "We may revise this notice at any time without announcing it."]
    assert check.wrong(texts, 1) == []
    quiet = [t + " We will also notify you by e-mail before any change takes effect." for t in texts[::4]]
    quiet += ["New versions of the app are published on our website.",
              "Changes you make to your settings are shown in the app at once.",
              "Please review the settings page regularly to manage your notifications.",
              "New features will appear in the app as we release them."]
    assert check.wrong(quiet, 0) == []


SILENT = ["I won't announce it", "we will not announce it", "we don't advertise updates", "I never flag changes"]
REWRITE = ["I may rewrite this page whenever I like", "We can vary these terms at any time", "We may replace this notice"]


def test_a_change_left_unannounced_fires_once(check):
    texts = [f"{change}, and {silent} when I do." for change in REWRITE for silent in SILENT]
    assert check.wrong(texts, 1) == []
    quiet = ["We may update this policy and e-mail you first, but we will never tell anyone your e-mail address.",
             "We will never change this policy without notifying you by e-mail."]
    assert check.wrong(quiet, 0) == []


@pytest.mark.parametrize("place", ["CHANGELOG", "change log", "commit history", "git history"])
def test_a_changelog_as_the_only_record_fires(check, place):
    assert check.each([f"Changes to this policy are recorded in the add-on's {place}."]) == [1]


@pytest.mark.parametrize("often", ["once in a while", "from time to time", "now and then", "regularly"])
def test_check_back_for_the_newest_version(check, often):
    assert check.each([f"The newest version will always be right here, so check back {often}."]) == [1]


def test_the_pages_own_date_telling_you_the_version_is_no_notice(check):
    text = ("## Changes\n\nWe may update this notice with new releases. Site owners should review this notice "
            "periodically to stay informed. The revision date at the top of this notice tells you which version "
            "you are reading.")
    assert check.each([text]) == [1]


@pytest.mark.parametrize("what", ["this information", "this privacy information", "this text", "this declaration"])
def test_other_names_for_the_notice(check, what):
    assert check.each([f"The museum may change {what} at any time without notice."]) == [1]


@pytest.mark.parametrize("text", ["We might tweak this page now and then - keep an eye on it.",
                                  "We may update this notice each season. The new version replaces this one on the "
                                  "hall notice board and on the website.",
                                  "We might tweak this policy now and then - whatever's on this page is the current version.",
                                  "Whatever is posted on this page is always the current version."])
def test_the_page_as_the_current_version(check, text):
    assert check.each([text]) == [1]


def test_checking_something_else_stays_quiet(check):
    assert check.each(["We may change our prices; check them before you order."]) == [0]


WHENEVER = ["whenever we want", "whenever we like", "when we see fit", "as we see fit", "whenever I wish", "at will"]


@pytest.mark.parametrize("when", WHENEVER)
def test_a_right_to_change_whenever_the_author_likes(check, when):
    texts = [f"{who} can {verb} {policy} {when}." for who, verb, policy in
             zip(["We", "Acme"], ["amend", "modify"], ["this Privacy Policy", "this notice"])]
    assert check.wrong(texts, 1) == []


@pytest.mark.parametrize("text", ["We might tweak this page now and then; check the commit history to see what changed.",
                                  "See the commit history for changes to this policy.",
                                  "Your continued use of the app after we post changes means you accept them."])
def test_the_history_or_the_posting_as_the_only_record(check, text):
    assert check.each([text]) == [1]


# the software, the repository, continued use, the page, its date or a designated area as the only notice
ONLY_NOTICE = [
    "This Privacy Policy may change from time to time. If you continue to use our Services after these changes are in "
    "effect, you agree to the revised Policy.",
    "Updated versions will be made available with the Software or through official Company channels.",
    "If this policy changes, the updated version will be committed to the project's Git repository.",
    "When the app changes in a way that affects what it collects, the page is revised and that date moves.",
    "This Privacy Policy may be updated at any time.",
    "This privacy policy may be updated. Check the repository for the latest version.",
    "When changes are made, we will update the \"Effective Date\" at the top of this document.",
    "We may update this policy. The lastmod date in this page's front matter reflects the most recent revision.",
    "We may update this policy. The effective date at the top of this page will identify the latest version.",
    "Our Company keeps its privacy policy under regular review and places any updates on this web page.",
    "If this policy changes, the revised version will be published with the Extension update and the \"Last updated\" "
    "date above will be changed.",
    "Any updates or changes to the privacy policy will be reflected in the designated area, and users are encouraged "
    "to check periodically for updates.",
]


@pytest.mark.parametrize("text", ONLY_NOTICE)
def test_the_page_its_date_the_release_or_continued_use_as_the_only_notice(check, text):
    assert check.each([text]) == [1]


def test_bold_lines_as_headings_keep_a_notice_about_other_things_out_of_the_changes_section(check):
    text = ("**3. How We Use Your Information**\nThe bot pings your server and posts messages whenever anyone joins.\n\n"
            "**9. Changes to This Privacy Policy**\nWe will notify you of any changes by posting the new Privacy Policy "
            "on this page.")
    assert check.each([text]) == [1]


SILENT = ["We may update this privacy policy from time to time.",
          "This Privacy Policy may change from time to time.",
          "BrightLine might revise this notice occasionally.",
          "The policy will be updated as needed, such as when the app changes.",
          "We reserve the right to amend these terms periodically."]
TOLD = [" We will e-mail you before any change takes effect.",
        " We will show a notice in the app when it changes.",
        " Changes will be posted on this page."]


@pytest.mark.parametrize("sentence", SILENT)
def test_a_change_announced_with_no_word_of_notice(check, sentence):
    assert check.each([sentence]) == [1]
    assert check.each([sentence + told for told in TOLD]) == [0, 0, 1]  # posting alone is still the page as the notice


def test_changes_to_other_things_are_not_the_policys(check):
    texts = ["We may update the app from time to time.", "Prices may change from time to time.",
             "We update our blocklists periodically."]
    assert check.wrong(texts, 0) == []


def test_changes_communicated_by_e_mail_and_an_update_check_that_is_no_notice(check):
    told = ["We may update this policy periodically. Significant changes will be communicated to members via email.",
            "We may update this Privacy Policy from time to time. Material changes will be communicated in-app."]
    assert check.wrong(told, 0) == []
    assert check.each(["2. **Update Check** (on app launch)\n   - Purpose: check if a new version is available"]) == [0]


def test_posting_and_updating_other_things_is_no_posting_of_changes(check):
    texts = ["To post and update game threads, the app uses the subreddit and post identifiers.",
             "To publish and update event listings, the bot uses the server's channel IDs."]
    assert check.wrong(texts, 0) == []


@pytest.mark.parametrize("advice", ["we advise you to review this page periodically for any changes",
                                    "we advise users to check this page regularly",
                                    "we would advise you to consult this policy from time to time"])
def test_advice_to_check_the_page_is_no_promise_of_notice(check, advice):
    """"Thus, we advise you to review this page periodically": "advise" is a word for notifying, but advice to
    check the page is the page as the only notice."""
    text = (f"## Changes to This Privacy Policy\n\nWe may update our Privacy Policy from time to time. Thus, {advice}. "
            "We will notify you of any changes by posting the new Privacy Policy on this page.")
    assert check.each([text]) == [1]
    told = text + " We will also advise you of material changes by e-mail."
    assert check.each([told]) == [0]


@pytest.mark.parametrize("doc_word", ["Privacy Policy", "policy", "privacy notice", "notice"])
@pytest.mark.parametrize("template", [
    "The latest version of this {doc} will be posted on this page with an updated effective date.",
    "The updated version will be published on our website.",
    "This {doc} is subject to change at any time.",
    "If our data practices change, this {doc} will be updated before the change is released.",
])
def test_the_updated_text_as_the_only_notice(check, doc_word, template):
    text = "## Changes\n\n" + template.format(doc=doc_word)
    assert check.each([text]) == [1]
    told = text + " We will also e-mail registered users before any change takes effect."
    assert check.each([told]) == [0]


@pytest.mark.parametrize("how", ["you will be asked to accept it when opening the app",
                                 "you will be prompted to review and accept it the next time you log in"])
def test_a_new_version_presented_for_acceptance_is_a_notice(check, how):
    text = (f"## Changes\n\nWe may update this policy. You are advised to review this page periodically. "
            f"When a new version is released, {how}.")
    assert check.each([text]) == [0]


RESERVED_OR_LOOK = [
    "Orbit may update this policy occasionally. Users should frequently verify this page to be aware of any changes.",
    "We reserve the right to modify this privacy policy. The current version is always accessible at https://orbit.dev/privacy.",
    "If this page updates, check the date. If it's newer than when you subscribed, read it.",
    "We reserve the right to update this policy. Any changes will be communicated through a site update.",
]
RESERVED_WITH_NOTICE = [
    "We may amend this policy from time to time. We may modify it at any time by electronic notice sent to our members.",
    "We reserve the right to modify this policy. We will e-mail you before any change.",
]


@pytest.mark.parametrize("text", RESERVED_OR_LOOK)
def test_a_reserved_right_to_change_or_a_place_to_look_fires(check, text):
    assert check.each([f"## Changes\n\n{text}"]) == [1], text


@pytest.mark.parametrize("text", RESERVED_WITH_NOTICE)
def test_a_reserved_right_with_a_notice_sent_is_quiet(check, text):
    assert check.each([f"## Changes\n\n{text}"]) == [0], text


def test_an_active_notice_listed_after_a_colon(check):
    listed = ("## Changes to This Policy\n\nWe may update this Privacy Policy periodically. Significant changes will be "
              "announced through:\n- Website notifications\n- In-game announcements\n- Discord server updates")
    assert check.counts([listed]) == [0]
    assert check.counts([listed.replace("announced through", "listed below")]) == [1]


# the changes as the subject, made at will: "Changes to the terms may be made at any time"
CHANGES_MADE = [f"{change} {order}" for change in ("Changes", "Amendments", "Modifications", "Revisions")
                for order in ("to {policy} may be made {when}.", "may be made to {policy} {when}.",
                              "of {policy} can be introduced {when}.")]


@pytest.mark.parametrize("when", ["at any time", "at our sole discretion", "as we see fit"])
def test_changes_made_at_will_with_the_changes_as_subject_fire(check, when):
    texts = [t.format(policy=policy, when=when) for t in CHANGES_MADE for policy in POLICY[:3] + ["the terms"]]
    assert check.wrong(texts, 1) == []
    told = [t + " We will e-mail you 30 days before they take effect." for t in texts[:6]]
    assert check.wrong(told, 0) == []
    other = [t.format(policy=thing, when=when) for t in CHANGES_MADE for thing in ("your settings", "your order")]
    assert check.wrong(other, 0) == []


@pytest.mark.parametrize("notice", ["Material changes will be communicated via in-app notice.",
                                    "Users will be notified of significant updates.",
                                    "You will get notified in the app."])
def test_an_in_app_notice_or_users_being_notified_is_active(check, notice):
    text = f"## Changes\n\nWe may update this policy. Any changes made will be reflected in this document. {notice}"
    assert check.each([text]) == [0]


def test_a_notice_given_in_a_revised_version_of_the_policy_is_the_page(check):
    text = ("We reserve the right to change this Privacy Policy at any time.\n\n## Do-Not-Track\n\nIf a standard is "
            "adopted, we will inform you about that practice in a revised version of this Privacy Policy.")
    assert check.each([text]) == [1]


def test_status_updates_posted_to_log_channels_are_not_the_policy(check):
    assert check.each(["- **Logging**: status updates and admin actions posted to designated log channels."]) == [0]


def test_a_notice_that_will_be_given_is_active(check):
    text = ("## Changes to this policy\n\nWe may change this policy at any time and for any reason. A notice in game, "
            "on the forums and on IRC will be given every time there is a modification.")
    assert check.each([text]) == [0]
    assert check.each([text.replace("will be given", "will be posted on this page")]) == [1]


def test_changes_in_effect_once_posted_far_from_the_word_change(check):
    text = ("This Privacy Policy is effective as of 1 May 2024 and will remain in effect except with respect to any "
            "changes in its provisions in the future, which will be in effect immediately after being posted on this page.")
    assert check.each([text]) == [1]


@pytest.mark.parametrize("text,fires", [("## Changes\n\nWe may update this policy.", True),
                                        ("## Changes\n\nI might change this notice.", True),
                                        ("## Changes\n\nWe may update this policy. We will e-mail you first.", False),
                                        ("## Changes\n\nWe may update the app.", False)])
def test_a_bare_right_to_change_the_policy(check, text, fires):
    assert check.each([text]) == [int(fires)], text


def test_a_notice_via_email_in_a_list_is_active(check):
    text = ("## Changes\n\nThis policy is updated on this page.\n\n- **Material Changes**: 30 days advance notice via email\n"
            "- **Minor Updates**: updated effective date")
    assert check.each([text]) == [0]


def test_a_change_without_notice_then_a_check_on_every_visit_is_one_finding(check):
    text = ("The Operators may decide at some point in the future, without advance notice, to modify the terms of this "
            "Privacy Policy. The effective Privacy Policy will be posted on the web site, and you should check upon "
            "every visit for any changes.")
    assert check.each([text]) == [1]
    assert check.each(["The policy is posted on the web site, and you should check upon every visit for any changes."]) == [1]


@pytest.mark.parametrize("verb", ["represented", "denoted", "indicated"])
def test_changes_represented_by_the_pages_date(check, verb):
    assert check.each([f"Changes to the Privacy Notice are {verb} by the \u201cPage last updated:\u201d date."]) == [1]


@pytest.mark.parametrize("text", ["This policy may be updated to adapt to new laws. It is recommended that it be reviewed periodically.",
                                  "This privacy policy will be amended from time to time. You can see the date of the last "
                                  "alteration at the top."])
def test_the_reader_asked_to_review_it_or_to_read_its_date(check, text):
    assert check.each([f"## Updates\n\n{text}"]) == [1]


def test_the_readers_way_to_write_to_us_is_no_notice_of_changes(check):
    text = ("## Updates to the Privacy Policy\n\nThis policy may be updated. It is recommended that it be reviewed "
            "periodically.\n\nIf you have any questions about this policy, you may contact us by email at hi@acme.test.")
    assert check.each([text]) == [1]


@pytest.mark.parametrize("text,fires", [
    ("We reserve the right to make changes to this privacy policy at any time by giving notice to its Users on this page.", True),
    ("We reserve the right to make changes to this privacy policy at any time by giving notice to its Users by e-mail.", False),
    ("If we change this policy, we will notify you by revising the \u201cLast Updated\u201d date at the top.", True),
])
def test_notice_given_on_this_page_or_by_revising_the_date_is_the_page(check, text, fires):
    assert check.each([text]) == [int(fires)], text


@pytest.mark.parametrize("verb", ["hold", "have", "retain"])
def test_a_right_held_to_update_the_terms_and_the_policy(check, verb):
    assert check.each([f"We {verb} the right to update these terms and our Privacy Policy at any time."]) == [1]


@pytest.mark.parametrize("text,fires", [
    ("This policy may update with project changes.", True),
    ("This privacy notice may change as the app evolves.", True),
    ("Policy updates may be posted with an updated version.", True),
    ("This privacy policy may be updated if functionality changes.", True),
    ("Thor may update its Privacy Policy from time to time. When we change the policy in a material way, a notice will "
     "be posted in app along with the updated Privacy Policy.", False),
    ("Policy updates may be posted with an updated version, and we will e-mail you about them.", False),
])
def test_a_policy_that_changes_along_with_the_project(check, text, fires):
    assert check.each([text]) == [int(fires)], text


def test_notice_promised_under_a_sub_heading_of_the_changes_section(check):
    text = ("## Changes to This Policy\n\n### Policy Updates\n\nWe may update this policy:\n\n- To reflect new laws\n"
            "- To add new features\n\n### How We Notify You\n\n- **Email notification** to your registered address\n"
            "- **In-app notification** when you log in\n")
    assert check.findings(text) == []
    # a sibling section that is not about notice does not answer it
    other = text.replace("### How We Notify You", "### Termination").replace(
        "- **Email notification** to your registered address\n- **In-app notification** when you log in\n",
        "If we end your access, we will notify you by e-mail.\n")
    assert len(check.findings(other)) == 1


def test_posting_as_the_only_notice_said_over_a_list(check):
    text = ("## Changes to This Policy\n\nWe may update this policy to:\n- Reflect new features\n\nChanges will be:\n"
            "- Posted in our GitHub repository\n- Noted in the plugin's release notes\n- Effective immediately upon posting\n")
    assert [f.line for f in check.findings(text)] == [6]
    assert check.findings(text.replace("- Noted in the plugin's release notes", "- Sent to you by e-mail")) == []


@pytest.mark.parametrize("text", [
    "We reserve the right to update our Privacy Policy at any time and you should check it periodically.\n\nIf we make "
    "material changes, we will notify you either through the email address you have provided us, or by placing a "
    "prominent notice on our website.",
    "We will notify you of any changes by:\n- Updating the \"Last Updated\" date at the top\n- Requiring acceptance of the "
    "updated policy when you update the extension",
])
def test_an_active_notice_after_a_passive_one_in_the_same_breath(check, text):
    assert check.findings("## Changes to This Privacy Policy\n\n" + text + "\n") == []


POSTED = ["We will post updates on this page", "Updates will appear on this page,", "The new version is published here"]
THEN_NOTIFIED = ["and notify users of any significant changes.", "and we will inform affected users of important changes.",
                 "and also tell registered users about material changes."]


@pytest.mark.parametrize("posted,notified", list(itertools.product(POSTED, THEN_NOTIFIED)))
def test_posting_and_then_notifying_are_two_acts(check, posted, notified):
    assert check.counts([f"## Changes\n\nWe may update this policy. {posted} {notified}\n"]) == [0]
    # the posting as the very means of the notice stays the only notice
    assert check.counts([f"## Changes\n\nWe may update this policy. We will notify you by posting the new policy on this page.\n"]) == [1]


@pytest.mark.parametrize("verb", ["are also shown", "will also be displayed", "will be highlighted", "are announced", "get flagged"])
@pytest.mark.parametrize("place", ["in the app", "within the game", "in the extension", "in your dashboard"])
def test_changes_shown_where_the_reader_uses_the_service_are_notice(check, verb, place):
    passive = "## Changes\n\nIf this policy changes, the new version is posted here."
    assert check.counts([f"{passive} Material changes {verb} {place}.\n"]) == [0]
    assert check.counts([f"{passive} Material changes {verb} on this page.\n"]) == [1]


@pytest.mark.parametrize("named", ["By using KA.live you agree to this Privacy Policy.", "This notice explains what we collect."])
@pytest.mark.parametrize("pronoun", ["It may change without notice.", "It can be amended at any time without prior notice."])
def test_it_standing_for_the_document_named_before(check, named, pronoun):
    assert check.counts([f"{named} {pronoun}\n"]) == [1]
    # "it" after a sentence about something else is not the document
    assert check.counts([f"We may improve the app. {pronoun}\n"]) == [0]


@pytest.mark.parametrize("made", ["make this prominent to our users", "make the changes clearly visible to you",
                                  "make such changes known to all users"])
def test_changes_made_prominent_to_the_reader_are_notice(check, made):
    assert check.counts([f"We reserve the right to modify this Privacy Policy at any time. If we make material changes we will {made}.\n"]) == [0]


@pytest.mark.parametrize("advice", ["We also advise you to regularly check for app updates.",
                                    "We advise you to periodically check for new versions of the app."])
def test_advice_to_check_for_updates_promises_no_notice(check, advice):
    posting = "## Changes\n\nWe will notify you of any changes by posting the new Privacy Policy on this page."
    assert check.counts([f"{posting}\n\n{advice}\n"]) == [1]


@pytest.mark.parametrize("version", ["the updated policy", "the revised Privacy Policy", "a new version"])
@pytest.mark.parametrize("dated", ["with a new effective date", "with an updated \"Last updated\" date",
                                   "along with the revision date"])
def test_the_new_text_and_its_date_are_the_only_notice(check, version, dated):
    assert check.counts([f"We may update this policy. We will post {version} {dated}."]) == [1]
    assert check.counts([f"We may update this policy. We will post {version} {dated}. We will also notify you by "
                         "e-mail before it applies."]) == [0]


@pytest.mark.parametrize("keep", ["keep up to date with", "stay up to date with", "keep abreast of"])
def test_readers_told_to_keep_up_with_the_page(check, keep):
    assert check.counts([f"Please {keep} this Privacy Policy to be informed of these changes."]) == [1]


@pytest.mark.parametrize("verb", ["posted", "published", "communicated", "announced"])
@pytest.mark.parametrize("where", ["the extension's source repository", "the Bot's GitHub repository",
                                   "our GitHub repo", "the project's changelog"])
def test_changes_given_out_through_the_repository_are_the_page(check, verb, where):
    via = "directly within" if verb in ("posted", "published") else "through"
    assert check.counts([f"We may update this policy. Any changes will be {verb} {via} {where}.\n"]) == [1]
    assert check.counts([f"We may update this policy. Any changes will be {verb} {via} {where}, and we will "
                         "notify you by e-mail.\n"]) == [0]


@pytest.mark.parametrize("also", ["and", "as well as"])
def test_an_email_and_the_page_is_an_active_notice(check, also):
    assert check.counts([f"We may update this policy. We will notify you of changes by e-mail {also} on this page.\n"]) == [0]


@pytest.mark.parametrize("document", ["these terms", "this disclaimer", "these Terms"])
def test_a_text_that_may_change_with_nothing_said_of_notice(check, document):
    assert check.counts([f"We may update {document}.\n"]) == [1]
    assert check.counts([f"We may update {document}.\n\n- Notification via app or email\n"]) == [0]


@pytest.mark.parametrize("often", ["regularly", "periodically", "from time to time"])
def test_told_to_check_for_updates(check, often):
    assert check.counts([f"We may update this disclaimer as the rules evolve. Check for updates {often}.\n"]) == [1]


@pytest.mark.parametrize("reader", ["Therefore, please", "Please", "You should", "We recommend that you"])
@pytest.mark.parametrize("version", ["the current version", "the latest version", "the most recent version"])
def test_readers_sent_to_the_current_version(check, reader, version):
    """ "we will also adapt our notices accordingly. Therefore, please refer to the current version of our privacy policy"."""
    text = f"We may adapt this notice when needed. {reader} refer to {version} of our privacy policy."
    assert check.wrong([text], 1) == []
    notified = f"We will e-mail you before any change applies. {reader} refer to {version} of our privacy policy."
    assert check.wrong([notified], 0) == []


# notice "given" where the page is: the posting by another name, whatever the giving verb and the page's name
GIVE = ["giving notice", "providing notice", "posting a notice", "giving you notice"]
THROUGH_PAGE = ["through this application page", "on this page", "on this privacy page", "on the policy page"]


def test_notice_given_through_the_page_is_the_posting(check):
    texts = [f"We may change this policy at any time by {give} {where}." for give in GIVE for where in THROUGH_PAGE]
    assert check.wrong(texts, 1) == []
    active = [f"We may change this policy at any time by {give} in the app and by e-mail." for give in GIVE]
    assert check.wrong(active, 0) == []


@pytest.mark.parametrize("heading", ["Changing your mind", "Change your settings", "Updating your details"])
def test_a_heading_about_the_readers_own_changes_is_not_about_this_text(check, heading):
    text = (f"## {heading}\n\nClear your cookies and we will show you the banner again.\n\n"
            "## Changes to this notice\n\nPlease check back here from time to time.")
    assert check.each([text]) == [1]
