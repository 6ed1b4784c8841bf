(function () {
  "use strict";
  var TODAY = "2025-03-11";
  var P = function (id, name, cat, price, avail, desc) { return { id: id, name: name, category: cat, price: price, available: avail, description: desc }; };
  var products = [
    P("P-01", "Rose Classic", "Bouquet", 45, true, "Twelve red Naomi roses with eucalyptus."),
    P("P-02", "Spring Meadow Hand-tied", "Hand-tied", 38, true, "Tulips, narcissi, waxflower and pittosporum."),
    P("P-03", "Peony Blush", "Hand-tied", 55, true, "Sarah Bernhardt peonies with astrantia."),
    P("P-04", "Peony & Rose Luxe", "Bouquet", 72, true, "Peonies, garden roses and lisianthus."),
    P("P-05", "Sympathy Wreath – White Lily", "Funeral", 85, true, "18\" open wreath, white lilies and roses."),
    P("P-06", "Sympathy Posy", "Funeral", 40, true, "Soft whites and creams, hand-tied posy."),
    P("P-07", "Sunflower Sunshine", "Bouquet", 35, true, "Sunflowers, solidago and craspedia."),
    P("P-08", "Orchid in Ceramic Pot", "Plant", 42, true, "White phalaenopsis, glazed pot."),
    P("P-09", "Tulip Bunch", "Hand-tied", 28, true, "Twenty mixed tulips."),
    P("P-10", "Wedding Buttonhole", "Wedding", 9.5, true, "Single rose buttonhole with pin."),
    P("P-11", "Seasonal Letterbox Flowers", "Letterbox", 25, false, "Fits through most letterboxes."),
    P("P-12", "Hydrangea Dome", "Arrangement", 50, true, "Blue hydrangea dome in a zinc pot.")
  ];
  var ADDONS = { "Helium balloon": 6, "Chocolates": 8, "Glass vase": 12 };
  var SIZES = { Standard: 0, Large: 15, Deluxe: 30 };
  var O = function (id, cust, phone, prod, size, addons, rcp, addr, town, pc, date, slot, card, pay, status, notes) {
    return { id: id, customer: cust, phone: phone, product: prod, size: size, addons: addons, recipient: rcp, address: addr, town: town, postcode: pc, date: date, slot: slot, card: card, payment: pay, status: status, notes: notes || "" };
  };
  var orders = [
    O("FL-1031", "Helen Archer", "07700 900211", "P-01", "Large", ["Chocolates"], "Ruth Archer", "3 Brookfield Farm", "Knaresborough", "HG5 0QT", "2025-03-10", "Morning", "Happy birthday Ruth! Love Helen x", "Paid online", "Delivered"),
    O("FL-1032", "Leeds Road Surgery", "01423 555 010", "P-12", "Standard", [], "Reception", "Leeds Road Surgery, 201 Leeds Road", "Harrogate", "HG2 8AB", "2025-03-10", "Morning", "", "On account", "Delivered", "Weekly reception flowers"),
    O("FL-1034", "Priya Desai", "07700 900332", "P-07", "Standard", ["Glass vase"], "Anita Desai", "18 Cold Bath Road", "Harrogate", "HG2 0NA", "2025-03-11", "Afternoon", "Get well soon Mum, love Priya", "Paid online", "In progress"),
    O("FL-1035", "Tom Beckett", "07700 900415", "P-01", "Standard", [], "Lucy Fenwick", "Flat 2, 9 Station Parade", "Harrogate", "HG1 1TT", "2025-03-11", "Evening", "Sorry about last night. T", "Card – phone", "Ready"),
    O("FL-1036", "Marjorie Sutcliffe", "01423 561 882", "P-08", "Standard", [], "Marjorie Sutcliffe", "Shop collection", "Harrogate", "", "2025-03-11", "Collection", "", "Cash", "Ready"),
    O("FL-1038", "Ilkley Grammar PTA", "01943 600 412", "P-09", "Standard", [], "Mrs J. Holt", "Ilkley Grammar School, Cowpasture Road", "Ilkley", "LS29 8TR", "2025-03-11", "Morning", "Thank you for everything — from the PTA", "On account", "Out for delivery"),
    O("FL-1040", "Andrew Lister", "07700 900517", "P-04", "Deluxe", ["Chocolates", "Glass vase"], "Kate Lister", "The Old Vicarage, Church Lane", "Pannal", "HG3 1NB", "2025-03-12", "Morning", "Happy 10th anniversary my love. A", "Paid online", "New"),
    O("FL-1041", "Sophie Kaur", "07700 900618", "P-06", "Standard", [], "The family of Mr E. Walsh", "Walsh & Sons Funeral Directors, 40 Skipton Road", "Harrogate", "HG1 4LL", "2025-03-12", "Morning", "Thinking of you all at this sad time. Sophie", "Paid online", "In progress"),
    O("FL-1042", "Beth Morrow", "07700 900721", "P-09", "Large", [], "Claire Morrow", "27 Kings Road", "Harrogate", "HG1 5JW", "2025-03-12", "Afternoon", "Congratulations on the new job!", "Card – phone", "New"),
    O("FL-1043", "Graham Pell", "07700 900822", "P-02", "Standard", ["Helium balloon"], "Nancy Pell", "5 Oak Terrace", "Harrogate", "HG2 7DS", "2025-03-12", "Afternoon", "Happy birthday Nan! Love from Graham, Suzie & the boys", "Paid online", "In progress"),
    O("FL-1044", "Rachel Dunn", "07700 900923", "P-03", "Standard", [], "Emma Dunn", "12 Beech Grove", "Harrogate", "HG2 0EX", "2025-03-12", "Evening", "Happy Mother's Day x", "Paid online", "New"),
    O("FL-1045", "The Crown Hotel", "01423 567 755", "P-12", "Deluxe", [], "Events team", "The Crown Hotel, Crown Place", "Harrogate", "HG1 2RZ", "2025-03-13", "Morning", "", "On account", "New", "Two for reception desks"),
    O("FL-1046", "Owen Price", "07700 901024", "P-01", "Large", ["Glass vase"], "Megan Price", "44 Valley Drive", "Harrogate", "HG2 0JH", "2025-03-13", "Afternoon", "Will you go to the spring dance with me? O", "Card – phone", "New"),
    O("FL-1047", "Grace Okafor", "07700 901125", "P-05", "Standard", [], "Family of Mr Samuel Okafor", "Fountains Funeral Home, 7 Ripon Road", "Harrogate", "HG1 2JB", "2025-03-13", "Morning", "With love and sympathy", "Paid online", "New"),
    O("FL-1048", "Jasmine Holt", "07700 901226", "P-10", "Standard", [], "Jasmine Holt", "Shop collection", "Harrogate", "", "2025-03-13", "Collection", "", "Unpaid", "New", "6 buttonholes, ivory ribbon"),
    O("FL-1049", "Daniel Okafor", "07700 901327", "P-07", "Large", ["Chocolates"], "Comfort Okafor", "61 Hookstone Chase", "Harrogate", "HG2 7HJ", "2025-03-14", "Morning", "Happy birthday Mum, love Daniel", "Paid online", "New"),
    O("FL-1050", "Vicky Laine", "07700 901428", "P-03", "Large", [], "Sam Laine", "9 Wetherby Road", "Harrogate", "HG2 7SA", "2025-03-14", "Afternoon", "Just because. V", "Paid online", "New"),
    O("FL-1051", "Kirkby Lettings", "01423 502 300", "P-08", "Standard", [], "New tenants", "Flat 6, Mayfield Court", "Harrogate", "HG1 5JP", "2025-03-14", "Morning", "Welcome to your new home! — Kirkby Lettings", "On account", "New"),
    O("FL-1052", "Neil Garside", "07700 901529", "P-04", "Standard", [], "Alison Garside", "2 Rossett Green Lane", "Harrogate", "HG2 9LJ", "2025-03-15", "Morning", "Happy anniversary, love N", "Paid online", "New"),
    O("FL-1053", "Fiona Brady", "07700 901630", "P-06", "Standard", [], "Doreen Brady", "St Michael's Hospice, Crimple House", "Harrogate", "HG3 1QH", "2025-03-15", "Afternoon", "Thinking of you, love Fiona", "Card – phone", "Cancelled", "Customer cancelled 10/03")
  ];
  function priceOf(o) { var p = products.find(function (x) { return x.id === o.product; }); var t = p.price + (SIZES[o.size] || 0); o.addons.forEach(function (a) { t += ADDONS[a]; }); return Math.round(t * 100) / 100; }
  orders.forEach(function (o) { o.total = priceOf(o); });
  var S = window.state = { today: TODAY, products: products, orders: orders, ui: { view: "orders", filter: "All", status: "Any status", q: "", drawer: null, tab: "details" } };
  var nextId = 1054;

  var view = document.getElementById("view"), overlay = document.getElementById("overlay"), dw = document.getElementById("drawer-wrap");
  function esc(s) { return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]; }); }
  var DOW = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"], MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  function longDate(d) { var dt = new Date(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10))); return DOW[dt.getUTCDay()] + " " + dt.getUTCDate() + " " + MON[dt.getUTCMonth()]; }
  function addDays(d, n) { var dt = new Date(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10) + n)); return dt.toISOString().slice(0, 10); }
  function money(n) { return "£" + n.toFixed(2); }
  function prod(id) { return S.products.find(function (p) { return p.id === id; }); }
  function order(id) { return S.orders.find(function (o) { return o.id === id; }); }
  function badge(s) { return '<span class="badge b-' + s.replace(/ /g, "-") + '">' + esc(s) + "</span>"; }
  function toast(m) { var t = document.createElement("div"); t.className = "toast"; t.setAttribute("role", "status"); t.textContent = m; document.getElementById("toasts").appendChild(t); setTimeout(function () { t.remove(); }, 3500); }

  var menuEl = null;
  function closeMenu() { if (menuEl) { menuEl.remove(); menuEl = null; } }
  function showMenu(anchor, items) {
    closeMenu(); var m = document.createElement("div"); m.className = "menu"; m.setAttribute("role", "menu");
    items.forEach(function (it) { var b = document.createElement("button"); b.setAttribute("role", "menuitem"); b.textContent = it.label; if (it.red) b.className = "red"; b.addEventListener("click", function (e) { e.stopPropagation(); closeMenu(); it.fn(); }); m.appendChild(b); });
    document.body.appendChild(m); var r = anchor.getBoundingClientRect(); var top = r.bottom + 4; if (top + m.offsetHeight > innerHeight - 8) top = r.top - m.offsetHeight - 4;
    m.style.top = top + "px"; m.style.left = Math.max(8, r.right - m.offsetWidth) + "px"; menuEl = m;
  }
  function openModal(title, body, buttons, foot) {
    overlay.innerHTML = '<div class="modal" role="dialog" aria-modal="true" aria-label="' + esc(title) + '"><header><h3>' + esc(title) + '</h3><button class="close" data-x aria-label="Close">×</button></header><div class="body">' + body + "</div><footer>" + (foot || "") + "</footer></div>";
    var f = overlay.querySelector("footer");
    buttons.forEach(function (b) { var el = document.createElement("button"); el.type = "button"; el.className = "btn " + (b.cls || ""); el.textContent = b.label; el.addEventListener("click", function () { if (b.fn && b.fn() === false) return; closeModal(); }); f.appendChild(el); });
    overlay.querySelector("[data-x]").addEventListener("click", closeModal); overlay.classList.add("show"); return overlay.querySelector(".modal");
  }
  function closeModal() { overlay.classList.remove("show"); overlay.innerHTML = ""; }

  function render() {
    closeMenu();
    document.getElementById("today").textContent = longDate(TODAY) + " 2025";
    document.querySelectorAll("#nav button").forEach(function (b) { b.classList.toggle("on", b.dataset.view === S.ui.view); });
    ({ orders: renderOrders, products: renderProducts, rounds: renderRounds, customers: renderCustomers })[S.ui.view]();
    renderDrawer();
  }

  function visibleOrders() {
    var q = S.ui.q.trim().toLowerCase();
    return S.orders.filter(function (o) {
      if (S.ui.filter === "Today" && o.date !== TODAY) return false;
      if (S.ui.filter === "Tomorrow" && o.date !== addDays(TODAY, 1)) return false;
      if (S.ui.filter === "This week" && (o.date < TODAY || o.date > addDays(TODAY, 5))) return false;
      if (S.ui.status !== "Any status" && o.status !== S.ui.status) return false;
      if (!q) return true;
      var p = prod(o.product);
      return (o.id + " " + o.customer + " " + o.recipient + " " + p.name + " " + o.town + " " + o.postcode).toLowerCase().indexOf(q) >= 0;
    }).sort(function (a, b) { return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1; });
  }
  function renderOrders() {
    var list = visibleOrders(), groups = {};
    list.forEach(function (o) { (groups[o.date] = groups[o.date] || []).push(o); });
    var h = '<div class="bar"><h1 style="margin:0">Orders</h1><span class="sp"></span><button class="btn pri" data-act="new">+ New order</button></div>' +
      '<div class="bar"><div class="chips" role="group" aria-label="Delivery date">' + ["Today", "Tomorrow", "This week", "All"].map(function (c) { return '<button class="chip' + (S.ui.filter === c ? " on" : "") + '" data-act="chip" data-c="' + c + '" aria-pressed="' + (S.ui.filter === c) + '">' + c + "</button>"; }).join("") + "</div>" +
      '<select id="f-status" aria-label="Status">' + ["Any status", "New", "In progress", "Ready", "Out for delivery", "Delivered", "Cancelled"].map(function (s) { return "<option" + (s === S.ui.status ? " selected" : "") + ">" + s + "</option>"; }).join("") + "</select>" +
      '<span class="sp"></span><input type="search" id="f-q" placeholder="Search orders, names, postcodes…" aria-label="Search orders" style="width:290px" value="' + esc(S.ui.q) + '"></div>';
    if (!list.length) h += '<div class="empty">No orders match.</div>';
    Object.keys(groups).forEach(function (d) {
      h += '<h2 class="day">' + (d === TODAY ? "Today · " : d === addDays(TODAY, 1) ? "Tomorrow · " : "") + longDate(d) + ' <span class="hint">(' + groups[d].length + ")</span></h2><div class=\"grid\">";
      groups[d].forEach(function (o) {
        var p = prod(o.product);
        h += '<article class="ocard" aria-label="Order ' + o.id + '"><div class="top"><button class="oid" data-act="open" data-id="' + o.id + '">' + o.id + "</button>" + badge(o.status) + "</div>" +
          '<div class="prod">' + esc(p.name) + (o.size !== "Standard" ? " · " + o.size : "") + '</div><div class="meta">For <b>' + esc(o.recipient) + "</b> · " + esc(o.town) + (o.postcode ? " " + esc(o.postcode) : "") + '</div><div class="meta">From ' + esc(o.customer) + (o.addons.length ? " · + " + esc(o.addons.join(", ")) : "") + "</div>" +
          '<div class="foot"><span>' + (o.slot === "Collection" ? "Shop collection" : "Delivery · " + o.slot) + " · " + money(o.total) + '</span><button class="kebab" data-act="omenu" data-id="' + o.id + '" aria-label="Order ' + o.id + ' actions" aria-haspopup="menu">⋯</button></div></article>';
      });
      h += "</div>";
    });
    view.innerHTML = h;
    var q = document.getElementById("f-q");
    q.addEventListener("input", function () { S.ui.q = q.value; var pos = q.selectionStart; render(); var n = document.getElementById("f-q"); n.focus(); n.setSelectionRange(pos, pos); });
    document.getElementById("f-status").addEventListener("change", function (e) { S.ui.status = e.target.value; render(); });
  }
  var FLOW = { "New": "In progress", "In progress": "Ready", "Ready": "Out for delivery", "Out for delivery": "Delivered" };
  var FLOW_LABEL = { "In progress": "Start making (in progress)", "Ready": "Mark as ready", "Out for delivery": "Send out for delivery", "Delivered": "Mark as delivered" };
  function orderMenu(btn, o) {
    var items = [{ label: "Open order", fn: function () { openDrawer(o.id); } }];
    if (FLOW[o.status]) { var nx = FLOW[o.status]; items.push({ label: FLOW_LABEL[nx], fn: function () { o.status = nx; toast(o.id + " → " + nx); render(); } }); }
    items.push({ label: "Print card message", fn: function () { toast("Sent card for " + o.id + " to printer"); } });
    if (o.status !== "Delivered" && o.status !== "Cancelled") items.push({ label: "Cancel order…", red: true, fn: function () { cancelDlg(o); } });
    showMenu(btn, items);
  }
  function cancelDlg(o) {
    openModal("Cancel " + o.id + "?", '<p>This will cancel the order for <b>' + esc(o.recipient) + '</b>.</p><label class="chk"><input type="checkbox" id="c-ref"> Refund the customer (' + money(o.total) + ")</label>",
      [{ label: "Keep order" }, { label: "Cancel order", cls: "danger", fn: function () { o.status = "Cancelled"; o.refunded = document.getElementById("c-ref").checked; toast(o.id + " cancelled"); render(); } }]);
  }

  function openDrawer(id) { S.ui.drawer = id; S.ui.tab = "details"; render(); }
  function renderDrawer() {
    if (!S.ui.drawer) { dw.innerHTML = ""; return; }
    var o = order(S.ui.drawer), p = prod(o.product), t = S.ui.tab;
    var h = '<div class="scrim" data-act="closedrawer"></div><aside class="drawer" role="dialog" aria-label="Order ' + o.id + '"><header><h3>' + o.id + ' <button class="close" data-act="closedrawer" aria-label="Close order">×</button></h3><div class="sub">' + esc(p.name) + " · " + o.size + " · " + badge(o.status) + '</div><div class="tabs" role="tablist">' +
      [["details", "Details"], ["card", "Card message"], ["delivery", "Delivery"], ["history", "History"]].map(function (x) { return '<button role="tab" data-act="tab" data-tab="' + x[0] + '" aria-selected="' + (t === x[0]) + '">' + x[1] + "</button>"; }).join("") + '</div></header><div class="body">';
    if (t === "details") {
      h += '<div class="two"><div class="fld"><span class="l">Customer</span><div class="ro">' + esc(o.customer) + '</div></div><div class="fld"><span class="l">Phone</span><div class="ro">' + esc(o.phone) + "</div></div></div>" +
        '<div class="two"><div class="fld"><span class="l">Product</span><div class="ro">' + esc(p.name) + " (" + o.size + ')</div></div><div class="fld"><span class="l">Add-ons</span><div class="ro">' + (o.addons.length ? esc(o.addons.join(", ")) : "None") + "</div></div></div>" +
        '<div class="fld"><span class="l">Total</span><div class="ro">' + money(o.total) + "</div></div>" +
        '<div class="fld"><label class="l" for="d-pay">Payment</label><select id="d-pay">' + ["Paid online", "Card – phone", "Cash", "On account", "Unpaid"].map(function (x) { return "<option" + (x === o.payment ? " selected" : "") + ">" + x + "</option>"; }).join("") + "</select></div>" +
        '<div class="fld"><label class="l" for="d-notes">Florist notes</label><textarea id="d-notes" rows="3">' + esc(o.notes) + "</textarea></div>" +
        '<button class="btn pri" data-act="savedetails">Save details</button>';
    } else if (t === "card") {
      h += '<div class="fld"><label class="l" for="d-card">Message on card</label><textarea id="d-card" rows="4" maxlength="200">' + esc(o.card) + '</textarea><div class="hint"><span id="d-cnt">' + o.card.length + "</span>/200 characters</div></div>" +
        '<div class="hint">Preview</div><div class="cardprev" id="d-prev">' + esc(o.card) + '</div><div style="margin-top:14px;display:flex;gap:8px"><button class="btn pri" data-act="savecard">Save message</button><button class="btn" data-act="tab" data-tab="card">Revert</button></div>';
    } else if (t === "delivery") {
      h += '<div class="fld"><label class="l" for="d-rcp">Recipient</label><input type="text" id="d-rcp" value="' + esc(o.recipient) + '"></div>' +
        '<div class="fld"><label class="l" for="d-addr">Address</label><input type="text" id="d-addr" value="' + esc(o.address) + '"></div>' +
        '<div class="two"><div class="fld"><label class="l" for="d-town">Town</label><input type="text" id="d-town" value="' + esc(o.town) + '"></div><div class="fld"><label class="l" for="d-pc">Postcode</label><input type="text" id="d-pc" value="' + esc(o.postcode) + '"></div></div>' +
        '<div class="two"><div class="fld"><label class="l" for="d-date">Delivery date</label><input type="date" id="d-date" value="' + o.date + '"></div><div class="fld"><label class="l" for="d-slot">Slot</label><select id="d-slot">' + ["Morning", "Afternoon", "Evening", "Collection"].map(function (x) { return "<option" + (x === o.slot ? " selected" : "") + ">" + x + "</option>"; }).join("") + "</select></div></div>" +
        '<button class="btn pri" data-act="savedelivery">Save delivery</button>';
    } else {
      h += '<ul class="hint" style="font-size:13px;line-height:1.9"><li>Order placed by ' + esc(o.customer) + "</li><li>Payment: " + esc(o.payment) + "</li><li>Current status: " + esc(o.status) + "</li></ul>";
    }
    dw.innerHTML = h + "</div></aside>";
    var ta = document.getElementById("d-card");
    if (ta) ta.addEventListener("input", function () { document.getElementById("d-cnt").textContent = ta.value.length; document.getElementById("d-prev").textContent = ta.value; });
  }

  function newOrderDlg() {
    var opts = S.products.filter(function (p) { return p.available; }).map(function (p) { return '<option value="' + p.id + '">' + esc(p.name) + " — " + money(p.price) + "</option>"; }).join("");
    var m = openModal("New order",
      '<div class="sec">Customer</div><div class="two"><div class="fld"><label class="l" for="no-cust">Customer name</label><input type="text" id="no-cust"></div><div class="fld"><label class="l" for="no-phone">Phone</label><input type="tel" id="no-phone"></div></div>' +
      '<div class="sec">Flowers</div><div class="fld"><label class="l" for="no-prod">Product</label><select id="no-prod"><option value="">— choose a product —</option>' + opts + "</select></div>" +
      '<div class="fld"><span class="l">Size</span><div class="radios" role="radiogroup" aria-label="Size">' + Object.keys(SIZES).map(function (s) { return '<label><input type="radio" name="no-size" value="' + s + '"' + (s === "Standard" ? " checked" : "") + "> " + s + (SIZES[s] ? " (+£" + SIZES[s] + ")" : "") + "</label>"; }).join("") + "</div></div>" +
      '<div class="fld"><span class="l">Add-ons</span><div class="radios">' + Object.keys(ADDONS).map(function (a) { return '<label><input type="checkbox" name="no-add" value="' + a + '"> ' + a + " (+£" + ADDONS[a] + ")</label>"; }).join("") + "</div></div>" +
      '<div class="sec">Delivery</div><div class="fld"><label class="l" for="no-rcp">Recipient name</label><input type="text" id="no-rcp"></div>' +
      '<div class="three"><div class="fld"><label class="l" for="no-addr">Address line</label><input type="text" id="no-addr"></div><div class="fld"><label class="l" for="no-town">Town</label><input type="text" id="no-town"></div><div class="fld"><label class="l" for="no-pc">Postcode</label><input type="text" id="no-pc"></div></div>' +
      '<div class="two"><div class="fld"><label class="l" for="no-date">Delivery date</label><input type="date" id="no-date" min="' + TODAY + '"></div><div class="fld"><label class="l" for="no-slot">Slot</label><select id="no-slot"><option value="Morning">Morning (9–12)</option><option value="Afternoon">Afternoon (12–5)</option><option value="Evening">Evening (5–8)</option><option value="Collection">Collect from shop</option></select></div></div>' +
      '<div class="fld"><label class="l" for="no-card">Card message</label><textarea id="no-card" rows="2" maxlength="200"></textarea></div>' +
      '<div class="fld"><label class="l" for="no-pay">Payment</label><select id="no-pay"><option>Unpaid</option><option>Card – phone</option><option>Paid online</option><option>Cash</option><option>On account</option></select></div><div class="err" id="no-err"></div>',
      [{ label: "Cancel" }, { label: "Create order", cls: "pri", fn: function () {
        var g = function (id) { return document.getElementById(id).value.trim(); };
        var o = { id: "FL-" + nextId, customer: g("no-cust"), phone: g("no-phone"), product: g("no-prod"), size: m.querySelector("input[name=no-size]:checked").value, addons: Array.from(m.querySelectorAll("input[name=no-add]:checked")).map(function (x) { return x.value; }),
          recipient: g("no-rcp"), address: g("no-addr"), town: g("no-town"), postcode: g("no-pc").toUpperCase(), date: g("no-date"), slot: g("no-slot"), card: g("no-card"), payment: g("no-pay"), status: "New", notes: "" };
        var miss = [];
        if (!o.customer) miss.push("customer name"); if (!o.product) miss.push("product"); if (!o.date) miss.push("delivery date");
        if (o.slot !== "Collection" && (!o.recipient || !o.address)) miss.push("recipient and address");
        if (miss.length) { document.getElementById("no-err").textContent = "Please fill in: " + miss.join(", ") + "."; return false; }
        nextId++; o.total = priceOf(o); S.orders.push(o); toast(o.id + " created"); render();
      } }], '<span class="tot" id="no-tot">Total £0.00</span>');
    m.addEventListener("change", function () {
      var pid = document.getElementById("no-prod").value; if (!pid) { document.getElementById("no-tot").textContent = "Total £0.00"; return; }
      var o = { product: pid, size: m.querySelector("input[name=no-size]:checked").value, addons: Array.from(m.querySelectorAll("input[name=no-add]:checked")).map(function (x) { return x.value; }) };
      document.getElementById("no-tot").textContent = "Total " + money(priceOf(o));
    });
  }

  function renderProducts() {
    view.innerHTML = '<div class="bar"><h1 style="margin:0">Products</h1><span class="sp"></span><span class="hint">' + S.products.length + ' products · prices are for the standard size</span></div>' +
      '<table class="tbl"><thead><tr><th>Code</th><th>Name</th><th>Category</th><th style="text-align:right">Price</th><th>Availability</th><th></th></tr></thead><tbody>' +
      S.products.map(function (p) { return "<tr><td>" + p.id + "</td><td><b>" + esc(p.name) + '</b><div class="hint">' + esc(p.description) + "</div></td><td>" + esc(p.category) + '</td><td class="r">' + money(p.price) + "</td><td>" + (p.available ? '<span class="on-sale">● On sale</span>' : '<span class="off">● Off sale</span>') + '</td><td class="r"><button class="btn sm" data-act="editp" data-id="' + p.id + '" aria-label="Edit ' + esc(p.name) + '">Edit</button></td></tr>'; }).join("") + "</tbody></table>";
  }
  function editProduct(p) {
    openModal("Edit product", '<div class="fld"><label class="l" for="pe-name">Name</label><input type="text" id="pe-name" value="' + esc(p.name) + '"></div>' +
      '<div class="two"><div class="fld"><label class="l" for="pe-cat">Category</label><select id="pe-cat">' + ["Bouquet", "Hand-tied", "Funeral", "Plant", "Wedding", "Letterbox", "Arrangement"].map(function (c) { return "<option" + (c === p.category ? " selected" : "") + ">" + c + "</option>"; }).join("") + '</select></div><div class="fld"><label class="l" for="pe-price">Price (£, standard size)</label><input type="text" id="pe-price" value="' + p.price.toFixed(2) + '"></div></div>' +
      '<div class="fld"><label class="l" for="pe-desc">Description</label><textarea id="pe-desc" rows="2">' + esc(p.description) + "</textarea></div>" +
      '<div class="fld"><label class="chk"><input type="checkbox" id="pe-av"' + (p.available ? " checked" : "") + '> Available for sale</label><div class="hint">Products that are off sale cannot be chosen for new orders.</div></div><div class="err" id="pe-err"></div>',
      [{ label: "Cancel" }, { label: "Save product", cls: "pri", fn: function () {
        var pr = parseFloat(document.getElementById("pe-price").value.replace(/[£,\s]/g, ""));
        if (!(pr > 0)) { document.getElementById("pe-err").textContent = "Enter a valid price."; return false; }
        p.name = document.getElementById("pe-name").value.trim() || p.name; p.category = document.getElementById("pe-cat").value; p.price = Math.round(pr * 100) / 100;
        p.description = document.getElementById("pe-desc").value; p.available = document.getElementById("pe-av").checked; toast("Saved " + p.name); render();
      } }]);
  }
  function renderRounds() {
    var days = [TODAY, addDays(TODAY, 1), addDays(TODAY, 2)];
    view.innerHTML = '<h1>Delivery rounds</h1><div class="rounds">' + days.map(function (d) {
      var os = S.orders.filter(function (o) { return o.date === d && o.slot !== "Collection" && o.status !== "Cancelled"; });
      return '<div class="round"><h3>' + longDate(d) + '</h3><div class="hint">Van 1 · Driver: Ollie</div><ul>' + os.map(function (o) { return "<li>" + o.id + " — " + esc(o.postcode || o.town) + " (" + o.slot + ")</li>"; }).join("") + "</ul></div>";
    }).join("") + "</div>";
  }
  function renderCustomers() {
    var m = {}; S.orders.forEach(function (o) { (m[o.customer] = m[o.customer] || { phone: o.phone, n: 0, spend: 0 }); m[o.customer].n++; m[o.customer].spend += o.total; });
    view.innerHTML = '<h1>Customers</h1><table class="tbl"><thead><tr><th>Name</th><th>Phone</th><th>Orders</th><th style="text-align:right">Spend</th></tr></thead><tbody>' + Object.keys(m).sort().map(function (k) { return "<tr><td>" + esc(k) + "</td><td>" + esc(m[k].phone) + "</td><td>" + m[k].n + '</td><td class="r">' + money(m[k].spend) + "</td></tr>"; }).join("") + "</tbody></table>";
  }

  document.addEventListener("click", function (e) {
    if (!e.target.closest(".menu")) closeMenu();
    var t = e.target.closest("[data-act]"); if (!t) return;
    var a = t.dataset.act, o = S.ui.drawer && order(S.ui.drawer);
    if (a === "nav") { S.ui.view = t.dataset.view; S.ui.drawer = null; render(); }
    else if (a === "chip") { S.ui.filter = t.dataset.c; render(); }
    else if (a === "open") openDrawer(t.dataset.id);
    else if (a === "omenu") { e.stopPropagation(); orderMenu(t, order(t.dataset.id)); }
    else if (a === "closedrawer") { S.ui.drawer = null; render(); }
    else if (a === "tab") { S.ui.tab = t.dataset.tab; renderDrawer(); }
    else if (a === "new") newOrderDlg();
    else if (a === "editp") editProduct(prod(t.dataset.id));
    else if (a === "savedetails") { o.payment = document.getElementById("d-pay").value; o.notes = document.getElementById("d-notes").value; toast("Details saved"); render(); }
    else if (a === "savecard") { o.card = document.getElementById("d-card").value.trim(); toast("Card message saved"); render(); }
    else if (a === "savedelivery") {
      var dt = document.getElementById("d-date").value; if (!dt) { toast("Delivery date is required"); return; }
      o.recipient = document.getElementById("d-rcp").value.trim(); o.address = document.getElementById("d-addr").value.trim(); o.town = document.getElementById("d-town").value.trim();
      o.postcode = document.getElementById("d-pc").value.trim().toUpperCase(); o.date = dt; o.slot = document.getElementById("d-slot").value; toast("Delivery updated"); render();
    }
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") { closeMenu(); if (overlay.classList.contains("show")) closeModal(); else if (S.ui.drawer) { S.ui.drawer = null; render(); } } });
  render();
})();
