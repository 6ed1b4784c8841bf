"""Payment, booking and delivery forms: which value of the task goes into which field, and in what order.

"Send 25 euros to Alice with reference rent" names no field: the amount, the payee, the reference and the
account it comes from are known by their place in the sentence (a number beside a currency, the name after
"to", the word after "reference", "from my savings account"), and a transfer form's fields by their labels
(Amount, Payee, Reference, From account). The shipped networks never saw such a task; they paired fields and
values apart ("25" typed into Reference on a hand-written bank page) and sent the form half filled. Decoding
therefore fills a payment form as a person does: top to bottom, every field the task has a value for, the
account picked where it stands (``next_step``), then sends it with the button that reads like sending
(``send_button``); the network still decides when to scroll, and when a form is done.

A booking ("Book a table for 4 on 2025-07-12 at 19:30", "reserve … for two people on 3 August 2025 at 8 pm") is
read the same way: a date, a time and a count of people are known by their form, and the fields by their labels
(Date, Time, Number of guests). Such a form is often sent only with its consent box ticked ("I agree to the
terms"); the task asked for it to be sent, so that box is ticked before the sending (``next_step``). A delivery
("Ship to Grace Hopper at 42 Navy Rd") names a street address and who it goes to (Full name, Street).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from tilepilot.model.data.components import TICKS
from tilepilot.model.embedded.features import ACTIONS, KINDS, Features, act_start, beside_cancel, texts_inside, within
from tilepilot.model.embedded.text import phrase_at, told_words, words
from tilepilot.model.embedded.values import DATE_FORMAT, as_count, in_field_format

CURRENCY_WORDS = ("euros?|eur|dollars?|usd|bucks|pounds?|gbp|quid|francs?|chf|yen|jpy|kronor|kroner|krona|sek|nok|"
                  "dkk|zloty|pln|rupees?|inr|cad|aud")
_SYMBOL = r"[€$£¥]"
_NUMBER = r"\d(?:[\d,]*\d)?(?:\.\d+)?"
_Q = "\"'“”‘’"
# a number beside a currency: "25 euros", "'55' bucks", "€25", "USD 40", "73.40 EUR"
_AMOUNT = re.compile(rf"(?:{_SYMBOL}\s*|\b(?:{CURRENCY_WORDS})\s+)[{_Q}]?({_NUMBER})[{_Q}]?(?!\w)"
                     rf"|(?<![\w.-])[{_Q}]?({_NUMBER})[{_Q}]?\s*(?:{_SYMBOL}|(?:{CURRENCY_WORDS})\b)", re.I)
# with no currency, a lone number is an amount only after a verb that moves money ("pay Metro Electric 73.40")
_MONEY_VERB = re.compile(r"\b(?:pay|transfer|wire|remit|payment)\b", re.I)
_BARE_NUMBER = re.compile(rf"(?<![\w.,/:-])({_NUMBER})(?![\w/:-]|\.\d)")
# a value: a quoted one, else one run of non-space characters (less its closing punctuation)
VALUE = rf"(?:[{_Q}]([^{_Q}]+)[{_Q}]|([^\s{_Q}]+?))(?=[\s,.;!?]*(?:\s|$))"
_REF_WORD = r"(?:payment\s+)?(?:reference|ref|memo|note|message|description|purpose|comment|remark)"
_REFERENCE = re.compile(rf"\b{_REF_WORD}\s*(?:(?:of|is|as|:)\s*)?{VALUE}"
                        rf"|\b(?:use|put|add|with|write)\s+{VALUE}\s+(?:as|in|into|for)\s+(?:the\s+|a\s+)?{_REF_WORD}\b",
                        re.I)
# the payee: a quoted value or capitalized words after "to", or right after the verb ("pay Metro Electric 73.40")
_NAME = rf"(?:[{_Q}]([^{_Q}]+)[{_Q}]|([A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*)*))"
_PAYEE_TO = re.compile(rf"\bto\s+(?:the\s+)?{_NAME}")
_PAYEE_VERB = re.compile(rf"\b(?:pay|send|wire|transfer)\s+{_NAME}", re.I)
# the account the money comes from: "from my savings account", "out of the Joint account", "from Travel"
# (only used where a radio button or an account field reads it)
_ACCOUNT = re.compile(r"\b(?:from|out\s+of)\s+(?:my\s+|the\s+|our\s+)?([A-Za-z]+)", re.I)

FIELD_ROLES = {
    "amount": ("amount", "sum", "total", "how much"),
    "reference": ("reference", "payment reference", "ref", "memo", "note", "message", "description", "purpose",
                  "comment", "remark", "remittance", "details"),
    "payee": ("payee", "recipient", "beneficiary", "to", "pay to", "send to", "receiver", "payee name"),
    "account": ("from", "from account", "pay from", "source", "debit", "account"),
}
# a label that says its field is none of them
_NO_ROLE = frozenset({"email", "mail", "phone", "iban", "bic", "swift", "date", "category"})
# a field that shows a currency or an empty sum ("€", "£ 0.00", "0,00 EUR") asks for the amount
_MONEY_SHOWN = re.compile(rf"{_SYMBOL}|(?<![\w.,])0[.,]00(?![\w.,])|^\W*(?:{CURRENCY_WORDS})\W*$", re.I)
# a button drawn as a box, which borrows the label of the field above it
_SEND_WORDS = (r"pay|send|transfer|wire|continue|review|confirm|submit|make\s+(?:a\s+)?payment|proceed|book|reserve|"
               r"place\s+(?:the\s+|my\s+)?order|complete")
_BUTTON_WORD = re.compile(rf"\W*(?:{_SEND_WORDS}|make|next|save|ok|cancel|clear|back)\b", re.I)


# a task whose main verb makes something happen once a form is sent: it ends on the sending, never on a field
# just typed into ("Create a new ticket with the subject …" typed both fields and stopped before Submit)
SENDING = re.compile(r"\W*(?:(?:please|hi|hello|hey|could|can|would|will|you|i'd|i|like|want|need|to|kindly)"
                     r"\W+)*(?:create|send|pay|transfer|wire|make\s+a\s+payment|book|reserve|submit|post|publish|"
                     r"register|sign\s+up|apply|request|report|schedule|invite|share|upload|add|rename)\b", re.I)

# a booking's values: one date ("2025-07-12", "3 August 2025", "Aug 3, 2025", "12/07/2025"), one time ("19:30",
# "8 pm", "7.30pm") and one count of people ("for 4", "for two people", "6 guests", "a party of 5")
_MONTH = ("jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
          "oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_DATE = re.compile(rf"(?<![\w/.-])(\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{4}}"
                   rf"|\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+(?:{_MONTH})\.?,?\s+\d{{4}}"
                   rf"|(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})(?![\w/-])", re.I)
_TIME = re.compile(r"(?<![\w:.,/-])(\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?![\w:])", re.I)
_HOW_MANY = (r"\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
             r"sixteen|seventeen|eighteen|nineteen|twenty")
_PEOPLE = r"people|persons?|guests?|adults?|diners|of\s+us|pax|tickets?|seats?|places|spots|travell?ers|passengers"
_COUNT = re.compile(rf"\b(?:for|party\s+of|group\s+of|table\s+of)\s+({_HOW_MANY})\b(?!\s*[:.]\d|\s*[ap]\.?m\b)"
                    rf"|\b({_HOW_MANY})\s+(?:{_PEOPLE})\b", re.I)


def booking_roles(instruction: str) -> dict[str, tuple[int, int]]:
    """The characters of the date, time and count of people a booking task names: one that sends (its first
    verb books, reserves, schedules, …) and names at least two of them, each once ({} for any other task)."""
    if SENDING.match(instruction) is None:
        return {}
    roles: dict[str, tuple[int, int]] = {}
    for role, pattern in (("date", _DATE), ("time", _TIME), ("count", _COUNT)):
        found = [s for m in pattern.finditer(instruction)
                 if (s := _group(m)) and not any(_overlaps(s, o) for o in roles.values())]
        if len(found) == 1:
            roles[role] = found[0]
    return roles if len(roles) >= 2 else {}


# a delivery's values: a street address (a house number, capitalized words and a street word: "42 Navy Rd",
# "221b Baker Street") and the name it goes to ("ship to Grace Hopper at …", "deliver it to 'Ada Lovelace'")
_STREET = re.compile(r"(?<![\w-])(\d{1,5}[a-z]?\s+(?:[A-Z][\w'.-]*\s+){1,3}(?:St|Street|Rd|Road|Ave|Avenue|Lane|Ln|"
                     r"Blvd|Boulevard|Way|Drive|Dr|Court|Ct|Place|Pl|Square|Sq|Terrace|Close|Crescent|Row|Hill|Park)"
                     r"\b\.?)", re.I)
_SHIP_TO = re.compile(rf"\b(?i:(?:ship|send|deliver|mail|post|address)\w*\s+(?:it\s+|them\s+|this\s+|the\s+\w+\s+)?"
                      rf"to)\s+{_NAME}")


def address_roles(instruction: str) -> dict[str, tuple[int, int]]:
    """The characters of the street address and the name a delivery task names ("Ship to Grace Hopper at 42
    Navy Rd"); {} unless it names both."""
    street = _STREET.search(instruction)
    if street is None:
        return {}
    for m in _SHIP_TO.finditer(instruction):
        span = _group(m)
        if span and not _overlaps(span, (street.start(1), street.end(1))):
            return {"name": span, "street": (street.start(1), street.end(1))}
    return {}


# a new person's values, listed: "Register a new reader: Callum Reid, callum.reid@uea.ac.uk, from the University
# of East Anglia": a name of capitalized words, an email, a phone number, where they are from
_NEW_PERSON = re.compile(r"\b(?:new|register|enrol|enroll|sign\s+up|onboard)\b", re.I)
_EMAIL = re.compile(r"(?<![\w.+-])([\w.+-]+@[\w-]+(?:\.[\w-]+)+)")
_PHONE = re.compile(r"(?<![\w+])(\+?\d[\d ()-]{6,}\d)(?![\w-])")
_PERSON = re.compile(r"(?<![\w'’-])((?:(?:Dr|Prof|Mr|Mrs|Ms|Mx|Rev)\.?\s+)?[A-Z][^\W\d_]+"
                     r"(?:\s+[A-Z][^\W\d_]+(?:['’-][^\W\d_]+)?){1,2})(?![\w'’-])")
_FROM_ORG = re.compile(r"\b(?:from|at|of|with)\s+((?:the\s+)?[A-Z][\w&'’-]*"
                       r"(?:\s+(?:of|and|&|for|de|the|[A-Z][\w&'’-]*))*)")


def person_roles(instruction: str) -> dict[str, tuple[int, int]]:
    """The characters of a new person's name, email, phone and organisation a task lists ("Register a new
    reader: Callum Reid, callum.reid@uea.ac.uk, from the University of East Anglia"); {} unless it makes a
    new one and lists a name with an email or a phone."""
    if not _NEW_PERSON.search(instruction):
        return {}
    roles: dict[str, tuple[int, int]] = {}
    if (m := _EMAIL.search(instruction)) is not None:
        roles["email"] = m.span(1)
    phone = next((m for m in _PHONE.finditer(instruction) if sum(c.isdigit() for c in m.group(1)) >= 9
                  and not _DATE.fullmatch(m.group(1))), None)  # (not a date: "the birth date 2027-06-07")
    if phone is not None and not any(_overlaps(phone.span(1), v) for v in roles.values()):
        roles["phone"] = phone.span(1)
    if not roles:
        return {}
    start = instruction.find(":") + 1 if ":" in instruction[:min(v[0] for v in roles.values())] else 0
    names = [m for m in _PERSON.finditer(instruction, start) if m.start(1) < min(v[0] for v in roles.values())
             and not re.match(r"(?:The|University|College|School|Society|Trust)\b", m.group(1))]
    if not names:
        return {}
    roles["name"] = names[0].span(1)
    for m in _FROM_ORG.finditer(instruction, names[0].end(1)):
        org = re.sub(r"(?:\s+(?:of|and|&|for|de|the))+$", "", m.group(1).strip())
        if len(org.split()) >= 2 or org[:1].isupper():
            a = m.start(1) + (4 if org.lower().startswith("the ") else 0)
            roles["org"] = (a, m.start(1) + len(org))
            break
    return roles


def value_roles(instruction: str) -> dict[str, tuple[int, int]]:
    """The characters of the amount, payee, reference and source account a payment task names, else of the date,
    time and count of a booking (``booking_roles``), else of a delivery's name and street (``address_roles``),
    else of a new person's name, email, phone and organisation (``person_roles``); {} for any other task."""
    m = _AMOUNT.search(instruction)
    if m is not None:
        amount = _group(m)
    elif _MONEY_VERB.search(instruction) and len(_BARE_NUMBER.findall(instruction)) == 1 and not any(
            _overlaps(_group(_BARE_NUMBER.search(instruction)), (m.start(1), m.end(1)))
            for m in _STREET.finditer(instruction)):  # a house number ("… 42 Navy Rd, continue to payment")
        amount = _group(_BARE_NUMBER.search(instruction))
    else:
        return booking_roles(instruction) or address_roles(instruction) or person_roles(instruction)
    roles = {"amount": amount}
    m = _ACCOUNT.search(instruction)
    if m is not None and (span := _group(m)) and not _overlaps(span, amount):
        roles["account"] = span
    m = _REFERENCE.search(instruction)
    if m is not None and (span := _group(m)) and not any(_overlaps(span, s) for s in roles.values()):
        roles["reference"] = span
    for pattern in (_PAYEE_TO, _PAYEE_VERB):
        for m in pattern.finditer(instruction):
            span = _group(m)
            if span and not any(_overlaps(span, s) for s in roles.values()) and not _is_account(instruction, span):
                roles["payee"] = span
                break
        if "payee" in roles:
            break
    return roles


def _group(m: re.Match) -> tuple[int, int] | None:
    g = next((k for k in range(1, (m.lastindex or 0) + 1) if m.group(k) is not None), None)
    return None if g is None else (m.start(g), m.end(g))


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _is_account(instruction: str, span: tuple[int, int]) -> bool:
    """"… to my Savings account": an account, not a payee."""
    return re.match(r"\s+account\b", instruction[span[1]:], re.I) is not None


# a person's field: "Email address", "Mobile", "Affiliation", "Organisation" (not "Email for receipt")
_PERSON_FIELD = re.compile(r"\W*(?:(e-?mail(?:\s+address)?)|(phone|mobile|telephone|tel)(?:\s+number)?|"
                           r"(affiliation|organi[sz]ation|institution|company|employer))\s*\W*(?:\*|\(required\))?\s*$",
                           re.I)


def field_role(label: str) -> str | None:
    """The role a field's label gives it ("Amount (EUR)" amount, "Message to recipient" reference, "Pay to"
    payee, "From account" account), read from its first words; None for a label of no role ("IBAN", "Email
    for receipt", "Project name", "Delivery note") and for a button that borrowed a field's label ("Amount
    Save", "Reference Pay now": a button's word after the role's)."""
    ws = words(label)
    if (p := _PERSON_FIELD.match(label)) is not None and not _BUTTON_WORD.match(label[p.end():].strip() or "-"):
        return "email" if p.group(1) else "phone" if p.group(2) else "org"  # a person's form
    if not_a_role(label):
        return _other_field(label)
    if _MONEY_SHOWN.search(label):
        return "amount"
    for n in (2, 1):
        head = " ".join(ws[:n])
        role = next((r for r, names in FIELD_ROLES.items() if head in names), None)
        if role is not None and len(ws) >= n:
            rest = label.split(None, len(head.split()))[-1] if len(label.split()) > n else ""
            return None if rest and _BUTTON_WORD.match(rest) else role
    return _other_field(label)


# a booking field's label: "Date", "Tour date", "Preferred time", "Number of guests", "Adults", "Party size" (not
# "Date of birth", "Due date"); "Departure", "Arrival", "Check-in" may ask for a date or a time ("when")
_BOOKING_FIELD = re.compile(
    r"\W*(?:(?!birth|due|end|expir|delivery)[a-z]+[\s-]+){0,2}(?:(date|day)|(time|hour|slot)"
    r"|(number\s+of\s+\w+|guests|people|persons|adults|travell?ers|passengers|participants|attendees|diners|covers"
    r"|party\s+size|group\s+size|how\s+many\s+\w+)|(departure|arrival|check[\s-]*in|start|pick[\s-]*up))\b"
    r"(?!\s+of\s+birth)", re.I)


_ADDRESS_FIELD = re.compile(r"\W*(?:(full\s+name|name|your\s+name|recipient\s+name|ship\s+to)"
                            r"|(street(?:\s+address)?|address(?:\s+line\s+1)?|street\s+and\s+number))\b(?!\s+line\s+2)",
                            re.I)


def _other_field(label: str) -> str | None:
    """The booking or delivery role a field's label gives it: "Date", "Tour date", "Preferred time", "Number of
    guests", "Adults", "Party size" (not "Date of birth", "Due date"), "when" for a "Departure" that may be
    either a date or a time; "Full name", "Street address"; none for a button's label after one ("Date Book")."""
    m = _BOOKING_FIELD.match(label)
    if m is None:
        a = _ADDRESS_FIELD.match(label)  # a delivery's: "Full name", "Street address"
        if a is not None and not _BUTTON_WORD.match(label[a.end():].strip() or "-"):
            return "name" if a.group(1) else "street"
        return None
    rest = label[m.end():]
    if rest.strip() and _BUTTON_WORD.match(rest):
        return None
    return ("date", "time", "count", "when")[next(k for k in range(4) if m.group(k + 1) is not None)]


def not_a_role(label: str) -> bool:
    """A label that says its field is none of the roles ("Phone (optional)", "IBAN", "Email for receipt")."""
    return bool(set(words(label)) & _NO_ROLE)


def role_of_span(roles: dict[str, tuple[int, int]], a: int, b: int) -> str | None:
    """The role of the value whose characters [a, b) overlap most, None when they overlap none."""
    best, most = None, 0
    for role, (s, e) in roles.items():
        o = min(b, e) - max(a, s)
        if o > most:
            best, most = role, o
    return best


@dataclass
class FormStep:
    action: str  # "type" (the value of ``role`` into field ``index``) or "click" (the account option ``index``)
    index: int  # a candidate
    role: str
    span: tuple[int, int]  # the value's characters in the task


def row_band(f: Features, j: int) -> bool:
    """Whether box ``j`` is a table's header or row band rather than an entry field: three or more texts side by
    side inside it ("LOAN  MEMBER  PACKET  DUE" on a shaded header read as a box). Nothing is typed there."""
    if j >= len(f.cand_text) or f.cand_kind[j] != KINDS["input"]:
        return False
    inside = sorted(texts_inside(f, j), key=lambda t: float(f.cand_box[t][0]))
    columns, right = 0, -np.inf  # texts stacked in one column (a pet's name over its owner's) count once
    for t in inside:
        if float(f.cand_box[t][0]) > right:
            columns += 1
        right = max(right, float(f.cand_box[t][2]))
    return columns >= 3 and (columns >= len(inside) - 2 or columns >= 5)


def next_step(f: Features, instruction: str) -> FormStep | None:
    """The next step of filling a payment or booking form: the first, in reading order, of the fields whose role
    the task has a value for (or that the task names with a value: "promo code SUMMER") and that were not typed
    into yet, of the account options reading the account the task names and not clicked yet, and of the consent
    boxes not ticked yet. None when none is left, or the task is no payment nor booking."""
    roles = value_roles(instruction)
    if len(roles) < 2 or _sent(f):
        return None
    fields = {q: role_of_field(f, q) for q in range(len(f.cand_text)) if f.cand_kind[q] == KINDS["input"]
              and not row_band(f, q)}  # (a table's row drawn as a box shows its price: no amount field)
    fields = _either(roles, fields)
    todo = [FormStep("type", q, r, roles[r]) for q, r in fields.items()
            if r in roles and not value_typed(f, roles[r]) and not typed_into(f, q, shown_as(
                instruction[slice(*roles[r])], f.cand_text[q]))]
    taken = list(roles.values())
    for q, r in fields.items():  # a booking's field of no role the task names with its value ("promo code X")
        span = None if r in roles or "amount" in roles else _named_value(instruction, f, q, taken)
        if span is not None and not value_typed(f, span) and not typed_into(f, q, instruction[slice(*span)]):
            todo.append(FormStep("type", q, "named", span))
            taken.append(span)
    if "account" in roles and "account" not in fields.values():  # the account as radio buttons
        q = _account_option(f, instruction[slice(*roles["account"])])
        if q is not None:
            todo.append(FormStep("click", q, "account", roles["account"]))
    if todo or SENDING.match(instruction):  # the task sends the form: it cannot go without its consent box
        q = _consent_box(f)
        if q is not None:
            todo.append(FormStep("click", q, "consent", (0, 0)))
    if not todo:
        return None
    among = f.cand_box[[s.index for s in todo]]
    return min(todo, key=lambda s: _reading_place(f.cand_box[s.index], among))


_NOT_A_VALUE = frozenset({"and", "or", "to", "for", "with", "the", "a", "an", "in", "on", "at", "is", "then", "field"})


def _named_value(instruction: str, f: Features, q: int, taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The characters of the value the task gives field ``q`` by its label ("promo code SUMMER", "the promo code
    is 'SUMMER25'"): the label (or its first words, at least four letters) then the value, neither of them
    overlapping a role's value; else None."""
    left = left_label(f, q)
    labels = [f.cand_text[q]] + ([f.cand_text[left]] if left is not None else [])
    for label in labels:
        ws = re.findall(r"[A-Za-z0-9]+", label)[:4]
        for k in range(len(ws), 0, -1):
            head = ws[:k]
            if sum(map(len, head)) < 4:
                break
            m = re.search(r"\b" + r"[\s-]+".join(map(re.escape, head)) + rf"\b\s*(?:(?:is|of|as|:|=)\s*)?{VALUE}",
                          instruction, re.I)
            span = _group(m) if m is not None else None
            value = instruction[slice(*span)] if span else ""
            if re.search(r"\w", value) and value.lower() not in _NOT_A_VALUE \
                    and not any(_overlaps((m.start(), span[1]), t) for t in taken):
                return span
    return None


def _either(roles: dict[str, tuple[int, int]], fields: dict[int, str | None]) -> dict[int, str | None]:
    """Fields of the role "when" (a "Departure") take the one of the task's date and time that no other field on
    screen takes; none when both or neither are left."""
    left = [r for r in ("date", "time") if r in roles and r not in fields.values()]
    return {q: (left[0] if len(left) == 1 else None) if r == "when" else r for q, r in fields.items()}


_SEND = re.compile(rf"\W*(?:{_SEND_WORDS})\b", re.I)


def send_button(f: Features, instruction: str) -> int | None:
    """The button that sends a filled payment form, asked once ``next_step`` found nothing left to fill: when
    something was typed and nothing clicked since, the text nearest below the last typed point that reads like
    sending ("Pay now", "Review transfer", "Send money"), else the button right beside a "Cancel" under it (a
    dialog's "Issue ticket"). The network chose a "Join" button of another panel."""
    if len(value_roles(instruction)) < 2 or _sent(f):
        return None
    typed = [hb for k, hb in zip(f.hist_kind, f.hist_box, strict=True) if ACTIONS[int(k)] == "type"]
    if not typed:
        return None
    x, y = (typed[-1][0] + typed[-1][2]) / 2, (typed[-1][1] + typed[-1][3]) / 2
    texts = [t for t in range(len(f.cand_text))
             if f.cand_kind[t] == KINDS["text"] and f.cand_box[t][1] >= y - 8 * f.scale]
    below = [t for t in texts if _SEND.match(f.cand_text[t])]
    if not below:  # a dialog's own button, right beside its "Cancel" ("Cancel  Issue ticket")
        below = [t for t in beside_cancel(f, texts) if 1 <= len(words(f.cand_text[t])) <= 3
                 and words(f.cand_text[t])[0] != "cancel"]
    return min(below, key=lambda t: abs(f.cand_box[t][1] - y) + 0.25 * abs(f.cand_box[t][0] - x), default=None)


def button_word(text: str) -> bool:
    """Whether a text reads like a button's ("Save settings", "Next", "Review transfer")."""
    return _BUTTON_WORD.match(text) is not None


def sends(label: str) -> bool:
    """Whether a button's text reads like sending a payment ("Pay now", "Confirm transfer")."""
    return _SEND.match(label) is not None


def field_of_role(f: Features, instruction: str, j: int, a: int, b: int, scores: np.ndarray) -> int:
    """Where to type characters [a, b) of a payment task when no field is left to fill (``next_step``): a value
    of one role goes into the best-scoring field of that role, else where the pointer chose (``j``)."""
    roles = value_roles(instruction)
    said = role_of_span(roles, a, b) if len(roles) >= 2 else None
    if said is None:
        return j
    theirs = [q for q in range(len(f.cand_text)) if f.cand_kind[q] == KINDS["input"] and role_of_field(f, q) == said]
    return max(theirs, key=lambda q: scores[q]) if theirs else j


def role_of_field(f: Features, q: int) -> str | None:
    """Field ``q``'s role by the text inside it (a placeholder: "Description"; a label drawn inside: "Pay to"),
    else by its label: a label borrowed from above may be the field's above it ("Amount (euro) Description"),
    or a title ("Transfer money" over a field whose label "Payee" stands to its left), so a label stacked right
    over its left edge is asked, then the text just left of it on its row, then the text just above it (at
    device scale 2 the Guests field borrowed "Format: YYYY-MM-DD", the hint under the Date field above, and hid
    its own label). A date format reads as a
    date only inside the field (a placeholder), never from a borrowed label."""
    box = tuple(f.cand_box[q])
    for t in range(len(f.cand_text)):
        if f.cand_kind[t] == KINDS["text"] and within(tuple(f.cand_box[t]), box):
            r = "date" if DATE_FORMAT.search(f.cand_text[t]) else field_role(f.cand_text[t])  # a "DD/MM/YYYY"
            if r is not None:
                return r
            if _BUTTON_WORD.match(f.cand_text[t]) or not_a_role(f.cand_text[t]):
                return None  # a button drawn as a box ("Pay now"), its label borrowed from the field above
    r = field_role(f.cand_text[q])
    if r is not None or not_a_role(f.cand_text[q]):
        return r
    above = above_label(f, q)
    if above is not None and abs(float(f.cand_box[above][0] - f.cand_box[q][0])) <= 8 * f.scale \
            and -4 * f.scale <= float(f.cand_box[q][1] - f.cand_box[above][3]) <= 16 * f.scale \
            and (r := field_role(f.cand_text[above])) is not None:
        return r  # a label stacked right on its left edge ("EMAIL ADDRESS" in a dialog, over a table's "NAME")
    left = left_label(f, q)
    r = field_role(f.cand_text[left]) if left is not None else None
    if r is not None:
        return r
    above = above_label(f, q)
    return field_role(f.cand_text[above]) if above is not None else None


def above_label(f: Features, q: int, overlap: float | None = None, reach: float = 8) -> int | None:
    """The text ending just above field ``q`` (within 40 CSS px; its bottom may reach ``overlap`` px, 4 CSS px
    unless told, into the field) and starting over it (``reach`` CSS px left of it at most, 12 inside its right
    end at least: the next field's label may start where this box ends)."""
    x0, y0, x1, _ = f.cand_box[q]
    best, gap = None, 40 * f.scale
    overlap = 4 * f.scale if overlap is None else overlap
    for t in range(len(f.cand_text)):
        tx0, ty0, _, ty1 = f.cand_box[t]
        if f.cand_kind[t] == KINDS["text"] and x0 - reach * f.scale <= tx0 < x1 - 12 * f.scale \
                and y0 - gap <= ty1 <= y0 + overlap \
                and ty0 < y0 and not (best is not None and abs(float(ty1 - f.cand_box[best][3])) <= 2 * f.scale
                                      and abs(float(tx0 - x0)) > abs(float(f.cand_box[best][0] - x0))):
            best, gap = t, y0 - ty1  # (of labels on one line, the one starting nearer the field's left edge:
            # "Opens at (Mon–Sat)" over its box, not "Closes at (Mon–Sat)" starting at that box's right end)
    return best


def left_label(f: Features, q: int) -> int | None:
    """The text ending just left of field ``q`` (within 120 CSS px) on its row."""
    x0, y0, x1, y1 = f.cand_box[q]
    cy, best, gap = (y0 + y1) / 2, None, 120 * f.scale
    for t in range(len(f.cand_text)):
        tx0, ty0, tx1, ty1 = f.cand_box[t]
        if f.cand_kind[t] == KINDS["text"] and ty0 <= cy <= ty1 and tx1 <= x0 + 4 and x0 - tx1 < gap:
            best, gap = t, x0 - tx1
    return best


def value_typed(f: Features, span: tuple[int, int]) -> bool:
    """A ``type`` of the history typed the task's characters ``span`` (its text matches each of their word
    pieces): that value is in, wherever the field's box was found (a button whose text OCR missed borrowed the
    Amount label, and the amount was typed twice)."""
    toks = [t for t, (a, b) in enumerate(f.ins_off.astype(int)) if span[0] <= a and b <= span[1]]
    return bool(toks) and any(ACTIONS[int(k)] == "type" and bool(np.all(m[toks] >= 0.99))
                              for k, m in zip(f.hist_kind, f.hist_match, strict=True))


def typed_into(f: Features, q: int, value: str) -> bool:
    """Field ``q`` was typed into before (a ``type`` of the history points inside it), or shows ``value``. An
    underlined field's box may be found as its line alone, its text just above: both count, 12 CSS px around."""
    x0, y0, x1, y1 = (float(v) for v in f.cand_box[q])
    pad = 12 * f.scale
    box = np.array([x0, y0 - pad, x1, y1 + pad])
    start = act_start(f)  # (a type of the story's earlier act, in its own dialog, is not this one's)
    if any(ACTIONS[int(k)] == "type" and _inside(hb, box) for k, hb in zip(f.hist_kind[start:], f.hist_box[start:],
                                                                            strict=True)):
        return True
    want = words(value)
    if not want:
        return False
    for t in range(len(f.cand_text)):
        if (t == q or f.cand_kind[t] == KINDS["text"]) and phrase_at(words(f.cand_text[t]), want):
            tb = f.cand_box[t]
            if tb[0] < x1 and tb[2] > x0 and tb[1] < box[3] and tb[3] > box[1]:
                return True
    return False


def shown_as(value: str, field: str) -> str:
    """``value`` as it is typed into, and shown by, a field known by ``field``: a date in the format the field
    shows, a count in digits ("two" into "Number of guests 2" is already there)."""
    return as_count(in_field_format(value, field), field)


def _account_option(f: Features, account: str) -> int | None:
    """The radio button known by ``account`` (its label starts with it), while the history has no click: the
    account is the one thing of a payment form that is clicked before it is sent. A link or a tab that reads the
    same ("Savings" in a bank's menu) is no choice of the form."""
    name = words(account)
    found = [q for q in range(len(f.cand_text)) if f.cand_kind[q] == KINDS["component"]
             and words(f.cand_text[q])[:len(name)] == name]
    if not found:
        return None
    clicked = any(ACTIONS[int(k)] == "click" for k in f.hist_kind)  # (a scroll moves the option it clicked)
    return None if clicked else found[0]


_CONSENT = re.compile(r"\W*(?:i\s+)?(?:have\s+read\s+and\s+)?(?:agree|accept|consent)\b"
                      r"|.*\bterms\s+(?:and|&)\s+conditions\b"
                      r"|.*\b(?:has|have)\s+read\s+and\s+(?:signed|agreed|accepted)\b", re.I)  # ("Reader has read
# and signed the search room rules")
# a consent box is ticked when its pixels are dark or coloured: a ticked box is filled with the accent colour
_TICKED_BELOW = 0.62


def _consent_box(f: Features) -> int | None:
    """An unticked consent box ("I agree to the terms", "I accept the terms and conditions") no action of the
    history pointed into: the first of them in the list."""
    for q in range(len(f.cand_text)):
        if f.cand_kind[q] != KINDS["component"] or not _CONSENT.match(f.cand_text[q]):
            continue
        x0, y0, x1, y1 = f.cand_box[q]
        if max(x1 - x0, y1 - y0) > 40 * f.scale or float(np.mean(f.cand_state[q, 2:5])) < _TICKED_BELOW:
            continue  # no box, or a box already ticked
        if not any(ACTIONS[int(k)] == "click" and _inside(hb, f.cand_box[q] + np.array([-4, -4, 4, 4]) * f.scale)
                   for k, hb in zip(f.hist_kind, f.hist_box, strict=True)):
            return q
    return None


# a box that leaves a thing out: "Skip their Spring 2025 case (allocated)", read by what the task does not want
_LEAVES_OUT = frozenset({"skip", "exclude", "omit", "waive", "withhold"})


# money handed back, said without the word: "give everyone their deposits back"
_GIVE_BACK = re.compile(r"\b(?:give|pay|hand)\s+(?:[\w'’]+\s+){0,3}?(?:deposits?|money|fees?|payments?)\s+back\b",
                        re.I)


def told_box(f: Features, told: str) -> int | None:
    """The one unticked box of a form with a "Cancel" whose label the task tells as a fact: "… hospital
    transport is already booked. Can you discharge him please?" ticks "Patient transport booked" before the
    discharge is confirmed. Its label's words of four letters or more, two at least and half of them, are the
    task's (their first five letters), in no sentence that denies ("transport isn't booked"), or it starts with
    a verb the task asks for too ("… Refund her deposit too": "Refund payments received"; "give everyone their
    deposits back": "Refund what they've paid"); a box that leaves a
    thing out is told by what the task does not want too ("She doesn't want the spring case either, so please
    skip that": "Skip their Spring 2025 case"); not once clicked. Or the one ticked box whose label a clause of
    the task denies (``_denied_box``)."""
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]]
    if not len(f.hist_kind) or not any(words(f.cand_text[t]) == ["cancel"] or words(f.cand_text[t])[:1] == ["keep"]
                                       for t in texts):
        return None  # (a dialog's way out: "Cancel", "Keep order")
    said, unwanted = told_words(told), told_words(told, denied=True)
    found = []
    for q in range(len(f.cand_text)):
        x0, y0, x1, y1 = f.cand_box[q]
        if f.cand_kind[q] != KINDS["component"] or max(x1 - x0, y1 - y0) > 40 * f.scale \
                or abs(float((x1 - x0) - (y1 - y0))) > 2 * f.scale \
                or float(np.mean(f.cand_state[q, 2:5])) < _TICKED_BELOW or _in_text(f, q, texts, ticks=True) \
                or _in_text(f, q, texts):
            continue  # no box (a glyph of a line of text typed, or the first letter of a line read: "F" of "Fri
            # 17 Jan 14:00 — …", not square), or a box ticked (its tick read as "V")
        label = [w for w in words(f.cand_text[q]) if len(w) >= 4 and w.isalpha()]
        shared = [w for w in label if w[:5] in (said | unwanted if label[0] in _LEAVES_OUT else said)]
        own = label[:1] and any(t != q and 2 <= len(ws := words(f.cand_text[t])) <= 4 and ws[0] == label[0]
                                for t in texts)  # (the dialog's own verb, its title's or its button's: "Renew
        # contract" asks nothing of "Renew automatically at the end of the new term")
        whole = len(label) == 1 and len(label[0]) >= 7 and label[0].endswith("ed") and label[0] in words(told) \
            and label[0][:5] in said
        # (or its one long word said as written: "… had all of it bottled and pasteurised": "☐ Pasteurised")
        if (len(shared) >= 2 and 2 * len(shared) >= len(label) or whole or not own and _asks_too(told, label)
                or label[:1] == ["refund"] and _GIVE_BACK.search(told)) \
                and not any(
                ACTIONS[int(k)] == "click" and _inside(hb, f.cand_box[q] + np.array([-4, -4, 4, 4]) * f.scale)
                for k, hb in zip(f.hist_kind, f.hist_box, strict=True)):
            found.append(q)
    return found[0] if len(found) == 1 else _denied_box(f, told) if not found else None


# a clause that says not to: "… and given the circumstances don't charge her the late fee"
_DENIES = re.compile(r"\b(?:don['’]t|do\s+not|doesn['’]t|does\s+not|no\s+need\s+to|not\s+to|mustn['’]t|shouldn['’]t|"
                     r"without)\s+([^.,;:!?—–]+)", re.I)


def _denied_box(f: Features, told: str) -> int | None:
    """The one ticked box of a dialog whose label a clause of the task denies: "… don't charge her the late
    fee" unticks "Charge late cancellation fee (£15.00)" (its verb and half its words of four letters or more
    are the clause's, read by their first five letters); not once clicked."""
    said = {w[:5] for m in _DENIES.finditer(told) for w in words(m.group(1))}
    if not said:
        return None
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]]
    found = []
    for q in range(len(f.cand_text)):
        x0, y0, x1, y1 = f.cand_box[q]
        if f.cand_kind[q] != KINDS["component"] or max(x1 - x0, y1 - y0) > 40 * f.scale \
                or float(np.mean(f.cand_state[q, 2:5])) >= _TICKED_BELOW and not _in_text(f, q, texts, ticks=True) \
                or _in_text(f, q, texts):
            continue  # no box, or a box not ticked (a tick read as "V" is one)
        label = [w for w in words(f.cand_text[q]) if len(w) >= 4 and w.isalpha()]
        shared = [w for w in label if w[:5] in said]
        if label and label[0] in shared and 2 * len(shared) >= len(label) and not any(
                ACTIONS[int(k)] == "click" and _inside(hb, f.cand_box[q] + np.array([-4, -4, 4, 4]) * f.scale)
                for k, hb in zip(f.hist_kind, f.hist_box, strict=True)):
            found.append(q)
    return found[0] if len(found) == 1 else None


def _in_text(f: Features, q: int, texts: list[int], ticks: bool = False) -> bool:
    """Whether box ``q``'s middle stands inside a text read, past its start (a glyph of a line typed into a
    note, no box; a box read with its label starts it), other than a tick OCR read on it ("V"); with
    ``ticks``, inside a tick read."""
    x, y = (f.cand_box[q][0] + f.cand_box[q][2]) / 2, (f.cand_box[q][1] + f.cand_box[q][3]) / 2
    if ticks:
        return any(f.cand_box[t][0] < x < f.cand_box[t][2] and f.cand_box[t][1] < y < f.cand_box[t][3]
                   and len(tick := f.cand_text[t].strip()) == 1 and tick in TICKS for t in texts)
    return any(f.cand_box[t][0] + 30 * f.scale < x < f.cand_box[t][2] and f.cand_box[t][1] < y < f.cand_box[t][3]
               for t in texts)


def _asks_too(told: str, label: list[str]) -> bool:
    """Whether a box's label starts with a verb the task asks for in a later sentence or clause of its own:
    "Can you cancel FR-2307? … Refund her deposit too, please." ticks "Refund payments received (£25.00)" in
    the cancel dialog (not the task's first verb: the dialog itself does that)."""
    if not label or len(label[0]) < 5:
        return False
    first = re.match(r"\W*(?:(?:can|could|would|will)\s+you\s+|please\s+)?([a-z]+)", told, re.I)
    return (first is None or first.group(1).lower() != label[0]) and re.search(
        rf"(?:[.!?;,—–]\s*|\band\s+|\bthen\s+)(?:please\s+|also\s+)?{re.escape(label[0])}\b", told, re.I) is not None


def _sent(f: Features) -> bool:
    """A click after a ``type`` in the history, other than one on a consent box or another small box or radio
    button still on screen, or a key pressed
    after one (Enter sends): the form was sent (or left), nothing more to fill. A ticked box may no longer be
    found as a widget (at device scale 2 it was not), so a click just left of a consent text counts as on its
    box too."""
    pad = np.array([-4, -4, 4, 4]) * f.scale
    boxes = [f.cand_box[q] + pad for q in range(len(f.cand_text))
             if f.cand_kind[q] == KINDS["component"] and _CONSENT.match(f.cand_text[q])]
    boxes += [f.cand_box[q] + pad + np.array([-40 * f.scale, 0, 0, 0]) for q in range(len(f.cand_text))
              if f.cand_kind[q] == KINDS["text"] and _CONSENT.match(f.cand_text[q])]
    boxes += [f.cand_box[q] + pad for q in range(len(f.cand_text)) if f.cand_kind[q] == KINDS["component"]
              and max(f.cand_box[q][2] - f.cand_box[q][0], f.cand_box[q][3] - f.cand_box[q][1]) <= 40 * f.scale]
    # (a radio button or a box of the form picked between its fields: "Driving licence")
    typed = False
    for k, hb in zip(f.hist_kind, f.hist_box, strict=True):
        act = ACTIONS[int(k)]
        typed = typed or act == "type"
        if typed and (act == "key" or (act == "click" and not any(_inside(hb, b) for b in boxes))):
            return True
    return False


def _inside(hb: np.ndarray, box: np.ndarray) -> bool:
    cx, cy = (hb[0] + hb[2]) / 2, (hb[1] + hb[3]) / 2
    return bool(box[0] <= cx <= box[2] and box[1] <= cy <= box[3])


def _reading_place(box: np.ndarray, among: np.ndarray) -> tuple[int, float]:
    """Row, then left to right, of ``box`` among the boxes ``among``: boxes whose centres lie within half the
    tallest one's height of each other share a row."""
    tol = max(float(np.max(among[:, 3] - among[:, 1])) * 0.5, 1.0)
    cy = (box[1] + box[3]) / 2
    centres = np.sort((among[:, 1] + among[:, 3]) / 2)
    row = int(np.sum(np.r_[0, np.diff(centres) > tol][centres <= cy + 1e-3]))
    return row, float(box[0])
