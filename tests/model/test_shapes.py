"""Stars and hearts known by their shape (``shapes``), drawn by a real Chromium as apps draw them."""

from types import SimpleNamespace

import cv2
import numpy as np
import pytest

from tilepilot.model.embedded.features import KINDS, _crop

STAR = ("<svg width='{s}' height='{s}' viewBox='0 0 24 24'><path d='M12 2l3.1 6.3 6.9 1-5 4.9 1.2 6.8L12 17.8 "
        "5.8 21l1.2-6.8-5-4.9 6.9-1z' fill='{fill}' stroke='{ink}' stroke-width='2'/></svg>")
HEART = ("<svg width='{s}' height='{s}' viewBox='0 0 24 24'><path d='M12 21s-7.5-4.6-9.6-9.2C.9 8.4 3 4.5 6.8 4.5"
         "c2.2 0 3.6 1.2 5.2 3 1.6-1.8 3-3 5.2-3 3.8 0 5.9 3.9 4.4 7.3C19.5 16.4 12 21 12 21z' fill='{fill}' "
         "stroke='{ink}' stroke-width='2'/></svg>")
ICONS = {
    "svg-star": (STAR.format(s=16, fill="none", ink="#9aa0ad"), "star"),
    "svg-star-filled": (STAR.format(s=20, fill="#f5a623", ink="#f5a623"), "star"),
    "glyph-star": ("<span style='font-size:18px;color:#bbb'>☆</span>", "star"),
    "svg-heart": (HEART.format(s=18, fill="none", ink="#e0245e"), "heart"),
    "svg-heart-filled": (HEART.format(s=22, fill="#e0245e", ink="#e0245e"), "heart"),
    "dot": ("<span style='display:inline-block;width:10px;height:10px;border-radius:5px;background:#d9534f'></span>",
            None),
    "avatar": ("<span style='display:inline-block;width:30px;height:30px;border-radius:15px;background:#5b8'>"
               "</span>", None),
    "box": ("<input type='checkbox' style='width:16px;height:16px;margin:0'>", None),
    "caret": ("<svg width='12' height='8' viewBox='0 0 12 8'><path d='M1 1l5 5 5-5' fill='none' stroke='#333' "
              "stroke-width='2'/></svg>", None),
    "plus": ("<span style='font:bold 20px sans-serif'>+</span>", None),
    "trash": ("<svg width='18' height='18' viewBox='0 0 24 24'><path d='M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13' "
              "fill='none' stroke='#555' stroke-width='2'/></svg>", None),
}


@pytest.fixture(scope="module")
def crops(chromium) -> dict[str, np.ndarray]:
    """Each icon's 16x16 grey crop, cut from a real screenshot around its ink as the candidates are."""
    from tilepilot.actions.browser import Browser

    rows = "".join(f"<div id='{k}' style='display:inline-block;margin:18px'>{html}</div>"
                   for k, (html, _) in ICONS.items())
    with Browser(viewport=(900, 200), device_scale_factor=1.0) as b:
        b.page.set_content(f"<body style='margin:10px;background:#fff'>{rows}</body>")
        frame = b.capture()
        boxes = {k: b.page.eval_on_selector(f"#{k}", "e => { const r = e.getBoundingClientRect();"
                                            " return [r.left, r.top, r.right, r.bottom]; }") for k in ICONS}
    grey = cv2.cvtColor(frame.image, cv2.COLOR_RGB2GRAY)
    out = {}
    for k, (x0, y0, x1, y1) in boxes.items():
        win = grey[int(y0) - 4:int(y1) + 4, int(x0) - 4:int(x1) + 4]
        ys, xs = np.where(win < 245)  # the ink's own box, as a connected component's
        ink = (x0 - 4 + xs.min(), y0 - 4 + ys.min(), x0 - 4 + xs.max() + 1, y0 - 4 + ys.max() + 1)
        out[k] = _crop(grey, ink)
    return out


@pytest.mark.parametrize("name", list(ICONS))
def test_a_star_or_a_heart_is_known_and_nothing_else_is_taken_for_one(crops, name):
    from tilepilot.model.embedded.shapes import shape_of

    assert shape_of(crops[name]) == ICONS[name][1]


def test_the_star_of_the_row_the_task_names_is_clicked(crops):
    """"Star the contact Elena Petrova" clicked her initials: the network never saw a row's star in training.
    The star on the row reading the name is clicked instead; a task naming no row, or one that does not star,
    keeps the network's click."""
    from tilepilot.model.embedded.shapes import marked_icon

    names = ["Aaron Blake", "Elena Petrova", "Emma Schulz"]
    cands, crop = [], []
    for k, name in enumerate(names):
        y = 250 + 47 * k
        cands += [(name, KINDS["text"], (345, y, 438, y + 15)), ("", KINDS["component"], (266, y, 279, y + 13)),
                  (name, KINDS["component"], (1016, y + 2, 1026, y + 12))]  # its text, its star, its owner's dot
        crop += [np.full((16, 16), 255, np.uint8), crops["svg-star"], crops["dot"]]
    f = SimpleNamespace(cand_text=[c[0] for c in cands], cand_kind=np.array([c[1] for c in cands]),
                        cand_box=np.array([c[2] for c in cands], np.float32), cand_crop=np.stack(crop), scale=1.0)
    elena = names.index("Elena Petrova") * 3
    assert marked_icon(f, "Star the contact Elena Petrova.", elena, 0) == elena + 1
    assert marked_icon(f, "Please add Emma Schulz to my favourites", 0, 0) == 3 * 2 + 1
    assert marked_icon(f, "Open the contact Elena Petrova", elena, 0) == elena  # no starring
    assert marked_icon(f, "Star the second contact", elena, 0) == elena  # names no row: the ordinal rule's
    assert marked_icon(f, "Star the contact Yusuf Demir", elena, 0) == elena  # not on screen


def test_the_heart_of_the_card_the_task_names_is_clicked_not_its_neighbours(crops):
    """Cards in a grid show their heart over a photo, 160 px above the address; the card to the left is nearer
    the address than the card's own heart by centres. A card's heart stands between the texts of the cards
    beside it, and is measured from the address's box."""
    from tilepilot.model.embedded.shapes import marked_icon

    cards = [("14 Harbour Road, Portishead", (81, 395, 263, 411)),
             ("Flat 3, 12 Elm Street, Clifton", (471, 395, 646, 411)),
             ("7 Oakfield Avenue, Redland", (861, 395, 1034, 411))]
    cands, crop = [], []
    for name, (x0, y0, x1, y1) in cards:
        heart_x = x0 + 316
        cands += [(name, KINDS["text"], (x0, y0, x1, y1)),
                  ("", KINDS["component"], (heart_x, 226, heart_x + 18, 244))]
        crop += [np.full((16, 16), 255, np.uint8), crops["svg-heart"]]
    f = SimpleNamespace(cand_text=[c[0] for c in cands], cand_kind=np.array([c[1] for c in cands]),
                        cand_box=np.array([c[2] for c in cands], np.float32), cand_crop=np.stack(crop), scale=1.0)
    assert marked_icon(f, "Add the 2-bedroom flat on Elm Street to my saved homes", 2, 0) == 3
    assert marked_icon(f, "Save 7 Oakfield Avenue to my wishlist", 0, 0) == 5
    assert marked_icon(f, "Open the flat on Elm Street", 2, 0) == 2  # no keeping
    round_ = [("O", KINDS["text"], (c[2][0] - 12, 216, c[2][0] + 28, 256)) if c[1] == KINDS["component"] else c
              for c in cands]  # hearts in round white buttons, read as "O", no crop to tell
    g = SimpleNamespace(cand_text=[c[0] for c in round_], cand_kind=np.array([c[1] for c in round_]),
                        cand_box=np.array([c[2] for c in round_], np.float32),
                        cand_crop=np.full((6, 16, 16), 255, np.uint8), scale=1.0)
    assert marked_icon(g, "Add the 2-bedroom flat on Elm Street to my saved homes", 2, 0) == 3
    assert marked_icon(g, "Star the flat on Elm Street", 2, 0) == 2  # a star is never read as "O"
