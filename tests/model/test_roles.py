"""Payment and booking tasks name no field: their values are read by role and their fields by label (``roles``)."""

import pytest

from tilepilot.model.embedded.roles import field_role, sends, value_roles


def _said(task: str) -> dict[str, str]:
    return {role: task[a:b] for role, (a, b) in value_roles(task).items()}


@pytest.mark.parametrize(("task", "want"), [
    ("Send 25 euros to Alice with reference rent", {"amount": "25", "payee": "Alice", "reference": "rent"}),
    ("Please pay Metro Electric 73.40 from my savings account, with the reference INV-2291.",
     {"amount": "73.40", "payee": "Metro Electric", "reference": "INV-2291", "account": "savings"}),
    ('Please send "Yusuf Ivanova" "1714" bucks, with the note "rent"',
     {"amount": "1714", "payee": "Yusuf Ivanova", "reference": "rent"}),
    ("Make a payment of '55' bucks to 'Nina'", {"amount": "55", "payee": "Nina"}),
    ("wire \"2043\" USD to \"Zain\" out of the Joint account, use \"tickets\" as the reference",
     {"amount": "2043", "payee": "Zain", "reference": "tickets", "account": "Joint"}),
    ("Transfer 687.21 pounds to Yusuf Yilmaz, and put gift in the note.",
     {"amount": "687.21", "payee": "Yusuf Yilmaz", "reference": "gift"}),
    ("send 1624 euro to Jonas Dahl memo INV-89946", {"amount": "1624", "payee": "Jonas Dahl",
                                                     "reference": "INV-89946"}),
    # phrasings the generator never makes
    ("Pay €40 to Bob's Bikes for the repair", {"amount": "40", "payee": "Bob's Bikes"}),
    ("transfer USD 120 to 'ACME Ltd' with the message: Q3 invoice",
     {"amount": "120", "payee": "ACME Ltd", "reference": "Q3"}),
    ("I'd like to send £9.99 to Carla Jones from Checking", {"amount": "9.99", "payee": "Carla Jones",
                                                              "account": "Checking"}),
])
def test_a_payment_task_is_read_by_role(task, want):
    assert _said(task) == want


@pytest.mark.parametrize("task", [
    "Send the report to Alice", "I'd like 3 ceramic mugs in my cart",
    "Type 12 into the Guests field", "Send 2 tickets to Bob", "Set the name to Ada Lovelace, then save changes",
    "Choose 25 from the Amount dropdown", "Log in as bob with password hunter2",
])
def test_other_tasks_have_no_roles(task):
    """A number alone is an amount only after pay, transfer or wire; with send, only beside a currency."""
    assert value_roles(task) == {}


@pytest.mark.parametrize(("label", "role"), [
    ("Amount", "amount"), ("Amount (euro)", "amount"), ("£ 0.00", "amount"), ("Sum", "amount"), ("€", "amount"),
    ("Payee", "payee"), ("Recipient name", "payee"), ("Pay to", "payee"), ("To", "payee"), ("Beneficiary", "payee"),
    ("Payee Choose payee...", "payee"),
    ("Reference", "reference"), ("Payment reference", "reference"), ("Message to recipient", "reference"),
    ("Memo", "reference"), ("Reference e.g. Invoice 123", "reference"),
    ("From account", "account"), ("Pay from", "account"),
    # no role: fields a payment task says nothing of, other forms' fields, buttons that borrowed a label
    ("IBAN", None), ("Email for receipt", None), ("Recipient email", None), ("Phone (optional)", None),
    ("Project name", None), ("Delivery note", None), ("Create account", None), ("Amount Save", None),
    ("Reference Pay now", None), ("Description Review transfer", None), ("Search", None),
])
def test_a_field_label_gives_its_role(label, role):
    assert field_role(label) == role


@pytest.mark.parametrize(("label", "sending"), [
    ("Pay now", True), ("Review transfer", True), ("Send money", True), ("Confirm transfer", True),
    ("Make payment", True), ("Continue", True), ("Book", True), ("Reserve now", True), ("Place order", True),
    ("Join", False), ("Bookmarks", False), ("Archive", False), ("Payee", False),
    ("Reference", False), ("Cancel", False),
])
def test_a_send_button_reads_like_sending(label, sending):
    """Once every field is typed, a payment form is sent by such a button, not by a "Join" of another panel."""
    assert sends(label) == sending


@pytest.mark.parametrize(("task", "want"), [
    ("Book a table for 4 on 2025-07-12 at 19:30", {"date": "2025-07-12", "time": "19:30", "count": "4"}),
    ("Hi! Could you reserve a table for two people on 3 August 2025 at 8 pm? You can accept the terms for me.",
     {"date": "3 August 2025", "time": "8 pm", "count": "two"}),
    ("Please book 4 tickets for the cruise on 21/06/2026 at 11:00",
     {"date": "21/06/2026", "time": "11:00", "count": "4"}),
    ("schedule a call on Aug 3, 2025 at 7.30pm", {"date": "Aug 3, 2025", "time": "7.30pm"}),
    ("Reserve a party of 6 at 12:15", {"time": "12:15", "count": "6"}),
])
def test_a_booking_task_is_read_by_role(task, want):
    """A date, a time and a count of people, known by their form; the time is never a piece of the date."""
    assert _said(task) == want


@pytest.mark.parametrize("task", [
    "Set the date to 2025-07-12 and the time to 19:30",  # no sending verb: the network fills named fields
    "Book a room from 2025-07-12 to 2025-07-15 for 2 guests",  # two dates: which is which is the network's
    "Book the 19:30 slot",  # one value alone is no form to fill by role
    "Create a new booking with the name Nadia Martins and the birth date 2027-06-07",
    "Send 2 tickets to Bob",
])
def test_tasks_that_are_no_booking_by_role(task):
    assert value_roles(task) == {}


@pytest.mark.parametrize(("label", "role"), [
    ("Date", "date"), ("Tour date", "date"), ("Check-in date", "date"),
    ("Time", "time"), ("Select a time", "time"), ("Preferred time", "time"), ("Time slot", "time"),
    ("Number of guests", "count"), ("NUMBER OF GUESTS 2", "count"), ("Adults", "count"), ("Party size", "count"),
    ("Departure", "when"), ("Check-in", "when"),
    ("Date of birth", None), ("Birth date", None), ("Due date", None), ("Subscription end date", None),
    ("Date Book", None), ("Promo code", None), ("Seating", None),
])
def test_a_booking_field_label_gives_its_role(label, role):
    """"when" (a "Departure") takes whichever of the task's date and time no other field on screen takes."""
    assert field_role(label) == role


@pytest.mark.parametrize(("task", "want"), [
    ("Ship to Grace Hopper at 42 Navy Rd and continue to payment", {"name": "Grace Hopper", "street": "42 Navy Rd"}),
    ('Please deliver it to "Ada Lovelace", 221b Baker Street', {"name": "Ada Lovelace", "street": "221b Baker Street"}),
    ("Enter 2 Keller St in the Order number box", {}),  # a street alone names no delivery
    ("Enter Ada Lovelace as the full name and 1 Main St as the street, then continue to payment", {}),  # no amount
])
def test_a_delivery_task_is_read_by_role(task, want):
    """A house number is never an amount, though "payment" is a word of the task."""
    assert _said(task) == want


@pytest.mark.parametrize(("label", "role"), [
    ("Full name", "name"), ("Name", "name"), ("Street", "street"), ("Street address", "street"),
    ("Address", "street"), ("Address line 2", None), ("Email address", "email"), ("Name Continue", None),
    ("Mobile", "phone"), ("Affiliation", "org"), ("Email for receipt", None), ("Email Save", None),
])
def test_a_delivery_field_label_gives_its_role(label, role):
    """A delivery's fields by their labels; a new person's email, phone and organisation too (a delivery task
    has no value of those roles, so its Email address field is left alone)."""
    assert field_role(label) == role
