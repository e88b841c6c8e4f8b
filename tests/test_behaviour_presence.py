"""Behaviour of the presence rules on generated variants (the CheckList method).

The same document is written with the thing a rule looks for stated in many
wordings (it must stay quiet) and with it missing in many ways (it must fire,
at the title or the section where the thing belongs, with a message that says
what it found).
"""
from __future__ import annotations

import pytest

UNNAMED = (
    "# Privacy Policy\n\n"
    "{naming}\n\n"
    "We collect your e-mail address to send you receipts. We use Google Analytics to count visits.\n"
)

NAMINGS = [
    "Welcome to Flutter Gram! This policy explains what we collect.",
    "At activist.org, we value your privacy.",
    "At 10BMS, your privacy is of utmost importance to us.",
    "Wordwall takes your privacy seriously.",
    "Acme Labs is committed to protecting your privacy.",
    "When you apply for a job at Basecamp (the company), we store your application.",
    "Company (referred to as \"the Company\", \"We\" or \"Us\") refers to Acme, 35 Main Road.",
    "The software may collect information about you and send it to Microsoft.",
    "This app is developed by Jane Example.",
    "The app was built and maintained by Orbit Works.",
    "Gas Mixer does not directly collect any personal information.",
    "Hold the Narwhal app is an open source app.",
    "By using the Send Messages app, you can post to Slack.",
    "If you have questions, contact us at:\n\nCadence Digital\nWebsite: cadence.example",
    "Developer: Alexander Example",
    "This extension (\"Tab Tidy\") keeps your tab groups in local storage.",
    "I'm Sam Rivera, an independent developer, and I make Pixel Garden.",
    "Hi! My name is Jane and I built this app.",
    "Thank you for choosing Orbit Notes!",
    "Thanks for using Planet Tracker. This policy explains what we collect.",
    "By downloading Orbit Notes, you agree to this policy.",
    "Orbit Works built the Orbit Notes app as a free app.",
    "Jane Example built the Orbit app as an ad-supported app.",
    "Front Wave Games reserves the right to amend this policy. Front Wave Games keeps your e-mail address.",
    "There is nothing Abstract Play can do about archives. Abstract Play has no control over search engines.",
    "This notice describes how OpenUPM (or _openupm_), collects and uses data about you.",
    "This describes how the Mastodon server vmst.io collects and uses the information you provide.",
    "This document explains how the Orbit Notes app handles your data.",
    "At **GodotAwesome**, protecting our visitors' privacy is extremely important to us.",
    "At _Acme Tools_ , we value your privacy.",
    "The app was created by Noise Alert Team (hereby referred to as \"Service Provider\") as a free service.",
    "## 1. Data Controller\n\n**Paul Trettin**  \nBodelschwinghstrasse 36a  \n58638 Iserlohn",
    "## Controller and contact details\n\nOrbit Works",
    "The party responsible for Orbit Notes (the \"controller\") is:\n\nJane Example",
    "Write to us by post:\n\nOrbit Works\nc/o Postia 1006\n214 13 Malmö",
    "Jane Example\nHarbour Street 12\nD-79112 Freiburg",
    "This Privacy Policy describes how **PolygonFleet** (our developer name on Google Play) and **Jane Example** "
    "(our name on the App Store), collectively \"we\", collect and share your information.",
    "The person responsible for data processing on this website is:\n\nJane Example",
    "This privacy notice describes how I collect your information when you use my Discord bot “Activity Roles”.",
    "It is apsho’s policy to respect your privacy regarding any information we may collect while operating our website.",
    "tilde.team collects your email address during signup.",
    "tilde.team takes privacy seriously.",
    "Welcome to bloxchaser (\"we,\" \"our,\" or \"us\").",
    "This website is operated by The Transcenders.",
    "thanxx (Alex Radchenko) and other contributors built the Voltage app as a free app.",
    "This page describes how we (Mosquito Games) collect and use your information.",
    "In this policy, \"me/I\" means @rf20008.",
    "This site is looked after by volunteers at Shipley Film Society.",
    "This policy covers personal data processed by lgxpkf.",
    "## Contact\n\n\"Emplbee\" LLC, https://emplbee.example/",
    "At Dr. Aqua Water Filter, we respect and protect your privacy.",
    "Juan Arton built Weather. The app was built as an Open Source app.",
    "#findmybikes does not collect nor use any personal information.",
    "These emails will only be used by Unremarkable Games for our mailing list.",
    "Legacy DEV Team (\"we,\" \"our,\" or \"us\") operates Ticket System, a Discord ticket management service.",
    "## Responsible entity for the processing\n\nepicenter.works - Plattform Grundrechtspolitik\n\nLinke Wienzeile 12/19",
]


@pytest.mark.parametrize("naming", NAMINGS)
def test_controller_named_in_many_ways(lint, naming):
    found = lint(UNNAMED.format(naming=naming), select=["controller-unnamed"])
    assert found == [], [f.message for f in found]


STILL_UNNAMED = [
    "Thank you for using our app!",
    "If you have any questions, please contact us at:\n\n[hoanghcm188@gmail.com]",
    "Bike stations are listed as provided by citybik.es API.",
    "The add-on is looked after by a small group of volunteers (\"the maintainers\", \"we\").",
    "By using the Service, you agree to this policy.",
    "By using Google Play, you agree to its terms.",
    "We use Firebase Crashlytics to collect crash reports.",
    "Welcome to our app! We hope you enjoy it.",
    "At our company, we value your privacy.",
    "Our Android app and the Chrome extension store your settings.",
    "The app sends crash reports to Firebase.",
    "Cookies collect information about your visits.",
    "This Privacy Policy applies to Personal Information we collect.",
    "Questions? Contact us at:\n\nPrivacy Team",
    "We collect Usage Data. Usage Data is collected automatically when you use the Service.",
    "Our app plays music from Spotify. Spotify is a music service; Spotify collects your listening history.",
    "We are not responsible for the practices of these services:\n\nCloud Storage Hub",
    # an address never filled in after "contact us at:", then the next section's heading
    "If you have questions, contact us at:\n\n## Summary\n\nWe collect only what we need.",
]
UNNAMED_TITLES = ["# Privacy Policy for API Services", "# Privacy Policy for Our Services", "# Privacy Policy of the Bot",
                  "# Privacy Policy for All My Apps", "# Privacy Policy for All Our Games"]


@pytest.mark.parametrize("title", UNNAMED_TITLES)
def test_a_title_that_names_a_kind_of_service_names_nobody(lint, title):
    text = f"{title}\n\nWelcome to our API services. We keep HTTP access logs with your IP address.\n"
    assert [f.line for f in lint(text, select=["controller-unnamed"])] == [1]


@pytest.mark.parametrize("text", STILL_UNNAMED)
def test_controller_still_unnamed(lint, text):
    found = lint(UNNAMED.format(naming=text), select=["controller-unnamed"])
    assert [f.line for f in found] == [1], [f.message for f in found]


TEMPLATE_NAMES = [
    "Welcome to [App Name]. This policy explains what we collect.",
    "[Your Company Name] (\"we\", \"us\") operates the app.",
    "{{company_name}} (\"we\") operates the app.",
    "[Company/AppName] built the [AppName] app as a free app.",
    "This SERVICE is provided by [Developer Name] at no cost.",
    "%{domain}s (\"we\", \"us\") runs this server.",
    "Welcome to %{domain}s. This policy explains what we collect.",
    "Orbit Notes keeps your notes.\n\n**Developer**: [Your Developer Name].",
    "- **Company** (referred to as \"the Company\", \"We\" or \"Us\") refers to Example Site.",
    "Orbit Notes keeps your notes.\n\n- Operated by: {{ operator }}.",
]


@pytest.mark.parametrize("text", TEMPLATE_NAMES)
def test_template_field_names_nobody(lint, text):
    (finding,) = lint(UNNAMED.format(naming=text), select=["controller-unnamed"])
    assert finding.line == 1 and "template field" in finding.message


@pytest.mark.parametrize("text", TEMPLATE_NAMES)
def test_template_field_next_to_a_real_name_is_quiet(lint, text):
    found = lint(UNNAMED.format(naming=text + " At Orbit Works, we value your privacy."), select=["controller-unnamed"])
    assert found == []


@pytest.mark.parametrize("name", ["Example Ltd", "Sample Inc.", "Demo GmbH"])
def test_a_sample_word_with_a_legal_form_is_a_company(lint, name):
    text = UNNAMED.format(naming=f'{name} ("{name.split()[0]}", "we", "us") is the controller of your data.')
    assert lint(text, select=["controller-unnamed"]) == []


@pytest.mark.parametrize("text", ["Welcome to [Flutter Demo] (the \"App\").", "Welcome to [Orbit Notes]!"])
def test_brackets_around_a_filled_in_name_still_name_it(lint, text):
    assert lint(UNNAMED.format(naming=text), select=["controller-unnamed"]) == []


@pytest.mark.parametrize("text,what", [
    ("I take your privacy seriously. This app tracks your IP address.", 'only "I"'),
    ("This app does not collect any information or use any permissions.", 'only "this app"'),
    ("This bot is only usable for whitelisted users. Usernames are stored in the local database.", 'only "this bot"'),
    ("My extension stores your settings and sends crash reports to my server.", 'only "my"'),
    ('This Privacy Policy explains how this Discord bot ("the Bot") handles data. The Bot may store User IDs.',
     'only "this Discord bot"'),
])
def test_only_the_first_person_or_the_product_speaks(lint, text, what):
    (finding,) = lint(f"# Privacy Policy\n\n{text}\n", select=["controller-unnamed"])
    assert what in finding.message and finding.line == 1


@pytest.mark.parametrize("text", [
    "I take your privacy seriously. I am Jane Example and I made this app.",
    "My application, \"Circle Pop\", stores your high score on your device.",
    "This extension (\"Tab Tidy\") keeps your tab groups in local storage.",
])
def test_first_person_notice_that_names_someone_is_quiet(lint, text):
    assert lint(f"# Privacy Policy\n\n{text}\n", select=["controller-unnamed"]) == []


@pytest.mark.parametrize("line", ["Email: [xxx@email.com]", "Contact: xxx@gmail.com", "Write to your-email@domain.com",
                                  "E-mail us at privacy@agencywebsite.gov", "Contact: privacy@your_org.com"])
def test_template_address_is_no_address(lint, line):
    (finding,) = lint(f"# Privacy Policy\n\nAcme Ltd stores your settings.\n\n## Contact Us\n\n{line}\n",
                      select=["contact-email-missing"])
    assert finding.line == 5 and "template field" in finding.message


@pytest.mark.parametrize("line", ["Email: [david@davidlab.org]", "Contact: maxine@maxine-dev.org"])
def test_filled_in_address_in_brackets_counts(lint, line):
    text = f"# Privacy Policy\n\nAcme Ltd stores your settings.\n\n## Contact Us\n\n{line}\n"
    assert lint(text, select=["contact-email-missing"]) == []


def test_role_definition_is_not_rescued_by_the_brand_in_the_title(lint):
    text = "# Acme Privacy Policy\n\nAcme service providers ('we') have created this policy.\n"
    found = lint(text, select=["controller-unnamed"])
    assert len(found) == 1 and "service providers" in found[0].message


INDIVIDUALS = [
    "Contact/developer: Ben Example (ben@example.org)",
    "Developer: Alexander Example",
    "This app was created by Jane Example.",
    "The app is developed by Jane Example. Questions: jane@example.org",
    "My name is Jane Example and I made this app.",
    "I'm Sam Example, an independent developer.",
    "Jane Example built the Photon Editor app as a free app.",
    "Contact: Jane Example, jane@example.org",
    "© 2024 Jane Example",
    "It is written and maintained by Mireille Okafor, an independent developer based in Lyon.",
    "My name is Peter Bloomfield and this is my website: https://bloomfield.online",
    'The developers of this service ("Developers", a.k.a. Zane Wagner) adopted this policy.',
    "**Developer**: Nguyen Lam  \n**Contact**: nguyenlam@photon.example",
    "Photon Editor is a hobby project by Jane Example. Write to jane@photon.example.",
    "I (Jane Example) develop Photon Editor in my free time. Email: hi@photon.example",
    "Photon Editor was created by Mireille Okafor as a personal project. Contact: hi@photon.example",
    "Publisher: **Samir Dubey**  \nContact: **hi@photon.example**",
    "### Contact\nMichele Penzo - Please contact me by sending an email to: [hi@photon.example](mailto:hi@photon.example)",
    "- **Data Controller**: 손준혁 (Son Jun-hyeok)\n- **Email**: hi@photon.example",
]


@pytest.mark.parametrize("person", INDIVIDUALS)
def test_individual_developer_needs_no_legal_form(lint, person):
    text = f"# Photon Editor Privacy Policy\n\nPhoton Editor (\"we\") stores your settings.\n\n{person}\n"
    assert lint(text, select=["controller-legal-entity-missing"]) == []


@pytest.mark.parametrize("person", ["Olivia Knoedt", "Priya Raman", "Lukas Berger"])
def test_a_brand_that_is_a_persons_name_needs_no_legal_form(lint, person):
    text = f"# Privacy Policy\n\nThis privacy notice for {person} describes how we use your data.\n\n" \
           f"Want to learn more about what {person} does with your data? Write to us at hi@site.example.\n"
    assert lint(text, select=["controller-legal-entity-missing"]) == []


@pytest.mark.parametrize("maker", ["Eleventh Hour", "Apna Money", "Orbit Works"])
def test_a_studio_behind_the_app_is_a_brand(lint, maker):
    text = f"# Privacy Policy\n\nThis app was created by {maker}. Questions: hi@site.example\n"
    assert len(lint(text, select=["controller-legal-entity-missing"])) == 1


@pytest.mark.parametrize("naming", [
    'Company (referred to as either "the Company", "We", "Us" or "Our" in this Agreement) refers to Shopping List.',
    "We share data with Shopping List's partners. Shopping List collects your e-mail address.",
    "This page is for anyone who has decided to use Shopping List. While using Shopping List, you may give us "
    "your e-mail address. Shopping List collects your e-mail address.",
])
def test_the_brand_behind_we_in_template_wordings(lint, naming):
    found = lint(f"# Privacy Policy\n\n{naming}\n\nQuestions: hi@site.example\n",
                 select=["controller-legal-entity-missing", "controller-unnamed"])
    assert [(f.rule, '"Shopping List"' in f.message) for f in found] == [("controller-legal-entity-missing", True)]



@pytest.mark.parametrize("how", ["fetches weather data by accessing Accuweather's webpages",
                                 "checks your spelling by using LanguageTool's public server"])
def test_a_service_the_software_uses_is_not_the_brand_behind_we(lint, how):
    text = f"# SkyTab privacy\n\nSkyTab is a new-tab page. SkyTab {how}. SkyTab stores nothing.\n"
    (finding,) = lint(text, select=["controller-legal-entity-missing"])
    assert '"SkyTab"' in finding.message


def test_another_company_providing_a_service_the_app_uses_is_not_who_we_are(lint):
    text = ("# Privacy policy\n\n**SkyTab Launcher** (Android)\n\nSkyTab is a home-screen app. The developer receives "
            "nothing.\n\n- **City name:** the coordinates go to Android's geocoding service. On many devices this "
            "service is provided by Google Play services, in which case Google processes the coordinates.\n")
    assert all("Google" not in f.message for f in lint(text, select=["controller-legal-entity-missing", "controller-unnamed"]))


ADDRESSES = [
    "Photon Editor, 12 Harbour Street, Bristol",
    "Photon Editor, Hauptstraße 5, 10115 Berlin",
    "Registered office: Photon House, Leeds",
    "Photon Editor, P.O. Box 42, Springfield",
    "Photon Editor, Attn: Legal, 300 Delaware Ave. Ste. 210, Wilmington DE 19801",
    "Photon Editor, 1 Market St., San Francisco, CA 94105",
    # the legal form in words
    "Photon Editor, a California corporation", "Photon Editor, a Delaware limited liability company",
    "Photon Editor, a nonprofit public benefit corporation",
    # a public body is a legal person under public law
    "Photon Editor\n\n**Mailing Address:**\nMinistry of Foreign Affairs and Development Cooperation",
    "Photon Editor is operated by the City and County of San Francisco",
]


@pytest.mark.parametrize("address", ADDRESSES)
def test_postal_address_satisfies_the_legal_entity_rule(lint, address):
    text = f"# Privacy Policy\n\nPhoton Editor (\"we\") stores your settings.\n\nWrite to us: {address}.\n"
    assert lint(text, select=["controller-legal-entity-missing"]) == []


@pytest.mark.parametrize("brand", ["Photon Editor", "0x7c13", "Arcane Arts", "10BMS"])
def test_brand_without_legal_name_asks_for_person_or_company(lint, brand):
    text = f"# Privacy Policy\n\n{brand} (\"we\") stores your settings. Questions: hi@photon.example\n"
    found = lint(text, select=["controller-legal-entity-missing"])
    assert len(found) == 1
    assert "the legal name of the person or company" in found[0].message
    assert found[0].line == 3


CHANNELS = [
    ("Use the contact form on our website.", "a contact form"),
    ("Please open an issue on our GitHub repository.", "an issue tracker"),
    ("Ask in our support forum.", "a forum"),
    ("Contact Riko on Discord.", "a chat or social-media account"),
    ("Write to us by post at 12 Harbour Street, Bristol.", "a postal address"),
    ("Call us on +44 20 7946 0958.", "a phone number"),
    ("Use the e-mail address listed on the Google Play Store.", "the app store listing"),
]


@pytest.mark.parametrize("sentence,label", CHANNELS)
def test_contact_message_names_the_channel_it_found(lint, sentence, label):
    text = f"# Privacy Policy\n\nWe store your settings.\n\n## Contact us\n\n{sentence}\n"
    found = lint(text, select=["contact-email-missing"])
    assert len(found) == 1
    assert found[0].line == 5  # at the Contact section
    assert f"only {label}" in found[0].message


def test_contact_message_lists_several_channels(lint):
    text = "# Privacy\n\nOpen an issue on GitHub or ask in our forum.\n"
    (finding,) = lint(text, select=["contact-email-missing"])
    assert "only an issue tracker and a forum" in finding.message


def test_contact_message_says_when_there_is_no_way_at_all(lint):
    (finding,) = lint("# Privacy\n\nWe store your settings.\n", select=["contact-email-missing"])
    assert "no other way to reach you" in finding.message
    assert finding.line == 1


DATE_PLACEHOLDERS = [
    "Last updated: [Date]",
    "**Effective Date:** [Insert Date]",
    "This policy is effective as of [[Date]] and replaces the old one.",
    "Last updated: {{date}}",
    "Updated: YYYY-MM-DD",
    "Effective: MM/DD/YYYY",
    "Last revised: [Month Day, Year]",
    "Date: XX/XX/XXXX",
    "Last modified: <insert date>",
    "Last updated: __DATE__",
    "Effective date: TBD",
]


@pytest.mark.parametrize("line", DATE_PLACEHOLDERS)
def test_placeholder_date_is_one_finding(lint, line):
    text = f"# Privacy Policy\n\n{line}\n\nWe collect your e-mail address.\n"
    found = lint(text, select=["effective-date-missing", "placeholder-text"])
    assert len(found) == 1, [(f.rule, f.message) for f in found]
    assert found[0].rule == "effective-date-missing"
    assert "placeholder" in found[0].message and found[0].line == 3


@pytest.mark.parametrize("pointer,reported", [
    ("This policy is effective as of the date specified above.", True),
    ('We will tell you of changes by updating the "Last Updated" date at the top.', True),
    ('When we change it, we will set a new "Last updated" date.', False),
])
def test_a_pointer_to_a_placeholder_date_is_its_own_finding(lint, pointer, reported):
    text = f"# Privacy Policy\n\nLast updated: [Date]\n\nWe collect your e-mail address.\n\n{pointer}\n"
    found = lint(text, select=["effective-date-missing"])
    assert [f.line for f in found] == ([3, 7] if reported else [3])


@pytest.mark.parametrize("value", ["Effective immediately from the date of this document's editing.",
                                   "whenever this file was last edited", "**the day we publish it**"])
def test_a_date_line_without_a_date_is_reported_on_that_line(lint, value):
    text = f"# Privacy Policy\n\nLast updated: {value}\n\nWe collect your e-mail address.\n"
    (finding,) = lint(text, select=["effective-date-missing"])
    assert finding.line == 3 and "gives no date" in finding.message


def test_placeholder_elsewhere_is_still_reported(lint):
    text = "# Privacy Policy for [App Name]\n\nWe collect your e-mail address.\n"
    rules = {f.rule for f in lint(text, select=["effective-date-missing", "placeholder-text"])}
    assert rules == {"effective-date-missing", "placeholder-text"}


@pytest.mark.parametrize("line", [
    "Last updated: {{ page.last_modified_at | date: '%B %d, %Y' }}",
    "Last updated: {% last_modified_at %}",
    "Updated: 2016-Dec-19",
    "[I]2016 Oct 23[/I]",
    "* _2020-Apr-07_ - Initial version.",
    "This policy is effective as of 24-APR-2021.",
    "- **Effective Date:** 02-14-2026",
    "Last updated: 12.31.2025",
    "Policy date: Q1 2024",
    "This privacy policy was written in March of 2024.",
    "This policy is effective as of 2022-15-01.",
    "**Last updated:** Desember 2025",
    "Last Updated: [14 December,2023]",
    "Last revised: Sept. 3,2024",
    "This privacy policy was last updated on July 12th of 2020.",
    "This privacy policy was last updated on July 12<sup>th</sup> of 2020.",
    "This Privacy Policy is effective as of 07/23, 2022.",
])
def test_generated_and_spelled_dates_count(lint, line):
    text = f"# Privacy Policy\n\n{line}\n\nWe collect your e-mail address.\n"
    assert lint(text, select=["effective-date-missing"]) == []


DISCLOSED = (
    "# Privacy Policy\n\n"
    "Acme Ltd is the controller; contact us at privacy@acme.example.\n"
    "Our legal basis is our legitimate interest.\n"
    "{rights} You may lodge a complaint with a supervisory authority.\n"
    "{purpose}\n{recipients}\n{retention}\n{transfer}\n"
)
RIGHTS = ["Students can be removed from the system upon request.", "Users may request account/data deletion at the account-deletion page.", "To view the data the Bot has saved about you, just issue /mydata.", "If you still want to urgently remove command logs, please contact me.", "Users may update account information.", "## Accessing, Changing, or Deleting Information\n\nThis is done in the settings.", 
    "You have the right to access your data.",
    "Users are able to change their personal information by e-mailing us.",
    "As the sole user of the bot, you have the following rights: see, fix and remove what it holds.",
    "### Can I delete my data?\n\nYes.",
    "You can review all your information in the web application.",
    "Should you request to remove your account, please contact support.",
    "You can request that I delete any messages you have sent.",
    "The association lets you know what data we have on you.",
    "You may have the right under certain laws and regulations to object to such processing.",
    "Below is what is collected and how it can be deleted/reset at the user's request.",
    "Entries are removed upon written request.",
    "You can also ask for your data to be removed.",
    "Users may request that their account be deleted.",
    "You can ask Orbit which data we have stored about you, and you may demand this data be deleted.",
    "If you wish to have your data permanently and immediately deleted, contact an administrator.",
    "Users have the right, at any time, to know what data is held and to oppose its use.",
    "You can contact me to have it removed.",
    "Users may edit or delete their data at any time.",
    "You may request disclosure, correction or deletion of your data.",
    "Your information is kept until an account deletion request is sent to our contact email.",
    "If you would like to request the data that we collect from you, send an email to us.",
    "If you want your data deleted, contact us at help@example.org.",
    "You can unsubscribe at any time. This will immediately revoke your agreement to receiving these mails.",
]
PURPOSES = [
    "We are using advertising identifiers to personalise ads.",
    "This helps us understand how the app is used and improve it.",
    "* username: used for whitelisting users",
    "Slack tokens are used solely for making authorized requests.",
    "The data is strictly necessary for the app to function.",
    "- To diagnose issues reported by the user.",
    "We collect crash logs in order to fix bugs.",
    "Google AdMob - for advertisements in the free version.",
    "## What data and why\n\nName, e-mail and phone.",
    "We need these because the law requires them for the register.",
    "The optional tracker needs a little of it to work.",
    "This is what powers the live map on the mod page.",
    "To check whether you have Pro, the app uses RevenueCat.",
    "If you create an account to sync between devices, I store your e-mail address.",
    "Your location is used on the phone to sort stops by distance.",
    "## How Data Is Used\n\n- Calculate fall risk scores from gait data",
    "This section explains why your information is processed.",
]
RECIPIENTS = ["In all these cases, the browser sends the data to the respective external server.", 
    "## Who has access to that data?\n\nUsers in the control server with the maintenance role may view it.",
    "We share identifiers with our advertising and analytics partners.",
    "The App uses PostHog to count launches.",
    "Data is stored in a Google Firebase database.",
    "Crashes are reported to Sentry.",
    "Payments are handled by Stripe in accordance with their own privacy policies.",
    "None of the above data will be transferred elsewhere.",
    "The plugin communicates directly with Slack's API.",
    "This information is sent to Discord so that the bot can work.",
    "The game will submit data to Game Center to unlock achievements.",
    "Nothing is sold or shared outside this community.",
    "No personal data is ever passed on.",
]
RETENTIONS = ["Saved palettes stay there until you delete them in the plugin or uninstall it.", "Delete the app and that data is gone, because it never reached me.", "All your entries are stored locally on your device.", 
    "We delete your e-mail address within two weeks.",
    "Your data will be deleted or blocked as soon as the purpose for its storage ceases to apply.",
    "We do not keep your recordings.",
    "Logs are kept for 30 days.",
    "All data stays on your device.",
    "Data may be archived for future reference.",
    "We only keep it long enough to do what we collected it for.",
    "We keep your data as long as your account exists.",
    "Stored information may be removed by one of the below methods: kicking the bot.",
    "Data are stored on the computer as long as that web app is installed.",
    "Data is stored only as long as necessary for server operation.",
    "Admins may clear old logs sometimes.",
    "We prune inactive accounts every spring.",
    "Request logs are kept for a limited amount of time.", "Search logs are kept for the time strictly necessary.",
    "Old logs are deleted regularly.", "There is no permanent server-side storage.",
    "We temporarily collect the content you have selected.", "Addresses are removed promptly on unsubscribe.",
]
TRANSFERS = [
    "PostHog data is hosted in the United States.",
    "Our data is stored on servers in the United States of America.",
    "We transfer it to the US to review your application.",
    "Your information may be transferred to - and maintained on - computers located outside of your country.",
    "Our computers are in several different places around the world.",
    "## Transferring Information\n\nWe work with teams in many places.",
    "## Transfer of Data\n\nWe work with teams in many places.",
    "The data is stored within France, with backups based in the UK.",
    "It is stored on a secure server located near Dublin within the Republic of Ireland.",
    "Our database is hosted in the Asia-Pacific region.",
    "These providers may process information in other countries under their own terms.",
    "Pages are served worldwide, via content delivery networks.",
    "Our servers are located in Frankfurt.",
    "Supabase, our database host (your data is stored in its Sydney region).",
    "No data is transmitted internationally.",
    "Backups are stored on computers physically located overseas.", "Server location is Germany.",
    "Requests go through a proxy server, hosted in New York, NY.", "The server runs in a data center in Bangalore.",
    "We store data in three countries: Canada, Germany, and Switzerland.", "The registry resides in the United States.",
    "Your data may be located outside of your home country.",
]


def _missing(lint, **parts):
    base = {"purpose": PURPOSES[0], "recipients": RECIPIENTS[0], "retention": RETENTIONS[0],
            "transfer": TRANSFERS[0], "rights": RIGHTS[0]}
    text = DISCLOSED.format(**{**base, **parts})
    return [f.message.removeprefix("the notice does not say: ") for f in lint(text, select=["disclosure-missing"])]


@pytest.mark.parametrize("rights", RIGHTS)
def test_rights_in_plain_words(lint, rights):
    assert _missing(lint, rights=rights) == []


@pytest.mark.parametrize("sentence", ["If you are located in the EU or UK, this section applies to you.",
                                      "Users based in Canada may contact the commissioner.",
                                      "If this server is in the EU, the GDPR applies.",
                                      "All data is stored in a secure PostgreSQL database.",
                                      "Data is stored in cache only while the bot is running.",
                                      "Data is stored in JSON format on the machine that hosts the bot.",
                                      "All of this data is stored in a Google Firebase database."])
def test_where_the_reader_is_says_nothing_of_transfers(lint, sentence):
    assert _missing(lint, transfer=sentence) == ["transfers to other countries"]


def test_statistics_anyone_can_view_are_no_right(lint):
    assert _missing(lint, rights="You can view the data we collect on our statistics page.") == ["the data subject's rights"]


@pytest.mark.parametrize("purpose", PURPOSES)
def test_purposes_in_plain_words(lint, purpose):
    assert _missing(lint, purpose=purpose) == []


@pytest.mark.parametrize("recipients", RECIPIENTS)
def test_recipients_in_plain_words(lint, recipients):
    assert _missing(lint, recipients=recipients) == []


@pytest.mark.parametrize("retention", RETENTIONS)
def test_retention_in_plain_words(lint, retention):
    assert _missing(lint, retention=retention) == []


@pytest.mark.parametrize("transfer", TRANSFERS)
def test_transfers_in_plain_words(lint, transfer):
    assert _missing(lint, transfer=transfer) == []


@pytest.mark.parametrize("contact", [
    "Orbit Works runs the app. Questions: sam@orbitworks.org",
    "I'm Sam Rivera, an independent developer. Write to sam@orbitworks.org.",
    "Orbit Works runs the app. If you have questions, DM orbit#4020 on Discord.",
    "Orbit Works runs the app.\n\n## Contact\n\nsam@orbitworks.org",
    "At Orbit Works, we value your privacy. Write to us at 12 Harbour Street, Bristol.",
])
def test_contact_details_in_plain_words(lint, contact):
    text = DISCLOSED.format(purpose=PURPOSES[0], recipients=RECIPIENTS[0], retention=RETENTIONS[0],
                            transfer=TRANSFERS[0], rights=RIGHTS[0]).replace(
        "Acme Ltd is the controller; contact us at privacy@acme.example.\n", contact + "\n")
    assert lint(text, select=["disclosure-missing"]) == []


def test_items_really_missing_are_reported_at_the_title(lint):
    text = "---\nlayout: page\n---\n<!-- banner -->\n# Privacy Policy\n\nWe collect your e-mail address.\n"
    found = lint(text, select=["disclosure-missing"])
    assert found and {f.line for f in found} == {5}
    assert any("recipients" in f.message for f in found)


LAYERED = [
    "Use of Acme Sync is subject to the Acme Privacy Statement.",
    "We also adhere to the practices outlined in the Acme Privacy Policy for how we handle information.",
    "When Acme Sync sends information to us, our Acme Privacy Policy describes how we handle it.",
    "To learn more about how we receive and handle information, read the Acme Privacy Policy.",
    "The telemetry we collect falls under the Microsoft Privacy Statement.",
    "This section supplements our main Privacy Policy.",
]


@pytest.mark.parametrize("sentence", LAYERED)
def test_layered_notice_names_the_policy_it_defers_to(lint, sentence):
    text = f"# Acme Sync Privacy Notice\n\n{sentence}\n\nAcme Sync keeps a copy of your settings.\n"
    found = lint(text, select=["disclosure-missing"])
    assert len(found) == 1 and "defers to" in found[0].message, [f.message for f in found]


def test_layered_notice_that_gives_some_items_gets_no_finding(lint):
    text = ("# Acme Sync Privacy Notice\n\nUse of Acme Sync is subject to the Acme Privacy Statement.\n\n"
            "We keep your settings for 30 days to sync them between your devices.\n")
    assert lint(text, select=["disclosure-missing"]) == []


@pytest.mark.parametrize("sentence", [
    "Please see Google's privacy policy for how Google uses data.",
    "Use of the ads is governed by the Google Privacy Policy.",
    "If you have questions about this Privacy Policy, please contact us.",
])
def test_third_party_or_own_policy_is_no_layer(lint, sentence):
    text = f"# Privacy Policy\n\n{sentence}\n\nWe collect your e-mail address.\n"
    found = lint(text, select=["disclosure-missing"])
    assert len(found) > 1 and not any("defers to" in f.message for f in found)


@pytest.mark.parametrize("claim", [
    "We do not collect any personal data.",
    "The extension keeps your settings in local storage. It does not send anything anywhere.",
    "The App does not collect, store, or process any personal or non-personal information from its users.",
    "This extension does not collect any personal information.",
    "PDFMaster Contributors do not operate an account system and do not receive your documents.",
    "The Mold project does not operate a central account service or analytics service for these apps.",
    "Slop Detector collects nothing, stores nothing, and sends nothing anywhere.",
    "Tallsnap does not collect personal information such as your name, passwords, payment details or location.",
    "The URL is read when you click. This data is not stored or transmitted anywhere.",
    "Prices are fetched for the ticker symbols you add. No personal or financial data is transmitted.",
    "All data is stored exclusively on your device. The app does not use cloud storage.",
    "Everything you enter stays on your phone.",
    "The information the extension reads is:\n\n- used only to open the map\n- never collected, stored, or transmitted to external servers",
    "BYOK Notes is a bring-your-own-key app. It has no accounts, no analytics, no ads, and no servers of its own.",
    "Your data never leaves your device.", "All processing happens on your device.",
    "Free Kids Typing Games does not collect, store, or share personal information.",
    "The extension works completely offline.", "There is no data collection.", "Zero data collection.",
    "This extension does not communicate with any server.", "The extension makes no network requests.",
    "We neither collect nor store any personal data.", "We never see your data.",
    "Your notes are never sent to us.",
    "Requests go straight from your phone to the AI provider you chose. Nothing is routed through us.",
    "This Chrome extension does not collect, store, or process any personal data, browsing history, passwords, or "
    "other sensitive information.",
    "We protect your privacy by not collecting any data.",
    "Any personal data that is persisted is stored locally and never leaves your device.",
    "Our keyboard does not collect, store, or transmit:\n\n- Your typing data\n- Personal information\n- Usage statistics",
])
@pytest.mark.parametrize("then,contradicted", [
    ("", False),
    ("Those providers process the request under their own privacy policies:\n\n- Anthropic\n- OpenAI", False),
    ("## How We Use Your Data\n\nSince we collect nothing, we use nothing.", False),
    ("We use the anonymous statistics we collect to see which features are popular.", False),
    ("However, the app sends technical information to our servers, including your IP address.", True),
    ("We may use the information that we collect to analyze trends.", True),
    ("The app collects your device's location to show the weather.", True),
    ("However, the iOS platform on which the app is built *may* collect information about your usage of the app.", False),
    ("The app does not monitor -- much less collect -- information about the location of your device.", False),
    ("The app only stores:\n\n- Filter lists (locally on device)\n- App preferences (locally on device)", False),
])
def test_collects_nothing_unless_the_text_says_otherwise(lint, claim, then, contradicted):
    text = f"# Privacy Policy\n\n{claim}\n\n{then}\n"
    found = lint(text, select=["disclosure-missing"])
    assert bool(found) is contradicted, [f.message for f in found]


@pytest.mark.parametrize("text", [
    "Welcome to [Flutter Demo] (the \"App\").",
    "Developer: [Jane Example]",
    "## Contact\n\n[Jane Example]\n[Example Street 1]",
    "## Data\n\n[ The list of features of Firebase we use ]\n\n- Analytics",
    "[Acme] (\"we\") runs the app.",
])
def test_brackets_around_filled_in_text_are_not_references(lint, text):
    assert lint(f"# Privacy\n\n{text}\n", select=["dangling-reference"]) == []


@pytest.mark.parametrize("text", [
    "Third parties are defined in the [Glossary].",
    "See [Cookies] for details.",
    "- [Cookie Policy]\n- [Terms of Use]",
    "Learn more: [Privacy Center]",
    "We retain data as described in Section 9.",
    "Click on the links below to exercise your rights.",
    "See [our cookie table](#cookie-table).",
    "Read the [full notice][notice].",
])
def test_real_dangling_references_still_fire(lint, text):
    assert lint(f"# Privacy\n\n{text}\n", select=["dangling-reference"])


@pytest.mark.parametrize("other", [
    "Parents can set a passcode of at least 14 characters for their children.",
    "Our kids' corner has over 15 games for children.",
    "We keep children's drawings for at least 14 days.",
    "Children on iOS 14 or later see a parental gate.",
    "Users must be at least 18 to buy a subscription for their children.",
    "Children under 16 in the EEA need a parent's consent.",
    "A parent can add up to 12 children to a family account.",
    "Children under 16 where local law requires a higher age need a parent's consent.",
])
def test_other_numbers_near_children_are_not_ages(lint, other):
    text = f"We do not knowingly collect personal data from children under 13. {other}\n"
    assert lint(text, select=["children-age-ambiguous"]) == []


@pytest.mark.parametrize("rule", ["controller-unnamed", "contact-email-missing", "effective-date-missing",
                                  "disclosure-missing"])
@pytest.mark.parametrize("head,title_line", [
    ("---\nlayout: page\n---\n", 4),
    ("\n", 2),
    ("<!-- generated file: do not edit -->\n", 2),
])
def test_missing_things_point_at_the_title(lint, rule, head, title_line):
    text = f"{head}# Privacy Policy\n\nWe collect your e-mail address to send receipts.\n"
    found = lint(text, select=[rule])
    assert found and {f.line for f in found} == {title_line}, [(f.line, f.message) for f in found]


def test_missing_things_in_plain_text_skip_a_comment_banner(lint):
    text = ("// ****************************\n// Example Bots\n// ****************************\n"
            "Privacy Policy\n\nWe collect your e-mail address to send receipts.\n")
    for rule in ("controller-unnamed", "contact-email-missing", "effective-date-missing", "disclosure-missing"):
        found = lint(text, path="policy.txt", select=[rule])
        assert found and {f.line for f in found} == {4}, (rule, [(f.line, f.message) for f in found])


@pytest.mark.parametrize("sentence", LAYERED[:4])
def test_layered_notice_alone_is_asked_for_a_legal_entity_naming_its_main_policy(lint, sentence):
    # linted without its main policy, a layer that gives no legal entity itself is reported once,
    # and the message says which policy it leans on
    text = f"# Acme Sync Privacy Notice\n\nAcme Sync (\"Service\") is an experiment.\n\n{sentence}\n"
    (finding,) = lint(text, select=["controller-legal-entity-missing"])
    assert "defers to the" in finding.message and "Acme Privacy" in finding.message


BRAND_ONLY = [
    ("{b} takes your privacy seriously.", "Wordwall"),
    ("{b} does not directly collect any personal information.", "Gas Mixer"),
    ("By using the {b} app, you can post messages to Slack.", "Send Messages"),
    ("At {b}, we design products with your privacy in mind.", "Mozilla"),
    ("Welcome to {b}! This policy explains what we collect.", "Flutter Gram"),
    ("Security. {b} attributes great importance to security. {b} does not knowingly collect data from children.",
     "FreeCraft"),
    ("This policy covers the {b} website and its mailing list.", "Carbyne Stack"),
    # two capitalised words after "provided by" are a person's name unless the text uses them as words
    ("This SERVICE is provided by {b} at no cost. We use your location only to show it.", "Get Location"),
    # a generator's "It is {b}'s policy to respect your privacy"
    ("Your privacy is important to us. It is {b}' policy to respect your privacy.", "Interactive Snacks"),
    ("It is {b}'s policy to protect the information we may collect.", "Orbit Works"),
    ("{b} may collect your server's name. If you do not agree, refrain from using {b}.", "3515.games"),
    ("Thank you for using {b}. We respect and protect the privacy of our users.", "FreeFlarum"),
    ("{b} values your privacy. Your information is secured in {b}’s servers. {b} uses it to run the service.", "Redash"),
]


@pytest.mark.parametrize("frame,name", BRAND_ONLY)
@pytest.mark.parametrize("contact", ["Questions: someone123@gmail.com", "", "## Contact\n\nUse the form on our website."])
def test_brand_named_only_in_plain_words_is_asked_for_a_legal_entity(lint, frame, name, contact):
    text = f"# Privacy Policy\n\n{frame.format(b=name)} We store your settings on your device.\n\n{contact}\n"
    (finding,) = lint(text, select=["controller-legal-entity-missing"])
    assert f'"{name}" is a brand' in finding.message and finding.line == 3


@pytest.mark.parametrize("frame,name", BRAND_ONLY)
@pytest.mark.parametrize("who", [
    "Developer: Jane Example (jane@example.org)",
    "{b} is run by Orbit Works Ltd.",
    "Write to us at 12 Harbour Street, Bristol.",
    "{b} is a project of the Lumen Media Foundation.",
])
def test_brand_in_plain_words_with_a_person_or_entity_is_quiet(lint, frame, name, who):
    text = f"# Privacy Policy\n\n{frame.format(b=name)} {who.format(b=name)}\n"
    assert lint(text, select=["controller-legal-entity-missing"]) == []


@pytest.mark.parametrize("text", [
    "This Privacy Notice for Maria Example Santos (\"we\", \"us\") describes what we collect.",
    "# Privacy Policy of Mensa App by Florian Example\n\nThe app collects no personal data.",
])
def test_person_named_as_we_needs_no_legal_form(lint, text):
    assert lint(text if text.startswith("#") else f"# Privacy\n\n{text}\n",
                select=["controller-legal-entity-missing"]) == []


@pytest.mark.parametrize("third", [
    "Mozilla has implemented Google’s Invisible reCAPTCHA. Invisible reCAPTCHA is governed by Google's terms.",
    "Our site uses Plausible Analytics. Plausible is a privacy-focused tool. Plausible is open source.",
])
def test_other_companies_products_are_not_taken_for_the_brand(lint, third):
    found = lint(f"# Privacy Policy\n\n{third}\n", select=["controller-legal-entity-missing"])
    assert not any("reCAPTCHA" in f.message or "Plausible" in f.message for f in found)


def test_conjunction_is_no_part_of_the_name(lint):
    text = "# Privacy Notice\n\nWhen FPN sends data to us, we log your IP address. FPN never stores it.\n"
    (finding,) = lint(text, select=["controller-legal-entity-missing"])
    assert finding.message.startswith('"FPN" is a brand')


def test_brand_from_front_matter_title_is_reported_in_the_body(lint):
    text = "---\ntitle: Privacy Policy – Sample App\n---\n\nThis policy explains how **Sample App** uses data.\n"
    (finding,) = lint(text, select=["controller-legal-entity-missing"])
    assert finding.line == 5


@pytest.mark.parametrize("sentence,item", [
    ("The app accesses your camera to scan QR codes.", "purposes"),
    ("Your notes are hosted by Hetzner in Germany.", "recipients"),
    ("Server logs are rotated weekly.", "how long"),
    ("E-mail us to have your data removed.", "rights"),
    ("You can access, correct, or update your personal information through your account.", "rights"),
    ("If you delete your account, you can request account deletion of all your data.", "rights"),
    ("If you'd like us to delete the data you gave the app, write to help@orbit.example.", "rights"),
    ("If you would like the developer to correct your details, e-mail them.", "rights"),
    ("**Opt-Out Rights** You can stop all collection by uninstalling the app.", "rights"),
    ("If you think our records would let us amend or delete wrong information about you, e-mail us.", "rights"),
    ("By law we keep contact data for six years after you cease being a customer.", "how long"),
    ("We process your e-mail address with your consent.", "legal basis"),
    ("To use our services you will be required to consent to our use of your data.", "legal basis"),
    ("You may revoke your consent for us to process your data at any time.", "legal basis"),
    ("The game will submit data to Game Center to unlock achievements and submit scores.", "purposes"),
    ("The developer is using Sentry to collect error reports coming from the IDE.", "purposes"),
    ("Your permission to use or share your data for this study will never expire, unless you withdraw it.", "how long"),
    ("We store your email in a database for the duration of our work on this activity.", "how long"),
    ("When you sign up, we collect personal data which you have provided, with your consent.", "legal basis"),
    ("You can have this data deleted at any time.", "rights"),
    ("You may withdraw your consent to the processing by closing your account.", "rights"),
])
def test_more_items_in_plain_words(lint, sentence, item):
    text = f"# Privacy Policy\n\n{sentence}\n"
    missing = [f.message for f in lint(text, select=["disclosure-missing"])]
    assert missing and not any(item in m for m in missing), missing


@pytest.mark.parametrize("sentence", [
    "This app is operated by Acme Ltd.",
    "Your settings are stored on Your device.",
])
def test_own_operation_is_not_a_recipient(lint, sentence):
    missing = [f.message for f in lint(f"# Privacy Policy\n\n{sentence}\n", select=["disclosure-missing"])]
    assert any("recipients" in m for m in missing)


def test_sharing_with_consent_is_not_a_legal_basis(lint):
    text = "# Privacy Policy\n\nWith your consent, we may share your e-mail address with partners.\n"
    missing = [f.message for f in lint(text, select=["disclosure-missing"])]
    assert any("legal basis" in m for m in missing)


@pytest.mark.parametrize("tag", ["Optional", "Beta", "Android", "EU"])
def test_tags_in_brackets_are_not_references(lint, tag):
    assert lint(f"# Privacy\n\n[{tag}] Crash reports are sent when you allow it.\n", select=["dangling-reference"]) == []


def test_foundation_that_does_not_operate_the_product_is_not_its_legal_entity(lint):
    text = ("# iD Privacy Policy\n\niD Editor is an open source map editor, and the Atlas Map Foundation does not "
            "operate iD. iD Editor stores your edits on your device.\n")
    (finding,) = lint(text, select=["controller-legal-entity-missing"])
    assert finding.message.startswith('"iD')


IDENTITY = "the notice does not say: identity and contact details of the controller"


@pytest.mark.parametrize("who,why", [
    ("I made this app. Questions: someone123@gmail.com", "nobody is named"),
    ("This bot is run for our guild. Write to botadmin123@gmail.com.", "nobody is named"),
    ("[Company Name] built the [App Name] app. Email: hello@orbit.example", "nobody is named"),
    ("The Orbit Notes app keeps your notes. Contact us via the e-mail address listed on the Google Play Store.", "no e-mail"),
    ("The Orbit Notes app keeps your notes. If you have questions, open an issue on GitHub.", "no e-mail"),
    ("The Orbit Notes app keeps your notes.", "no e-mail"),
])
def test_controller_identity_item_needs_a_name_and_a_way_to_write(lint, who, why):
    text = f"# Privacy Policy\n\n{who}\n\nWe collect your e-mail address to answer you.\n"
    messages = [f.message for f in lint(text, select=["disclosure-missing"])]
    assert any(m.startswith(IDENTITY) and why in m for m in messages), messages


@pytest.mark.parametrize("who", [
    "The Orbit Notes app keeps your notes. Questions: someone123@gmail.com",
    "I'm Sam Example, and I made this app. Write to sam@orbitworks.org.",
    "At Orbit Works, we value your privacy. Write to us at 12 Harbour Street, Bristol.",
    "Orbit Works runs this bot. DM orbit#4020 on Discord with any question.",
    "Orbit Works runs this app. Use the contact form on our website.",
])
def test_controller_identity_item_given(lint, who):
    text = f"# Privacy Policy\n\n{who}\n\nWe collect your e-mail address to answer you.\n"
    messages = [f.message for f in lint(text, select=["disclosure-missing"])]
    assert not any(m.startswith(IDENTITY) for m in messages), messages


@pytest.mark.parametrize("then", [
    "Your IP address is only briefly processed, and we have no way of identifying you.",
    "Google will share some of this information with the developer, such as your name, for billing.",
])
def test_collects_nothing_contradicted_by_a_passive_statement(lint, then):
    text = f"# Privacy Policy\n\nOrbit Notes does not collect any personal information. {then}\n"
    assert lint(text, select=["disclosure-missing"])


@pytest.mark.parametrize("then", [
    "Your IP address is not stored.",
    "No data is shared with the developer.",
    "Realm collects a little anonymous data. More information about what they collect can be seen here: "
    "https://github.com/realm/realm-cocoa",
])
def test_collects_nothing_not_contradicted_by_a_negated_statement(lint, then):
    text = f"# Privacy Policy\n\nOrbit Notes does not collect any personal information. {then}\n"
    assert lint(text, select=["disclosure-missing"]) == []


@pytest.mark.parametrize("text", [
    "## Data Storage and Retention\n\nAll of the above data are stored in the local database for logging.",
    "This app uses cookies to store information about a visitor's preferences.",
    "We do not knowingly collect or store personal information from children under 13.",
    "Old logs help us find bugs.",
])
def test_storage_without_how_long_is_no_retention_statement(lint, text):
    missing = [f.message for f in lint(f"# Privacy Policy\n\n{text}\n", select=["disclosure-missing"])]
    assert any("how long" in m for m in missing), missing


@pytest.mark.parametrize("text,item", [
    ("## Links to Third Party Websites\n\nThis app links to other sites.", "recipients"),
    ("You can also update your data sharing settings in your account.", "rights"),
    ("Nothing is collected unless you ask for your data to be e-mailed to you.", "rights"),
    ("Nothing is stored but your score.", "recipients"),
    ("By using the Application, you are consenting to the processing of your information.", "legal basis"),
    ("By using this website, you consent to the collection of this data.", "legal basis"),
])

def test_look_alikes_do_not_state_an_item(lint, text, item):
    missing = [f.message for f in lint(f"# Privacy Policy\n\nWe collect your e-mail address.\n\n{text}\n",
                                       select=["disclosure-missing"])]
    assert any(item in m for m in missing), missing

@pytest.mark.parametrize("claim,evidence", [
    ("We do not collect any personal information or data.", "All data that is collected is saved with a guild ID."),
    ("I do not collect, share or sell personal information.", 'To do this the app uses the service "Bugsnag".'),
    ("Orbit does not collect any data about you (besides the data collected by third parties, see below).",
     "AdMob may collect your advertising ID."),
    ("There is no need for us to collect or store any personal information about our visitors, and therefore, we do not.",
     "If you write to us, we only collect the information you voluntarily provide in the form."),
    ("We do not collect any personal information when you use our website.",
     "However, when you use our Discord bots, we collect basic information such as your Discord User ID and username."),
    ("In self-hosted deployments, Orbit does NOT collect operational data by default.",
     "In hosted deployments, Orbit may process:\n\n- Account identifiers\n- Authentication logs"),
    ("This site collects no data, nor do any of our other products.",
     "Our websites and mobile apps use some Google services, notably AdMob for delivering ads."),
])
def test_a_no_collection_claim_the_text_takes_back_owes_the_items(lint, claim, evidence):
    missing = lint(f"# Privacy Policy\n\nOrbit Works (orbit@works.example) runs Orbit.\n\n{claim}\n\n{evidence}\n",
                   select=["disclosure-missing"])
    assert any("legal basis" in f.message for f in missing), [f.message for f in missing]


@pytest.mark.parametrize("role", ["one independent developer", "a one-person developer", "an independent student",
                                  "a small volunteer team"])
def test_a_product_made_by_an_unnamed_person_names_nobody(lint, role):
    text = (f"# Swatchsmith Privacy Policy\n\nSwatchsmith is a Figma plugin. It is made and maintained by\n{role} "
            '("I", "me"). Swatchsmith stores palettes in your file. Swatchsmith sends nothing to me.\n')
    assert [f.rule for f in lint(text, select=["controller-unnamed"])] == ["controller-unnamed"]
    named = text.replace(f"{role} (", f"{role}, Jane Example (")
    assert lint(named, select=["controller-unnamed"]) == []


@pytest.mark.parametrize("where", ["the Data Protection Commission, 21 Fitzwilliam Square South, Dublin 2",
                                   "the Austrian Data Protection Authority (Datenschutzbehörde, Barichgasse 40, 1030 Vienna)"])
def test_a_regulators_address_is_not_ours(lint, where):
    text = ('# Privacy Policy\n\nRootsLedger ("we") is the data controller. RootsLedger keeps family trees. '
            f"Write to privacy@rootsledger.example.\n\nYou can lodge a complaint with {where}.\n")
    assert [f.rule for f in lint(text, select=["controller-legal-entity-missing"])] == ["controller-legal-entity-missing"]


@pytest.mark.parametrize("brand", ["Sent", "Note", "Optional"])
def test_a_sentence_opener_is_no_brand(lint, brand):
    text = f"# Privacy Policy\n\n{brand} is how we start.\n\n{brand} is where we end. We keep your data.\n"
    assert not any(brand in f.message for f in lint(text, select=["controller-legal-entity-missing"]))


@pytest.mark.parametrize("title", ["Chrome Extension", "Discord Bot", "Android App", "Firefox Add-on"])
def test_a_platform_and_a_kind_of_product_in_the_title_names_nobody(lint, title):
    text = f"# Privacy Policy for {title}\n\nOur extension does not collect personal data. We store settings locally.\n"
    # nobody named, no brand either: one defect, one finding (POL101's)
    assert [f.rule for f in lint(text, select=["controller-unnamed", "controller-legal-entity-missing"])] == \
        ["controller-unnamed"]


def test_a_developer_field_that_points_elsewhere_names_nobody(lint):
    text = UNNAMED.format(naming="- App name: ShortBlocker\n- Developer: See the Google Play store listing.")
    found = lint(text, select=["controller-unnamed", "controller-legal-entity-missing"])
    assert [(f.rule, f.line) for f in found] == [("controller-legal-entity-missing", 1), ("controller-unnamed", 4)], \
        [f.message for f in found]


def test_a_date_said_to_be_at_the_top_that_is_at_the_bottom(lint):
    body = "\n\n".join(f"We collect item {i} to run the service and keep it safe." for i in range(40))
    text = (f"# Privacy Policy\n\nWe will update the \"Last Updated\" date at the top of this policy.\n\n{body}\n\n"
            "---\n\nLast updated: May 18, 2025\n")
    found = lint(text, select=["effective-date-missing"])
    assert [f.line for f in found] == [3] and "at the bottom" in found[0].message
    moved = text.replace("at the top of", "at the bottom of")
    assert lint(moved, select=["effective-date-missing"]) == []


def test_a_label_in_emphasis_labels_its_date(lint):
    text = "# Privacy Policy\n\n_Last updated_: December 12, 2025\n\nWe update the \"Last updated\" date at the top.\n"
    assert lint(text, select=["effective-date-missing"]) == []


def test_a_date_left_for_publication_is_one_finding(lint):
    text = "# Privacy Policy\n\n**Effective date:** [set when you publish]\n\nWe collect your e-mail address.\n"
    found = lint(text, select=["effective-date-missing", "placeholder-text"])
    assert [(f.rule, f.line) for f in found] == [("effective-date-missing", 3)]


@pytest.mark.parametrize("address", ["sjohner at outlook.com", "jane.doe at gmail.com", "contact @ 2alchemists.com"])
def test_an_address_written_with_at_before_a_mail_provider(lint, address):
    text = f"# Privacy Policy\n\nAcme Ltd keeps your data. Write to {address}.\n"
    assert lint(text, select=["contact-email-missing"]) == []


def test_an_address_hidden_with_a_country_domain_and_a_contact_section_with_a_link(lint):
    text = "# Privacy Policy\n\nAcme Ltd keeps your data. Write to mari.kleemola [at] tuni [dot] fi.\n"
    assert lint(text, select=["contact-email-missing"]) == []
    text = ("# Privacy Policy\n\nAcme Ltd keeps your data. To delete it, write to privacy@acme-shop.org.\n\n"
            "## Contact Us\n\nAcme Ltd\nhttps://acme-shop.org/contact\n")
    assert lint(text, select=["contact-email-missing"]) == []


def test_collecting_last_in_a_list_of_things_not_done_and_storage_in_the_browser_profile(lint):
    text = ("# Privacy Policy\n\nThe Pins extension stores the following in the current Chrome profile: your pins.\n\n"
            "The extension does not transmit, sell, share, or remotely collect this data.\n")
    assert lint(text, select=["disclosure-missing"]) == []


@pytest.mark.parametrize("claim", ["We do not collect sensitive data such as your health records.",
                                   "We do not collect personal data from children, such as their names.",
                                   "The app reads your recipe cards. The picture is not uploaded anywhere.",
                                   "We keep your account. No personal data is transmitted to third parties.",
                                   "Your notes sync to our server. A copy of all data stored on the server is kept locally."])
def test_a_claim_about_some_data_is_no_claim_of_nothing(lint, claim):
    assert lint(f"# Privacy Policy\n\n{claim}\n", select=["disclosure-missing"]) != []


def test_a_tool_that_collects_nothing_says_nothing_of_the_service(lint):
    text = ("# Privacy Policy\n\nAcme Ltd (\"we\") runs the site. We use Plausible, which does not use cookies or "
            "collect personal data.\n")
    assert lint(text, select=["disclosure-missing"]) != []


def test_a_third_partys_policy_named_at_the_start_makes_no_layer(lint):
    text = ("# Privacy Policy\n\nThe app itself collects no information whatsoever. The developer may receive "
            "personally identifiable information with a bug report. Refer to the Google Play Services Privacy Policy "
            "for more information.\n")
    assert len(lint(text, select=["disclosure-missing"])) > 1


@pytest.mark.parametrize("naming", [
    "Thank you for being a part of the Orbit Founders Summit. We look forward to hosting you.",
    "Thanks for joining Orbit Works! We keep your e-mail address.",
    "Responsible for the development of the app and our study server is *Mireille Okafor*, a student.",
    "Address: Mireille Okafor\nPankratiusstraße 2,\n64289 Darmstadt",
    'The developers of this service ("Developers", a.k.a. Zane Wagner) have adopted this Privacy Policy.',
    "If you wish to make a complaint you may do so by mail.\n```\n2factorauth,\nC/O Postia 1006,\n214 13 Malmö,\nSweden\n```",
    "<figure><figcaption>Privacy Policy of <b>Chatrix.One</b></figcaption></figure>\n\nI run this server alone.",
    "This notice explains how I, Evgeniy Ivon (hereinafter “I”), handle your data.",
    "OpenSky Tactical is committed to protecting your information.",
    "- **Developer:** Gonçalo Neves\n- **App:** [Your App Name]",
])
def test_more_ways_to_say_who_we_are(lint, naming):
    assert lint(UNNAMED.format(naming=naming), select=["controller-unnamed"]) == []


@pytest.mark.parametrize("line", ["Ricochlime is developed by Adil Hanney. Write to adilhanney@disroot.org.",
                                  "Ricochlime is developed by Adil Hanney. Write to ahanney@disroot.org."])
def test_a_person_whose_address_is_made_of_their_name_needs_no_legal_form(lint, line):
    """(but the organisation's officer, named with their address, is not its owner)"""
    text = f"# Privacy Policy - Ricochlime\n\nRicochlime does not collect any data about you.\n\n{line}\n"
    assert lint(text, select=["controller-legal-entity-missing"]) == []
    officer = text.replace("Ricochlime is developed by", "Ricochlime's Data Protection Officer:")
    assert len(lint(officer, select=["controller-legal-entity-missing"])) == 1


@pytest.mark.parametrize("variable", ["{{ site.title }}", "{{ .Site.Title }}", "{{ config.site_name | escape }}"])
def test_a_site_generators_variable_is_a_name_filled_at_build(lint, variable):
    text = f'# Privacy Policy\n\nWelcome to **{variable}** ("we," "us," or "our"). We keep your e-mail address.\n'
    found = lint(text, select=["controller-unnamed", "controller-legal-entity-missing"])
    assert [f.rule for f in found] == ["controller-legal-entity-missing"]
    filled = lint(text.replace(variable, "[Your Company Name]"), select=["controller-unnamed", "controller-legal-entity-missing"])
    assert [f.rule for f in filled] == ["controller-unnamed"]


def test_a_misspelt_developed_by_still_names_the_person(lint):
    text = UNNAMED.format(naming="Notes is an open source app developped by Nicolas Maltais.")
    assert lint(text, select=["controller-unnamed"]) == []


@pytest.mark.parametrize("brand", ["Foobar Creative", "The Last Guildmaster", "Harbour Interactive", "Brookings Math Circle",
                                   "Riverside Chess League", "Oakland Parents Association"])
def test_a_business_word_or_the_makes_two_capitalised_words_a_brand(lint, brand):
    text = f"# Privacy Policy\n\n{brand} (\"we\") keeps your e-mail address. Questions: hi@site.example\n"
    assert len(lint(text, select=["controller-legal-entity-missing"])) == 1
    person = text.replace(brand, "Maria Keller")
    assert lint(person, select=["controller-legal-entity-missing"]) == []


def test_a_legal_form_after_a_site_variable_is_a_legal_form(lint):
    text = "# Privacy Statement of {{ site.title }} GmbH\n\nEven {{ site.title }} GmbH has no access to the data.\n"
    assert lint(text, select=["controller-legal-entity-missing"]) == []


def test_a_processors_legal_form_is_not_ours(lint):
    text = ("# Privacy Policy\n\nEDDI (\"we\") runs the conference site. Questions: hi@site.example\n\n"
            "Our website uses Google Analytics, a web analytics service provided by Google, Inc.\n")
    assert len(lint(text, select=["controller-legal-entity-missing"])) == 1


def test_a_founder_of_a_company_defined_as_we_names_the_company(lint):
    text = ("# Privacy Policy for SecSMS Android App\n\nMr. Kanti Example, Founder of ALight Technology And Services "
            "Limited and ALight Technologies USA Inc. (\"we\", \"us\") developed the SecSMS app. Questions: a@b.example\n")
    assert lint(text, select=["controller-legal-entity-missing", "controller-unnamed"]) == []


def test_collects_nothing_said_by_the_service_with_a_list_of_verbs(lint):
    text = ("# AI File Butler Privacy Statement\n\nLast updated: 2026\n\nAI File Butler does not collect, send, or "
            "upload anything. There are no accounts and no servers.\n")
    assert lint(text, select=["disclosure-missing"]) == []
    told = text.replace("AI File Butler does not collect, send, or upload anything.",
                        "Please don't upload anything private. We keep your e-mail address.")
    assert lint(told, select=["disclosure-missing"]) != []


def test_a_two_digit_year_after_a_label_dates_the_version(lint):
    text = "# Privacy Policy\n\n_Last updated: {{29/11/25}}_\n\nWe collect your e-mail address.\n"
    assert lint(text, select=["effective-date-missing"]) == []


# a "collects nothing" claim about some data only, or hedged by time, place or condition
@pytest.mark.parametrize("claim", [
    "We do not collect any other personal data from your workspace.",
    "The bot does not knowingly collect data from anyone under Discord's minimum age.",
    "The application does not store personal data or tokens permanently.",
    "The author does not store prompts or responses on personal servers.",
    "The plugin does not store any messages or media locally.",
    "If you never change the default settings, no user data is stored.",
    "Turn the tracker off and nothing is sent.",
    "These tools may collect data such as IP address and pages visited but do not gather personally identifiable information.",
])
def test_a_partial_no_collection_claim_owes_the_items(lint, claim):
    text = f"# Privacy Policy\n\n{claim}\n\nWe send your messages to the chat service.\n"
    assert lint(text, select=["disclosure-missing"]), claim


@pytest.mark.parametrize("claim", [
    "This extension does not store any user data locally or on external servers.",
    "The app collects no personal information from anyone, including children.",
    "The Extension does not collect, store, or transmit any personal or sensitive user data.",
    "Gym Tracker does not use an account, iCloud, or the internet. Nothing you log is uploaded, sold, or shared.",
    "Nothing you enter is ever sent anywhere.",
    "Orbit does not collect any personal information. In the future we will collect usernames for a leaderboard.",
    "Orbit does NOT collect, store, or transmit your data. Orbit processes the following data entirely on your device:"
    "\n\n- Filter lists\n- Settings",
])
def test_a_whole_no_collection_claim_owes_nothing(lint, claim):
    assert lint(f"# Privacy Policy\n\n{claim}\n", select=["disclosure-missing"]) == [], claim


@pytest.mark.parametrize("heading", ["What We Collect", "Information We Collect", "1. Information We Collect and How We Use It",
                                     "Data the App Collects", "Personal Data Collected", "Types of Data We Collect",
                                     "Information our browser extension collects", "Data This Plugin Collects",
                                     "Data Collection", "1. Information Collection", "User Data Collection:"])
@pytest.mark.parametrize("body,contradicted", [
    ("- **Bot token**: stored in the host's credential system\n- **Chat IDs**: who you talk to", True),
    ("Acme Tracker collects the following data when you use it:\n\n- your name\n- your e-mail address", True),
    ("None.", False),
    ("We do not collect any personal data.", False),
    ("- Settings, stored locally on your device\n- Your high scores", False),
    ("- Marketplace account details, for licence checks\n- API keys (stored locally and encrypted)", True),
])
def test_a_section_that_lists_what_is_collected_contradicts_the_claim(lint, heading, body, contradicted):
    text = (f"# Privacy Policy\n\n## {heading}\n\n{body}\n\n## What We Don't Collect\n\n"
            "The plugin does not collect personal information.\n")
    assert bool(lint(text, select=["disclosure-missing"])) is contradicted


def test_a_negated_subsection_inside_the_collection_section_is_not_its_content(lint):
    text = ("# Privacy Policy\n\n## Information We Collect\n\n- Marketplace account details, for the licence\n\n"
            "### We Do Not Collect\n\n- Personal identification information\n")
    assert lint(text, select=["disclosure-missing"])
    listed = text.replace("- Marketplace account details, for the licence\n\n### We Do Not Collect\n\n",
                          "We do NOT collect crash reports or any personal information.\n\n")
    assert lint(listed, select=["disclosure-missing"]) == []


@pytest.mark.parametrize("then", [
    "The only data collected is by Google through its Firebase services, for analytics.",
    "Inkstinct uses Google AdMob to serve advertisements.",
    "Our app integrates with the following Firebase services: Crashlytics and Analytics.",
    "If you email the developer, the emails with email addresses will be retained for support.",
])
def test_collects_nothing_contradicted_by_a_service_or_a_kept_message(lint, then):
    text = f"# Privacy Policy\n\nOur app does not collect, store, or share any personal data.\n\n{then}\n"
    assert lint(text, select=["disclosure-missing"]), then


def test_a_question_is_no_evidence(lint):
    text = ("# Privacy Policy\n\nThe Application does not collect any information.\n\n"
            "Does the Application collect precise real time location information of the device?\n\nNo.\n")
    assert lint(text, select=["disclosure-missing"]) == []


@pytest.mark.parametrize("recipients", ["## Who sees the data\n\nYour teacher and the school office.",
                                        "Who can access your information: the club's two coordinators."])
def test_who_sees_the_data_names_recipients(lint, recipients):
    assert _missing(lint, recipients=recipients) == []


@pytest.mark.parametrize("legend", ['the "effective date"', "the “Effective Date”", 'the "last updated date"',
                                    "the 'Last Updated' date", 'an updated "Revision Date"'])
def test_a_quoted_legend_with_no_date_is_reported_where_it_is_named(lint, legend):
    text = (f"# Privacy Policy\n\nWe collect your e-mail address.\n\n"
            f"We will e-mail you before a change and update {legend} at the top of this policy.\n")
    found = lint(text, select=["effective-date-missing"])
    assert [f.line for f in found] == [5], [f.message for f in found]


@pytest.mark.parametrize("pointer", ["A user should check the date of this Privacy Policy (which appears at the top).",
                                     "Changes are indicated by the date above."])
def test_a_pointer_to_a_date_that_is_not_there_is_reported_where_it_points(lint, pointer):
    text = f"# Privacy Policy\n\nWe collect your e-mail address.\n\n{pointer}\n"
    assert [f.line for f in lint(text, select=["effective-date-missing"])] == [5]
    dated = text.replace("We collect", "Last updated: 3 March 2024. We collect")
    assert lint(dated, select=["effective-date-missing"]) == []


@pytest.mark.parametrize("blank", ["**HACKATHON NAME HERE**", "Your LLC.", "%%ENTITY_NAME%%"])
def test_a_blank_defined_as_we_names_nobody(lint, blank):
    text = (f'# Privacy Policy\n\n{blank} – "us", "we", or "our" – operates the service.\n\n'
            "Write to us at privacy@acme-events.org.\n")
    assert [f.rule for f in lint(text, select=["controller-unnamed"])] == ["controller-unnamed"]
    named = text.replace(blank, "Acme Events Ltd")
    assert lint(named, select=["controller-unnamed", "controller-legal-entity-missing"]) == []


@pytest.mark.parametrize("person", ["Sarah Cowperthwaite IBCLC", "Jane Okafor MD", "Tomás Reyes PhD"])
def test_a_person_with_letters_after_the_name_needs_no_legal_form(lint, person):
    text = f"# Privacy Policy\n\nThis site belongs to {person}, a self-employed consultant.\n\nE-mail: hello@reyes-care.org\n"
    assert lint(text, select=["controller-legal-entity-missing"]) == []


def test_a_letter_signed_by_a_person_names_the_person(lint):
    text = ("# QuickEdit Privacy policy\n\nThis app was developed by Abizer Rampurawala.\n\nI collect nothing.\n\n"
            "Yours sincerely,\nAbizer Rampurawala.\nIndore, India.\nabizer@example-mail.org\n")
    assert lint(text, select=["controller-legal-entity-missing"]) == []


def test_a_country_the_data_goes_to_is_no_brand(lint):
    text = ("# Privacy Policy\n\nWe transfer the information to United Kingdom and processes it there.\n\n"
            "Write to hi@events.example.org.\n")
    messages = [f.message for f in lint(text, select=["controller-legal-entity-missing"])]
    assert not any("United Kingdom" in m for m in messages), messages


@pytest.mark.parametrize("naming", [
    "Responsible for data processing regarding this app within the meaning of the GDPR is Sebastian Röhl, "
    "Hauptstraße 12, 47443 Moers.",
    "The party responsible for this website (the „controller“) for purposes of data protection law is:\n"
    "Andreas Saks\nLudwig-Erhard-Str. 18, 20459 Hamburg",
    "The LSE Law Review takes your privacy seriously.",
    "Created by Drago",
    "Made with love by Drago.",
])
def test_the_responsible_party_named_in_the_generators_and_credit_lines(lint, naming):
    text = f"# Privacy Policy\n\nWe store your user ID to run the service.\n\n{naming}\n\nContact: hi@reviewdesk.org\n"
    assert lint(text, select=["controller-unnamed"]) == [], naming


def test_a_name_with_an_acronym_used_once_is_a_brand_but_not_a_possessive_api(lint):
    text = ("# Privacy Policy\n\nThe app does not read your contacts. Android's CallScreeningService API does not "
            "screen saved numbers.\n\nWrite to hi@callfilter.org.\n")
    found = lint(text, select=["controller-unnamed", "entity-name-inconsistent"])
    assert [f.rule for f in found] == ["controller-unnamed"], [f.message for f in found]


@pytest.mark.parametrize("naming", [
    "## ChatGPT Metadata Extension\n\n**Last updated:** May 2026",
    "This browser extension TicketPad is designed with a simple privacy philosophy.",
    "This is the agreement you accept when adding Fate#1269 to a server.",
])
def test_a_product_named_without_its_maker_is_a_brand_without_a_legal_entity(lint, naming):
    text = f"# Privacy Policy\n\n{naming}\n\nWe store your user ID to run it. Questions: hi@metadata-ext.org\n"
    found = lint(text, select=["controller-unnamed", "controller-legal-entity-missing"])
    assert [f.rule for f in found] == ["controller-legal-entity-missing"], [f.message for f in found]


def test_a_handle_to_contact_is_not_the_products_name(lint):
    text = ("# Privacy Policy\n\nOur Discord bot stores your user ID.\n\n"
            "To delete your data, please contact Riko#4020 on Discord.\n")
    assert [f.rule for f in lint(text, select=["controller-unnamed", "controller-legal-entity-missing"])] == [
        "controller-unnamed"]


def test_an_address_just_above_the_contact_heading_is_the_sections_address(lint):
    text = ("# Privacy Policy\n\nconnect2x GmbH, Hauptstraße 1, 10115 Berlin\nEmail: privacy@connect2x.example.de\n\n"
            "## Contact\n\nIf you contact us by email, we store the data to answer you.\n")
    assert lint(text, select=["contact-email-missing"]) == []


@pytest.mark.parametrize("date_line", ["This Privacy Policy is effective as of (add date).", "Last updated: (insert date)"])
def test_a_date_left_as_an_instruction_is_one_finding(lint, date_line):
    found = lint(f"# Privacy Policy\n\n{date_line}\n\nWe collect your e-mail address.\n",
                 select=["effective-date-missing", "placeholder-text"])
    assert [(f.rule, f.line) for f in found] == [("effective-date-missing", 3)], [f.message for f in found]


def test_a_lower_case_word_before_limited_is_no_company(lint):
    text = ("# Akita Privacy Policy\n\nAkita follows the Chrome Web Store User Data Policy, including its Limited Use "
            "requirements.\n\nWrite to hi@akita.example.org.\n")
    assert lint(text, select=["controller-unnamed"]) == []


@pytest.mark.parametrize("text", [
    "This website integrates with the Strava API to provide access to Strava services. Strava is a fitness app.",
    "This Privacy Policy is effective as of 24-APR-2021. Changes will be posted on this page.",
    "Changes will be posted on this page. Changes take effect when posted.",
    "Because the Application does not store your data, requests are resolved at once.",
    "> We at Hetzner Online only store pseudonymised IP addresses.\n\nThis site is hosted by Hetzner.",
    "Contact: XXX. XXX will answer within a week.",
])
def test_what_is_no_brand_of_ours_leaves_the_controller_unnamed(lint, text):
    found = lint(f"# Privacy Policy\n\nWe store your user ID to run the service.\n\n{text}\n\nWrite to hi@atlo.example.org.\n",
                 select=["controller-unnamed", "controller-legal-entity-missing"])
    assert [f.rule for f in found] == ["controller-unnamed"], [f.message for f in found]


def test_a_kind_of_product_as_the_title_is_no_name(lint):
    text = "# Extension Privacy Policy\n\nThe extension stores your settings.\n\nWrite to hi@stampwallet.example.org.\n"
    messages = [f.message for f in lint(text, select=["controller-legal-entity-missing"])]
    assert not any('"Extension"' in m for m in messages), messages


@pytest.mark.parametrize("claim", ["We don't store any personal information.",
                                   "We do not store any personal information or messages exchanged with the Bot.",
                                   "We do not store the data Discord sends for longer than the duration of the event."])
def test_keeping_nothing_is_not_collecting_nothing(lint, claim):
    assert lint(f"# Privacy Policy\n\n{claim}\n\nThe bot reads your messages to answer them.\n",
                select=["disclosure-missing"])


@pytest.mark.parametrize("claim", ["I have not programmed this app to collect any personally identifiable information.",
                                   "No personally identifiable information (PII) is collected.",
                                   "We will never retain or ask You to provide Us any personally identifiable information.",
                                   "No data is stored on external servers."])
def test_collecting_nothing_said_in_other_words(lint, claim):
    assert lint(f"# Privacy Policy\n\n{claim}\n", select=["disclosure-missing"]) == []


def test_a_developer_label_and_an_address_in_a_code_block_name_the_person(lint):
    labelled = ("# Before You Post Privacy Policy\n\nBefore You Post stores nothing on a server.\n\n"
                "Developer: **Fardeen Alam**\n\nE-mail: fardeen@bypost.example.org\n")
    assert lint(labelled, select=["controller-legal-entity-missing"]) == []
    studio = labelled.replace("Developer: **Fardeen Alam**", "Developer: **Orbit Games**")
    assert lint(studio, select=["controller-legal-entity-missing"]) != []
    fenced = ("# DontBugMe Privacy Policy\n\nDontBugMe keeps your settings.\n\n```\nBennett Hollstein\nBurgweg 8\n"
              "79112 Freiburg\nGermany\n```\n\nE-mail: hi@dontbugme.example.org\n")
    assert lint(fenced, select=["controller-legal-entity-missing"]) == []


def test_a_table_of_contents_does_not_repeat_the_headings_it_lists(linter_factory, tmp_path):
    contents = "\n".join(f"{n}. {title}" for n, title in enumerate(
        ["WHAT WE COLLECT", "HOW WE USE IT", "DO WE MAKE UPDATES TO THIS NOTICE?", "HOW CAN YOU CONTACT US?"], 1))
    body = "\n\n".join(f"{n}. {title}\n\nText of the section about it, long enough to be a paragraph of its own."
                       for n, title in enumerate(["WHAT WE COLLECT", "HOW WE USE IT",
                                                   "DO WE MAKE UPDATES TO THIS NOTICE?", "HOW CAN YOU CONTACT US?"], 1))
    path = tmp_path / "policy.txt"
    path.write_text(f"PRIVACY POLICY\n\nTABLE OF CONTENTS\n\n{contents}\n\n{body}\n", encoding="utf-8")
    from policylint.source import read_path

    assert linter_factory(select=["duplicate-heading"]).lint_source(read_path(str(path))[0]).findings == []


@pytest.mark.parametrize("text,rule", [
    # the reader is the controller of their own data: "You" is no name for "we"
    ("# Acme Proxy privacy\n\n**Publisher:** Vangelder Solutions BV, Belgium, support@vangelder.example\n\n"
     "You (or your organisation) are the data controller for the data you expose.\n", "controller-unnamed"),
    # a legal form written without dots
    ("# Acme Proxy privacy\n\n**Publisher:** Vangelder Solutions BV, Belgium, support@vangelder.example\n\n"
     "The proxy sends nothing to Vangelder Solutions.\n", "controller-legal-entity-missing"),
    # a Hugo shortcode is markup, not a template field for the name
    ("# Privacy Policy\n\n{{< toc >}}\n\nThe responsible entity according to Art. 4 Para. 7 of the GDPR is\n\n"
     "Kevin Stegemann\nHohegrabenweg 62\n40667 Meerbusch, Germany\n\nWrite to me at privacy@stegemann.example.\n",
     "controller-unnamed"),
    # a role word and the person's name beside it
    ("# Flagorama privacy\n\nThe developer built the Flagorama app as a free app.\n\n## Contact\n\n"
     "If you have any questions, contact the developer Tony Guyot at tony@flagorama.example\n", "controller-unnamed"),
    ("# Flagorama privacy\n\nThe developer built the Flagorama app as a free app.\n\n## Contact\n\n"
     "If you have any questions, contact the developer Tony Guyot at tony@flagorama.example\n",
     "controller-legal-entity-missing"),
])
def test_who_is_responsible_in_more_ways(lint, text, rule):
    assert lint(text, select=[rule]) == []


@pytest.mark.parametrize("opening", [
    "This Privacy Policy describes how **ExpiryTracker** (`com.example.expiry`) handles information.",
    "This privacy notice explains how Orbit Notes collects and uses your data.",
    "This privacy notice for tf2pickup.org, describes how and why we might collect your information.",
    "Politrics is committed to safeguarding the privacy of children who use our app.",
])
def test_a_brand_the_notice_is_about_names_who_is_responsible(lint, opening):
    text = f"# Privacy Policy\n\n{opening}\n\nWe may collect usage data. Contact us at help@app.example.\n"
    assert lint(text, select=["controller-unnamed"]) == []


def test_a_product_the_notice_is_about_does_not_answer_a_pointer_to_the_store(lint):
    text = ("# Privacy Policy\n\nThis Privacy Policy explains how ShortBlocker handles data.\n\n"
            "Developer: See the Google Play store listing.\n")
    assert [f.rule for f in lint(text, select=["controller-unnamed"])] == ["controller-unnamed"]


def test_a_reader_old_enough_to_use_the_brand_uses_it_as_the_readers_service(lint):
    text = ("# Privacy Policy\n\nThis Privacy Policy explains how Badgester collects, uses, and protects your "
            "information.\n\nUsers must be at least 13 years old to use Badgester.\n\nQuestions: help@badgester.example\n")
    assert [f.rule for f in lint(text, select=["controller-legal-entity-missing"])] == ["controller-legal-entity-missing"]


@pytest.mark.parametrize("sentence", [
    "If We need to rely on consent as a legal basis for processing Your information, We may require Your parent's consent.",
    "For the performance of a contract: the development, compliance and undertaking of the purchase contract.",
    "We may retain certain information when we have a legal obligation or lawful basis to do so.",
])
def test_a_generators_conditional_or_list_of_uses_states_no_legal_basis(lint, sentence):
    text = ("# Privacy Policy\n\nAcme Ltd is the controller; contact us at privacy@acme.example.\n"
            f"{sentence}\nYou have the right to access your data. You may lodge a complaint with a supervisory authority.\n"
            "We use your e-mail to send receipts. We share it with our payment processor. We keep it for 30 days. "
            "It is stored in the EU.\n")
    missing = [f.message for f in lint(text, select=["disclosure-missing"])]
    assert any("legal basis" in m for m in missing), missing


@pytest.mark.parametrize("sentence", [
    "Processing is necessary for the performance of a contract with you.",
    "Performance of a contract: we process your account data to provide the service.",
    "Our legal basis is your consent.",
    "We use it to pursue our legitimate business interests listed above.",
    "## V. Basis for processing\n\nThe processing is necessary to conclude a given agreement.",
])
def test_a_legal_basis_stated_plainly_is_found(lint, sentence):
    text = f"# Privacy Policy\n\n{sentence}\n"
    missing = [f.message for f in lint(text, select=["disclosure-missing"])]
    assert not any("legal basis" in m for m in missing), missing


@pytest.mark.parametrize("handle", ["Kanekotic", "7mada", "PixelDev42"])
@pytest.mark.parametrize("naming", ["{h} built the Docubro app as an Open Source app. This SERVICE is provided by {h} at no cost.",
                                    "The Docubro app is developed by {h}."])
def test_a_singular_writers_one_word_handle_is_a_person(lint, handle, naming):
    """The app generator's first-person notice ("I strongly advise you", "not operated by me") names its maker by
    a handle: an individual developer, who has no legal form. Written as "we", the same handle is a brand."""
    text = (f"# Privacy Policy\n\n{naming.format(h=handle)}\n\nIf you choose to use my Service, I collect your e-mail "
            f"address. I will not share it. Write to me at dev@site.example.\n")
    assert lint(text, select=["controller-legal-entity-missing"]) == []
    plural = text.replace("my Service, I collect", "our Service, we collect").replace("I will not", "We will not")
    plural = plural.replace("Write to me", "Write to us")
    assert lint(plural, select=["controller-legal-entity-missing"]) != []


def test_a_department_team_is_no_name(lint):
    text = ("# Privacy Policy\n\nThe app was created by the Support Team (hereby referred to as \"Service Provider\").\n\n"
            "We collect your e-mail address.\n")
    assert [f.message for f in lint(text, select=["controller-unnamed"])] == [
        '"we" is defined only as "Support Team": name the organisation responsible for the data']


def test_the_generators_collection_and_use_heading_lists_nothing_by_itself(lint):
    text = ("# Privacy Policy\n\n## Information Collection and Use\n\nThe apps do not request personally identifiable "
            "information.\n\n## Log Data\n\nThe apps do not collect log data.\n")
    assert lint(text, select=["disclosure-missing"]) == []


@pytest.mark.parametrize("verb", ["do not collect", "don't collect", "never collect", "do not store or share"])
def test_a_list_of_data_not_collected_is_no_claim_of_nothing(lint, verb):
    text = (f"# Privacy Policy\n\nThe Game keeps a leaderboard.\n\nWe {verb}:\n\n- Personal information (name, e-mail)\n"
            "- Device identifiers\n")
    assert lint(text, select=["disclosure-missing"])
    whole = text.replace(f"We {verb}:\n\n- Personal information (name, e-mail)\n- Device identifiers\n",
                         f"We {verb} any personal information.\n")
    assert lint(whole, select=["disclosure-missing"]) == [] or verb == "do not store or share"


@pytest.mark.parametrize("then", [
    "The Game collects minimal data for the online leaderboard feature:\n\n- Nickname\n- Game score",
    "The bot records the following:\n\n1. your user ID\n2. the commands you use",
    "This data is stored on our servers to display the global leaderboard.",
    "Scores are kept on the developer's servers.",
    '"Send Usage Information" collects basic information about your hardware configuration.',
    "Telemetry collects data about your device type and screen size.",
    "When the extension calls a third party API, there is some personal information that third party receives.",
    "The third-party API receives your IP address and user agent string.",
])
def test_collects_nothing_contradicted_by_a_list_a_server_or_a_feature(lint, then):
    text = f"# Privacy Policy\n\nThe app does not collect any personal information.\n\n{then}\n"
    assert lint(text, select=["disclosure-missing"]), then


def test_a_statement_of_what_is_collected_taken_back_at_once_is_no_evidence(lint):
    text = ("# Privacy Policy\n\n## Information We Collect\n\nOur extension collects minimal information for its core "
            "functionality:\n\n- **URL data**: the page address is read when you click. This data is not stored or "
            "transmitted anywhere.\n\n## Sharing\n\nWe do not collect or store any personal data.\n")
    assert lint(text, select=["disclosure-missing"]) == []
    conditional = ("# Privacy Policy\n\nThe app collects user data under the following circumstances only:\n\n"
                   "- The user reports a problem.\n- (No data is collected without the user explicitly requesting "
                   "this bug report).\n")
    assert lint(conditional, select=["disclosure-missing"])


@pytest.mark.parametrize("sentence,owned", [
    ("BSidesSF via its provider Webconnex LLC collects what you enter to buy a ticket.", False),
    ("BSidesSF uses Stripe, and Stripe Payments Europe Ltd processes your card.", False),
    ("BSidesSF Events and Media, LLC runs the conference.", True),
    ("BSidesSF of the Bay, Inc. runs the conference.", True),
])
def test_a_legal_form_reached_through_other_words_is_anothers(lint, sentence, owned):
    text = (f'# Privacy Policy\n\nSecurity B-Sides ("BSidesSF", "we") operates bsidessf.org.\n\n{sentence}\n\n'
            "Write to privacy@bsidessf.org.\n")
    found = lint(text, select=["controller-legal-entity-missing"])
    assert bool(found) is not owned, [f.message for f in found]


def test_contact_information_as_a_kind_of_data_collected_is_no_contact_section(lint):
    text = ("# Privacy Policy\n\n## 1. Data We Collect\n\n### Contact Information\n\n- Email address\n- Phone number\n\n"
            "## 2. Contact\n\nWrite to privacy@orbitnotes.dev.\n")
    assert lint(text, select=["contact-email-missing"]) == []
    own = text.replace("## 1. Data We Collect", "## 1. About us")
    assert [f.line for f in lint(own, select=["contact-email-missing"])] == [5]


def test_a_list_of_what_is_not_done_with_third_parties_is_no_evidence(lint):
    text = ("# Privacy Policy\n\nThe extension does not collect any data at all.\n\nWe do not:\n\n"
            "- Share any personal information with third parties\n- Collect or store any personal data\n")
    assert lint(text, select=["disclosure-missing"]) == []


@pytest.mark.parametrize("underline", ["---", "==="])
def test_a_contact_block_read_as_a_setext_heading_still_gives_the_address(lint, underline):
    text = ("# Privacy Policy\n\n## Contact Information\n\nIf you have questions, please contact us at:\n\n"
            f"**Email:** jane.doe@gmail.com\n**Developer:** Jane Doe\n{underline}\n\nThank you.\n")
    assert lint(text, select=["contact-email-missing"]) == []
    assert lint(text.replace("jane.doe@gmail.com", "our office"), select=["contact-email-missing"]) != []


@pytest.mark.parametrize("maker,quiet", [("Apnotic LLC provides", True), ("Apnotic Ltd. operates", True),
                                         ("Apnotic provides", False)])
def test_a_company_that_provides_the_product_at_the_opening_is_its_legal_entity(lint, maker, quiet):
    text = f"# Password Pusher Privacy Policy\n\n{maker} the Password Pusher extension.\n\nContact: hi@pp.example\n"
    assert (lint(text, select=["controller-legal-entity-missing"]) == []) is quiet


def test_some_data_kept_on_the_device_says_nothing_of_how_long_the_rest_is_kept(lint):
    text = ("# Privacy Policy\n\nAcme Ltd (\"we\") makes the app. App settings are only stored locally on your device. "
            "Crash reports are sent to us to fix bugs.\n")
    found = [f.message for f in lint(text, select=["disclosure-missing"])]
    assert "the notice does not say: how long the data is kept" in found


def test_no_tracking_is_no_claim_that_nothing_is_collected(lint):
    text = ("# Privacy Policy\n\nThis website does not track information about its visitors. We do however host this "
            "site on an external hosting provider.\n")
    assert lint(text, select=["disclosure-missing"]) != []


def test_payment_details_not_stored_say_nothing_of_how_long_the_rest_is_kept(lint):
    text = ("# Privacy Policy\n\nAcme Ltd (\"we\") runs the site. Donations are processed by Stripe. Your payment details "
            "are handled by Stripe; we do not store payment information on our website. We collect your e-mail address.\n")
    found = [f.message for f in lint(text, select=["disclosure-missing"])]
    assert "the notice does not say: how long the data is kept" in found


@pytest.mark.parametrize("name,fires", [("Infinite Match", True), ("Jane Example", False)])
def test_a_two_word_name_the_title_is_for_is_a_product_unless_a_person_given_name_opens_it(lint, name, fires):
    text = f"# Privacy Policy for {name}\n\n{name} (\"we\", \"us\") respects your privacy. Contact: hi@site.example\n"
    assert bool(lint(text, select=["controller-legal-entity-missing"])) is fires


def test_a_person_defined_as_we_with_hereby_needs_no_legal_form(lint):
    text = ('# Privacy Policy\n\nThis policy governs the GitHub app "Todo PR Checker", developed by Nikkel Mollenhauer '
            '(hereby, "we", "us", "developer"). Mail: hi@photon.example\n')
    assert lint(text, select=["controller-legal-entity-missing"]) == []


def test_terms_with_a_privacy_policy_part_of_their_own_owe_the_notices_items(lint):
    part = ("# Privacy Policy\n\n### Information We Collect\n\nWe store your server ID.\n\n"
            "### Removal of Data\n\nKick the bot to remove it.\n")
    text = f"# Terms of Service\n\nThese terms are for Banshee Bot.\n\n### Usage\n\nBe nice.\n\n{part}"
    assert lint(text, select=["disclosure-missing"]) != []
    pointer = ("# Terms of Service\n\n## 1. Privacy Policy\n\nThe Hubs Privacy Notice explains what we collect.\n\n"
               "## 2. Conduct\n\nBe nice.\n")
    assert lint(pointer, select=["disclosure-missing"]) == []


@pytest.mark.parametrize("naming", ["This site belongs to Dana Okoye.", "The app is the property of Orbit Works.",
                                    "This privacy notice for Orbit Works describes how we collect data."])
def test_who_a_site_belongs_to_or_a_notice_is_for_is_named(lint, naming):
    text = f"# Privacy Policy\n\n{naming}\n\nWe keep your e-mail address. Write to hi@orbit.example.org.\n"
    assert lint(text, select=["controller-unnamed"]) == []


@pytest.mark.parametrize("form", ["d.o.o.", "d.o.o", "s.r.o."])
def test_a_central_european_legal_form_with_or_without_its_last_dot(lint, form):
    text = f'# Privacy Policy\n\nWelcome to Judge0 IDE, hosted by Judge0 {form} ("we", "us", or "our"). We keep logs.\n'
    assert lint(text, select=["controller-legal-entity-missing"]) == []


@pytest.mark.parametrize("maker", ["primarily developed and maintained by Mukhtar Bimurat",
                                   "developed by Mukhtar Bimurat"])
def test_a_maker_whose_e_mail_is_made_of_the_name_is_a_person(lint, maker):
    text = (f"# Privacy Policy\n\nSmartKeyboard is an open-source keyboard {maker}.\n\n"
            "Questions: bimurat.mukhtar@gmail.com\n")
    assert lint(text, select=["controller-legal-entity-missing"]) == []
    brand = text.replace("bimurat.mukhtar@", "mukhtarbimurat.support.team@")
    assert [f.rule for f in lint(brand, select=["controller-legal-entity-missing"])] == ["controller-legal-entity-missing"]


def test_a_developers_name_left_in_its_brackets_is_still_a_person(lint):
    text = ('# Privacy Policy for Sudoku App\n\nThis policy describes how Sudoku ("we," "our," or "us") collects your '
            "scores.\n\n## Contact\n\n**Email:** [andrew@mail.example.org]\n**Developer:** [Andrew Spourgeon]\n")
    assert lint(text, select=["controller-legal-entity-missing"]) == []


@pytest.mark.parametrize("name,title", [("TELEMETRY.md", "# sfsu telemetry"),
                                        ("docs/usage.md", "# Telemetry in the CodeQL extension for VS Code")])
def test_a_telemetry_page_that_says_what_it_collects_is_a_notice(lint, name, title):
    text = f"{title}\n\nWe collect anonymous telemetry about errors: OS, version and the error message.\n"
    assert lint(text, select=["contact-email-missing"], path=name) != []
    assert lint("# Telemetry\n\nThe SDK exposes a tracer and a meter.\n", select=["contact-email-missing"],
                path=name) == []


def test_what_is_not_collected_in_a_list_is_no_claim_that_nothing_is(lint):
    text = ("# Telemetry\n\nIf you opt in, Acme Ltd collects usage data: command names and your IP address.\n\n"
            "## What is not collected\n\nWe do not collect the following information:\n\n- No user ID\n- No file paths\n")
    assert lint(text, select=["disclosure-missing"]) != []


@pytest.mark.parametrize("field", ["{{EFFECTIVE_DATE}}", "[EFFECTIVE_DATE]", "<effective_date>"])
def test_a_date_field_is_quoted_whole(lint, field):
    text = f"# Privacy Policy\n\n**Effective Date:** {field}\n\nWe keep your e-mail address.\n"
    found = lint(text, select=["effective-date-missing"])
    assert len(found) == 1 and f'"{field}"' in found[0].message, [f.message for f in found]


@pytest.mark.parametrize("naming", ["The controller of this website is Valentino Giudice, reachable at vg@mail.example.org.",
                                    "At vikunja.io, one of our main priorities is the privacy of our visitors.",
                                    "You give me (ay136416 / rf20008) a licence to store your quiz."])
def test_a_controller_stated_plainly_or_a_writers_handle_names_someone(lint, naming):
    text = f"# Privacy Policy\n\n{naming}\n\nWe keep your e-mail address.\n"
    assert lint(text, select=["controller-unnamed"]) == []


@pytest.mark.parametrize("evidence", [
    "The Extension uses third-party APIs to provide its AI services.",
    "This site does use some external services, and the providers of those services typically do collect information "
    "(e.g. your IP address and the browser you use)."])
def test_a_no_collection_claim_next_to_what_third_parties_receive_owes_the_items(lint, evidence):
    text = (f"# Orbit Privacy Policy\n\nOrbit is made by Dana Okoye (dana@orbit.example.org). The developer does not collect "
            f"your personal data.\n\n{evidence}\n")
    assert "the notice does not say: legal basis of the processing" in [f.message for f in lint(text, select=["disclosure-missing"])]


def test_a_claim_about_the_kind_of_data_just_named_is_no_claim_that_nothing_is_collected(lint):
    text = ("# Survey Privacy Policy\n\nThe survey is run by Orbit Works Oy (hi@orbit.example.org).\n\nWe store your "
            "username and answers. The tool doesn't collect or store this kind of information about readers.\n")
    assert lint(text, select=["disclosure-missing"]) != []


@pytest.mark.parametrize("purpose", ["This is only utilized for understanding how useful the e-mails are.",
                                     "The billing address will only be used for receipt generation.",
                                     "A cookie is kept for 8 hours to identify a browsing session."])
def test_purposes_in_other_words(lint, purpose):
    text = f"# Privacy Policy\n\nWe collect your e-mail address and IP address. {purpose}\n"
    assert "the notice does not say: purposes of the processing" not in [
        f.message for f in lint(text, select=["disclosure-missing"])]


@pytest.mark.parametrize("date", ["Februrary 8, 2017", "Janurary 3, 2020", "Septmber 1, 2023"])
def test_a_misspelt_month_still_dates_the_policy(lint, date):
    text = f"# Privacy Policy\n\nWe keep your e-mail address.\n\nThis Policy was last modified on {date}.\n"
    assert lint(text, select=["effective-date-missing"]) == []


def test_an_address_obfuscated_with_escaped_brackets_is_an_address(lint):
    text = "# Privacy Policy\n\nAcme Ltd keeps your user ID.\n\n## Contact\n\nnic \\[at\\] nicpwns \\[dot\\] com\n"
    assert lint(text, select=["contact-email-missing"]) == []


@pytest.mark.parametrize("naming", ['Gregor Martynus ("Me", "Myself", and "I") built WIP as an open-source GitHub App.',
                                    'Hack SV (dba hack.sv) (“we,” “our,” or “us”) runs hackathons for students.',
                                    'Fondazione Bruno Kessler (hereinafter “FBK”) - in its capacity of Data Controller - '
                                    'informs you about your data.'])
def test_a_name_defined_as_me_after_another_name_or_as_the_controller_names_someone(lint, naming):
    text = f"# Privacy Policy\n\n{naming}\n\nWe keep your e-mail address.\n"
    assert lint(text, select=["controller-unnamed"]) == []


def test_a_nonprofit_with_its_tax_number_is_a_legal_person(lint):
    text = ('# Privacy Policy\n\nHack SV (“we”) runs hackathons.\n\nHack SV is a California nonprofit organization '
            "(EIN: 39-3466775).\n")
    assert lint(text, select=["controller-legal-entity-missing"]) == []


@pytest.mark.parametrize("text", [
    "This website is powered by Jekyll, Formspree and CloudCannon. All forms on this website are handled by Formspree.",
    "More information about cookies can be found on the ConsuWijzer website.",
    "Game saves and configurations remain on your local system.",
    'Information exchanged between you and the Website and Services ("Services") is kept safe.'])
def test_a_service_a_site_uses_or_points_to_is_no_name_for_we(lint, text):
    doc = f"# Privacy Policy\n\nWe keep your e-mail address to answer you.\n\n{text}\n"
    assert [f.rule for f in lint(doc, select=["controller-unnamed"])] == ["controller-unnamed"]


def test_a_domain_with_a_country_code_is_a_name(lint):
    text = ('# Privacy Policy for opa.so\n\nThis Privacy Policy explains how opa.so ("we", "us", or "our") collects your '
            "personal data.\n")
    assert lint(text, select=["controller-unnamed"]) == []


def test_a_handle_said_to_be_a_developer_from_a_country_is_a_person(lint):
    text = ('# Privacy Policy\n\nThis page applies to Tab Session Manager ("TSM").\n\nThe TSM is owned and operated by '
            '[Sienori](https://github.com/sienori) - a developer from Japan (referred to herein as "we", "us", or "our").\n\n'
            "Contact: sienori@mail.example.org\n")
    found = lint(text, select=["controller-unnamed", "controller-legal-entity-missing"])
    assert not any('"Japan"' in f.message for f in found) and found == [], [f.message for f in found]


@pytest.mark.parametrize("evidence", ["Our app may display third-party advertisements served by external ad providers.",
                                      "The data you provide through the App is sent to OpenAI's servers to answer you.",
                                      "When you sign in, we access your public profile information for leaderboards."])
def test_what_a_collects_nothing_notice_then_says_it_does_owes_the_items(lint, evidence):
    text = (f"# Runny Run Privacy Policy\n\nRunny Run is made by Dana Okoye (dana@runny.example.org). Runny Run does not "
            f"collect any data.\n\n{evidence}\n")
    assert "the notice does not say: legal basis of the processing" in [f.message for f in lint(text, select=["disclosure-missing"])]


def test_a_negated_list_and_a_store_label_say_nothing_is_collected(lint):
    for claim in ['This extension ("GX Sidebar Manager") does not:\n\n- Collect any personal information\n- Track your history',
                  "## Data We Collect\n\n- No Data Collected"]:
        text = f"# GX Privacy Policy\n\nGX is made by Dana Okoye (dana@gx.example.org).\n\n{claim}\n"
        assert lint(text, select=["disclosure-missing"]) == [], claim


def test_a_heading_of_what_is_not_collected_is_no_claim_that_nothing_is(lint):
    text = ("# Ball Sort Privacy Policy\n\nBall Sort is made by Dana Okoye (dana@ball.example.org). We collect an "
            "advertising identifier for ads through Google AdMob.\n\n## Information We Do NOT Collect\n\n"
            "- Personal contact information\n- Location data\n")
    assert lint(text, select=["disclosure-missing"]) != []


@pytest.mark.parametrize("product", ["Figma PR Links", "LinkedIn Connection Scanner"])
def test_a_product_named_after_a_platform_is_not_the_platforms_company(lint, product):
    text = (f"# Privacy Policy - {product}\n\n{product} enhances your work. We are committed to your privacy. The "
            f"extension talks to {product.split()[0]}, Inc. on your behalf.\n")
    assert [f.rule for f in lint(text, select=["controller-legal-entity-missing"])] == ["controller-legal-entity-missing"]


@pytest.mark.parametrize("rights", ["Your messages are purged from our servers upon your request within the app.",
                                    "We delete or anonymize data upon user request.",
                                    "If requested, we will delete all of your data, no questions asked.",
                                    "How can users get data removed? Contact the owner.",
                                    "On the webpage you can request the data that has been collected from you.",
                                    "You have the opportunity to withdraw your consent by e-mail."])
def test_rights_said_in_plain_words(lint, rights):
    text = f"# Privacy Policy\n\nAcme Ltd (hi@acme.example.org) keeps your e-mail address. {rights}\n"
    assert "the notice does not say: the data subject's rights" not in [
        f.message for f in lint(text, select=["disclosure-missing"])]


@pytest.mark.parametrize("retention", ["Simply uninstall the extension and all local user data will be erased.",
                                       "Data persists until you remove it or uninstall the extension.",
                                       "Lobby data is wiped when the game ends.",
                                       "Settings are stored throughout the bot life cycle."])
def test_how_long_said_by_the_event_that_ends_it(lint, retention):
    text = f"# Privacy Policy\n\nAcme Ltd (hi@acme.example.org) keeps your settings. {retention}\n"
    assert "the notice does not say: how long the data is kept" not in [
        f.message for f in lint(text, select=["disclosure-missing"])]


@pytest.mark.parametrize("claim", ["We do not store, share, or sell your data.", "We don't share or sell any data."])
def test_not_keeping_or_sharing_is_no_claim_that_nothing_is_collected(lint, claim):
    text = (f"# Add-On Privacy Policy\n\nThe add-on is made by Dana Okoye (dana@addon.example.org). It may access and "
            f"process your spreadsheet to work. {claim}\n")
    assert "the notice does not say: legal basis of the processing" in [f.message for f in lint(text, select=["disclosure-missing"])]


@pytest.mark.parametrize("evidence", ["We rely on third-party services that may collect information used to identify you.",
                                      "We get and keep the information that you manually provide to us."])
def test_more_of_what_contradicts_a_collects_nothing_claim(lint, evidence):
    text = (f"# Game Privacy Policy\n\nThe game is made by Dana Okoye (dana@game.example.org). We don't collect personal "
            f"information.\n\n{evidence}\n")
    assert "the notice does not say: legal basis of the processing" in [f.message for f in lint(text, select=["disclosure-missing"])]


def test_an_exception_after_a_negation_takes_it_back(lint):
    text = ("# Daily Pill Privacy Policy\n\nDaily Pill is made by Dana Okoye (dana@pill.example.org). All data is stored "
            "locally on your device. The developers do not have access to any of your information, except when you actively "
            "share debugging information via the Crash Report function.\n")
    assert "the notice does not say: legal basis of the processing" in [f.message for f in lint(text, select=["disclosure-missing"])]


def test_a_list_of_data_each_kept_on_the_device_is_no_collection(lint):
    text = ("# Menubar Privacy Policy\n\nMenubar is made by Dana Okoye (dana@menubar.example.org). We collect no personal "
            "information.\n\nThe only data stored by Menubar is:\n\n- Preferences, stored locally on your Mac\n"
            "- Settings, stored per-device\n")
    assert lint(text, select=["disclosure-missing"]) == []


def test_a_template_local_part_is_no_address(lint):
    text = "# Privacy Policy\n\nAcme Ltd keeps your e-mail address.\n\nContact: [placeholder@email.com]\n"
    assert [f.rule for f in lint(text, select=["contact-email-missing"])] == ["contact-email-missing"]


@pytest.mark.parametrize("rights,said", [("## Right to review and update\n\nWrite to us to see your data.", True),
                                         ("### Possibility of objection and removal\n\nYou may object at any time.", True),
                                         ("We reserve the right to update this Privacy Policy.", False)])
def test_rights_under_their_headings_and_not_the_right_to_update_the_policy(lint, rights, said):
    text = f"# Privacy Policy\n\nAcme Ltd (hi@acme.example.org) keeps your e-mail address.\n\n{rights}\n"
    found = [f.message for f in lint(text, select=["disclosure-missing"])]
    assert ("the notice does not say: the data subject's rights" not in found) is said


def test_what_is_listed_is_local_when_all_of_it_is(lint):
    text = ("# Privacy Policy for VaultPass\n\n## Information We Collect\n\nVaultPass handles the following types of "
            "information:\n\n1. Login data: usernames and temporary tokens.\n2. Configuration data.\n\n## Data Security\n\n"
            "All information is stored locally on your browser. There is no collection of personal information.\n")
    assert lint(text, select=["disclosure-missing"]) == []


@pytest.mark.parametrize("person", ["Orkun Dayı", "Paweł Nowak"])
def test_a_person_named_with_letters_of_their_own_alphabet(lint, person):
    address = "".join(w.lower() for w in person.split()).replace("ı", "i").replace("ł", "l")
    text = (f"# Privacy Policy\n\nThis app was created by {person} as a free service.\n\n"
            f"Contact: {address}@example.org\n")
    assert lint(text, select=["controller-legal-entity-missing"]) == [], person


@pytest.mark.parametrize("line,quiet", [("**Address**: IDRA Bhaban, Motijheel, Dhaka, Bangladesh", True),
                                        ("- Address: SmartLED Technologies, [Your Business Address]", False),
                                        ("- E-mail address: privacy@smartled.example", False)])
def test_a_labelled_postal_address(lint, line, quiet):
    text = f"# Privacy Policy\n\nSmartLED (\"we\") runs the app.\n\n## Contact\n\n{line}\n"
    assert (lint(text, select=["controller-legal-entity-missing"]) == []) is quiet, line


def test_a_storage_heading_over_a_location_label_is_no_transfer(lint):
    assert _missing(lint, transfer="## Data Storage\n\n- **Location**: Your token is stored in your browser.") == [
        "transfers to other countries"]


def test_a_label_under_a_controller_heading_is_no_name(lint):
    text = "# Privacy Policy\n\n## Data Controller\n\n**Identity**: [Name of the company or data controller]\n\nWe store your e-mail.\n"
    assert [f.rule for f in lint(text, select=["controller-unnamed"])] == ["controller-unnamed"]


@pytest.mark.parametrize("text,lines", [
    ("### 1. Collection\n\n#### 1.3. User Avatars\n\nA.\n\n### 2. Use\n\n#### 2.4. User Avatars\n\nB.\n", []),
    ("### 1. Collection\n\n#### 1.1. User Avatars\n\nA.\n\n#### 1.2. Logs\n\nB.\n\n#### 1.3. User Avatars\n\nC.\n", [13]),
])
def test_a_decimal_outline_starts_again_in_each_part(lint, text, lines):
    assert [f.line for f in lint("# Privacy Policy\n\n" + text, select=["duplicate-heading"])] == lines


@pytest.mark.parametrize("text,where", [
    ("# Privacy Policy\n\nLast updated: 1 May 2024\n\nWe collect your e-mail.\n\n## Changes\n\nAny changes will be reflected "
     "in the \"Last Updated\" date below.\n", "above"),
    ("# Privacy Policy\n\nWe collect your e-mail.\n\n## Changes\n\nChanges are indicated by the \"Last updated\" date above.\n\n"
     "Last updated: 1 May 2024\n", "below"),
    ("# Privacy Policy\n\nWe collect your e-mail.\n\n## Changes\n\nThe updated version will be indicated with an updated "
     "\"Revised\" date.\n", None),
])
def test_a_date_said_to_be_above_or_below_where_it_is_not(lint, text, where):
    found = lint(text, select=["effective-date-missing"])
    assert len(found) == 1 and "points to a date that is not there" in found[0].message
    assert where is None or found[0].message.endswith(f"(the date is {where})")
    assert lint(text.replace("date below", "date above").replace("date above.\n\nLast", "date below.\n\nLast"),
                select=["effective-date-missing"]) == [] or where is None


# a product described, never its maker: "# Fitness Tracker Privacy Policy", 'Basic Music Player ("the App")'
DESCRIBED_PRODUCTS = ["Fitness Tracker", "BMI Calculator", "Habit Tracker", "Music Player", "Expense Manager",
                      "QR Scanner", "Unit Converter", "Weather App", "Healthcare Application", "Recipe Planner"]


@pytest.mark.parametrize("product", DESCRIBED_PRODUCTS)
@pytest.mark.parametrize("frame", ["# {p} Privacy Policy\n\nThis privacy policy applies to the {l} app.",
                                   "# Privacy Policy for {p}\n\nWe made the {l} to help you.",
                                   '# Privacy Policy\n\n{p} ("the App") is a free {l} for your phone.'])
def test_a_product_described_or_defined_names_nobody(lint, product, frame):
    text = frame.format(p=product, l=product.lower()) + "\n\nWe collect crash reports to fix bugs. Write to help.app@gmail.com.\n"
    (finding,) = lint(text, select=["controller-unnamed"])
    assert f'only the product ("{product}")' in finding.message and finding.line == 1


@pytest.mark.parametrize("text", [
    "# Mathdoku App Privacy Policy\n\nWe collect crash reports to fix bugs.",  # a coined name is a brand
    "# Fitness Tracker Privacy Policy\n\nFitness Tracker is an app by Orbit Works. We collect crash reports.",
    '# Privacy Policy\n\nBasic Music Player ("the App") is made by Jane Example. We collect crash reports.',
    "# Mozilla VPN Terms\n\nMozilla VPN (\"the Service\") is offered by Mozilla. Mozilla may change the fee. We may end it.",
])
def test_a_product_with_its_maker_or_a_coined_name_is_named(lint, text):
    assert lint(text + "\n", select=["controller-unnamed"]) == []


# the maker receives nothing: each wording says so, with the product as subject
RECEIVES_NOTHING = [
    "{p} is local-first. It does not operate a project-owned backend, telemetry pipeline or account sync.",
    "{p} has no account, telemetry endpoint, update check or crash-report upload.",
    "{p} does not send analytics or telemetry to the project maintainer.",
    "{p} does not currently gather, store or process any personal data.",
    "{p} does not track any information about its users.",
]


@pytest.mark.parametrize("claim", RECEIVES_NOTHING)
@pytest.mark.parametrize("product", ["Quota Pulse", "4top", "ynab-cli"])
def test_a_maker_that_receives_nothing_owes_no_items(lint, claim, product):
    text = f"# Privacy\n\n{claim.format(p=product)} Your settings stay in a file on your computer.\n"
    assert lint(text, select=["disclosure-missing"]) == []


@pytest.mark.parametrize("claim", [
    "{p} does not collect information about which projects you open. It sends your e-mail address to our server.",
    "{p} does not collect any information that would identify your projects. We log your IP address.",
])
def test_a_claim_about_some_data_only_does_not_excuse_the_rest(lint, claim):
    found = lint(f"# Privacy\n\n{claim.format(p='Quota Pulse')}\n", select=["disclosure-missing"])
    assert any("how long" in f.message for f in found), [f.message for f in found]


@pytest.mark.parametrize("title", ["Terms of Use", "Terms and Conditions", "EULA"])
def test_terms_with_a_privacy_section_are_not_a_privacy_notice(lint, title):
    text = (f"# {title}\n\nBy using the Portal you accept these terms.\n\n## 4. Privacy and Data Protection\n\n"
            "We process personal information as described in our Privacy Policy.\n")
    assert lint(text, select=["disclosure-missing", "controller-unnamed", "contact-email-missing"]) == []


DATA_TERMS = ["Personal Access Tokens", "Protected Health Information", "Wallet Address", "Access Token", "Your DOB"]


@pytest.mark.parametrize("term", DATA_TERMS)
def test_a_kind_of_personal_data_in_capitals_is_no_brand(lint, term):
    """"Personal Access Tokens are stored locally": the capitals mark a kind of data, not who runs the service."""
    text = f"# Privacy Policy\n\n{term} are stored in your keychain. {term} never leave your device.\nWe collect crash reports.\n"
    assert [f.line for f in lint(text, select=["controller-unnamed"])] == [1]


@pytest.mark.parametrize("title", ["# Chrome Extensions Privacy Policy", "# Privacy Notice - NHS Healthcare Provider",
                                   "# Privacy Policy\n\n## Analytics"])
def test_a_platforms_products_a_role_or_a_section_topic_in_the_title_names_nobody(lint, title):
    text = f"{title}\n\nThis website uses Google Analytics to collect usage data. This helps us improve it.\n"
    assert lint(text, select=["controller-unnamed"]) != []


@pytest.mark.parametrize("group", ["and its affiliates", "and its subsidiaries", "together with its group companies"])
def test_a_company_defined_with_its_group_names_the_controller(lint, group):
    text = f"# Privacy\n\nDefy Network Services Limited {group} (collectively \u201cDefy\u201d, \u201cwe\u201d, \u201cus\u201d) respect your privacy.\n"
    assert lint(text, select=["controller-unnamed", "controller-legal-entity-missing"]) == []


@pytest.mark.parametrize("name", ["Claude Metrics", "Gemini Notes Helper", "ChatGPT Sidebar"])
def test_a_name_that_begins_with_a_platforms_and_speaks_as_we(lint, name):
    """"Claude Metrics is committed to protecting your privacy": the extension named after a platform is who
    speaks; "Google Analytics collects ..." stays another company's product."""
    text = f"# Privacy\n\n{name} is committed to protecting your privacy. This policy explains how our extension handles your data.\n"
    assert lint(text, select=["controller-unnamed"]) == []
    processor = "# Privacy\n\nGoogle Analytics collects usage data. We collect your e-mail address.\n"
    assert lint(processor, select=["controller-unnamed"]) != []


@pytest.mark.parametrize("described", ["Discord Music Bot", "Discord YouTube Music Bot", "Telegram Weather Bot",
                                       "Chrome Tab Extension"])
def test_we_defined_as_a_kind_of_product_names_nobody(lint, described):
    text = (f"# Privacy Policy\n\nThis policy explains how our {described} (\"we\", \"us\") handles your data. "
            "We keep the music, weather and tab settings you choose.\n")
    assert [f.rule for f in lint(text, select=["controller-unnamed"])] == ["controller-unnamed"]
    assert lint(text + "\nThe service is run by Jane Doe.\n", select=["controller-unnamed"]) == []


SOFTWARE_ONLY = ["This Privacy Policy explains how the {name} plugin (\"the Plugin\") collects and uses your information. "
                 "We collect anonymous usage statistics.",
                 "Thank you for using our {name} extension. We do not sell your data.",
                 "{name} CLI does not collect personal information. Open an issue on GitHub with questions.",
                 "{name} is an open-source command-line tool. We log nothing but crash reports."]
AS_PARTY = ["Welcome to {name}! We collect anonymous usage statistics through the {name} plugin.",
            "{name} respects your privacy. The {name} extension collects nothing.",
            "{name} (\"we\") makes the {name} plugin. We collect crash reports.",
            "The {name} plugin is looked after by the {name} team. We collect crash reports.",
            "The {name} plugin is developed by Jane Doe. She collects crash reports."]


@pytest.mark.parametrize("name", ["Compose Wizard", "Tabby", "Obsidian Full Calendar", "Temporal JetBrains"])
def test_a_policy_that_names_only_its_software_names_nobody(lint, name):
    """'the Compose Wizard plugin ("the Plugin")', "Tree CLI does not": software, and nobody behind it."""
    for text in SOFTWARE_ONLY:
        found = lint(f"# Privacy Policy\n\n{text.format(name=name)}\n", select=["controller-unnamed"])
        assert [f.line for f in found] == [1], text
    for text in AS_PARTY:
        assert lint(f"# Privacy Policy\n\n{text.format(name=name)}\n", select=["controller-unnamed"]) == [], text


@pytest.mark.parametrize("who", ["the Practice", "[Park Name]", "the site owner"])
def test_a_notice_that_names_nobody_gets_one_finding_not_two(lint, who):
    text = (f"# Privacy Policy\n\nThis notice explains how {who} (\"we\") uses your details when you book.\n\n"
            "We keep your name and phone number to manage bookings.\n")
    found = lint(text, select=["controller-unnamed", "controller-legal-entity-missing"])
    assert [f.rule for f in found] == ["controller-unnamed"], [f.message for f in found]
    named = text.replace(who, "MotionPhysio")
    assert [f.rule for f in lint(named, select=["controller-unnamed", "controller-legal-entity-missing"])] == [
        "controller-legal-entity-missing"]
