"""retention-vague, proved by generated variants.

A retention statement that gives only "as long as necessary" or "a
reasonable period" must fire however it is worded; one that gives a period,
an event that ends the keeping, criteria (in the sentence, spelled out after
it, or in its list), or keeps data on the reader's own device stays quiet.
"""
from __future__ import annotations

import itertools

import pytest

from behaviour import EMPHASIS, Checker, containers, each_word, failures, filled, hard_wraps, typographic

SUBJECTS = ["We", "Acme", "12 Stars Media", "BrightLine", "The Company", "battlesnake.com"]
KEEP = ["retain", "keep", "store", "hold", "will retain", "may keep"]
DATA = ["your personal data", "your information", "user data", "the data we collect", "account details"]
VAGUE = ["only for as long as is necessary", "for as long as necessary", "as long as we need it",
         "for a reasonable period", "for a limited time", "no longer than necessary", "for the period necessary",
         "as long as we deem necessary", "for a reasonable period of time", "only as long as required",
         "until it is no longer needed", "as long as we see fit", "for an appropriate period",
         "as long as we have a legitimate business need", "as long as permitted by law",
         "for a variable period of time", "for a varying length of time", "as necessary for our business interests"]
PARTICIPLE = {"retain": "retained", "keep": "kept", "store": "stored", "hold": "held"}
PURPOSE = ["for the purposes set out in this policy", "to provide the service", "", "for our legitimate business purposes"]


def _cycle(items, i):
    return items[i % len(items)]


def _bad() -> list[str]:
    out = []
    for i, (keep, vague) in enumerate(itertools.product(KEEP, VAGUE)):
        subject = _cycle(SUBJECTS, i)
        verb = keep if subject in ("We",) or " " in keep else keep + "s"
        purpose = _cycle(PURPOSE, i)
        out.append(f"{subject} {verb} {_cycle(DATA, i)} {vague}{' ' + purpose if purpose else ''}.")
        data = _cycle(DATA, i + 1)
        out.append(f"{data[0].upper()}{data[1:]} will be {PARTICIPLE[keep.split()[-1]]} {vague}.")
    return out


BAD = _bad()
VAGUE_SENTENCE = "We retain your personal data only for as long as necessary for the purposes set out in this policy."
QUIET = [
    VAGUE_SENTENCE + " Invoices are kept for ten years because tax law requires it.",
    "We keep your account data until you delete your account, and for as long as necessary after that to settle "
    "disputes.",
    "We keep data only as long as necessary while your account is active.",
    "Preferences are stored locally on your device and expire after a limited period.",
    "Your settings are kept in your browser for a reasonable time.",
    VAGUE_SENTENCE + " The criteria we use are the length of the contract and statutory limitation periods.",
    VAGUE_SENTENCE + " To determine the period, we consider the amount, nature and sensitivity of the data.",
    VAGUE_SENTENCE + " For example, we keep: (a) invoices as tax law requires; (b) contact details for as long "
    "as you are subscribed; (c) account data while your account is active.",
    "We keep data only as long as necessary:\n\n- account data while your account is active;\n- logs until you "
    "ask us to delete them.",
    "- Tokens are stored only as long as necessary to keep you signed in.\n- When you remove an account, its "
    "tokens are deleted.",
    "Personal data should be kept no longer than necessary for the purposes for which it is processed.",
    "We will use your data only as long as necessary to provide the service.",
    "We keep usage logs for 30 days. Other data is kept only for as long as necessary.",
    "The data is only stored for as long as is necessary to fulfil the purpose for which it was collected. "
    "Accordingly, the data is deleted at the end of each session.",
    "We keep information only as long as needed. Session credentials expire according to their configured lifetime.",
    "We retain personal information for as long as necessary to fulfil the purposes for which it was collected, "
    "including:\n\n- Active client relationships\n- Legal and regulatory requirements\n- Professional record-keeping "
    "obligations\n\nProject records are typically kept for a minimum of ten (10) years after completion.",
    "Data is retained as long as needed to fulfil the purpose it was collected for, including completion of the "
    "project, legal and accounting requirements, and ongoing maintenance agreements.",
]


@pytest.fixture(scope="module")
def check(linter_factory):
    return Checker(linter_factory(select=["retention-vague"]), "retention-vague")


def test_every_vague_retention_statement_fires(check):
    assert len(BAD) >= 120
    assert failures(BAD, check.counts(BAD, sections=True), 1) == []


def test_periods_events_criteria_and_the_readers_device_stay_quiet(check):
    assert check.wrong(QUIET, 0) == []


def test_criteria_in_another_sentence_not_spelled_out_do_not_count(check):
    text = ("The personal data will be stored for a reasonable period based on factors such as data volume and "
            "usage status. If the user opts in, for instance by subscribing, the data will be stored until the user "
            "opts out.")
    assert check.each([text]) == [1]


def test_one_finding_per_paragraph(check):
    text = (VAGUE_SENTENCE + " Logs are kept for a reasonable period. We hold backups only as long as required.")
    assert check.counts([text, text], sections=True) == [1, 1]
    summary = "In short: we keep your information for as long as necessary.\n\n" + VAGUE_SENTENCE
    assert check.each([summary]) == [2]  # a summary and the statement it sums up: two places to fix


# the same vague lifetimes, in a table whose header says the column is about keeping
COLUMNS = ["How long it lasts", "How long we keep it", "Retention", "Duration", "Expires", "Kept for", "Lifetime"]
CELLS = ["as long as it needs to", "until they’re no longer useful to us", "for a while", "as long as necessary",
         "for a reasonable period"]


def test_a_vague_lifetime_in_a_keeping_column_fires(check):
    texts = [f"| Item | {column} |\n|---|---|\n| Error reports | {cell} |\n| Invoices | 10 years |"
             for column in COLUMNS for cell in CELLS]
    assert check.wrong(texts, 1) == []
    quiet = [f"| Item | Why we use it |\n|---|---|\n| Error reports | {cell} |" for cell in CELLS]
    assert check.wrong(quiet, 0) == []


KEEPING_WORDS = ["Support tickets stay on file", "Crash reports stick around", "Drafts remain in our database",
                 "Old messages sit in our backups"]


def test_staying_on_file_is_keeping(check):
    texts = [f"{words} {vague}." for words in KEEPING_WORDS
             for vague in ("for a while", "until we decide they're no longer of use", "as long as we need them")]
    assert check.wrong(texts, 1) == []


def test_an_open_end_after_a_period_is_vague(check):
    texts = [f"Customer Data is deleted from the live systems within 60 days of termination. "
             f"Backup copies may {verb} {end}." for verb in ("linger", "persist", "be kept")
             for end in ("for some time after that", "for a while afterwards", "for some time thereafter")]
    assert check.wrong(texts, 1) == []
    bounded = "Customer Data is deleted within 60 days of termination. Backup copies are overwritten 30 days later."
    assert check.each([bounded]) == [0]


def test_a_plain_line_title_opens_a_retention_statement(check):
    # outside the retention section, and not a plain "X is kept ..." statement: only the title makes it one
    text = ("## How long we keep data\n\nLogs are deleted after 30 days.\n\n## Candidates\n\n"
            "Retention\n\nWe will process and keep your personal data for as long as is necessary to meet the purposes.")
    assert check.each([text]) == [1]
    untitled = text.replace("Retention\n\n", "Hiring\n\n")
    assert check.each([untitled]) == [0]


def test_the_retention_section_is_the_one_read(check):
    text = ("## Purposes\n\nTo comply with laws that compel us to maintain records for a certain period.\n\n"
            "## Retention\n\nWe keep data only for as long as necessary.")
    (finding,) = check.findings("# Privacy Policy\n\n" + text + "\n")
    assert finding.line == 9


def test_a_period_in_another_section_does_not_answer_the_vague_one(check):
    elsewhere = ["We store conversation data for up to 6 years unless your account is deleted.",
                 "If you cancel your account, your content is purged from our systems within 60 days.",
                 "Server logs are deleted after 14 days."]
    variants = [f"## Your rights\n\n{period}\n\n## Analytics\n\n{bad}"
                for bad, period in zip(BAD[::5], itertools.cycle(elsewhere))]
    assert failures(variants, check.counts(variants), 1) == []
    same = [f"## Analytics\n\n{bad} {period}" for bad, period in zip(BAD[::5], itertools.cycle(elsewhere))]
    assert failures(same, check.counts(same), 0) == []


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_wraps_typography_and_line_endings(check, suffix):
    base = [VAGUE_SENTENCE, "BrightLine's servers hold your data for a reasonable period - as we see fit.",
            "12 Stars Media keeps user data as long as we need it."]
    variants = [v for s in base for v in [s] + typographic(s) + (hard_wraps(s) if suffix == ".md" else filled(s))]
    for eol in ("\n", "\r\n", "\r"):
        assert failures(variants, check.counts(variants, suffix, eol=eol, sections=True), 1) == [], eol


def test_emphasis_links_and_containers(check):
    variants = [v for wrap in EMPHASIS for v in each_word(VAGUE_SENTENCE, wrap)]
    variants += each_word(VAGUE_SENTENCE, lambda w: f"[{w}](https://example.org/r)")
    variants += containers(VAGUE_SENTENCE)
    assert failures(variants, check.counts(variants, sections=True), 1) == []


def test_a_keeping_statement_outside_the_retention_section_is_read(check):
    text = ("## How long we keep data\n\nLogs are deleted after 30 days.\n\n## Photos\n\n"
            "Photos that never make it to the portfolio {} on the studio iPad for as long as we think reasonable.")
    stated = [text.format(verb) for verb in ("are kept", "are stored", "stay stored", "get archived")]
    assert check.wrong(stated, 1) == []
    purpose = text.format("are needed").replace("for as long as we think reasonable",
                                                "to comply with laws that compel us to maintain records for a certain period")
    assert check.each([purpose]) == [0]


OPEN_ENDS = ["and for as long as the Society needs them afterwards", "and for a reasonable period after your account is closed",
             "and for some time thereafter"]


def test_an_open_end_after_an_event_is_vague_whatever_the_other_rows_say(check):
    texts = [f"- User Content is shown while your account is open.\n- We may retain User Content {end}."
             for end in OPEN_ENDS]
    assert check.wrong(texts, 1) == []


def test_a_criterion_spelled_out_after_for_example_is_not_a_second_statement(check):
    text = ("We retain personal information only for as long as necessary. For example, we may retain: (a) invoices "
            "for tax law; (b) account information while your account is active and for a reasonable period thereafter.")
    assert check.each([text]) == [0]


@pytest.mark.parametrize("period", ["for a period of time determined by us", "for a period set at our sole discretion",
                                    "for as long as we decide", "for however long we like",
                                    "for a length of time chosen by the developer"])
def test_a_period_the_organisation_alone_decides(check, period):
    texts = [f"We keep your messages {period}.", f"Records are archived {period}."]
    assert check.wrong(texts, 1) == []


@pytest.mark.parametrize("text", ["I will store your personal data only as long as I need to.",
                                  "We shall not keep such Personal Data longer than is necessary to fulfil these purposes.",
                                  "Usage Data is generally retained for a shorter period of time.",
                                  "Data is retained for a period appropriate to the purposes for which it was collected."])
def test_comparative_and_first_person_vague_periods(check, text):
    assert check.each([text]) == [1]


def test_a_hyphenated_period_is_a_period(check):
    text = ("We retain personal information only as long as needed, or as required by law (including the "
            "seven-year record-keeping requirement for commercial transactions).")
    assert check.each([text]) == [0]


def test_a_restated_principle_and_the_readers_right_to_deletion_are_no_retention_statement(check):
    texts = ["Personal Data processed for any purpose shall not be kept for longer than is necessary for that purpose.",
             "You may request deletion of your personal data when it is no longer needed.",
             "We may be legally required to keep some of the data for a certain time; we will then fulfill your request."]
    assert check.wrong(texts, 0) == []
    stated = ["We keep your personal data for as long as necessary.",
              "Your data is retained for a certain time after you leave."]
    assert check.wrong(stated, 1) == []


ENDS = ["ceases to apply", "no longer applies", "has been fulfilled", "has lapsed", "is no longer applicable"]


@pytest.mark.parametrize("end", ENDS)
@pytest.mark.parametrize("purpose", ["the purpose", "the purpose for its storage", "the purpose of the processing",
                                     "the storage purpose", "their purpose"])
def test_deleted_when_the_purpose_ends_is_no_period(check, purpose, end):
    """The storage-limitation principle restated ("deleted as soon as the purpose ceases to apply") gives no
    period; deferring to the periods given below does."""
    text = f"## Retention\n\nThe data will be deleted as soon as {purpose} {end}."
    assert check.each([text]) == [1]
    deferred = (f"## Retention\n\nThe data will be deleted as soon as {purpose} {end}, unless otherwise stipulated "
                "below.\n\n### Server logs\n\nServer logs are deleted after seven days.")
    assert check.each([deferred]) == [0]



@pytest.mark.parametrize("text,fires", [
    ("Payment details will be deleted when there is no legitimate use to keep it.", True),
    ("If we do not need the user's data any longer, it is being deleted unless we are legally required to keep it.", True),
    ("We delete it when there is no longer a need, at the latest after 30 days.", False),
    ("We will not keep your data for any longer than is necessary. It will, therefore, be kept for the following "
     "periods:\n\n- Support queries: seven years.", False),
])
def test_deleted_when_no_longer_needed_and_the_periods_that_follow(check, text, fires):
    assert check.each([text]) == [int(fires)], text


def test_a_deletion_statement_outside_the_retention_section_is_judged(check):
    text = ("## Contact form\n\nWe store your message to answer it. If we do not need your data any longer, it is "
            "deleted unless we are legally required to keep it.\n\n## Deletion of your data\n\nIf you delete your "
            "account, your profile is deleted.")
    assert check.each([text]) == [1]


@pytest.mark.parametrize("event,fires", [
    ("We will keep your data for as long as your account remains active.", False),
    ("Your data is deleted when you close your account.", False),
    ("If you subscribe to the newsletter, your address is kept until you unsubscribe.", True),
    ("We take security seriously.", True),
])
def test_an_event_in_a_later_sentence_of_the_paragraph_bounds_the_keeping(check, event, fires):
    text = ("## Data Retention\n\nWe will only retain your personal information for as long as it is necessary for "
            f"the purposes set out in this privacy policy. {event}")
    assert check.each([text]) == [int(fires)], event


@pytest.mark.parametrize("text", ["We keep the data of banned users until we decide to delete them.",
                                  "## Data Removal\n\nAll related data is permanently removed when no longer required."])
def test_kept_until_we_decide_or_removed_when_no_longer_required(check, text):
    assert check.each([text]) == [1], text


@pytest.mark.parametrize("text", ["## Bot features\n\n**TJ-Bot** may keep the stored information in an internal caching "
                                  "mechanism for a certain amount of time.",
                                  "## Sharing\n\nInformation collected by OpenGov will be kept for a length of time "
                                  "appropriate to our needs."])
def test_the_service_by_name_keeping_data_for_a_vague_time(check, text):
    assert check.each([f"## Data retention\n\nWe keep account data for 30 days.\n\n{text}"]) == [1], text


# "for a while" in other words: temporarily, not long-term, for longer
FOR_A_WHILE = ["These logs are stored temporarily for security and operational purposes only.",
               "All data is used in real time and only retained temporarily as necessary for functionality.",
               "The bot may temporarily store messages or command responses.",
               "Uploaded files are kept temporarily on our servers.",
               "This data is not retained long-term.",
               "We don't store raw telemetry data long-term.",
               "Other logs, such as authentication logs, are kept for longer.",
               "Encrypted backups hold personal data for additional time."]
WHILE_IT_IS_NEEDED = ["The text is temporarily held in memory to process your query.",
                      "Your notes are temporarily stored on our servers until they are viewed or expire.",
                      "The App may temporarily store customer records for up to 5 minutes.",
                      "Data is stored temporarily and is cleared shortly after use.",
                      "Installation credentials are stored temporarily for the purpose of one-time retrieval.",
                      "Cookies that can be stored for longer are called persistent cookies.",
                      "Anonymized messages may be kept for longer.",
                      "We do not store personal data long-term. All data is cleared at the end of a session."]


def test_temporarily_and_not_long_term_are_vague_without_an_end(check):
    assert check.wrong(FOR_A_WHILE, 1) == []
    assert check.wrong(WHILE_IT_IS_NEEDED, 0) == []


def test_a_deferral_to_what_follows_counts_only_when_something_follows(check):
    deferral = ("## Processing\n\nYour data will be deleted as soon as the purpose for its storage ceases to apply, "
                "unless otherwise stipulated below.\n\n## {title}\n\n{text}")
    answered = deferral.format(title="Server logs", text="Server logs are deleted after seven days.")
    unanswered = deferral.format(title="Information we do not collect", text="We do not collect your name.")
    assert check.each([answered, unanswered]) == [0, 1]


def test_the_retention_section_answers_a_statement_about_the_same_data(check):
    text = ("## Data Storage and Retention\n\n- Uploaded chat files are automatically deleted within 1 hour.\n\n"
            "## Data Security\n\n- All {data} are stored temporarily on secure servers.")
    assert check.each([text.format(data="files"), text.format(data="voice messages")]) == [0, 1]


def test_a_session_cookie_row_gives_its_period(check):
    table = ("| Name | Expires | Purpose |\n|---|---|---|\n| cn | {expires} | temporarily stores notification read state |")
    assert check.each([table.format(expires="Session"), table.format(expires="Persistent")]) == [0, 1]


def test_a_vague_item_in_a_list_of_periods_is_not_answered_by_the_announcement(check):
    text = ("## Data Retention\n\nWe retain your information for the following periods:\n\n"
            "- **Active Data**: While you use our service and for a reasonable period thereafter\n"
            "- **Usage Logs**: Up to 1 year\n- **Deleted Data**: 30 days in backups\n")
    assert [f.line for f in check.findings(text)] == [5]
    assert check.findings(text.replace("and for a reasonable period thereafter", "and for 90 days thereafter")) == []


def test_deleting_the_account_in_the_next_sentence_ends_the_keeping(check):
    text = ("## Data Retention\n\nWe retain your personal information only for as long as necessary to provide the App's "
            "services. If you delete your account, we will remove your personal information from our systems.\n")
    assert check.findings(text) == []
    assert len(check.findings(text.replace("If you delete your account, we", "If you ask us, we"))) == 1


@pytest.mark.parametrize("text", [
    "## Contact by e-mail\n\nWe store this data as long as it is necessary for the purpose of establishing contact, that is, "
    "to answer your request.",
    "## Donations\n\nWe keep your details as long as necessary to meet our legal obligations, e.g. to report donations to "
    "the tax office (§ 121a BAO) and to keep our books (§ 131 BAO).",
])
def test_the_end_of_a_request_or_the_law_that_sets_the_period(check, text):
    assert check.findings("# Privacy Policy\n\n" + text + "\n") == []


def test_fulfilling_an_order_is_no_end_of_keeping(check):
    text = "# Privacy Policy\n\n## Retention\n\nWe retain your data as long as needed to fulfill your order or comply with the law.\n"
    assert len(check.findings(text)) == 1


@pytest.mark.parametrize("text", [
    "- **Data Retention**: The app retains information only for as long as necessary to provide its functionality. You can "
    "delete app data at any time through your device settings.",
    "The push service does not itself store your number for longer than required to forward it to the messaging service.",
])
def test_deleted_by_the_reader_or_kept_only_to_pass_it_on(check, text):
    assert check.findings("# Privacy Policy\n\n## Data retention\n\n" + text + "\n") == []


def test_the_right_to_erasure_and_answering_claims_are_no_vague_keeping(check):
    text = ("# Privacy Policy\n\n## Your rights\n\n4. The right to erasure of your personal data when it is no longer needed.\n\n"
            "## How long we keep it\n\nWe keep it while you have an account. After this, we keep it for as long as is "
            "reasonably necessary to respond to any questions, complaints or claims made by you.\n")
    assert check.findings(text) == []


@pytest.mark.parametrize("label", ["**Typical Retention:**", "### Retention Periods", "Retention periods:"])
@pytest.mark.parametrize("periods", [("Technical logs: 30-90 days", "Support e-mails: 3 years"),
                                     ("**Store data**: kept while the app is installed, plus 30 days", "**Logs**: retained for 90 days")])
def test_periods_listed_after_the_purposes_answer_the_statement(check, label, periods):
    lead = "## Data Retention\n\nWe retain your information for as long as necessary to:\n\n- Provide the service\n- Comply with the law\n\n"
    listed = "\n".join(f"- {p}" for p in periods)
    assert check.counts([f"{lead}{label}\n\n{listed}\n"]) == [0]
    # a list in the next section answers nothing here; nor, under a heading, does one period alone
    assert check.counts([f"{lead}## Cookies\n\n{listed}\n"]) == [1]
    if label.startswith("#"):
        assert check.counts([f"{lead}{label}\n\n- {periods[0]}\n"]) == [1]


@pytest.mark.parametrize("criterion", ["held until the point an account is deleted", "kept until the time your subscription is cancelled",
                                       "retained until the account is closed"])
def test_criteria_in_the_next_sentence_answer_the_vague_phrase(check, criterion):
    text = f"## Retention\n\nWe will retain data as long as it is required for our obligations. Account information is typically {criterion}.\n"
    assert check.counts([text]) == [0]


@pytest.mark.parametrize("factors", ["information sensitivity, potential risk, and processing purposes",
                                     "the type of data and the purpose", "the category of data or the legal basis"])
def test_the_factors_that_set_the_period_are_criteria(check, factors):
    text = f"## Retention\n\nWe retain data only as long as necessary. Retention duration depends on {factors}.\n"
    assert check.counts([text]) == [0]
    assert check.counts(["## Retention\n\nWe retain data only as long as necessary. Retention depends on our business needs.\n"]) == [1]


@pytest.mark.parametrize("keeper", ["we", "I", "the developer"])
@pytest.mark.parametrize("reason", ["a reason", "a valid reason", "a legitimate need", "a business purpose"])
def test_as_long_as_the_keeper_has_a_reason(check, keeper, reason):
    has = "has" if keeper == "the developer" else "have"
    assert check.counts([f"## Retention\n\nPersonal data is stored for only as long as {keeper} {has} {reason} to keep it.\n"]) == [1]
    assert check.counts([f"## Retention\n\nPersonal data is stored for only as long as {keeper} {has} {reason} to keep it, "
                         "and never longer than 30 days.\n"]) == [0]


@pytest.mark.parametrize("deleted", ["deleted periodically", "purged regularly", "cleared from time to time"])
def test_deleted_now_and_then_says_no_period(check, deleted):
    assert check.counts([f"## Crash reports\n\nCrash data is kept on a report server and {deleted}.\n"]) == [1]
    assert check.counts([f"## Crash reports\n\nCrash data is kept on a report server and {deleted}, at least every 14 days.\n"]) == [0]


@pytest.mark.parametrize("built", ["We do not maintain long-term user profiles", "We don't maintain long-term databases of user activity"])
def test_no_profile_built_is_no_retention_statement(check, built):
    assert check.counts([f"## Data Retention\n\n- **Command logs:** deleted after 30 days\n- **No long-term storage:** {built}\n"]) == [0]
    assert check.counts(["## Data Retention\n\n- **Command logs:** deleted after 30 days\n- We don't store raw telemetry data long-term\n"]) == [1]


@pytest.mark.parametrize("cache", ["- **Cached data:** automatically cleared periodically",
                                   "Whether an address downloaded a release is cached, but this information is deleted regularly.",
                                   "Whether an address downloaded a release is cached, but this information\nis deleted regularly."])
def test_a_cache_emptied_now_and_then_is_no_record_kept(check, cache):
    assert check.counts([f"## Data Retention\n\n{cache}\n"]) == [0]
