"""Built-in vocabulary for generated pages, split so held-out pages use words training never saw.

Every category is one list; a word belongs to the held-out split when its position in its list is
``4 (mod 5)`` (one word in five), otherwise to train. Structural words that every real GUI uses
(OK, Cancel, Username, Password, Search, ...) are shared by both splits on purpose: a model must know them.
"""

from __future__ import annotations

import random
from typing import Literal

Split = Literal["train", "heldout"]

_RAW: dict[str, str] = {
    "first_names": """Alice Bruno Chloe Daniel Elena Felix Grace Hugo Irene Jonas Karin Liam Maya Nadia Oscar
        Paula Quentin Rosa Samuel Tessa Umar Vera Walter Xenia Yusuf Zoe Amir Beatriz Carlos Dmitri Emma Farah
        George Hana Ivan Julia Kenji Laura Marco Nina Omar Priya Rafael Sofia Tomas Ursula Viktor Wanda Yara Zain""",
    "last_names": """Anderson Becker Costa Dubois Eriksen Fischer Garcia Hansen Ito Jensen Kowalski Larsen Moreau
        Novak Okafor Petrov Quinn Rossi Schmidt Tanaka Ueda Varga Weber Xu Yilmaz Zimmer Alvarez Brennan
        Castillo Dahl Engel Fontaine Gruber Holm Ivanova Janssen Keller Lindqvist Martins Nakamura""",
    "cities": """Amsterdam Berlin Cairo Dublin Edinburgh Florence Geneva Helsinki Istanbul Jakarta Kyoto Lisbon
        Madrid Nairobi Oslo Prague Quebec Riga Seoul Toronto Utrecht Vienna Warsaw Yokohama Zurich Athens Bogota
        Chicago Denver Lyon Manila Munich Porto Sydney Tallinn Valencia Bergen Cardiff Dresden Granada Krakow
        Lima Montreal Naples Perth Seville Tbilisi Vilnius""",
    "products": """Laptop Monitor Keyboard Headphones Backpack Camera Tripod Blender Kettle Toaster Lamp Desk Chair
        Sofa Bookshelf Umbrella Jacket Sneakers Watch Wallet Speaker Router Printer Scanner Tablet Charger
        Notebook Pencil Stapler Mug Teapot Skillet Cushion Blanket Mirror Rug Helmet Bicycle Scooter Tent
        Lantern Thermos Compass Binoculars Microphone Projector""",
    "adjectives": """Red Blue Green Black White Silver Golden Compact Deluxe Classic Modern Vintage Wireless Portable
        Premium Basic Large Small Bright Quiet Rapid Smart Solar Steel Wooden Organic Urban Coastal Alpine
        Nordic Royal Simple""",
    "actions": """Save Apply Continue Export Import Upload Download Share Print Archive Restore Publish Refresh
        Approve Reject Duplicate Rename Preview Subscribe Register Checkout Confirm Send Reply Forward Delete
        Edit Remove Update Reset Install Connect Sync Invite Join Follow Book Reserve Compare Schedule Merge
        Attach Unlock""",
    "sections": """Overview Settings Profile Billing Security Notifications Reports Dashboard Inventory Orders
        Customers Messages Calendar Projects Documents Analytics Payments Shipping Support Team Integrations
        Preferences Accounts Files Activity History Downloads Library Favorites Media Contacts Tasks Invoices
        Storage Privacy Appearance Language Network Devices Backups""",
    "field_labels": """Full name|Email|Phone|Company|Address|City|Postal code|Country|Website|Job title|Department|
        Nickname|Street|Apartment|Card number|Cardholder|Coupon code|Message|Subject|Comment|Birth date|
        Start date|End date|Due date|Project name|Team name|Display name|Recovery email|Emergency contact|
        Delivery note|Gift message|Reference|Order number|Account name|Bank name|Tax number|License key|
        Referral code|Twitter handle|Office|Floor|Room""",
    "topics": """pricing|release notes|privacy policy|terms of service|careers|press kit|help center|
        status page|documentation|community forum|blog|contact us|about us|partners|developers|
        accessibility|sitemap|security advisories|system requirements|tutorials|roadmap|changelog|
        gift cards|store locator|returns|warranty|affiliates|investors|events|newsletter""",
    "files": """report.pdf|budget.xlsx|notes.txt|photo.jpg|slides.pptx|invoice.pdf|draft.docx|backup.zip|
        logo.png|data.csv|readme.md|script.py|contract.pdf|schedule.xlsx|poster.png|minutes.docx|
        archive.tar|plan.txt|summary.pdf|map.svg|song.mp3|video.mp4|config.yaml|index.html|letter.odt""",
    "apps": """Notepad|Photo Viewer|Mail|Calculator|File Manager|Terminal|Music Player|Calendar|Spreadsheet|
        Image Editor|Archive Manager|Text Editor|System Monitor|Contacts|Weather|Maps|Clock|Disk Usage|
        Video Player|Scanner""",
    "values": """blue42|sunrise7|maple|orbit99|quartz|delta-3|falcon|meadow|pixel88|harbor|tango5|velvet|
        cobalt|ember12|glacier|nimbus|papaya|rocket7|saffron|willow|zephyr|atlas21|breeze|cactus|
        dynamo|echo44|fjord|gizmo|hazel|indigo9|juniper|kiwi|lagoon|magnet|nova17|onyx|pebble|quill|
        raven|summit""",
    "statuses": """Active|Pending|Paused|Closed|Draft|Shipped|Overdue|Paid|Archived|Blocked|Queued|Running|
        Failed|Approved|Scheduled""",
}

SHARED = {
    "ok": ["OK", "Cancel", "Close", "Yes", "No", "Submit", "Sign in", "Log in", "Search", "Next", "Back"],
    "login": ["Username", "Password", "Email", "Remember me", "Forgot password?"],
}


def _parse(text: str) -> list[str]:
    sep = "|" if "|" in text else None
    return [w.strip() for w in text.split(sep) if w.strip()]


CATEGORIES: dict[str, list[str]] = {k: _parse(v) for k, v in _RAW.items()}


def _assign() -> dict[str, Split]:
    """Each word's split, decided where it first appears, so a word listed in two categories (Calendar is a
    section and an app) is on one side only."""
    out: dict[str, Split] = {}
    for ws in CATEGORIES.values():
        for i, w in enumerate(ws):
            out.setdefault(w, "heldout" if i % 5 == 4 else "train")
    return out


def words(category: str, split: Split) -> list[str]:
    """The words of ``category`` that belong to ``split``."""
    return [w for w in CATEGORIES[category] if _SPLIT_OF[w] == split]


def all_words(split: Split) -> set[str]:
    return {w for c in CATEGORIES for w in words(c, split)}


class Vocab:
    """Draws words of one split from a seeded RNG; ``pick`` avoids repeats within one page."""

    def __init__(self, split: Split, rng: random.Random):
        self.split = split
        self.rng = rng
        self._used: set[str] = set()

    def pick(self, category: str) -> str:
        pool = words(category, self.split)
        fresh = [w for w in pool if w not in self._used]
        w = self.rng.choice(fresh or pool)
        self._used.add(w)
        return w

    def words(self, category: str) -> list[str]:
        return words(category, self.split)

    def mark(self, word: str) -> None:
        """Record a word chosen by the caller from ``words``."""
        self._used.add(word)

    def sample(self, category: str, k: int) -> list[str]:
        return [self.pick(category) for _ in range(k)]

    def name(self) -> str:
        return f"{self.pick('first_names')} {self.pick('last_names')}"

    def value(self) -> str:
        """Something to type: a value word, a city, a name, an email or a number."""
        r = self.rng.random()
        if r < 0.3:
            return self.pick("values")
        if r < 0.5:
            return self.pick("cities")
        if r < 0.7:
            return self.name()
        if r < 0.8:
            return f"{self.pick('first_names').lower()}.{self.pick('last_names').lower()}@example.com"
        if r < 0.9:
            return str(self.rng.randint(10, 99999))
        return self.street()

    def street(self) -> str:
        """A street address. "1 Main St" was typed as "Main" on a hand-written checkout page, then as "Main St"
        once addresses were among the values: house numbers are now often one digit, as real ones are, and
        streets have common names as well as surnames."""
        r = self.rng.random()
        number = self.rng.randint(1, 9) if r < 0.4 else self.rng.randint(10, 99) if r < 0.7 else \
            self.rng.randint(100, 999)
        name = self.pick("streets") if self.rng.random() < 0.6 else self.pick("last_names")
        return f"{number} {name} {self.rng.choice(['Street', 'St', 'Road', 'Rd', 'Avenue', 'Ave', 'Lane'])}"

CATEGORIES.update({
    "streets": _parse("""Main Oak Elm High Park Church Mill Lake Hill Station Cedar Pine River Bridge Market King
        Queen Spring Garden North South West East Maple Forest Meadow Harbor Sunset Willow Chestnut Walnut
        Cherry Lincoln Washington Jefferson Franklin Madison Center Union Water"""),
    "quantities": _parse("""Volume|Brightness|Contrast|Speed|Zoom|Opacity|Temperature|Balance|Bass|Treble|
        Saturation|Sensitivity|Quality|Budget|Distance|Price limit|Font size|Timeout|Playback rate|Humidity"""),
    # on/off settings; the hand-written apps' own ("Dark mode", "Email notifications", "Public profile") are
    # left out so those pages stay a transfer test
    "toggles": _parse("""Push notifications|Weekly digest|Two-factor authentication|Auto-save|Compact view|
        Sound effects|Autoplay videos|Read receipts|Spell check|Location sharing|Show online status|Beta features|
        Automatic updates|Keyboard shortcuts|High contrast|Reduce motion|Desktop alerts|Marketing emails|
        Offline mode|Sync contacts|Show previews|Auto-archive|Activity status|Large text|Night light|Data saver|
        Remember this device|Login alerts|Show hidden files|Auto-reply|Vibration|Captions|Background refresh|
        Usage statistics|Personalized ads|Smart replies|Focus mode|Cloud backup|Download over Wi-Fi only|
        Private account"""),
})

_SPLIT_OF = _assign()
