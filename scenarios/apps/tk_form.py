"""A small Tk form for desktop tests: fixed position, large readable text, observable state.

    python scenarios/apps/tk_form.py --geometry 640x420+100+80 --state /tmp/state.json [--title T]

Layout (window pixels, fixed with ``place`` so tests can compute points from the geometry):

    title "Contact form"             Listbox "Item 1".."Item 40"   (x 450..620, y 60..210)
    Name  [entry 120..420]           Canvas with a draggable blue square (x 450..620, y 230..330)
    Email [entry 120..420]
    [x] Subscribe
    [Save] [Clear]
    status "Ready" / "Saved: <name> <email>"
    (empty background below y 300, left of x 440: safe to click)

The state file is JSON, rewritten atomically (tmp + os.replace) at startup ("ready": true, with the
window's real root position and every widget's box in root coordinates), on every mouse button press
("clicks": [{"x": x_root, "y": y_root, "button": n, "widget": name}]), on Save, Clear, listbox scroll
and square drag. SIGTERM and SIGINT close the window and exit with code 0.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import sys
import tkinter as tk

FONT = ("DejaVu Sans", 14)
TITLE_FONT = ("DejaVu Sans", 18, "bold")


class FormApp:
    def __init__(self, root: tk.Tk, state_path: str, title: str):
        self.root = root
        self.state_path = state_path
        self.clicks: list[dict] = []
        self.saved: dict | None = None
        self.saves = 0
        root.title(title)
        root.configure(bg="white")
        root.option_add("*Font", FONT)

        def label(text: str, x: int, y: int, **kw) -> tk.Label:
            w = tk.Label(root, text=text, bg="white", fg="black", **kw)
            w.place(x=x, y=y)
            return w

        self.widgets: dict[str, tk.Widget] = {}
        self.widgets["title"] = label("Contact form", 20, 10, font=TITLE_FONT)
        self.widgets["name_label"] = label("Name", 20, 60)
        self.widgets["email_label"] = label("Email", 20, 110)
        entry_kw = dict(relief="solid", bd=1, bg="white", fg="black", highlightthickness=0,
                        insertbackground="black", insertofftime=0)  # no blink: stable pixels
        self.name = tk.Entry(root, name="name", **entry_kw)
        self.name.place(x=120, y=58, width=300, height=32)
        self.email = tk.Entry(root, name="email", **entry_kw)
        self.email.place(x=120, y=108, width=300, height=32)
        self.widgets["name"], self.widgets["email"] = self.name, self.email
        self.subscribe = tk.IntVar(value=0)
        cb = tk.Checkbutton(root, name="subscribe", text="Subscribe", variable=self.subscribe, bg="white",
                            activebackground="white", highlightthickness=0, command=self.write_state)
        cb.place(x=116, y=150)
        self.widgets["subscribe"] = cb
        save = tk.Button(root, name="save", text="Save", command=self.on_save, highlightthickness=0)
        save.place(x=120, y=195, width=100, height=38)
        clear = tk.Button(root, name="clear", text="Clear", command=self.on_clear, highlightthickness=0)
        clear.place(x=240, y=195, width=100, height=38)
        self.widgets["save"], self.widgets["clear"] = save, clear
        self.status = label("Ready", 20, 250)
        self.widgets["status"] = self.status

        self.listbox = tk.Listbox(root, name="items", relief="solid", bd=1, highlightthickness=0,
                                  activestyle="none", exportselection=False)
        for i in range(1, 41):
            self.listbox.insert("end", f"Item {i}")
        self.listbox.place(x=450, y=60, width=170, height=150)
        self.widgets["items"] = self.listbox
        self._list_top = 0

        self.canvas = tk.Canvas(root, name="canvas", bg="#f0f0f0", highlightthickness=0, relief="solid", bd=1)
        self.canvas.place(x=450, y=230, width=170, height=100)
        self.square = self.canvas.create_rectangle(10, 30, 50, 70, fill="#3060c0", outline="")
        self.widgets["canvas"] = self.canvas
        self._drag_from: tuple[int, int] | None = None
        self.canvas.tag_bind(self.square, "<ButtonPress-1>", self._drag_start)
        self.canvas.bind("<B1-Motion>", self._drag_move)
        self.canvas.bind("<ButtonRelease-1>", self._drag_end)

        root.bind_all("<ButtonPress>", self.on_press, add="+")
        self.name.focus_set()
        root.after(100, self._poll)  # lets Python run signal handlers while Tk waits for events

    # events ----------------------------------------------------------------------------------------
    def on_press(self, event: tk.Event) -> None:
        if event.num in (4, 5):  # X11 wheel "buttons": not clicks
            self.root.after(50, self._check_scroll)
            return
        self.clicks.append({"x": event.x_root, "y": event.y_root, "button": event.num,
                            "widget": str(event.widget)})
        self.write_state()

    def on_save(self) -> None:
        self.saves += 1
        self.saved = self.form()
        self.status.configure(text=f"Saved: {self.saved['name']} {self.saved['email']}")
        self.write_state()

    def on_clear(self) -> None:
        self.name.delete(0, "end")
        self.email.delete(0, "end")
        self.subscribe.set(0)
        self.status.configure(text="Cleared")
        self.write_state()

    def _check_scroll(self) -> None:
        top = int(round(self.listbox.yview()[0] * self.listbox.size()))
        if top != self._list_top:
            self._list_top = top
            self.write_state()

    def _drag_start(self, event: tk.Event) -> None:
        self._drag_from = (event.x, event.y)

    def _drag_move(self, event: tk.Event) -> None:
        if self._drag_from is not None:
            dx, dy = event.x - self._drag_from[0], event.y - self._drag_from[1]
            self.canvas.move(self.square, dx, dy)
            self._drag_from = (event.x, event.y)

    def _drag_end(self, event: tk.Event) -> None:
        if self._drag_from is not None:
            self._drag_from = None
            self.write_state()

    def _poll(self) -> None:
        self.root.after(100, self._poll)

    # state -----------------------------------------------------------------------------------------
    def form(self) -> dict:
        return {"name": self.name.get(), "email": self.email.get(), "subscribe": bool(self.subscribe.get())}

    def boxes(self) -> dict[str, list[int]]:
        return {k: [w.winfo_rootx(), w.winfo_rooty(), w.winfo_width(), w.winfo_height()]
                for k, w in self.widgets.items()}

    def write_state(self) -> None:
        r = self.root
        state = {
            "ready": True,
            "pid": os.getpid(),
            "window": [r.winfo_rootx(), r.winfo_rooty(), r.winfo_width(), r.winfo_height()],
            "widgets": self.boxes(),
            "form": self.form(),
            "saved": self.saved,
            "saves": self.saves,
            "status": self.status.cget("text"),
            "list_top": self._list_top,
            "square": [round(v) for v in self.canvas.coords(self.square)],
            "clicks": self.clicks,
        }
        tmp = f"{self.state_path}.tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(state, f)
        os.replace(tmp, self.state_path)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--geometry", default="640x420+100+80", help="WxH+X+Y of the window")
    ap.add_argument("--state", required=True, help="JSON file the app keeps its state in")
    ap.add_argument("--title", default="Tilepilot test form")
    args = ap.parse_args(argv)
    if not re.fullmatch(r"\d+x\d+\+\d+\+\d+", args.geometry):
        ap.error(f"--geometry {args.geometry!r} is not WxH+X+Y, e.g. 640x420+100+80")
    try:
        root = tk.Tk()
    except tk.TclError as e:
        print(f"tk_form: cannot open the display ({e})", file=sys.stderr)
        return 2
    root.geometry(args.geometry)
    app = FormApp(root, args.state, args.title)

    def stop(signum: int, _frame: object) -> None:
        root.after(0, root.destroy)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    root.wait_visibility(root)
    root.update()
    app.write_state()
    root.mainloop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
