"""Square brackets left in the prose: template fields and links that lost their target.

Links, defined references, code and HTML are already blank in
``Document.text``, so every ``[...]`` still there is literal text the reader
sees. Task-list boxes, citation numbers, footnotes and editorial marks
(``[sic]``, ``[...]``) are not returned.
"""
from __future__ import annotations

import re
from .records import record

BRACKET = re.compile(r"\[([^\[\]\n]{1,300}(?:\n[^\[\]\n]{1,300})?)\]")  # a field hard-wrapped once is one field
EDITORIAL = re.compile(
    r"^(?:\s*|[xX✓✔]|\^.*|[\d\s,;–-]+|[a-z]|[ivxlc]+|sic|\.\.\.|…|emphasis (?:added|ours|mine)|redacted|"
    r"citation needed|sic!?|ibid\.?|[?!]|note|edit|update|tl;dr)$",
    re.IGNORECASE,
)

# the inside of a template field: [Company Name], [your e-mail address], [Customer Service], [INSERT DATE]
_FIELD_NOUNS = (r"name|address|e-?mail|e-?mail address|phone|phone number|telephone|url|link|date|country|state|city|"
                r"jurisdiction|year|company|business|organi[sz]ation|app|website|entity|contact|contact details|"
                r"contact information|customer service|customer support|support team|domain|zip|zip code|postcode|"
                r"postal code|region|province|county|street|street address|postal address|mailing address|author|"
                r"developer|owner|parish|school|club|charity|anschrift|adresse|nom|firma|operator|agency|provider|"
                r"controller|abn|acn|vat|vat number|registration number|company number|siret|ein|tax id|page|web page|"
                r"support page|homepage|repo|repository|repo url|repository url|issue tracker|profile|handle|username|invite|"
                r"invite link|server|backend|endpoint|physical address|profile url|number|contact number|year|"
                r"institution|university|department|researcher|investigator|principal investigator|sponsor|"
                r"laboratory|study name|project name|team name|purpose|purposes|age|minimum age|location|locations|"
                r"retention period|period|duration|product|product name|brand|platform|"
                # the same fields in the template's language: [Straße, Hausnummer], [PLZ Ort], [Datum], [Ville]
                r"land|kontakt|kontaktdaten|datum|straße|strasse|hausnummer|plz|ort|stadt|telefon|telefonnummer|e-mail-adresse|nummer|"
                r"unternehmen|firmenname|verantwortliche|verantwortlicher|ville|pays|téléphone|courriel|société|"
                r"entreprise|nombre|dirección|ciudad|país|fecha|teléfono|correo|empresa|nome|indirizzo|città|"
                r"telefono|azienda|naam|adres|plaats|bedrijf|contactgegevens|gegevens|e-mailadres|telefoonnummer|bedrijfsnaam|"
                # what a notice's table or list asks for: [Tool], [Zweck], [Dauer], [Rechtsgrundlage], [Behörde + Kontakt]
                r"tool|tools|vendor|processor|recipient|recipients|legal basis|authority|supervisory authority|"
                r"zweck|zwecke|dauer|speicherdauer|rechtsgrundlage|anbieter|behörde|empfänger|dienst|dienstleister")
_FIELD_QUALIFIERS = (r"your|the|our|representative|data protection officer|privacy officer|eu representative|uk representative|company|business|organi[sz]ation|app|application|website|site|product|service|"
                     r"brand|legal|entity|full|contact|owner|developer|client|customer|store|shop|platform|support|"
                     r"privacy|dpo|registered|effective|publication|last updated?|street|postal|mailing|physical|office|"
                     r"billing|head office|zip|plugin|plug-in|extension|bot|theme|game|server|project|author|operator|"
                     r"agency|studio|practice|clinic|provider|controller|society|union|team|firm|school|club|charity|"
                     r"github|gitlab|discord|twitter|instagram|repo|repository|issues?|backend|api|church|council|current|"
                     r"organization's|company's|business's|ki|ai|"
                     # the kind of supplier a template leaves to fill in: [Payment Processor], [Hosting Provider]
                     r"payment|payments|hosting|analytics|cloud|advertising|marketing|e-?mail service|sms|crash reporting|model|llm|"
                     r"social media|social network|social|messaging|video|storage|newsletter|crm|booking|ticketing")
# the word for an e-mail's subject line, in the languages notices are written in: what the reader types after it
SUBJECT_WORDS = r"subject(?: line)?|oggetto|soggetto|betreff|asunto|objet|assunto|onderwerp|temat"
TEMPLATE_FIELDS = [
    # a field in capitals with a note to whoever fills it in: [ANALYTICS PROVIDER — confirm with web agency]
    r"\s*[A-Z][A-Z0-9/&]*(?:\s+[A-Z0-9/&]+){0,4}\s+[—–-]\s+[a-z][^\[\]\n]{0,120}",
    r"(?i:(?:insert|enter|add|type|fill in|put|specify|replace (?:with|this))\b\W+\w.*)",  # not a key: [Enter]
    # an instruction to the author: [describe security measures implemented], [list the cookies you use]
    # (or the alternative it offers: [Or state "No data is stored"]; or when: [If applicable under GDPR, list the legal bases])
    r"(?i:(?:(?:or|and|and/or|either)\s+)?(?:(?:if|where) (?:applicable|relevant|any|so|needed)(?: [\w()/-]+){0,4}?[,:]?\s+)?(?:describe|explain|list|include|provide|mention|indicate|outline|summari[sz]e|"
    r"identify|choose|select|write|delete|remove|link to|name the|state the|specify the|make this|check this|customi[sz]e|adjust|modify|"
    r"check that|confirm|verify|amend|adapt|tailor|edit this|update this|only applies|applies only|use this|"
    r"keep this|insert)\s+\w.*)",
    r"(?i:(?:or|and|and/or)\s+state\s+\W?\w.*)",
    # what goes in the slot, as a question it answers: [Where data is stored], [How long data is retained]
    r"(?i:(?:where|how long|how|what|when|which|who|why)\s+(?:[a-z]+\s+){0,4}(?:is|are|will be|was|were|gets|get)\s+"
    r"[a-z]+(?:\s+[a-z]+){0,4})",
    rf"(?i:(?:(?:{_FIELD_QUALIFIERS})[\s/_-]?){{0,3}}(?:{_FIELD_NOUNS})(?:(?:[\s/_-]?|\s(?:or|and)\s)"
    rf"(?:(?:{_FIELD_QUALIFIERS})[\s/_-]?){{0,2}}(?:{_FIELD_NOUNS}))?"
    r"(?:\s*[-–—:]?\s*(?:here|goes here|to be (?:added|provided|confirmed)|tbd|tba)|\s*,\s*(?:optional|if any|if applicable|required)|"
    r"\s*,\s*(?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)?))?)",  # [your email here], [Company Address - to be added], [Contact telephone, optional], [Company Address, Malaysia]
    # an example value for the adopter to replace: [z. B. 7–14 Tage], [e.g. 30 days]
    r"(?i:(?:z\.\s?B\.|e\.\s?g\.|zum Beispiel|for example|p\.\s?ex\.|por ejemplo|ad es\.)\s.{1,60})",
    # a note to the people who review or edit the draft: [Reviewers - please confirm ...], [Note to legal: ...]
    r"(?i:\s*note\s*[:–—-]\s*(?:confirm|check|verify|update|add|remove|replace|decide|ask|fill in|insert)\b.*)",
    r"(?i:\s*(?:reviewers?|AI note|note (?:to|for) (?:the )?(?!(?:readers?|users?|parents?|visitors?|members?|customers?|players?|you)\b)[a-z]+(?: [a-z]+)?|editor['’]?s? note|drafting note|internal note)"
    r"\s*[-–—:,]\s*\w.*)",
    # a note to the lawyer who checks the draft: [ATTORNEY REVIEW RECOMMENDED: Identify the lead supervisory authority]
    r"(?i:\s*(?:attorney|lawyer|legal|counsel|solicitor|compliance|dpo)(?:['’]s)? (?:review|check|input|sign-off|to confirm)"
    r"(?: (?:recommended|required|needed|pending|note))?\s*[-–—:,]\s*\w.*)",
    # ... or to the team that signs it off: [Legal team: please confirm retention periods], [DPO: check this]
    r"(?i:\s*(?:legal team|legal|counsel|lawyers?|solicitors?|compliance(?: team)?|dpo|privacy team|marketing team)\s*:\s*"
    r"(?:please )?(?:confirm|check|verify|review|update|add|insert|decide|approve|fill in|replace)\b.*)",
    # a question to whoever fills it in, then what to write: [Do you transfer data outside the UK? If so, describe ...]
    r"(?i:(?:do|does|will|are|is|have|has|did) (?:you|we|your \w+)\b[^?\[\]]{3,100}\?\s*(?:if so|if yes|if not|if applicable)\b.*)",
    # [Auto-fill], [autofill]: the value a tool was to fill in
    r"(?i:auto-?fill(?:ed)?|to fill|fill me|fill in later)",
    # [URL to be added when hosting this policy]: what the value is, and that it is still to come
    r"(?i:.{0,60}\bto be (?:added|completed|confirmed|provided|inserted|filled in|specified|determined|decided|defined|updated|"
    r"configured|set|set up|announced|published)\b.*)",
    # the same in other languages: [Adresse à compléter], [Nom et email du DPO à compléter], [Anschrift einfügen],
    # [Indirizzo da completare], [Dirección por completar]
    r"(?i:.{0,60}?(?:^|\s)(?:à (?:compléter|completer|renseigner|préciser|définir)|(?:zu |hier )?(?:einf(?:ü|ue|u)gen|erg(?:ä|ae|a)nzen|ausf(?:ü|ue|u)llen|"
    r"eintragen)|da (?:completare|inserire|definire)|por (?:completar|rellenar|definir)|a (?:completar|preencher|definir)))",
    # a field in Chinese: [你的用户名] (your user name), [请填写邮箱] (fill in the e-mail)
    r"(?:你的|您的|你们的|请填写|请输入|填写|待填写|待定).{0,30}",
    # the adopter's own thing, named in the template's words: [Your eCommerce Platform], [Your Store Name]
    r"(?:Your|YOUR)\s+[\w'’&-]+(?:\s+[\w'’&-]+){0,3}",
    # ... and described in lower case: [social media sites that your mobile app connects to], [the cities your business serves]
    r"(?:the |any |all )?[a-z][a-z-]{2,20}(?: [a-z][a-z-]*){0,6} (?:that |which |where )?(?:your|the user's) (?:mobile )?"
    r"(?:app|application|website|site|business|company|service|product|platform|store|shop|organi[sz]ation)(?: [a-z][a-z-]*){0,5}",
    # ... and in the template's language: [Ihre Datenschutz-E-Mail], [Votre adresse], [Su empresa], [Uw naam]
    r"(?:Ihre?[nrs]?|Deine?[nrs]?|Votre|Vos|Tu|Tus|Su|Sus|Seu|Sua|Seus|Suas|Uw|Il tuo|La tua)\s+[\w'’&-]+(?:\s+[\w'’&-]+){0,3}",
    # [To be completed with the registered address], [To be appointed], [to be written]
    r"(?i:to be (?:[a-z]+ed|[a-z]+en|filled in|tbd|tba)\b.*)",
    # a named party's details, still to come: [Better Together Solutions contact information], [Acme e-mail address]
    r"(?:[A-Z][\w&.'’-]*\s+){1,4}(?i:contact (?:information|info|details)|e-?mail address|postal address|mailing address|"
    r"phone number|telephone number)",
    # [name of parish], [name of the school]: what goes here, described
    r"(?i:(?:full |legal )?(?:name|address|e-?mail|date|number) of (?:the |your |our )?\w[\w -]{0,40})",
    # the same in other languages: [Nombre del chatbot], [Nom de la société], [Name der Lehrkraft], [Nome do app]
    r"(?i:(?:nombre|direcci[oó]n|correo(?: electr[oó]nico)?|fecha|n[uú]mero|tel[eé]fono|nom|adresse|num[eé]ro|name|datum|"
    r"nummer|nome|indirizzo|endere[cç]o|e-?mail|courriel|contact|lien|enlace|link)"
    r"(?:\s+(?:e-?mail|électronique|electr[oó]nica|electr[oó]nico|postale?|elettronica))?\s+(?:de la|de|del|des|du|der|di|do|da|della|"
    r"dello|vers le|vers la|zum|zur)\s+\w[\w -]{0,40})",
    # [E-Mail-Adresse für Datenschutzanfragen], [Telefonnummer fur Rückfragen]: a field and what it is for
    rf"(?i:(?:{_FIELD_NOUNS})\s+(?:f(?:ü|ue|u)r|pour|para|per|voor)\s+\w[\w -]{{0,40}})",
    # a field the template says may not apply: [Contact DPO si applicable], [Anschrift falls vorhanden]
    r"(?i:.{1,60}\s(?:si applicable|si nécessaire|le cas échéant|falls zutreffend|falls vorhanden|falls erforderlich|"
    r"si aplica|si procede|se applicabile|se aplicável|if applicable|where applicable))",
    # [email DPO], [phone DPO]: a field and whose it is, in capitals
    rf"(?i:(?:{_FIELD_NOUNS}))\s+(?:of\s+)?(?:the\s+)?(?:DPO|CEO|EU|UK|HR|IT|DSB)",
    # [Kontaktdaten: Name, Adresse, E-Mail-Adresse], [Contact: name, e-mail]: a field, then the fields it is made of
    rf"(?i:(?:{_FIELD_NOUNS})\s*:\s*(?:{_FIELD_NOUNS})(?:\s*(?:,|and|or|&|/|und|et)\s*(?:{_FIELD_NOUNS})){{0,4}})",
    # [Name, Anschrift], [name and address]: a list of fields
    rf"(?i:(?:{_FIELD_NOUNS})(?:\s*(?:,|and|or|&|/|und|et)\s*(?:{_FIELD_NOUNS})){{1,3}}(?:\s[\w-]+){{0,2}})",  # [Name und Anschrift Hoster]
    # the field in capitals in other languages: [NUMÉRO], [NOM DE LA SOCIÉTÉ], [DIRECCIÓN], [ANSCHRIFT]
    r"(?:[A-ZÀ-Ý]+[ '’-])*(?:NUM[EÉ]RO|NOM|ADRESSE|VILLE|SOCI[EÉ]T[EÉ]|DIRECCI[OÓ]N|NOMBRE|EMPRESA|CIUDAD|ANSCHRIFT|FIRMA|"
    r"STADT|INDIRIZZO|NOME|AZIENDA|T[EÉ]L[EÉ]PHONE|TELEFONO|TELEFON|SIRET|SIREN|WEBSEITE|INTERNETSEITE|SITIO WEB|"
    r"SITE WEB|[A-Z]*GEGEVENS|ADRES|NAAM|BEDRIJF(?:SNAAM)?|TELEFOONNUMMER|E-MAILADRES|KONTAKT(?:DATEN)?|DATUM|COURRIEL|"
    r"CORREO|CONTACTO|CONTATTO)(?:[ '’-][A-ZÀ-Ý]+)*",
    # a stand-in value the template says is one: [Dummy Email, e.g., privacy.officer@prototype.com], [Sample address]
    r"(?i:(?:dummy|sample|fake|placeholder|example)\s+(?:e-?mail|address|name|phone|number|url|website|company|value|text)\b.*)",
    r"[A-Z][A-Z _/-]{2,}(?:NAME|COMPANY|DATE|ADDRESS|EMAIL|E-MAIL|URL|APP|WEBSITE|COUNTRY|STATE|CITY|PHONE|NUMBER|"
    r"CONTACT|BUSINESS|PRODUCT|SERVICE|JURISDICTION)[A-Z _/-]*",
    # a field with its instruction: [Your/Company Name - Please replace this bracket with your name], [13 or 16,
    # depending on your target region - It is your responsibility to set the appropriate age]
    r"(?i:.*\b(?:please (?:replace|insert|fill in|enter|add|update|change|edit|remove|complete)|replace (?:this|it|with)|"
    r"it is your responsibility|fill (?:this|it) in)\b.*)",
    # a choice the author never made: [Expo Analytics / Firebase Analytics / Other]
    r"(?i:[^\[\]/\n]{2,40}(?:\s/\s[^\[\]/\n]{2,40}){1,4}\s/\s(?:other|others|etc\.?|none|n/a))",
    # a template's optional words, never chosen or cut: "the Site [and our mobile application]", "[or our mobile
    # applications]", "[, our mobile application,]", "[Adobe Analytics,]", "[If you are using our mobile application, ...]"
    r"(?i:(?:,\s*)?(?:and|or|and/or|as well as)\s+(?:our|your|the|its|their|any|all|other|a|an)\s+[\w’'. -]{2,60}?,?)",
    r"(?i:,\s*[\w’'. -]{2,60}?,?)",
    r"[\w’'.][\w’'. -]{1,40},",
    r"(?i:if you (?:are using|use|have|access|download|install|visit)\b.{10,300})",
    r"(?i:other|others)",
    # a choice left to the adopter: [If Applicable], [If applicable: Limited to X notes or Y MB storage], [if you have one]
    r"(?i:(?:if|where|as) (?:applicable|relevant|needed|required)|if any|if you (?:have|use|offer|run) (?:one|any|them|it))"
    r"(?:\s*[:–—-]\s*\S.*)?",
    # the slot labelled as one, then what goes in it: [PLACEHOLDER: LEGAL ENTITY NAME], [TODO: add the DPO], [TBD - address]
    r"(?i:(?:placeholder|todo|to do|tbd|tba|fixme|fill in|insert)\s*[:–—-]\s*\S.{0,80})",
    # a stand-in value named as one: [Dummy Email, e.g., privacy.officer@prototype.com], [Sample Address]
    r"(?i:(?:dummy|sample|placeholder|fake)\s+\w.*)",
    # a date worked out by the adopter: [Date + 1 year]
    r"(?i:date\s*[+-]\s*\d+\s*\w+)",
    # the field and whose it is, in German: [Name Ihrer Landesdatenschutzbehörde], [Anschrift des Hosters]
    r"(?i:(?:name|anschrift|adresse|e-mail|telefon|kontakt)\s+(?:ihrer|ihres|ihre|ihren|des|der|vom|von)\s+\w.{0,60})",
    # a slot for more items of a list: [Other data collected], [Other uses], [other third parties]
    r"(?i:other (?:data|information|uses?|purposes?|services?|providers?|partners?|third parties|categories|cookies|"
    r"rights|recipients|types?|tools?|processors?)(?: [a-z]+){0,3})",
    # a date's format for a value: [Month Day, Year], [DD/MM/YYYY]
    # (in the template's language: [dd/mm/aaaa], [TT.MM.JJJJ], [jj/mm/aaaa])
    r"(?i:(?:month|day|year|dd|mm|yyyy|yy|aaaa|jjjj|tt|jj)(?:[ ,/.-]+(?:month|day|year|dd|mm|yyyy|yy|aaaa|jjjj|tt|jj)){1,2})",
    # a number never filled in: [X years], [N days], [XX months]; a template's default left to adjust: [30 days]
    r"(?:X{1,3}|N{1,2}|#+|\?+|\d{1,4})\s(?:days?|weeks?|months?|years?|hours?|minutes?|Tagen?|Wochen|Monaten?|Jahren?|"
    r"Stunden|jours?|semaines?|mois|ans|années|heures|d[ií]as|semanas|meses|años|horas|giorni|mesi|anni)",
    # a choice never made: [We do not use / We use limited], [bcrypt/argon2], [site announcement/email]
    # (options of several words, or in lower case: not "[Android / iOS]", a label of platforms)
    r"[^\[\]/\n]{0,40}\w \w[^\[\]/\n]{0,40}(?:\s/\s[^\[\]/\n]{0,40}\w \w[^\[\]/\n]{0,40}){1,3}",
    r"[a-z]{3,}(?: [a-z]{3,})?(?:/[a-z][a-z0-9]{2,}(?: [a-z]{3,})?){1,3}",
    # (or options of several words joined by a bare slash: [your account portal/Our website], [binding arbitration/mediation])
    r"(?=[^\]]*\w \w)[^\[\]/\n]{2,40}(?:/[^\[\]/\n]{2,40}){1,3}",
    # a host or address at the template's own domain: [license-server.yourdomain.com]
    r"(?i:[\w.-]*\byour-?(?:domain|site|website|company|server|app|host)\b[\w.-]*)",
    # what the adopter decides: [Others as applicable], [link, if applicable]
    r"(?i:[^\[\]\n]{2,60}\b(?:as|if|where) (?:applicable|needed|required|relevant)\b[^\[\]\n]{0,40})",
    # ... or opening with it, in any language: [If applicable, DPO contact], [Si aplica], [Falls zutreffend: Name]
    r"(?i:(?:if|where|when) (?:applicable|relevant|needed|required)\b[^\[\]\n]{0,60}|(?:si aplica|si procede|si corresponde|"
    r"en su caso|le cas échéant|si applicable|falls zutreffend|falls vorhanden|se applicabile|indien van toepassing)\b[^\[\]\n]{0,60})",
    # a handle never filled in: [@admin], [@yourhandle] (not a real one: "on Discord [@drgatooo]")
    r"@(?i:admin|administrator|admins|username|user_?name|user|handle|your[\w.-]*|owner|moderators?|mods?|botname|bot_?name|"
    r"example|someone|name|developer|dev|account|channel|server|team|company|app|project|x{2,})",
    # a field named in title case, whatever qualifies it: [Approval Date], [School Principal/Administrator Name]
    # (its last word in lower case too: [Club Welfare Officer name], [Practice Manager e-mail])
    r"(?:[A-Z][\w'’.-]*(?:[ /]|\s(?:or|and|of)\s)){1,6}(?:Name|Names|Date|Address|E-?[Mm]ail|Email Address|URL|Phone|"
    r"Phone Number|Number|Website|Link|name|names|date|address|e-?mail|e-?mail address|phone|phone number|website)",
    # a field described with what it must hold: [Full Office Address with PIN Code], [Phone Number incl. country code]
    r"(?:[A-Z][\w'’.-]*\s){0,3}(?:Name|Address|E-?[Mm]ail|Phone|Phone Number|Date|Number)\s(?:with|including|incl\.)\s"
    r"(?:[A-Za-z][\w'’.-]*\s?){1,4}",
    # the adopter's own value, named in the template's words: [your-github-username/teacher-helper]
    r"(?i:[\w./:-]*\byour[-_][a-z][\w./-]*)",
    # a German template's fields: [Verantwortlicher], [Kontakt-Datenschutzbeauftragter], [Widerspruchsrecht - Ansprechpartner]
    r"(?i:(?:[\w-]+\s*[-–]\s*|[\w]+-)?(?:verantwortliche[rn]?|ansprechpartner(?:in)?|datenschutzbeauftragte[rn]?|kontaktdaten|"
    r"telefonnummer|stra(?:ß|ss)e(?: und hausnummer)?|hausnummer|plz(?: und ort)?|firmenname|unternehmensname)(?:\s+[\w-]+){0,2})",
    # a field named in capitals, two words or more: [FORM PROVIDER], [RETENTION PERIOD — e.g. 30 / 90 days]
    r"[A-Z]{2,}(?:[ /_-]+[A-Z]{2,})+(?:\s*[-–—:,]\s*(?:e\.g\.|eg|for example|such as|i\.e\.)[^\]]*"
    r"|\s*[-–—:,]\s*[^\]]{0,60}\bto (?:confirm|check|decide|add|fill in|update|supply|provide)\b[^\]]*)?",
]


# "e.g. [user name] deleted [title]": brackets that illustrate a format (not the verb: "if you would like to
# exercise these rights, contact us at [Your Contact Email]")
EXAMPLE = re.compile(r"\b(?:e\.g\.|for example|for instance|such as|i\.e\.)|\b(?:something like|say,|"
                     r"(?<!\bwould\x20)(?<!['’]d\x20)(?<!\b(?:do|we|if)\x20)(?<!\byou\x20)(?<!\bthey\x20)(?<!\bdon['’]t\x20)like)\s",
                     re.IGNORECASE)


@record(frozen=True)
class Bracketed:
    start: int
    end: int
    inner: str
    escaped: bool  # written as \[...\]: the author wanted literal brackets
    example: bool  # inside an example ("e.g. [user name] ...")
    spaced_link: bool  # "[text] (https://...)": a link broken by a space
    described_end: int  # "[our terms](link to terms page)": where the target written as a description ends, or 0


# an instruction to whoever adopts the template, never an example of a format, whatever precedes it
# ("such as: [insert information about what the automated decision-making involves]")
INSTRUCTION = re.compile(r"(?:(?:or|and|either)\s+)?(?:insert|enter|fill in|describe|explain|list|include|provide|specify|"
                         r"delete|remove|replace)\s+\w", re.IGNORECASE)
# the words that point at a part of the text: "defined in the [Glossary]", "see [Cookies]"
REFERENCE_BEFORE = re.compile(r"(?:\b(?:given|set out|set forth|defined|described|explained|listed|found|shown|stated|"
                              r"outlined|detailed|provided)\s+in|\bsee|\brefer\s+to|\benforce|\bper|\bunder)"
                              r"\s+(?:(?:the|our|this|its)\s+)?\\?$", re.IGNORECASE)  # a hard wrap before "[" too
SPACED_LINK = re.compile(r"[ \t]+\((?:https?://|/|#|mailto:)")


TEMPLATED_TARGET = re.compile(r"\(\s*\{[{%]")
# a link's target written as a description of it, never filled in: "[NextCloud's privacy policy](nextcloud privacy
# policy)" (words and spaces, so no link at all)
DESCRIBED_TARGET = re.compile(r"\((?:[\w'’.-]+\x20){1,6}[\w'’.-]+\)")


def find_bracketed(doc) -> list[Bracketed]:
    """Every literal ``[...]`` in the prose blocks, in document order."""
    found = []
    for block in doc.blocks:
        for m in BRACKET.finditer(doc.text, block.start, block.end):
            inner = m.group(1)
            if EDITORIAL.match(inner.strip()):
                continue
            after = doc.source[m.end():m.end() + 12]
            if doc.fmt == "text" and after.startswith("("):
                continue  # Markdown link syntax in a plain-text file: a link all the same
            if TEMPLATED_TARGET.match(after):
                continue  # "[support page]({{ '/support/' | relative_url }})": a link whose address a site builder fills in
            escaped = m.start() > 0 and doc.source[m.start() - 1] == "\\"
            example = bool(EXAMPLE.search(doc.text, max(block.start, m.start() - 100), m.start()))
            spaced = bool(SPACED_LINK.match(after))
            described = DESCRIBED_TARGET.match(doc.source, m.end())
            found.append(Bracketed(m.start(), m.end(), " ".join(inner.split()), escaped, example, spaced,
                                   described.end() if described else 0))
    return found


# a slot's text: a name, an address or a value in words (a capital first, a letter in it; not "[1]", "[x]" or "[GDPR]")
_SLOT_TEXT = re.compile(r"(?=[^\]]*[a-z])[A-Z0-9][^\[\]]{2,80}")


def repeated_slots(doc) -> frozenset:
    """The names in literal brackets that the prose repeats three times or more ("[Wigan Community Council]
    would like ...", "request [Wigan Community Council] for copies"): a template's slot, filled with a sample
    and never replaced; or every bracketed text of a template that says its blanks are in brackets. Once per
    document: placeholder-text reports them, dangling-reference leaves them."""
    return doc.memo(("repeated slots",), lambda: _repeated_slots(doc))


# the template says how it marks its blanks: "Platzhalter sind mit [eckigen Klammern] gekennzeichnet", "Replace the
# text in [square brackets] with your details", "placeholders are shown in brackets"
BRACKET_CONVENTION = re.compile(
    r"(?i)\b(?:placeholders?|platzhalter|marcadores?|espaces? réservés?|replace|ersetzen|remplacez|reemplace|"
    r"fill in|bracketed)\b[^.]{0,60}?\b(?:in|with|mit|en|entre|dans|between|inside|within|are|sind)[\s>]+"
    r"\[?(?:square\s+|eckigen?\s+)?(?:brackets|klammern|corchetes|crochets)\b\]?")


CONVENTION_WORDS = ("bracket", "klammer", "corchete", "crochet")


def declares_slots(doc) -> bool:
    """Does the document say that its blanks are in square brackets? Then no bracket is a reference."""
    return _convention(doc) is not None


def _convention(doc):
    """Where the document says how it marks its blanks (found once: both rules ask)."""
    def said():
        lowered = doc.text.lower()  # the words for brackets first: one look at the text, not a pattern's scan
        return BRACKET_CONVENTION.search(doc.text) if any(word in lowered for word in CONVENTION_WORDS) else None

    return doc.memo(("bracket convention",), said)


def _declared_slots(doc) -> frozenset:
    """Every bracketed text of a template that says its blanks are in square brackets (but the saying itself)."""
    said = _convention(doc)
    if said is None:
        return frozenset()
    text = doc.text
    return frozenset(b.inner for b in doc.bracketed if not b.escaped and not b.spaced_link and not b.example
                     and not (said.start() <= b.start < said.end()) and len(b.inner.split()) <= 12
                     and not (text[b.start - 1:b.start] in "\"'" and text[b.end:b.end + 1] in "\"'"))  # „[Schüler/in]“: quoted


def _repeated_slots(doc) -> frozenset:
    from collections import Counter

    declared = _declared_slots(doc)
    if declared:
        return declared
    inferred = _template_slots(doc)
    if inferred:
        return inferred

    counts = Counter(b.inner for b in doc.bracketed if not b.escaped and not b.spaced_link and _SLOT_TEXT.fullmatch(b.inner)
                     and len(b.inner.split()) <= 8)
    # a name of two words or more that the text writes in brackets more often than without (not "[Optional]" over
    # each field, not "they don't sell [Trustroots] lists" in a quote the notice edited)
    repeated = {inner for inner, count in counts.items() if count >= 3 and " " in inner and
                len(re.findall(rf"(?<![\[\w]){re.escape(inner)}(?![\]\w])", doc.text)) < count}
    # "[Wigan]", "[Wigan County Council]" beside the slot "[Wigan Community Council]": the same sample's words
    words = {w for inner in repeated for w in inner.split() if len(w) >= 4 and w[:1].isupper()}
    return frozenset(repeated | {inner for inner in counts if words & set(inner.split())})


_FIELDS = None  # the template fields in one pattern (a LazyPattern: compiled on first use, as the rules' are)
_FIELD_MARKS = frozenset({"optional", "required", "mandatory", "recommended", "obligatory", "pflicht", "pflichtfeld",
                          "freiwillig", "facultatif", "obligatoire", "opcional", "obligatorio"})  # "[Optional]" marks a field


def template_field(inner: str) -> bool:
    """Is a bracket's text a template's field or an instruction to fill one in ("[Insert date]", "[Do you
    transfer data outside the UK? If so, describe the safeguards]")?"""
    global _FIELDS
    if _FIELDS is None:
        from .patterns import LazyPattern

        _FIELDS = LazyPattern("|".join(f"(?:{field})" for field in TEMPLATE_FIELDS), 0)
    return _FIELDS.fullmatch(inner) is not None


def _template_slots(doc) -> frozenset:
    """A template that left two fields or more in brackets ("[Company Name]", "[Insert date]"): its other
    bracketed words, not a link nor a section's title, are blanks too ("Serverstandort ist [Deutschland]",
    "[Konkrete Angabe je Anbieter]"), not references to something missing."""
    candidates = [b for b in doc.bracketed if not b.escaped and not b.spaced_link and not b.example]
    if sum(1 for b in candidates if template_field(b.inner)) < 2:
        return frozenset()
    from .kinds.headings import heading_key

    titles = {heading_key(h.title) for h in doc.headings}
    text = doc.text
    return frozenset(b.inner for b in candidates if (_SLOT_TEXT.fullmatch(b.inner) or _CAPITALS_SLOT.fullmatch(b.inner))
                     and len(b.inner.split()) <= 8 and heading_key(b.inner) not in titles
                     and b.inner.casefold() not in _FIELD_MARKS
                     and not REFERENCE_BEFORE.search(text, max(0, b.start - 40), b.start))  # "[Glossary]": pointed at


_CAPITALS_SLOT = re.compile(r"[A-Z][A-Z0-9,/&' -]*\s[A-Z0-9,/&' -]*[A-Z]")  # "[OTHER TOOLS, IF ANY]": words in capitals
