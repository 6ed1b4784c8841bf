(function () {
  "use strict";
  var TODAY = "2025-04-17";
  var TIMES = []; for (var hh = 8; hh <= 16; hh++) { if (hh > 8) TIMES.push((hh < 10 ? "0" : "") + hh + ":00"); TIMES.push((hh < 10 ? "0" : "") + hh + ":30"); }
  var BAYS = [1, 2, 3, 4];
  var EXTRAS = [["Wheel alignment", 45], ["Nitrogen fill", 10], ["TPMS sensor service", 15], ["Locking wheel nut removal", 20]];
  var DISPOSAL = 3;

  var T = function (id, brand, model, size, li, season, qty, price, last, ref) { return { id: id, brand: brand, model: model, size: size, loadSpeed: li, season: season, qty: qty, reserved: 0, price: price, lastDelivery: last, deliveryRef: ref }; };
  var stock = [
    T("T-01", "Michelin", "CrossClimate 2", "205/55 R16", "91V", "All-season", 8, 112, "2025-04-02", "MI-20417"),
    T("T-02", "Michelin", "Primacy 4", "225/45 R17", "94W", "Summer", 4, 118, "2025-03-27", "MI-20388"),
    T("T-03", "Michelin", "Primacy 4", "205/55 R16", "91V", "Summer", 6, 98, "2025-04-02", "MI-20417"),
    T("T-04", "Bridgestone", "Turanza 6", "205/55 R16", "91V", "Summer", 10, 89, "2025-04-09", "BS-77120"),
    T("T-05", "Continental", "PremiumContact 6", "205/55 R16", "91V", "Summer", 6, 92, "2025-03-19", "CT-55602"),
    T("T-06", "Continental", "PremiumContact 6", "225/40 R18", "92Y", "Summer", 2, 135, "2025-03-19", "CT-55602"),
    T("T-07", "Continental", "PremiumContact 6", "225/45 R17", "94Y", "Summer", 4, 109, "2025-03-19", "CT-55602"),
    T("T-08", "Pirelli", "Cinturato P7", "195/65 R15", "91H", "Summer", 12, 74, "2025-04-09", "PZ-3391"),
    T("T-09", "Goodyear", "EfficientGrip Performance 2", "195/55 R16", "87H", "Summer", 4, 86, "2025-03-12", "GY-10882"),
    T("T-10", "Bridgestone", "Duravis R660", "215/65 R16C", "109T", "Van", 6, 132, "2025-04-09", "BS-77120"),
    T("T-11", "Continental", "WinterContact TS 870", "195/65 R15", "91T", "Winter", 4, 82, "2024-11-14", "CT-54410"),
    T("T-12", "Continental", "WinterContact TS 870", "205/55 R16", "91H", "Winter", 0, 96, "2024-11-14", "CT-54410"),
    T("T-13", "Falken", "Sincera SN110", "175/65 R14", "82T", "Summer", 8, 58, "2025-02-26", "FK-0913"),
    T("T-14", "Michelin", "Agilis 3", "215/65 R16C", "109T", "Van", 2, 148, "2025-02-26", "MI-20102")
  ];
  var customers = [
    { id: "CU-01", name: "Jade Morrison", phone: "07700 900501", email: "jade.morrison@example.com", account: false },
    { id: "CU-02", name: "Neil Carver", phone: "07700 900502", email: "neil.carver@example.com", account: false },
    { id: "CU-03", name: "Hanley Builders Ltd", phone: "01782 900503", email: "accounts@hanleybuilders.example.com", account: true },
    { id: "CU-04", name: "Priya Raman", phone: "07700 900504", email: "priya.raman@example.com", account: false },
    { id: "CU-05", name: "George Tindall", phone: "07700 900505", email: "", account: false },
    { id: "CU-06", name: "Sophie Marsden", phone: "07700 900506", email: "sophie.marsden@example.com", account: false },
    { id: "CU-07", name: "Potteries Taxi Co", phone: "01782 900507", email: "fleet@potteriestaxis.example.com", account: true },
    { id: "CU-08", name: "Marcus Bell", phone: "07700 900508", email: "marcus.bell@example.com", account: false },
    { id: "CU-09", name: "Agnieszka Nowak", phone: "07700 900509", email: "a.nowak@example.com", account: false },
    { id: "CU-10", name: "David Okoye", phone: "07700 900510", email: "david.okoye@example.com", account: false },
    { id: "CU-11", name: "Linda Hargreaves", phone: "07700 900511", email: "", account: false },
    { id: "CU-12", name: "Tom Ashby", phone: "07700 900512", email: "tom.ashby@example.com", account: false },
    { id: "CU-13", name: "Carys Pritchard", phone: "07700 900513", email: "carys.pritchard@example.com", account: false },
    { id: "CU-14", name: "Ravi Mistry", phone: "07700 900514", email: "ravi.mistry@example.com", account: false },
    { id: "CU-15", name: "Hollie Grant", phone: "07700 900515", email: "hollie.grant@example.com", account: false },
    { id: "CU-16", name: "Owain Price", phone: "07700 900516", email: "owain.price@example.com", account: false },
    { id: "CU-17", name: "Fatima Hussain", phone: "07700 900517", email: "fatima.hussain@example.com", account: false }
  ];
  var V = function (reg, cu, make, model, size) { return { reg: reg, customer: cu, make: make, model: model, size: size }; };
  var vehicles = [
    V("LK19 XHZ", "CU-01", "Volkswagen", "Golf", "205/55 R16"),
    V("BD68 TRV", "CU-02", "Audi", "A4 Avant", "225/45 R17"),
    V("FV21 HNB", "CU-03", "Ford", "Transit Custom", "215/65 R16C"),
    V("FV70 KDE", "CU-03", "Ford", "Transit Custom", "215/65 R16C"),
    V("MV20 ZLP", "CU-04", "Audi", "A3 Sportback", "225/45 R17"),
    V("KN15 WWA", "CU-05", "Toyota", "Yaris", "175/65 R14"),
    V("LD66 PXC", "CU-06", "Ford", "Focus", "205/55 R16"),
    V("SK18 TXI", "CU-07", "Skoda", "Octavia", "205/55 R16"),
    V("SK19 TXE", "CU-07", "Skoda", "Octavia", "205/55 R16"),
    V("WU14 HJK", "CU-08", "Vauxhall", "Astra", "195/65 R15"),
    V("AJ67 RMD", "CU-09", "Kia", "Ceed", "205/55 R16"),
    V("RX69 BTF", "CU-10", "BMW", "320d", "225/45 R17"),
    V("FE16 UYA", "CU-11", "Nissan", "Micra", "175/65 R14"),
    V("LB20 WSE", "CU-12", "Volkswagen", "Transporter", "215/65 R16C"),
    V("CP18 HLM", "CU-13", "Honda", "Civic", "205/55 R16"),
    V("MK65 ODV", "CU-14", "Peugeot", "308", "195/65 R15"),
    V("HG71 KCN", "CU-15", "Mini", "Cooper", "195/55 R16"),
    V("OP17 TRD", "CU-16", "Ford", "Fiesta", "195/55 R16"),
    V("YT16 NBA", "CU-17", "Hyundai", "i30", "205/55 R16")
  ];
  function tyre(id) { return stock.find(function (t) { return t.id === id; }); }
  function totalFor(tid, qty, extras, disposal) { var t = tyre(tid); return qty * t.price + extras.reduce(function (a, e) { return a + EXTRAS.find(function (x) { return x[0] === e; })[1]; }, 0) + (disposal ? DISPOSAL * qty : 0); }
  var B = function (id, reg, date, time, bay, tid, qty, extras, status, payment, paidBy, mileage, reason, notes) {
    var v = vehicles.find(function (x) { return x.reg === reg; });
    return { id: id, reg: reg, customer: v.customer, date: date, time: time, bay: bay, tyre: tid, qty: qty, extras: extras, disposal: true, payment: payment || "Pay in centre", total: totalFor(tid, qty, extras, true), status: status, paidBy: paidBy || "", mileage: mileage || "", cancelReason: reason || "", cancelNote: "", notes: notes || "" };
  };
  var bookings = [
    B("B-6401", "KN15 WWA", "2025-04-16", "09:00", 1, "T-13", 2, [], "Completed", "", "Card", 61234),
    B("B-6402", "LD66 PXC", "2025-04-16", "11:00", 2, "T-04", 4, [], "Completed", "", "Card", 38410),
    B("B-6403", "WU14 HJK", "2025-04-16", "14:30", 3, "T-08", 2, [], "No-show"),
    B("B-6404", "SK18 TXI", "2025-04-17", "08:30", 1, "T-04", 2, [], "Completed", "On account", "On account", 187602),
    B("B-6405", "AJ67 RMD", "2025-04-17", "09:00", 2, "T-05", 2, ["Wheel alignment"], "Completed", "", "Card", 42877),
    B("B-6406", "MV20 ZLP", "2025-04-17", "10:00", 1, "T-02", 2, [], "Checked in"),
    B("B-6407", "FV21 HNB", "2025-04-17", "11:00", 3, "T-10", 2, [], "Checked in", "", "", "", "", "Driver waiting"),
    B("B-6408", "RX69 BTF", "2025-04-17", "11:30", 2, "T-02", 2, ["Wheel alignment"], "Booked"),
    B("B-6409", "CP18 HLM", "2025-04-17", "13:00", 1, "T-01", 4, [], "Booked", "Prepaid online"),
    B("B-6410", "LB20 WSE", "2025-04-17", "13:30", 4, "T-14", 2, [], "Booked"),
    B("B-6411", "MK65 ODV", "2025-04-17", "14:00", 2, "T-08", 2, ["Nitrogen fill"], "Booked"),
    B("B-6412", "BD68 TRV", "2025-04-17", "14:30", 3, "T-07", 4, [], "Booked"),
    B("B-6413", "FE16 UYA", "2025-04-17", "15:30", 1, "T-13", 2, [], "Booked"),
    B("B-6414", "SK19 TXE", "2025-04-19", "09:00", 1, "T-04", 2, [], "Booked", "On account"),
    B("B-6415", "HG71 KCN", "2025-04-19", "09:30", 3, "T-09", 2, [], "Booked"),
    B("B-6416", "OP17 TRD", "2025-04-19", "10:00", 2, "T-09", 2, ["TPMS sensor service"], "Booked", "Prepaid online"),
    B("B-6417", "FV70 KDE", "2025-04-22", "09:00", 4, "T-10", 2, [], "Booked"),
    B("B-6418", "WU14 HJK", "2025-04-23", "10:30", 2, "T-08", 2, [], "Booked", "", "", "", "", "Rebooked after no-show on 16 Apr"),
    B("B-6419", "CP18 HLM", "2025-04-15", "14:00", 1, "T-01", 4, [], "Cancelled", "", "", "", "Wrong tyre ordered"),
    B("B-6420", "YT16 NBA", "2025-04-18", "11:00", 1, "T-03", 2, [], "Booked")
  ];
  bookings.forEach(function (b) { if (b.status === "Booked" || b.status === "Checked in") tyre(b.tyre).reserved += b.qty; });

  var S = window.state = { today: TODAY, stock: stock, customers: customers, vehicles: vehicles, bookings: bookings,
    ui: { view: "bookings", show: "Today", bstatus: "All statuses", q: "", sq: "", season: "All seasons", brand: "All brands", cq: "" } };
  var nextBooking = 6421;

  /* ---------- helpers ---------- */
  var view = document.getElementById("view"), overlay = document.getElementById("overlay");
  function esc(s) { return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]; }); }
  var DOW = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"], MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  function dd(d) { return new Date(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10))); }
  function iso(t) { return t.toISOString().slice(0, 10); }
  function addDays(d, n) { var t = dd(d); t.setUTCDate(t.getUTCDate() + n); return iso(t); }
  function fmt(d) { if (!d) return "—"; var t = dd(d); return DOW[t.getUTCDay()] + " " + t.getUTCDate() + " " + MON[t.getUTCMonth()]; }
  function fmtY(d) { if (!d) return "—"; var t = dd(d); return t.getUTCDate() + " " + MON[t.getUTCMonth()] + " " + t.getUTCFullYear(); }
  function weekStart(d) { var t = dd(d), w = (t.getUTCDay() + 6) % 7; return addDays(d, -w); }
  function money(n) { return "£" + (+n).toFixed(2); }
  function cust(id) { return S.customers.find(function (c) { return c.id === id; }); }
  function veh(reg) { return S.vehicles.find(function (v) { return v.reg === reg; }); }
  function booking(id) { return S.bookings.find(function (b) { return b.id === id; }); }
  function tyreName(t) { return t.brand + " " + t.model + " " + t.size + " " + t.loadSpeed; }
  function badge(s) { return '<span class="badge b-' + s.replace(/\s/g, "") + '">' + esc(s) + "</span>"; }
  function toast(m) { var t = document.createElement("div"); t.className = "toast"; t.setAttribute("role", "status"); t.textContent = m; document.getElementById("toasts").appendChild(t); setTimeout(function () { t.remove(); }, 3500); }
  function opts(list, cur) { return list.map(function (x) { var v = Array.isArray(x) ? x[0] : x, l = Array.isArray(x) ? x[1] : x; return '<option value="' + esc(v) + '"' + (String(v) === String(cur) ? " selected" : "") + ">" + esc(l) + "</option>"; }).join(""); }
  function val(id) { var e = document.getElementById(id); return e ? e.value.trim() : ""; }
  function radio(name) { var r = overlay.querySelector("input[name=" + name + "]:checked"); return r ? r.value : ""; }
  function fail(id, msg) { document.getElementById(id).textContent = msg; return false; }
  var menuEl = null;
  function closeMenu() { if (menuEl) { menuEl.remove(); menuEl = null; } }
  function showMenu(anchor, items) {
    closeMenu(); var m = document.createElement("div"); m.className = "menu"; m.setAttribute("role", "menu");
    items.forEach(function (it) { var b = document.createElement("button"); b.setAttribute("role", "menuitem"); b.textContent = it.label; if (it.red) b.className = "red"; if (it.disabled) b.disabled = true; b.addEventListener("click", function (e) { e.stopPropagation(); closeMenu(); it.fn(); }); m.appendChild(b); });
    document.body.appendChild(m); var r = anchor.getBoundingClientRect(), top = r.bottom + 4;
    if (top + m.offsetHeight > innerHeight - 8) top = r.top - m.offsetHeight - 4;
    m.style.top = top + "px"; m.style.left = Math.max(8, r.right - m.offsetWidth) + "px"; menuEl = m;
  }
  function openModal(title, body, buttons, foot) {
    overlay.innerHTML = '<div class="modal" role="dialog" aria-modal="true" aria-label="' + esc(title) + '"><header><h3>' + esc(title) + '</h3><button class="close" data-x aria-label="Close">×</button></header><div class="body">' + body + "</div><footer>" + (foot || "") + "</footer></div>";
    var f = overlay.querySelector("footer");
    buttons.forEach(function (b) { var el = document.createElement("button"); el.type = "button"; el.className = "btn " + (b.cls || ""); el.textContent = b.label; el.addEventListener("click", function () { if (b.fn && b.fn() === false) return; closeModal(); }); f.appendChild(el); });
    overlay.querySelector("[data-x]").addEventListener("click", closeModal); overlay.classList.add("show");
    return overlay.querySelector(".modal");
  }
  function closeModal() { overlay.classList.remove("show"); overlay.innerHTML = ""; }

  function render() {
    closeMenu();
    document.getElementById("today").textContent = fmt(TODAY) + " " + TODAY.slice(0, 4);
    document.querySelectorAll("#nav button").forEach(function (b) { b.classList.toggle("on", b.dataset.view === S.ui.view); });
    document.getElementById("cnt-today").textContent = S.bookings.filter(function (b) { return b.date === TODAY && (b.status === "Booked" || b.status === "Checked in"); }).length;
    var names = { bookings: "Bookings", stock: "Tyre stock", customers: "Customers & vehicles" };
    document.getElementById("crumb").textContent = "Fitting centre / " + names[S.ui.view];
    ({ bookings: renderBookings, stock: renderStock, customers: renderCustomers })[S.ui.view]();
  }

  /* ---------- Bookings ---------- */
  function visibleBookings() {
    var q = S.ui.q.trim().toLowerCase().replace(/\s/g, ""), sh = S.ui.show, ws = weekStart(TODAY);
    return S.bookings.filter(function (b) {
      if (sh === "Today" && b.date !== TODAY) return false;
      if (sh === "Tomorrow" && b.date !== addDays(TODAY, 1)) return false;
      if (sh === "This week" && (b.date < ws || b.date > addDays(ws, 6))) return false;
      if (sh === "All upcoming" && b.date < TODAY) return false;
      if (S.ui.bstatus !== "All statuses" && b.status !== S.ui.bstatus) return false;
      if (!q) return true; var v = veh(b.reg), t = tyre(b.tyre);
      return (b.id + cust(b.customer).name + b.reg + v.make + v.model + tyreName(t)).toLowerCase().replace(/\s/g, "").indexOf(q) >= 0;
    }).sort(function (a, b) { return (a.date + a.time + a.bay) < (b.date + b.time + b.bay) ? -1 : 1; });
  }
  function renderBookings() {
    var list = visibleBookings();
    var h = '<div class="bar"><h1>Bookings</h1><span class="sp"></span><button class="btn pri" data-act="newbooking">+ New booking</button></div>';
    h += '<div class="bays">' + BAYS.map(function (n) {
      var cur = S.bookings.filter(function (b) { return b.date === TODAY && b.bay === n && b.status === "Checked in"; })[0];
      return "<div><b>Bay " + n + (n === 4 ? " (van)" : "") + "</b>" + (cur ? '<span class="reg">' + cur.reg + "</span> " + esc(veh(cur.reg).make + " " + veh(cur.reg).model) : '<span class="muted">Free</span>') + "</div>";
    }).join("") + "</div>";
    h += '<div class="bar"><input type="search" id="q" placeholder="Search reg, customer, vehicle, tyre…" aria-label="Search bookings" style="width:280px" value="' + esc(S.ui.q) + '">' +
      '<select id="f-show" aria-label="Show">' + opts(["Today", "Tomorrow", "This week", "All upcoming", "All bookings"], S.ui.show) + "</select>" +
      '<select id="f-bstatus" aria-label="Status">' + opts(["All statuses", "Booked", "Checked in", "Completed", "Cancelled", "No-show"], S.ui.bstatus) + "</select>" +
      '<span class="sp"></span><span class="muted">' + list.length + " booking" + (list.length === 1 ? "" : "s") + "</span></div>";
    h += list.length ? '<table class="tbl"><thead><tr><th>When</th><th>Bay</th><th>Vehicle</th><th>Customer</th><th>Tyres</th><th>Total</th><th>Status</th><th></th></tr></thead><tbody>' + list.map(function (b) {
      var v = veh(b.reg), t = tyre(b.tyre), c = cust(b.customer);
      return "<tr><td><b>" + b.time + '</b><div class="muted">' + fmt(b.date) + "</div></td><td>" + b.bay + '</td><td><span class="reg">' + b.reg + '</span><div class="muted">' + esc(v.make + " " + v.model) + "</div></td><td>" + esc(c.name) + (c.account ? ' <span class="muted">(account)</span>' : "") + '<div class="muted">' + esc(c.phone) + "</div></td><td>" + b.qty + " × " + esc(t.brand + " " + t.model) + '<div class="muted">' + t.size + (b.extras.length ? " · + " + b.extras.join(", ") : "") + "</div></td><td>" + money(b.total) + '<div class="muted">' + esc(b.paidBy ? "Paid: " + b.paidBy : b.payment) + "</div></td><td>" + badge(b.status) + (b.cancelReason ? '<div class="muted">' + esc(b.cancelReason) + "</div>" : "") + (b.notes ? '<div class="muted">' + esc(b.notes) + "</div>" : "") +
        '</td><td><button class="kebab" data-act="bmenu" data-id="' + b.id + '" aria-label="Actions for booking ' + b.id + " (" + b.reg + ')" aria-haspopup="menu">⋯</button></td></tr>';
    }).join("") + "</tbody></table>" : '<div class="empty">No bookings match.</div>';
    view.innerHTML = h;
    var q = document.getElementById("q");
    q.addEventListener("input", function () { S.ui.q = q.value; var pos = q.selectionStart; render(); var n = document.getElementById("q"); n.focus(); n.setSelectionRange(pos, pos); });
    document.getElementById("f-show").addEventListener("change", function (e) { S.ui.show = e.target.value; render(); });
    document.getElementById("f-bstatus").addEventListener("change", function (e) { S.ui.bstatus = e.target.value; render(); });
  }
  function bookingMenu(btn, b) {
    var open = b.status === "Booked" || b.status === "Checked in";
    showMenu(btn, [
      { label: "Check in", disabled: b.status !== "Booked" || b.date !== TODAY, fn: function () { b.status = "Checked in"; toast(b.reg + " checked in"); render(); } },
      { label: "Complete & take payment…", disabled: b.status !== "Checked in", fn: function () { completeDlg(b); } },
      { label: "Edit notes…", fn: function () { openModal("Notes — " + b.id, '<div class="fld"><label class="l" for="bn">Booking notes</label><textarea id="bn" rows="3">' + esc(b.notes) + "</textarea></div>", [{ label: "Cancel" }, { label: "Save notes", cls: "pri", fn: function () { b.notes = val("bn"); toast("Notes saved"); render(); } }]); } },
      { label: "Mark as no-show", disabled: b.status !== "Booked", fn: function () { b.status = "No-show"; tyre(b.tyre).reserved -= b.qty; toast(b.id + " marked as no-show"); render(); } },
      { label: "Cancel booking…", red: true, disabled: !open, fn: function () { cancelDlg(b); } }
    ]);
  }
  function head(b) { var v = veh(b.reg), t = tyre(b.tyre); return '<p><span class="reg">' + b.reg + "</span> " + esc(v.make + " " + v.model) + " — " + esc(cust(b.customer).name) + '<br><span class="muted">' + b.id + " · " + fmt(b.date) + " " + b.time + " · Bay " + b.bay + " · " + b.qty + " × " + esc(tyreName(t)) + "</span></p>"; }
  function cancelDlg(b) {
    openModal("Cancel booking " + b.id, head(b) +
      '<div class="fld"><label class="l" for="cb-r">Reason</label><select id="cb-r"><option value="">— choose a reason —</option>' + opts(["Customer no longer needs the work", "Went to another garage", "Wrong tyre ordered", "Vehicle off the road", "Will rebook later", "Other"], "") + "</select></div>" +
      '<div class="fld"><label class="l" for="cb-n">Note (optional)</label><textarea id="cb-n" rows="2"></textarea></div>' +
      '<div class="fld"><label class="chk"><input type="checkbox" id="cb-rel" checked> Release the ' + b.qty + " reserved tyre" + (b.qty === 1 ? "" : "s") + ' back to available stock</label></div><div class="err" id="cb-err"></div>',
      [{ label: "Keep booking" }, { label: "Cancel booking", cls: "danger", fn: function () {
        var r = val("cb-r"); if (!r) return fail("cb-err", "Please choose a reason.");
        b.status = "Cancelled"; b.cancelReason = r; b.cancelNote = val("cb-n");
        if (document.getElementById("cb-rel").checked) tyre(b.tyre).reserved -= b.qty;
        toast(b.id + " cancelled"); render();
      } }]);
  }
  function completeDlg(b) {
    var c = cust(b.customer);
    openModal("Complete booking " + b.id, head(b) + '<p class="total">Total to pay: <b>' + money(b.total) + "</b>" + (b.payment === "Prepaid online" ? " (prepaid online)" : "") + "</p>" +
      '<div class="two"><div class="fld"><label class="l" for="cp-m">Mileage</label><input type="number" id="cp-m" min="0" placeholder="e.g. 45210"></div>' +
      '<div class="fld"><label class="l" for="cp-p">Payment</label><select id="cp-p"><option value="">— choose —</option>' + opts([["Card", "Card"], ["Cash", "Cash"], ["On account", "On account (monthly invoice)" + (c.account ? "" : " — account customers only")], ["Prepaid online", "Prepaid online"]], b.payment === "Prepaid online" ? "Prepaid online" : "") + "</select></div></div>" +
      '<div class="fld"><label class="l" for="cp-t">Tread on removed tyres (mm, optional)</label><input type="number" id="cp-t" min="0" step="0.1"></div><div class="err" id="cp-err"></div>',
      [{ label: "Cancel" }, { label: "Complete booking", cls: "pri", fn: function () {
        var m = val("cp-m"), p = val("cp-p");
        if (!m || isNaN(+m.replace(/,/g, ""))) return fail("cp-err", "Enter the vehicle's mileage.");
        if (!p) return fail("cp-err", "Choose how the customer paid.");
        if (p === "On account" && !c.account) return fail("cp-err", c.name + " doesn't have a trade account.");
        var t = tyre(b.tyre); t.qty -= b.qty; t.reserved -= b.qty;
        b.status = "Completed"; b.paidBy = p; b.mileage = +m.replace(/,/g, "");
        toast(b.reg + " completed — " + money(b.total) + " " + (p === "On account" ? "added to account" : "paid")); render();
      } }]);
  }
  function newBookingDlg() {
    var md = openModal("New booking",
      '<div class="fld"><label class="l" for="nb-v">Vehicle</label><select id="nb-v"><option value="">— choose vehicle —</option>' + opts(S.vehicles.slice().sort(function (a, b) { return a.reg < b.reg ? -1 : 1; }).map(function (v) { return [v.reg, v.reg + " — " + v.make + " " + v.model + " · " + cust(v.customer).name]; }), "") + "</select></div>" +
      '<div class="fld"><label class="l" for="nb-t">Tyre</label><select id="nb-t"></select><label class="chk muted" style="margin-top:4px"><input type="checkbox" id="nb-fit" checked> Only show tyres that fit this vehicle</label></div>' +
      '<div class="three"><div class="fld"><label class="l" for="nb-q">Quantity</label><input type="number" id="nb-q" min="1" max="6"></div><div class="fld"><label class="l" for="nb-d">Date</label><input type="date" id="nb-d" min="' + TODAY + '"></div><div class="fld"><label class="l" for="nb-tm">Time</label><select id="nb-tm"><option value="">— time —</option>' + opts(TIMES, "") + "</select></div></div>" +
      '<div class="fld"><span class="l">Bay</span><div class="radios" role="radiogroup" aria-label="Bay">' + BAYS.map(function (n) { return '<label><input type="radio" name="nb-bay" value="' + n + '"> Bay ' + n + (n === 4 ? " (van)" : "") + "</label>"; }).join("") + "</div></div>" +
      '<div class="fld"><span class="l">Extras</span><div class="checks">' + EXTRAS.map(function (x, i) { return '<label class="chk"><input type="checkbox" data-extra="' + esc(x[0]) + '" id="nb-x' + i + '"> ' + x[0] + " (£" + x[1] + ")</label>"; }).join("") + '<label class="chk"><input type="checkbox" id="nb-disp" checked> Old tyre disposal (£' + DISPOSAL + " per tyre)</label></div></div>" +
      '<div class="fld"><span class="l">Payment</span><div class="radios" role="radiogroup" aria-label="Payment"><label><input type="radio" name="nb-pay" value="Pay in centre" checked> Pay in centre</label><label><input type="radio" name="nb-pay" value="Prepaid online"> Prepaid online</label><label><input type="radio" name="nb-pay" value="On account"> On account</label></div></div>' +
      '<div class="fld"><label class="l" for="nb-n">Notes</label><textarea id="nb-n" rows="2"></textarea></div><div class="err" id="nb-err"></div>',
      [{ label: "Cancel" }, { label: "Book", cls: "pri", fn: function () {
        var reg = val("nb-v"), tid = val("nb-t"), q = +val("nb-q"), d = val("nb-d"), tm = val("nb-tm"), bay = +radio("nb-bay");
        if (!reg) return fail("nb-err", "Choose the vehicle.");
        if (!tid) return fail("nb-err", "Choose a tyre.");
        if (!q || q < 1) return fail("nb-err", "Enter how many tyres.");
        if (!d || d < TODAY) return fail("nb-err", "Choose a date from today onwards.");
        if (!tm) return fail("nb-err", "Choose a time.");
        if (!bay) return fail("nb-err", "Choose a bay.");
        var t = tyre(tid); if (t.qty - t.reserved < q) return fail("nb-err", "Only " + (t.qty - t.reserved) + " of that tyre available.");
        var clash = S.bookings.find(function (x) { return (x.status === "Booked" || x.status === "Checked in") && x.date === d && x.time === tm && x.bay === bay; });
        if (clash) return fail("nb-err", "Bay " + bay + " is already booked at " + tm + " (" + clash.reg + ").");
        var pay = radio("nb-pay"), v = veh(reg);
        if (pay === "On account" && !cust(v.customer).account) return fail("nb-err", cust(v.customer).name + " doesn't have a trade account.");
        var ex = []; md.querySelectorAll("[data-extra]").forEach(function (cb) { if (cb.checked) ex.push(cb.dataset.extra); });
        var disp = document.getElementById("nb-disp").checked;
        S.bookings.push({ id: "B-" + nextBooking++, reg: reg, customer: v.customer, date: d, time: tm, bay: bay, tyre: tid, qty: q, extras: ex, disposal: disp, payment: pay, total: totalFor(tid, q, ex, disp), status: "Booked", paidBy: "", mileage: "", cancelReason: "", cancelNote: "", notes: val("nb-n") });
        t.reserved += q; toast(reg + " booked for " + fmt(d) + " " + tm + ", bay " + bay); render();
      } }], '<span class="sp" id="nb-total" style="flex:1;font-size:13px"></span>');
    function fillTyres() {
      var v = veh(val("nb-v")), only = document.getElementById("nb-fit").checked, cur = val("nb-t");
      var list = S.stock.filter(function (t) { return !only || !v || t.size === v.size; });
      document.getElementById("nb-t").innerHTML = '<option value="">— choose tyre —</option>' + opts(list.map(function (t) { return [t.id, tyreName(t) + " — £" + t.price + " (" + (t.qty - t.reserved) + " available)"]; }), cur);
      showTotal();
    }
    function showTotal() {
      var tid = val("nb-t"), q = +val("nb-q"), el = document.getElementById("nb-total");
      if (!tid || !q) { el.textContent = ""; return; }
      var ex = []; md.querySelectorAll("[data-extra]").forEach(function (cb) { if (cb.checked) ex.push(cb.dataset.extra); });
      el.textContent = "Total: " + money(totalFor(tid, q, ex, document.getElementById("nb-disp").checked));
    }
    document.getElementById("nb-v").addEventListener("change", fillTyres);
    document.getElementById("nb-fit").addEventListener("change", fillTyres);
    ["nb-t", "nb-q", "nb-disp"].forEach(function (id) { document.getElementById(id).addEventListener("input", showTotal); document.getElementById(id).addEventListener("change", showTotal); });
    md.querySelectorAll("[data-extra]").forEach(function (cb) { cb.addEventListener("change", showTotal); });
    fillTyres();
  }

  /* ---------- Stock ---------- */
  function visibleStock() {
    var q = S.ui.sq.trim().toLowerCase();
    return S.stock.filter(function (t) {
      if (S.ui.season !== "All seasons" && t.season !== S.ui.season) return false;
      if (S.ui.brand !== "All brands" && t.brand !== S.ui.brand) return false;
      return !q || (tyreName(t) + " " + t.season).toLowerCase().indexOf(q) >= 0;
    });
  }
  function renderStock() {
    var list = visibleStock(), brands = [];
    S.stock.forEach(function (t) { if (brands.indexOf(t.brand) < 0) brands.push(t.brand); }); brands.sort();
    var h = '<div class="bar"><h1>Tyre stock</h1><span class="sp"></span><span class="muted">Reserved = held for open bookings</span></div>' +
      '<div class="bar"><input type="search" id="sq" placeholder="Search model or size, e.g. 205/55 R16" aria-label="Search tyres" style="width:280px" value="' + esc(S.ui.sq) + '">' +
      '<select id="f-brand" aria-label="Brand">' + opts(["All brands"].concat(brands), S.ui.brand) + "</select>" +
      '<select id="f-season" aria-label="Season">' + opts(["All seasons", "Summer", "Winter", "All-season", "Van"], S.ui.season) + "</select></div>";
    h += list.length ? '<table class="tbl"><thead><tr><th>Tyre</th><th>Size</th><th>Season</th><th>In stock</th><th>Reserved</th><th>Available</th><th>Price (fitted)</th><th>Last delivery</th><th></th></tr></thead><tbody>' + list.map(function (t) {
      var av = t.qty - t.reserved;
      return "<tr><td><b>" + esc(t.brand + " " + t.model) + '</b><div class="muted">' + t.id + "</div></td><td>" + t.size + " " + t.loadSpeed + "</td><td>" + t.season + "</td><td>" + t.qty + "</td><td>" + t.reserved + "</td><td" + (av <= 1 ? ' class="low"' : "") + ">" + av + "</td><td>" + money(t.price) + "</td><td>" + fmtY(t.lastDelivery) + '<div class="muted">' + esc(t.deliveryRef) + '</div></td><td><button class="kebab" data-act="smenu" data-id="' + t.id + '" aria-label="Actions for ' + esc(tyreName(t)) + '" aria-haspopup="menu">⋯</button></td></tr>';
    }).join("") + "</tbody></table>" : '<div class="empty">No tyres match.</div>';
    view.innerHTML = h;
    var sq = document.getElementById("sq");
    sq.addEventListener("input", function () { S.ui.sq = sq.value; var pos = sq.selectionStart; render(); var n = document.getElementById("sq"); n.focus(); n.setSelectionRange(pos, pos); });
    document.getElementById("f-brand").addEventListener("change", function (e) { S.ui.brand = e.target.value; render(); });
    document.getElementById("f-season").addEventListener("change", function (e) { S.ui.season = e.target.value; render(); });
  }
  function stockMenu(btn, t) {
    showMenu(btn, [
      { label: "Receive delivery…", fn: function () { receiveDlg(t); } },
      { label: "Adjust stock count…", fn: function () { adjustDlg(t); } },
      { label: "Change price…", fn: function () { priceDlg(t); } }
    ]);
  }
  function receiveDlg(t) {
    openModal("Receive delivery", "<p><b>" + esc(tyreName(t)) + '</b><br><span class="muted">Currently ' + t.qty + " in stock</span></p>" +
      '<div class="three"><div class="fld"><label class="l" for="rv-q">Quantity received</label><input type="number" id="rv-q" min="1"></div><div class="fld"><label class="l" for="rv-r">Delivery note</label><input type="text" id="rv-r"></div><div class="fld"><label class="l" for="rv-d">Received on</label><input type="date" id="rv-d" value="' + TODAY + '"></div></div><div class="err" id="rv-err"></div>',
      [{ label: "Cancel" }, { label: "Add to stock", cls: "pri", fn: function () {
        var q = +val("rv-q"), r = val("rv-r").toUpperCase(), d = val("rv-d");
        if (!q || q < 1 || q !== Math.floor(q)) return fail("rv-err", "Enter how many tyres arrived.");
        if (!r) return fail("rv-err", "Enter the delivery note number.");
        if (!d) return fail("rv-err", "Enter the date received.");
        t.qty += q; t.lastDelivery = d; t.deliveryRef = r;
        toast(q + " × " + t.brand + " " + t.model + " " + t.size + " added to stock"); render();
      } }]);
  }
  function adjustDlg(t) {
    openModal("Adjust stock count", "<p><b>" + esc(tyreName(t)) + '</b></p><div class="two"><div class="fld"><label class="l" for="ad-q">Counted in stock</label><input type="number" id="ad-q" min="0" value="' + t.qty + '"></div><div class="fld"><label class="l" for="ad-r">Reason</label><select id="ad-r">' + opts(["Stock take", "Damaged", "Returned to supplier", "Other"], "Stock take") + '</select></div></div><div class="err" id="ad-err"></div>',
      [{ label: "Cancel" }, { label: "Save count", cls: "pri", fn: function () { var q = val("ad-q"); if (q === "" || +q < t.reserved) return fail("ad-err", "Count can't be below the " + t.reserved + " reserved."); t.qty = +q; toast("Stock count saved"); render(); } }]);
  }
  function priceDlg(t) {
    openModal("Change price", "<p><b>" + esc(tyreName(t)) + '</b></p><div class="fld"><label class="l" for="pr-p">Price per tyre, fitted (£)</label><input type="number" id="pr-p" min="0" value="' + t.price + '"></div><div class="err" id="pr-err"></div>',
      [{ label: "Cancel" }, { label: "Save price", cls: "pri", fn: function () { var p = +val("pr-p"); if (!p) return fail("pr-err", "Enter a price."); t.price = p; toast("Price updated"); render(); } }]);
  }

  /* ---------- Customers ---------- */
  function renderCustomers() {
    var q = S.ui.cq.trim().toLowerCase().replace(/\s/g, "");
    var list = S.customers.filter(function (c) { var regs = S.vehicles.filter(function (v) { return v.customer === c.id; }).map(function (v) { return v.reg + v.make + v.model; }).join(""); return !q || (c.name + c.phone + c.email + regs).toLowerCase().replace(/\s/g, "").indexOf(q) >= 0; }).sort(function (a, b) { return a.name.localeCompare(b.name); });
    var h = '<div class="bar"><h1>Customers &amp; vehicles</h1><span class="sp"></span><input type="search" id="cq" placeholder="Search name or reg…" aria-label="Search customers" style="width:240px" value="' + esc(S.ui.cq) + '"></div>';
    h += '<table class="tbl"><thead><tr><th>Customer</th><th>Contact</th><th>Vehicles</th><th>Account</th><th>Last visit</th></tr></thead><tbody>' + list.map(function (c) {
      var vs = S.vehicles.filter(function (v) { return v.customer === c.id; });
      var last = S.bookings.filter(function (b) { return b.customer === c.id && b.status === "Completed"; }).map(function (b) { return b.date; }).sort().pop();
      return "<tr><td><b>" + esc(c.name) + '</b><div class="muted">' + c.id + "</div></td><td>" + esc(c.phone) + '<div class="muted">' + esc(c.email || "no email") + "</div></td><td>" + vs.map(function (v) { return '<div><span class="reg">' + v.reg + "</span> " + esc(v.make + " " + v.model) + ' <span class="muted">' + v.size + "</span></div>"; }).join("") + "</td><td>" + (c.account ? "Trade account" : '<span class="muted">—</span>') + "</td><td>" + fmtY(last) + "</td></tr>";
    }).join("") + "</tbody></table>";
    view.innerHTML = h;
    var cq = document.getElementById("cq");
    cq.addEventListener("input", function () { S.ui.cq = cq.value; var pos = cq.selectionStart; render(); var n = document.getElementById("cq"); n.focus(); n.setSelectionRange(pos, pos); });
  }

  document.addEventListener("click", function (e) {
    if (!e.target.closest(".menu")) closeMenu();
    var t = e.target.closest("[data-act]"); if (!t) return;
    var a = t.dataset.act;
    if (a === "nav") { S.ui.view = t.dataset.view; render(); }
    else if (a === "bmenu") { e.stopPropagation(); bookingMenu(t, booking(t.dataset.id)); }
    else if (a === "smenu") { e.stopPropagation(); stockMenu(t, tyre(t.dataset.id)); }
    else if (a === "newbooking") newBookingDlg();
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") { closeMenu(); if (overlay.classList.contains("show")) closeModal(); } });
  render();
})();
