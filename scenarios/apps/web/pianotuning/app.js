(function () {
  "use strict";
  var TODAY = "2025-06-05";
  var TECHS = ["Owen Fairweather", "Lydia Marsh"];
  var SERVICES = { "Tuning": { dur: 90, price: 85 }, "Pitch raise": { dur: 120, price: 120 }, "Regulation": { dur: 180, price: 240 }, "Repair": { dur: 60, price: 70 }, "Appraisal": { dur: 60, price: 60 } };
  var PN = function (id, make, model, type, year, loc) { return { id: id, make: make, model: model, type: type, year: year, location: loc }; };
  var C = function (id, name, phone, email, addr, town, pc, rem, tech, notes, pianos) { return { id: id, name: name, phone: phone, email: email, address: addr, town: town, postcode: pc, reminderMonths: rem, preferredTech: tech, notes: notes, pianos: pianos }; };
  var clients = [
    C("C-101", "Mrs Eleanor Pennington", "01684 293 410", "e.pennington@example.com", "4 Abbey Close", "Tewkesbury", "GL20 5SR", 6, "Owen Fairweather", "Prefers afternoons. Parking on drive.", [PN("PN-01", "Steinway", "Model O", "Grand", 1926, "Drawing room")]),
    C("C-102", "Mark & Julie Henderson", "01242 580 771", "hendersons@example.com", "22 Orchard Way", "Cheltenham", "GL52 3HT", 12, "Lydia Marsh", "Dog in house — friendly.", [PN("PN-02", "Broadwood", "Cottage upright", "Upright", 1908, "Hall"), PN("PN-03", "Kawai", "K-300", "Upright", 2015, "Children's music room")]),
    C("C-103", "Dr Samira Aziz", "01684 562 118", "s.aziz@example.com", "9 Priory Road", "Malvern", "WR14 3DR", 6, "Owen Fairweather", "", [PN("PN-04", "Bechstein", "Model 8", "Upright", 1995, "Study")]),
    C("C-104", "St Mary's C of E Primary School", "01242 522 040", "office@stmarys-primary.example.com", "Church Street", "Charlton Kings", "GL53 8AR", 6, "Owen Fairweather", "Sign in at school office. Bursar: Mrs Dale.", [PN("PN-05", "Yamaha", "U1", "Upright", 1988, "Main hall"), PN("PN-06", "Yamaha", "U1", "Upright", 1992, "Music room")]),
    C("C-105", "Pittville Pump Room", "01242 523 852", "events@pumproom.example.com", "Pittville Park", "Cheltenham", "GL52 3JE", 0, "Owen Fairweather", "Concert tunings booked per event.", [PN("PN-07", "Steinway", "Model D", "Concert grand", 2004, "Main room")]),
    C("C-106", "Mr George Tanner", "01386 840 226", "g.tanner@example.com", "The Old Rectory", "Broadway", "WR12 7AE", 12, "Owen Fairweather", "", [PN("PN-08", "Blüthner", "Model 6", "Grand", 1910, "Music room")]),
    C("C-107", "Ms Ruth Pennington", "01242 255 930", "ruth.p@example.com", "11 Lansdown Crescent", "Cheltenham", "GL50 2JY", 12, "Lydia Marsh", "", [PN("PN-09", "Chappell", "Upright", "Upright", 1935, "Lounge")]),
    C("C-108", "Ms Hannah Cole", "07700 900 451", "hannah.cole@example.com", "Flat 3, 18 Bath Road", "Cheltenham", "GL53 7HA", 6, "Lydia Marsh", "Second floor, no lift.", [PN("PN-10", "Kemble", "Oberon", "Upright", 2001, "Living room")]),
    C("C-109", "Malvern Theatres", "01684 569 256", "tech@malverntheatres.example.com", "Grange Road", "Malvern", "WR14 3HB", 0, "Owen Fairweather", "Stage door entrance.", [PN("PN-11", "Yamaha", "C7", "Grand", 2010, "Forum stage")]),
    C("C-110", "Mr & Mrs Okoye", "01452 713 904", "okoye.family@example.com", "7 Sandhurst Lane", "Gloucester", "GL2 9NE", 6, "Lydia Marsh", "", [PN("PN-12", "Knight", "K10", "Upright", 1979, "Dining room")]),
    C("C-111", "Tewkesbury Music Society", "01684 291 555", "secretary@tms.example.com", "Tewkesbury Abbey Hall", "Tewkesbury", "GL20 5RZ", 12, "Owen Fairweather", "", [PN("PN-13", "Boston", "GP-178", "Grand", 2008, "Abbey Hall")]),
    C("C-112", "Mrs Beryl Shaw", "01242 862 317", "beryl.shaw@example.com", "2 Mill Cottages", "Winchcombe", "GL54 5HT", 6, "Lydia Marsh", "Hard of hearing — knock loudly.", [PN("PN-14", "Welmar", "Upright", "Upright", 1968, "Front room")])
  ];
  var A = function (id, date, time, client, piano, service, tech, status, dur, price, notes) { return { id: id, date: date, time: time, client: client, piano: piano, service: service, tech: tech, status: status, duration: dur, price: price, notes: notes || "", cancelReason: "" }; };
  var appts = [
    A("A-5501", "2025-06-02", "09:30", "C-105", "PN-07", "Tuning", "Owen Fairweather", "Done", 120, 110, "Pre-concert tuning"),
    A("A-5502", "2025-06-03", "10:00", "C-108", "PN-10", "Tuning", "Lydia Marsh", "Done", 90, 85),
    A("A-5503", "2025-06-04", "13:00", "C-104", "PN-05", "Tuning", "Owen Fairweather", "Done", 90, 85),
    A("A-5504", "2025-06-05", "10:00", "C-106", "PN-08", "Regulation", "Owen Fairweather", "Confirmed", 180, 240),
    A("A-5505", "2025-06-05", "14:30", "C-110", "PN-12", "Tuning", "Lydia Marsh", "Confirmed", 90, 85),
    A("A-5506", "2025-06-06", "09:00", "C-109", "PN-11", "Tuning", "Owen Fairweather", "Confirmed", 120, 110),
    A("A-5507", "2025-06-07", "11:00", "C-112", "PN-14", "Tuning", "Lydia Marsh", "Booked", 90, 85),
    A("A-5508", "2025-06-09", "10:00", "C-111", "PN-13", "Appraisal", "Owen Fairweather", "Booked", 60, 60, "Society considering replacement"),
    A("A-5509", "2025-06-10", "09:30", "C-102", "PN-03", "Tuning", "Lydia Marsh", "Confirmed", 90, 85),
    A("A-5510", "2025-06-11", "13:30", "C-103", "PN-04", "Tuning", "Owen Fairweather", "Booked", 90, 85),
    A("A-5511", "2025-06-12", "14:00", "C-101", "PN-01", "Tuning", "Owen Fairweather", "Confirmed", 90, 95),
    A("A-5512", "2025-06-13", "10:00", "C-107", "PN-09", "Tuning", "Lydia Marsh", "Booked", 90, 85),
    A("A-5513", "2025-06-16", "12:00", "C-106", "PN-08", "Repair", "Owen Fairweather", "Booked", 60, 70, "Sticking key, C5"),
    A("A-5514", "2025-06-17", "09:00", "C-105", "PN-07", "Tuning", "Owen Fairweather", "Booked", 120, 110),
    A("A-5515", "2025-06-18", "10:00", "C-104", "PN-06", "Tuning", "Lydia Marsh", "Booked", 90, 85),
    A("A-5516", "2025-06-06", "15:00", "C-108", "PN-10", "Repair", "Lydia Marsh", "Cancelled", 60, 70)
  ];
  appts[15].cancelReason = "Client cancelled";
  var V = function (id, client, issued, due, amount, desc, status, paid, method) { return { id: id, client: client, issued: issued, due: due, amount: amount, description: desc, status: status, paidDate: paid || "", method: method || "", reference: "" }; };
  var invoices = [
    V("INV-3095", "C-104", "2025-03-12", "2025-04-11", 170, "Tuning x2 (hall, music room)", "Paid", "2025-03-30", "BACS"),
    V("INV-3101", "C-105", "2025-05-02", "2025-06-01", 110, "Concert tuning 1 May", "Paid", "2025-05-20", "Card"),
    V("INV-3102", "C-111", "2025-04-01", "2025-05-01", 60, "Appraisal visit", "Overdue"),
    V("INV-3104", "C-110", "2025-05-09", "2025-06-08", 85, "Tuning", "Unpaid"),
    V("INV-3107", "C-104", "2025-04-15", "2025-05-15", 170, "Tuning x2 + minor repair (hall)", "Overdue"),
    V("INV-3108", "C-106", "2025-05-20", "2025-06-19", 240, "Regulation — part 1", "Unpaid"),
    V("INV-3110", "C-105", "2025-06-02", "2025-07-02", 110, "Concert tuning 2 June", "Unpaid"),
    V("INV-3111", "C-108", "2025-06-03", "2025-07-03", 85, "Tuning", "Paid", "2025-06-03", "Card"),
    V("INV-3112", "C-104", "2025-06-04", "2025-07-04", 85, "Tuning (hall)", "Unpaid")
  ];
  var settings = { defaultTuningPrice: 85, lateCancelFee: 30, reminderEmails: true, reminderDaysBefore: 2, workingStart: "08:30", workingEnd: "17:30" };
  var S = window.state = { today: TODAY, clients: clients, appointments: appts, invoices: invoices, settings: settings,
    ui: { view: "diary", week: "2025-06-02", tech: "All", client: "C-101", cq: "", ctab: "details", itab: "All", iq: "" } };
  var nextAppt = 5517;

  var view = document.getElementById("view"), overlay = document.getElementById("overlay");
  function esc(s) { return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]; }); }
  var DOW = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"], MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  function dd(d) { return new Date(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10))); }
  function addDays(d, n) { var t = dd(d); t.setUTCDate(t.getUTCDate() + n); return t.toISOString().slice(0, 10); }
  function fmt(d) { if (!d) return "—"; var t = dd(d); return DOW[t.getUTCDay()].slice(0, 3) + " " + t.getUTCDate() + " " + MON[t.getUTCMonth()].slice(0, 3); }
  function fmtL(d) { if (!d) return "—"; var t = dd(d); return DOW[t.getUTCDay()] + " " + t.getUTCDate() + " " + MON[t.getUTCMonth()] + " " + t.getUTCFullYear(); }
  function money(n) { return "£" + n.toFixed(2); }
  function mins(t) { return +t.slice(0, 2) * 60 + +t.slice(3, 5); }
  function hhmm(m) { return (m < 600 ? "0" : "") + Math.floor(m / 60) + ":" + (m % 60 < 10 ? "0" : "") + (m % 60); }
  var SLOTS = []; for (var m = 8 * 60; m <= 17 * 60 + 30; m += 30) SLOTS.push(hhmm(m));
  function cli(id) { return S.clients.find(function (c) { return c.id === id; }); }
  function piano(cid, pid) { return cli(cid).pianos.find(function (p) { return p.id === pid; }); }
  function appt(id) { return S.appointments.find(function (a) { return a.id === id; }); }
  function inv(id) { return S.invoices.find(function (a) { return a.id === id; }); }
  function badge(s) { return '<span class="badge b-' + s + '">' + s + "</span>"; }
  function pianoName(p) { return p.make + " " + p.model + " (" + p.type.toLowerCase() + ", " + p.year + ")"; }
  function toast(t) { var d = document.createElement("div"); d.className = "toast"; d.setAttribute("role", "status"); d.textContent = t; document.getElementById("toasts").appendChild(d); setTimeout(function () { d.remove(); }, 3500); }
  function opts(list, cur) { return list.map(function (x) { var v = Array.isArray(x) ? x[0] : x, l = Array.isArray(x) ? x[1] : x; return '<option value="' + esc(v) + '"' + (v === cur ? " selected" : "") + ">" + esc(l) + "</option>"; }).join(""); }
  function val(id) { var e = document.getElementById(id); return e ? e.value.trim() : ""; }

  var menuEl = null;
  function closeMenu() { if (menuEl) { menuEl.remove(); menuEl = null; } }
  function showMenu(anchor, items) {
    closeMenu(); var mm = document.createElement("div"); mm.className = "menu"; mm.setAttribute("role", "menu");
    items.forEach(function (it) { var b = document.createElement("button"); b.setAttribute("role", "menuitem"); b.textContent = it.label; if (it.red) b.className = "red"; if (it.disabled) b.disabled = true; b.addEventListener("click", function (e) { e.stopPropagation(); closeMenu(); it.fn(); }); mm.appendChild(b); });
    document.body.appendChild(mm); var r = anchor.getBoundingClientRect(), top = r.bottom + 3;
    if (top + mm.offsetHeight > innerHeight - 8) top = r.top - mm.offsetHeight - 3;
    mm.style.top = top + "px"; mm.style.left = Math.max(8, Math.min(innerWidth - mm.offsetWidth - 8, r.right - mm.offsetWidth)) + "px"; menuEl = mm;
  }
  function openModal(title, body, buttons) {
    overlay.innerHTML = '<div class="modal" role="dialog" aria-modal="true" aria-label="' + esc(title) + '"><header><h3>' + esc(title) + '</h3><button class="close" data-x aria-label="Close">×</button></header><div class="body">' + body + "</div><footer></footer></div>";
    var f = overlay.querySelector("footer");
    buttons.forEach(function (b) { var el = document.createElement("button"); el.type = "button"; el.className = "btn " + (b.cls || ""); el.textContent = b.label; el.addEventListener("click", function () { if (b.fn && b.fn() === false) return; closeModal(); }); f.appendChild(el); });
    overlay.querySelector("[data-x]").addEventListener("click", closeModal); overlay.classList.add("show");
    return overlay.querySelector(".modal");
  }
  function closeModal() { overlay.classList.remove("show"); overlay.innerHTML = ""; }

  function render() {
    closeMenu();
    document.getElementById("today").textContent = fmtL(TODAY);
    document.querySelectorAll("#nav button").forEach(function (b) { b.classList.toggle("on", b.dataset.view === S.ui.view); });
    ({ diary: renderDiary, clients: renderClients, invoices: renderInvoices, settings: renderSettings })[S.ui.view]();
  }

  /* ---------- Diary ---------- */
  function renderDiary() {
    var ws = S.ui.week, daysL = [0, 1, 2, 3, 4, 5].map(function (i) { return addDays(ws, i); });
    var h = '<div class="bar"><h1>Diary</h1><span class="sp"></span><button class="btn sm" data-act="wk" data-n="-7" aria-label="Previous week">‹ Previous week</button><b style="min-width:190px;text-align:center">Week of ' + fmt(ws) + '</b><button class="btn sm" data-act="wk" data-n="7" aria-label="Next week">Next week ›</button><button class="btn sm" data-act="thisweek">This week</button></div>' +
      '<div class="bar"><div class="chips" role="group" aria-label="Technician">' + ["All", "Owen Fairweather", "Lydia Marsh"].map(function (t) { return '<button class="chip" data-act="tech" data-t="' + t + '" aria-pressed="' + (S.ui.tech === t) + '">' + (t === "All" ? "Both technicians" : t) + "</button>"; }).join("") + '</div><span class="sp"></span><button class="btn pri" data-act="newappt">+ New appointment</button></div><div class="week">';
    daysL.forEach(function (d) {
      var list = S.appointments.filter(function (a) { return a.date === d && (S.ui.tech === "All" || a.tech === S.ui.tech); }).sort(function (a, b) { return a.time < b.time ? -1 : 1; });
      h += '<section class="day' + (d === TODAY ? " today" : "") + '" aria-label="' + fmtL(d) + '"><h3><span>' + fmt(d) + "</span>" + (d === TODAY ? "<small>Today</small>" : "") + '</h3><div class="list">' + (list.length ? list.map(function (a) {
        var c = cli(a.client), p = piano(a.client, a.piano);
        return '<article class="appt t-' + a.tech.split(" ")[0] + " " + a.status + '" aria-label="' + a.id + " " + esc(c.name) + '"><div class="tm">' + a.time + "–" + hhmm(mins(a.time) + a.duration) + '</div><div><b>' + esc(c.name) + '</b></div><div class="who2">' + a.service + " · " + esc(p.make) + "</div><div class=\"who2\">" + esc(c.town) + " · " + a.tech.split(" ")[0] + "</div>" + badge(a.status) + '<button class="kebab" data-act="amenu" data-id="' + a.id + '" aria-label="Actions for ' + a.id + " (" + esc(c.name) + ')" aria-haspopup="menu">⋮</button></article>';
      }).join("") : '<div class="empty">Nothing booked</div>') + "</div></section>";
    });
    view.innerHTML = h + '</div><p class="muted" style="font-family:Arial">Blue = Owen, plum = Lydia. Sundays are not bookable.</p>';
  }
  function apptMenu(btn, a) {
    var open = a.status === "Booked" || a.status === "Confirmed";
    showMenu(btn, [
      { label: "View details", fn: function () { detailsDlg(a); } },
      { label: "Mark confirmed", disabled: a.status !== "Booked", fn: function () { a.status = "Confirmed"; toast(a.id + " confirmed"); render(); } },
      { label: "Reschedule…", disabled: !open, fn: function () { rescheduleDlg(a); } },
      { label: "Mark as done", disabled: !open, fn: function () { a.status = "Done"; toast(a.id + " marked done"); render(); } },
      { label: "Cancel appointment…", red: true, disabled: !open, fn: function () { cancelDlg(a); } }
    ]);
  }
  function detailsDlg(a) {
    var c = cli(a.client), p = piano(a.client, a.piano);
    openModal(a.id + " — " + c.name, '<dl class="kv"><dt>When</dt><dd>' + fmtL(a.date) + ", " + a.time + " (" + a.duration + ' min)</dd><dt>Service</dt><dd>' + a.service + " — " + money(a.price) + "</dd><dt>Piano</dt><dd>" + esc(pianoName(p)) + "<br><span class=\"muted\">" + esc(p.location) + "</span></dd><dt>Technician</dt><dd>" + a.tech + "</dd><dt>Address</dt><dd>" + esc(c.address) + ", " + esc(c.town) + " " + esc(c.postcode) + "</dd><dt>Phone</dt><dd>" + esc(c.phone) + "</dd><dt>Status</dt><dd>" + badge(a.status) + (a.cancelReason ? " " + esc(a.cancelReason) : "") + "</dd><dt>Notes</dt><dd>" + (esc(a.notes) || "—") + "</dd></dl>", [{ label: "Close" }]);
  }
  function clash(date, time, dur, tech, skip) {
    var s = mins(time), e = s + dur;
    return S.appointments.find(function (x) { return x.id !== skip && x.tech === tech && x.date === date && x.status !== "Cancelled" && mins(x.time) < e && mins(x.time) + x.duration > s; });
  }
  function rescheduleDlg(a) {
    var c = cli(a.client);
    openModal("Reschedule " + a.id, '<p style="font-family:Arial">' + esc(c.name) + " — " + a.service.toLowerCase() + ", currently <b>" + fmtL(a.date) + " at " + a.time + "</b> with " + a.tech + ".</p>" +
      '<div class="two"><div class="fld"><label class="l" for="rs-d">New date</label><input type="date" id="rs-d" min="' + TODAY + '" value="' + a.date + '"></div><div class="fld"><label class="l" for="rs-t">Start time</label><select id="rs-t">' + opts(SLOTS, a.time) + "</select></div></div>" +
      '<div class="fld"><label class="l" for="rs-tech">Technician</label><select id="rs-tech">' + opts(TECHS, a.tech) + '</select></div><label class="chk" style="font-family:Arial"><input type="checkbox" id="rs-mail" checked> Email the client the new time</label><div class="err" id="rs-err"></div>',
      [{ label: "Cancel" }, { label: "Save new time", cls: "pri", fn: function () {
        var d = val("rs-d"), t = val("rs-t"), te = val("rs-tech"), err = document.getElementById("rs-err");
        if (!d) { err.textContent = "Choose a date."; return false; }
        if (d < TODAY) { err.textContent = "That date is in the past."; return false; }
        if (dd(d).getUTCDay() === 0) { err.textContent = "We don't work on Sundays."; return false; }
        if (d === a.date && t === a.time && te === a.tech) { err.textContent = "That's the current time — nothing to change."; return false; }
        var k = clash(d, t, a.duration, te, a.id); if (k) { err.textContent = te.split(" ")[0] + " already has " + k.id + " at " + k.time + " that day."; return false; }
        a.date = d; a.time = t; a.tech = te; toast(a.id + " moved to " + fmt(d) + " " + t); render();
      } }]);
  }
  function cancelDlg(a) {
    var c = cli(a.client), late = a.date <= addDays(TODAY, 1);
    openModal("Cancel appointment " + a.id, '<p style="font-family:Arial">' + esc(c.name) + ", " + fmtL(a.date) + " at " + a.time + '</p><div class="fld"><label class="l" for="ca-r">Reason</label><select id="ca-r"><option value="">— choose —</option>' + opts(["Client cancelled", "Technician unavailable", "Piano sold or moved", "Access problem", "Other"], "") + '</select></div><label class="chk" style="font-family:Arial"><input type="checkbox" id="ca-fee"' + (late ? " checked" : "") + "> Charge late cancellation fee (" + money(S.settings.lateCancelFee) + ')</label><div class="err" id="ca-err"></div>',
      [{ label: "Keep appointment" }, { label: "Cancel appointment", cls: "danger", fn: function () {
        var r = val("ca-r"); if (!r) { document.getElementById("ca-err").textContent = "Choose a reason."; return false; }
        a.status = "Cancelled"; a.cancelReason = r; toast(a.id + " cancelled"); render();
      } }]);
  }
  function newApptDlg() {
    var md = openModal("New appointment",
      '<div class="fld"><label class="l" for="na-c">Client</label><select id="na-c"><option value="">— choose client —</option>' + opts(S.clients.slice().sort(function (a, b) { return a.name.localeCompare(b.name); }).map(function (c) { return [c.id, c.name + " — " + c.town]; }), "") + "</select></div>" +
      '<div class="fld"><label class="l" for="na-p">Piano</label><select id="na-p" disabled><option value="">Choose a client first</option></select></div>' +
      '<div class="two"><div class="fld"><label class="l" for="na-s">Service</label><select id="na-s">' + opts(Object.keys(SERVICES).map(function (k) { return [k, k + " — " + money(SERVICES[k].price)]; }), "Tuning") + '</select></div><div class="fld"><label class="l" for="na-price">Price (£)</label><input type="number" id="na-price" min="0" value="85"></div></div>' +
      '<div class="fld"><span class="l">Technician</span><div class="radios" role="radiogroup" aria-label="Technician">' + TECHS.map(function (t) { return '<label><input type="radio" name="na-t" value="' + t + '"> ' + t + "</label>"; }).join("") + "</div></div>" +
      '<div class="two"><div class="fld"><label class="l" for="na-d">Date</label><input type="date" id="na-d" min="' + TODAY + '"></div><div class="fld"><label class="l" for="na-time">Start time</label><select id="na-time"><option value="">— time —</option>' + opts(SLOTS, "") + "</select></div></div>" +
      '<div class="fld"><span class="l">Duration</span><div class="radios" role="radiogroup" aria-label="Duration">' + [[60, "1 hour"], [90, "1½ hours"], [120, "2 hours"], [180, "3 hours"]].map(function (x) { return '<label><input type="radio" name="na-dur" value="' + x[0] + '"' + (x[0] === 90 ? " checked" : "") + "> " + x[1] + "</label>"; }).join("") + "</div></div>" +
      '<div class="fld"><label class="l" for="na-n">Notes for the technician</label><textarea id="na-n" rows="2"></textarea></div><div class="err" id="na-err"></div>',
      [{ label: "Cancel" }, { label: "Book appointment", cls: "pri", fn: function () {
        var err = document.getElementById("na-err"), c = val("na-c"), p = val("na-p"), t = md.querySelector("input[name=na-t]:checked"), d = val("na-d"), tm = val("na-time"), dur = +md.querySelector("input[name=na-dur]:checked").value;
        if (!c || !p) { err.textContent = "Choose the client and piano."; return false; }
        if (!t) { err.textContent = "Choose a technician."; return false; }
        if (!d || !tm) { err.textContent = "Choose a date and start time."; return false; }
        if (dd(d).getUTCDay() === 0) { err.textContent = "We don't work on Sundays."; return false; }
        var k = clash(d, tm, dur, t.value, ""); if (k) { err.textContent = t.value.split(" ")[0] + " already has " + k.id + " at " + k.time + " that day."; return false; }
        var pr = parseFloat(val("na-price")); if (!(pr >= 0)) { err.textContent = "Enter a price."; return false; }
        var a = A("A-" + nextAppt++, d, tm, c, p, val("na-s"), t.value, "Booked", dur, pr, val("na-n"));
        S.appointments.push(a); toast(a.id + " booked for " + fmt(d) + " " + tm); render();
      } }]);
    var cs = md.querySelector("#na-c"), ps = md.querySelector("#na-p"), ss = md.querySelector("#na-s");
    cs.addEventListener("change", function () {
      var c = cs.value ? cli(cs.value) : null;
      ps.disabled = !c; ps.innerHTML = c ? (c.pianos.length > 1 ? '<option value="">— choose piano —</option>' : "") + opts(c.pianos.map(function (p) { return [p.id, pianoName(p) + " · " + p.location]; }), "") : '<option value="">Choose a client first</option>';
      if (c) { var r = md.querySelector("input[name=na-t][value='" + c.preferredTech + "']"); if (r && !md.querySelector("input[name=na-t]:checked")) r.checked = true; }
    });
    ss.addEventListener("change", function () { var sv = SERVICES[ss.value]; document.getElementById("na-price").value = sv.price; md.querySelector("input[name=na-dur][value='" + sv.dur + "']").checked = true; });
  }

  /* ---------- Clients ---------- */
  function renderClients() {
    var q = S.ui.cq.trim().toLowerCase();
    var list = S.clients.filter(function (c) { return !q || (c.name + " " + c.town + " " + c.postcode + " " + c.address + " " + c.pianos.map(function (p) { return p.make; }).join(" ")).toLowerCase().indexOf(q) >= 0; }).sort(function (a, b) { return a.name.localeCompare(b.name); });
    var c = cli(S.ui.client), t = S.ui.ctab;
    var h = '<div class="bar"><h1>Clients</h1><span class="sp"></span><span class="muted">' + S.clients.length + ' clients</span></div><div class="split"><div class="clist"><div class="srch"><input type="search" id="cq" placeholder="Search name, town, piano make…" aria-label="Search clients" value="' + esc(S.ui.cq) + '"></div>' +
      (list.length ? list.map(function (x) { return '<button class="c' + (x.id === c.id ? " on" : "") + '" data-act="pick" data-id="' + x.id + '">' + esc(x.name) + "<small>" + esc(x.town) + " · " + x.pianos.length + " piano" + (x.pianos.length > 1 ? "s" : "") + "</small></button>"; }).join("") : '<div class="empty" style="padding:12px">No clients found.</div>') + "</div>";
    h += '<div class="pane" role="region" aria-label="Client details"><h2>' + esc(c.name) + '<button class="btn" data-act="editclient">Edit client</button></h2><div class="tabs" role="tablist">' + [["details", "Details"], ["pianos", "Pianos"], ["history", "Visit history"]].map(function (x) { return '<button role="tab" data-act="ctab" data-tab="' + x[0] + '" aria-selected="' + (t === x[0]) + '">' + x[1] + "</button>"; }).join("") + "</div>";
    if (t === "details") h += '<dl class="kv"><dt>Address</dt><dd>' + esc(c.address) + "<br>" + esc(c.town) + " " + esc(c.postcode) + "</dd><dt>Phone</dt><dd>" + esc(c.phone) + "</dd><dt>Email</dt><dd>" + esc(c.email) + "</dd><dt>Tuning reminders</dt><dd>" + (c.reminderMonths ? "Every " + c.reminderMonths + " months" : "None") + "</dd><dt>Preferred technician</dt><dd>" + esc(c.preferredTech) + "</dd><dt>Notes</dt><dd>" + (esc(c.notes) || "—") + "</dd></dl>";
    else if (t === "pianos") h += '<table class="tbl"><thead><tr><th>Ref</th><th>Piano</th><th>Type</th><th>Year</th><th>Location</th></tr></thead><tbody>' + c.pianos.map(function (p) { return "<tr><td>" + p.id + "</td><td>" + esc(p.make + " " + p.model) + "</td><td>" + p.type + "</td><td>" + p.year + "</td><td>" + esc(p.location) + "</td></tr>"; }).join("") + "</tbody></table>";
    else { var hs = S.appointments.filter(function (a) { return a.client === c.id; }).sort(function (a, b) { return a.date < b.date ? 1 : -1; }); h += hs.length ? '<table class="tbl"><thead><tr><th>Date</th><th>Service</th><th>Technician</th><th>Status</th></tr></thead><tbody>' + hs.map(function (a) { return "<tr><td>" + fmt(a.date) + " " + a.time + "</td><td>" + a.service + "</td><td>" + a.tech + "</td><td>" + badge(a.status) + "</td></tr>"; }).join("") + "</tbody></table>" : '<div class="empty">No visits recorded.</div>'; }
    view.innerHTML = h + "</div></div>";
    var cq = document.getElementById("cq");
    cq.addEventListener("input", function () { S.ui.cq = cq.value; var pos = cq.selectionStart; render(); var n = document.getElementById("cq"); n.focus(); n.setSelectionRange(pos, pos); });
  }
  function editClientDlg(c) {
    var md = openModal("Edit client",
      '<div class="fld"><label class="l" for="ec-n">Name</label><input type="text" id="ec-n" value="' + esc(c.name) + '"></div><div class="two"><div class="fld"><label class="l" for="ec-ph">Phone</label><input type="tel" id="ec-ph" value="' + esc(c.phone) + '"></div><div class="fld"><label class="l" for="ec-em">Email</label><input type="email" id="ec-em" value="' + esc(c.email) + '"></div></div>' +
      '<div class="fld"><label class="l" for="ec-a">Address</label><input type="text" id="ec-a" value="' + esc(c.address) + '"></div><div class="two"><div class="fld"><label class="l" for="ec-t">Town</label><input type="text" id="ec-t" value="' + esc(c.town) + '"></div><div class="fld"><label class="l" for="ec-pc">Postcode</label><input type="text" id="ec-pc" value="' + esc(c.postcode) + '"></div></div>' +
      '<div class="fld"><span class="l">Tuning reminders</span><div class="radios" role="radiogroup" aria-label="Tuning reminders">' + [[6, "Every 6 months"], [12, "Every 12 months"], [0, "Don't send reminders"]].map(function (x) { return '<label><input type="radio" name="ec-rem" value="' + x[0] + '"' + (c.reminderMonths === x[0] ? " checked" : "") + "> " + x[1] + "</label>"; }).join("") + "</div></div>" +
      '<div class="fld"><label class="l" for="ec-tech">Preferred technician</label><select id="ec-tech">' + opts(TECHS, c.preferredTech) + '</select></div><div class="fld"><label class="l" for="ec-notes">Access notes</label><textarea id="ec-notes" rows="2">' + esc(c.notes) + '</textarea></div><div class="err" id="ec-err"></div>',
      [{ label: "Cancel" }, { label: "Save client", cls: "pri", fn: function () {
        var err = document.getElementById("ec-err");
        if (!val("ec-n") || !val("ec-a") || !val("ec-t")) { err.textContent = "Name, address and town are required."; return false; }
        if (!/^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i.test(val("ec-pc"))) { err.textContent = "Enter a valid UK postcode."; return false; }
        c.name = val("ec-n"); c.phone = val("ec-ph"); c.email = val("ec-em"); c.address = val("ec-a"); c.town = val("ec-t"); c.postcode = val("ec-pc").toUpperCase();
        c.reminderMonths = +md.querySelector("input[name=ec-rem]:checked").value; c.preferredTech = val("ec-tech"); c.notes = val("ec-notes");
        toast("Saved " + c.name); render();
      } }]);
  }

  /* ---------- Invoices ---------- */
  function renderInvoices() {
    var t = S.ui.itab, q = S.ui.iq.trim().toLowerCase();
    var list = S.invoices.filter(function (v) { return (t === "All" || v.status === t) && (!q || (v.id + " " + cli(v.client).name + " " + v.description).toLowerCase().indexOf(q) >= 0); }).sort(function (a, b) { return a.id < b.id ? 1 : -1; });
    var out = S.invoices.filter(function (v) { return v.status !== "Paid"; }).reduce(function (s, v) { return s + v.amount; }, 0);
    var h = '<div class="bar"><h1>Invoices</h1><span class="sp"></span><span style="font-family:Arial">Outstanding: <b>' + money(out) + '</b></span><input type="search" id="iq" placeholder="Search invoices…" aria-label="Search invoices" value="' + esc(S.ui.iq) + '"></div>' +
      '<div class="tabs" role="tablist">' + ["All", "Unpaid", "Overdue", "Paid"].map(function (x) { return '<button role="tab" data-act="itab" data-tab="' + x + '" aria-selected="' + (t === x) + '">' + x + "</button>"; }).join("") + "</div>";
    h += '<table class="tbl"><thead><tr><th>Invoice</th><th>Client</th><th>Description</th><th>Issued</th><th>Due</th><th class="r">Amount</th><th>Status</th><th></th></tr></thead><tbody>' + (list.length ? list.map(function (v) {
      return "<tr><td><b>" + v.id + "</b></td><td>" + esc(cli(v.client).name) + "</td><td>" + esc(v.description) + "</td><td>" + fmt(v.issued) + "</td><td>" + fmt(v.due) + '</td><td class="r">' + money(v.amount) + "</td><td>" + badge(v.status) + (v.status === "Paid" ? '<div class="muted">' + fmt(v.paidDate) + " · " + esc(v.method) + "</div>" : "") + "</td><td>" + (v.status !== "Paid" ? '<button class="btn sm gold" data-act="pay" data-id="' + v.id + '" aria-label="Record payment for ' + v.id + '">Record payment</button>' : "") + "</td></tr>";
    }).join("") : '<tr><td colspan="8" class="empty">No invoices.</td></tr>') + "</tbody></table>";
    view.innerHTML = h;
    var iq = document.getElementById("iq");
    iq.addEventListener("input", function () { S.ui.iq = iq.value; var pos = iq.selectionStart; render(); var n = document.getElementById("iq"); n.focus(); n.setSelectionRange(pos, pos); });
  }
  function payDlg(v) {
    openModal("Record payment — " + v.id, '<p style="font-family:Arial">' + esc(cli(v.client).name) + " · " + esc(v.description) + " · <b>" + money(v.amount) + "</b></p>" +
      '<div class="two"><div class="fld"><label class="l" for="py-d">Date paid</label><input type="date" id="py-d" value="' + TODAY + '" max="' + TODAY + '"></div><div class="fld"><label class="l" for="py-m">Payment method</label><select id="py-m"><option value="">— choose —</option>' + opts([["BACS", "BACS / bank transfer"], ["Card", "Card"], ["Cheque", "Cheque"], ["Cash", "Cash"]], "") + "</select></div></div>" +
      '<div class="fld"><label class="l" for="py-ref">Reference (optional)</label><input type="text" id="py-ref"></div><div class="err" id="py-err"></div>',
      [{ label: "Cancel" }, { label: "Mark as paid", cls: "pri", fn: function () {
        var d = val("py-d"), mth = val("py-m"), err = document.getElementById("py-err");
        if (!d) { err.textContent = "Enter the date paid."; return false; }
        if (!mth) { err.textContent = "Choose how it was paid."; return false; }
        v.status = "Paid"; v.paidDate = d; v.method = mth; v.reference = val("py-ref"); toast(v.id + " marked as paid"); render();
      } }]);
  }

  function renderSettings() {
    var s = S.settings;
    view.innerHTML = '<div class="bar"><h1>Settings</h1></div><div class="panel"><div class="two"><div class="fld"><label class="l" for="st-ws">Working day starts</label><select id="st-ws">' + opts(SLOTS, s.workingStart) + '</select></div><div class="fld"><label class="l" for="st-we">Working day ends</label><select id="st-we">' + opts(SLOTS, s.workingEnd) + '</select></div></div><div class="two"><div class="fld"><label class="l" for="st-p">Standard tuning price (£)</label><input type="number" id="st-p" value="' + s.defaultTuningPrice + '"></div><div class="fld"><label class="l" for="st-f">Late cancellation fee (£)</label><input type="number" id="st-f" value="' + s.lateCancelFee + '"></div></div><div class="fld"><label class="chk"><input type="checkbox" id="st-rem"' + (s.reminderEmails ? " checked" : "") + '> Email clients before their appointment</label></div><div class="fld"><label class="l" for="st-rd">Days before</label><input type="number" id="st-rd" min="1" max="14" value="' + s.reminderDaysBefore + '"></div><div class="err" id="st-err"></div><button class="btn pri" data-act="savesettings">Save settings</button></div>';
  }

  document.addEventListener("click", function (e) {
    if (!e.target.closest(".menu")) closeMenu();
    var t = e.target.closest("[data-act]"); if (!t) return;
    var a = t.dataset.act;
    if (a === "nav") { S.ui.view = t.dataset.view; render(); }
    else if (a === "wk") { S.ui.week = addDays(S.ui.week, +t.dataset.n); render(); }
    else if (a === "thisweek") { S.ui.week = "2025-06-02"; render(); }
    else if (a === "tech") { S.ui.tech = t.dataset.t; render(); }
    else if (a === "amenu") { e.stopPropagation(); apptMenu(t, appt(t.dataset.id)); }
    else if (a === "newappt") newApptDlg();
    else if (a === "pick") { S.ui.client = t.dataset.id; S.ui.ctab = "details"; render(); }
    else if (a === "ctab") { S.ui.ctab = t.dataset.tab; render(); }
    else if (a === "editclient") editClientDlg(cli(S.ui.client));
    else if (a === "itab") { S.ui.itab = t.dataset.tab; render(); }
    else if (a === "pay") payDlg(inv(t.dataset.id));
    else if (a === "savesettings") {
      var p = parseFloat(val("st-p")), f = parseFloat(val("st-f")), rd = parseInt(val("st-rd"), 10);
      if (!(p > 0) || !(f >= 0) || !(rd >= 1 && rd <= 14)) { document.getElementById("st-err").textContent = "Check the prices and reminder days."; return; }
      if (val("st-we") <= val("st-ws")) { document.getElementById("st-err").textContent = "The working day must end after it starts."; return; }
      S.settings.workingStart = val("st-ws"); S.settings.workingEnd = val("st-we"); S.settings.defaultTuningPrice = p; S.settings.lateCancelFee = f; S.settings.reminderEmails = document.getElementById("st-rem").checked; S.settings.reminderDaysBefore = rd; toast("Settings saved"); render();
    }
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") { closeMenu(); if (overlay.classList.contains("show")) closeModal(); } });
  render();
})();
