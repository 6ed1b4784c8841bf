(function () {
  "use strict";
  var TODAY = "2025-03-11";
  var PARTS = ["Soprano 1", "Soprano 2", "Alto 1", "Alto 2", "Tenor 1", "Tenor 2", "Baritone", "Bass"];
  var SECTIONS = { "All sections": PARTS, "Sopranos": ["Soprano 1", "Soprano 2"], "Altos": ["Alto 1", "Alto 2"], "Tenors": ["Tenor 1", "Tenor 2"], "Basses": ["Baritone", "Bass"] };
  var RATES = { Standard: 45, Concession: 30, Student: 20 };
  var n = 0;
  function M(first, last, part, status, rate, joined, spring, extra) {
    n++;
    var id = "M-" + String(n).padStart(3, "0");
    var m = { id: id, first: first, last: last, part: part, email: (first + "." + last).toLowerCase().replace(/[^a-z.]/g, "") + "@example.com", phone: "07700 9" + String(10000 + n * 137).slice(-5), status: status, leaveUntil: null, rate: rate, joined: joined, giftAid: n % 3 !== 0, subs: { "Autumn 2024": "Paid", "Spring 2025": spring } };
    if (extra) Object.keys(extra).forEach(function (k) { m[k] = extra[k]; });
    return m;
  }
  var members = [
    M("Alison", "Greenwood", "Alto 1", "Active", "Standard", "2011-09-06", "Paid"),
    M("Tom", "Ashworth", "Tenor 2", "Active", "Standard", "2016-01-12", "Paid"),
    M("Tom", "Ashcroft", "Bass", "Active", "Concession", "2019-09-10", "Due"),
    M("Ruth", "Ellery", "Soprano 2", "Active", "Standard", "2014-04-22", "Paid"),
    M("Ruth", "Elliott", "Alto 1", "Active", "Concession", "2021-09-14", "Paid"),
    M("Jo", "Hartley", "Alto 2", "Active", "Standard", "2018-01-09", "Paid"),
    M("Bernadette", "Quayle", "Alto 2", "Active", "Concession", "2009-09-08", "Paid"),
    M("Sunita", "Varma", "Alto 1", "Active", "Standard", "2022-01-11", "Due"),
    M("Gwen", "Pritchard", "Alto 2", "Active", "Standard", "2017-09-05", "Paid"),
    M("Helen", "Marchant", "Alto 1", "Active", "Student", "2024-09-10", "Paid"),
    M("Mary", "Quinn", "Soprano 1", "On leave", "Standard", "2012-09-04", "Due", { leaveUntil: "2025-04-30" }),
    M("Catherine", "Doyle", "Soprano 1", "Active", "Standard", "2015-01-13", "Paid"),
    M("Lily", "Osei", "Soprano 1", "Active", "Student", "2023-09-12", "Paid"),
    M("Eleanor", "Firth", "Soprano 2", "Active", "Concession", "2008-09-09", "Paid"),
    M("Rebecca", "Noon", "Soprano 2", "Active", "Standard", "2020-01-14", "Due"),
    M("Judith", "Halliwell", "Soprano 1", "Active", "Concession", "2006-09-05", "Paid"),
    M("Peter", "Illingworth", "Tenor 1", "Active", "Standard", "2013-09-10", "Paid"),
    M("Graham", "Sowerby", "Tenor 1", "Active", "Concession", "2010-01-12", "Paid"),
    M("Daniel", "Kovacs", "Tenor 2", "Active", "Standard", "2023-01-10", "Paid"),
    M("Martin", "Crabtree", "Baritone", "Active", "Standard", "2012-01-10", "Paid"),
    M("Oliver", "Bamford", "Baritone", "Active", "Student", "2024-01-09", "Due"),
    M("Keith", "Lumb", "Bass", "Active", "Concession", "2004-09-07", "Paid"),
    M("Richard", "Ackroyd", "Bass", "Lapsed", "Standard", "2015-09-08", "Due"),
    M("Stephen", "Haigh", "Bass", "Active", "Standard", "2018-09-11", "Paid"),
    M("Andrew", "Mitchell", "Baritone", "Active", "Standard", "2019-01-08", "Paid"),
    M("Frances", "Bottomley", "Soprano 2", "Active", "Standard", "2016-09-06", "Paid")
  ];
  var prev = {};
  members.forEach(function (m, i) { if (m.status === "Active") prev[m.id] = i % 7 === 3 ? "Apologies" : i % 11 === 5 ? "Absent" : "Present"; });
  var rehearsals = [
    { id: "R-0225", date: "2025-02-25", venue: "St Michael's Church Hall", focus: "Haydn – The Creation, Part I", attendance: JSON.parse(JSON.stringify(prev)) },
    { id: "R-0304", date: "2025-03-04", venue: "St Michael's Church Hall", focus: "Haydn – The Creation, Part II", attendance: JSON.parse(JSON.stringify(prev)) },
    { id: "R-0311", date: "2025-03-11", venue: "St Michael's Church Hall", focus: "Creation Part III + notes session", attendance: {} },
    { id: "R-0318", date: "2025-03-18", venue: "Hebden Bridge Methodist Church", focus: "Full run with orchestra", attendance: {} }
  ];
  rehearsals[1].attendance["M-006"] = "Present"; rehearsals[1].attendance["M-003"] = "Apologies";
  var scores = [
    { id: "S-01", title: "Messiah", composer: "G. F. Handel", edition: "Novello (Watkins Shaw)", copies: 60 },
    { id: "S-02", title: "Requiem, Op. 48", composer: "G. Fauré", edition: "Peters", copies: 45 },
    { id: "S-03", title: "The Creation", composer: "J. Haydn", edition: "Bärenreiter", copies: 70 },
    { id: "S-04", title: "Carmina Burana", composer: "C. Orff", edition: "Schott", copies: 50 },
    { id: "S-05", title: "Gloria, RV 589", composer: "A. Vivaldi", edition: "Novello", copies: 40 }
  ];
  var L = function (id, score, member, out) { return { id: id, score: score, member: member, out: out, returned: null }; };
  var loans = [
    L("LN-201", "S-01", "M-002", "2024-11-05"), L("LN-202", "S-02", "M-002", "2025-01-14"), L("LN-203", "S-01", "M-004", "2024-11-05"),
    L("LN-204", "S-01", "M-003", "2024-11-12"), L("LN-205", "S-04", "M-019", "2024-06-18"), L("LN-206", "S-05", "M-013", "2025-02-04"),
    L("LN-207", "S-01", "M-017", "2024-11-05"), L("LN-208", "S-02", "M-009", "2025-01-14")
  ];
  var S = window.state = { today: TODAY, members: members, rehearsals: rehearsals, scores: scores, loans: loans,
    settings: { termFeeReminders: true, reminderDays: 14, shareAttendanceWithSectionLeaders: false, giftAidDefault: true },
    ui: { view: "members", sel: "M-001", tab: "profile", q: "", part: "All parts", reh: "R-0311", section: "All sections", draft: null, loanFilter: "Out" } };

  var view = document.getElementById("view"), overlay = document.getElementById("overlay");
  function esc(s) { return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]; }); }
  var MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], DOW = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  function fd(d) { if (!d) return "—"; var t = new Date(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10))); return DOW[t.getUTCDay()] + " " + t.getUTCDate() + " " + MON[t.getUTCMonth()] + " " + t.getUTCFullYear(); }
  function mem(id) { return S.members.find(function (m) { return m.id === id; }); }
  function full(m) { return m.first + " " + m.last; }
  function toast(msg) { var t = document.createElement("div"); t.className = "toast"; t.setAttribute("role", "status"); t.textContent = msg; document.getElementById("toasts").appendChild(t); setTimeout(function () { t.remove(); }, 3500); }
  function openModal(title, body, buttons) {
    overlay.innerHTML = '<div class="modal" role="dialog" aria-modal="true" aria-label="' + esc(title) + '"><header><h3>' + esc(title) + '</h3><button data-x aria-label="Close">×</button></header><div class="body">' + body + "</div><footer></footer></div>";
    var f = overlay.querySelector("footer");
    buttons.forEach(function (b) { var el = document.createElement("button"); el.type = "button"; el.className = "btn " + (b.cls || ""); el.textContent = b.label; el.addEventListener("click", function () { if (b.fn && b.fn() === false) return; closeModal(); }); f.appendChild(el); });
    overlay.querySelector("[data-x]").addEventListener("click", closeModal); overlay.classList.add("show");
  }
  function closeModal() { overlay.classList.remove("show"); overlay.innerHTML = ""; }

  function render() {
    document.querySelectorAll("#nav button").forEach(function (b) { b.classList.toggle("on", b.dataset.view === S.ui.view); });
    document.getElementById("today").textContent = "Today: " + fd(TODAY);
    document.getElementById("title").textContent = { members: "Members", rehearsals: "Rehearsals & attendance", library: "Music library", settings: "Society settings" }[S.ui.view];
    ({ members: renderMembers, rehearsals: renderRehearsals, library: renderLibrary, settings: renderSettings })[S.ui.view]();
  }

  // ---------- members
  function memberList() {
    var q = S.ui.q.trim().toLowerCase();
    return S.members.filter(function (m) {
      if (S.ui.part !== "All parts" && m.part !== S.ui.part) return false;
      return !q || (full(m) + " " + m.email).toLowerCase().indexOf(q) >= 0;
    }).sort(function (a, b) { return (a.last + a.first).localeCompare(b.last + b.first); });
  }
  function renderMembers() {
    var list = memberList(), m = mem(S.ui.sel);
    var h = '<div class="md"><section class="listpane"><div class="hd"><div class="r"><input type="search" id="m-q" placeholder="Search members" aria-label="Search members" style="flex:1" value="' + esc(S.ui.q) + '"><button class="btn pri" data-act="add">+ Add</button></div>' +
      '<div class="r"><span class="muted">Voice part:</span><div class="dd"><button type="button" id="m-part" aria-haspopup="listbox" aria-expanded="false" aria-label="Voice part filter">' + esc(S.ui.part) + '</button></div><span class="muted" style="margin-left:auto">' + list.length + "</span></div></div>" +
      '<ul class="mlist" aria-label="Members">' + list.map(function (x) { return '<li><button data-act="sel" data-id="' + x.id + '" class="' + (x.id === S.ui.sel ? "sel" : "") + '"><span><span class="dot d-' + x.status.replace(/ /g, "-") + '"></span>' + esc(x.first + " " + x.last) + '</span><span class="pt">' + x.part + "</span></button></li>"; }).join("") + "</ul></section>";
    h += '<section class="detail">' + (m ? memberDetail(m) : '<p class="muted">Select a member.</p>') + "</section></div>";
    view.innerHTML = h;
    var q = document.getElementById("m-q");
    q.addEventListener("input", function () { S.ui.q = q.value; var pos = q.selectionStart; render(); var nq = document.getElementById("m-q"); nq.focus(); nq.setSelectionRange(pos, pos); });
  }
  function memberDetail(m) {
    var t = S.ui.tab;
    var h = "<h2>" + esc(full(m)) + '</h2><div class="sub">' + m.part + " · " + m.status + (m.status === "On leave" && m.leaveUntil ? " until " + fd(m.leaveUntil) : "") + " · member since " + m.joined.slice(0, 4) + "</div>" +
      '<div class="tabs" role="tablist">' + [["profile", "Profile"], ["membership", "Membership"], ["attendance", "Attendance"]].map(function (x) { return '<button role="tab" data-act="tab" data-tab="' + x[0] + '" aria-selected="' + (t === x[0]) + '">' + x[1] + "</button>"; }).join("") + "</div>";
    if (t === "profile") {
      h += '<div class="frm"><label class="l" for="p-first">First name</label><input type="text" id="p-first" value="' + esc(m.first) + '"><label class="l" for="p-last">Last name</label><input type="text" id="p-last" value="' + esc(m.last) + '">' +
        '<label class="l" for="p-email">Email</label><input type="email" id="p-email" value="' + esc(m.email) + '"><label class="l" for="p-phone">Phone</label><input type="tel" id="p-phone" value="' + esc(m.phone) + '">' +
        '<label class="l" for="p-part">Voice part</label><select id="p-part">' + PARTS.map(function (p) { return "<option" + (p === m.part ? " selected" : "") + ">" + p + "</option>"; }).join("") + "</select>" +
        '<span class="l">Gift Aid</span><label class="chk"><input type="checkbox" id="p-ga"' + (m.giftAid ? " checked" : "") + "> Gift Aid declaration on file</label></div>" +
        '<div class="btns"><button class="btn pri" data-act="saveprofile">Save profile</button></div>';
    } else if (t === "membership") {
      h += '<div class="frm"><span class="l">Status</span><div class="radios" role="radiogroup" aria-label="Membership status">' + ["Active", "On leave", "Lapsed"].map(function (s) { return '<label><input type="radio" name="ms-status" value="' + s + '"' + (s === m.status ? " checked" : "") + "> " + s + "</label>"; }).join("") + "</div>" +
        '<label class="l" for="ms-until">On leave until</label><input type="date" id="ms-until" value="' + (m.leaveUntil || "") + '"' + (m.status === "On leave" ? "" : " disabled") + ">" +
        '<label class="l" for="ms-rate">Subscription rate</label><select id="ms-rate">' + Object.keys(RATES).map(function (r) { return '<option value="' + r + '"' + (r === m.rate ? " selected" : "") + ">" + r + " – £" + RATES[r] + "/term</option>"; }).join("") + "</select>" +
        '<span class="l">Joined</span><span>' + fd(m.joined) + "</span></div>" +
        '<div class="btns"><button class="btn pri" data-act="savemembership">Save membership</button></div>' +
        '<h3 style="font-size:14px;margin:20px 0 6px;color:#3b1f4a">Subscriptions</h3><table class="tb" style="max-width:480px"><thead><tr><th>Term</th><th>Amount</th><th>Status</th><th></th></tr></thead><tbody>' +
        Object.keys(m.subs).map(function (k) { return "<tr><td>" + k + "</td><td>£" + RATES[m.rate] + "</td><td class=\"" + (m.subs[k] === "Paid" ? "paid" : "duex") + "\">" + m.subs[k] + "</td><td>" + (m.subs[k] === "Paid" ? "" : '<button class="btn sm" data-act="markpaid" data-term="' + k + '">Mark paid</button>') + "</td></tr>"; }).join("") + "</tbody></table>";
    } else {
      h += '<table class="tb" style="max-width:520px"><thead><tr><th>Rehearsal</th><th>Attendance</th></tr></thead><tbody>' + S.rehearsals.filter(function (r) { return r.date <= TODAY; }).map(function (r) { return "<tr><td>" + fd(r.date) + "</td><td>" + (r.attendance[m.id] || '<span class="muted">Not recorded</span>') + "</td></tr>"; }).join("") + "</tbody></table>";
    }
    return h;
  }
  function addMember() {
    openModal("Add member", '<div class="frm"><label class="l" for="am-first">First name</label><input type="text" id="am-first"><label class="l" for="am-last">Last name</label><input type="text" id="am-last">' +
      '<label class="l" for="am-email">Email</label><input type="email" id="am-email"><label class="l" for="am-phone">Phone</label><input type="tel" id="am-phone">' +
      '<label class="l" for="am-part">Voice part</label><select id="am-part"><option value="">Choose…</option>' + PARTS.map(function (p) { return "<option>" + p + "</option>"; }).join("") + "</select>" +
      '<span class="l">Rate</span><div class="radios" role="radiogroup" aria-label="Rate">' + Object.keys(RATES).map(function (r) { return '<label><input type="radio" name="am-rate" value="' + r + '"' + (r === "Standard" ? " checked" : "") + "> " + r + "</label>"; }).join("") + "</div>" +
      '<label class="l" for="am-joined">Joined</label><input type="date" id="am-joined" value="' + TODAY + '">' +
      '<span class="l">Gift Aid</span><label class="chk"><input type="checkbox" id="am-ga"' + (S.settings.giftAidDefault ? " checked" : "") + "> Gift Aid declaration signed</label></div><div class=\"err\" id=\"am-err\"></div>",
      [{ label: "Cancel" }, { label: "Add member", cls: "pri", fn: function () {
        var g = function (id) { return document.getElementById(id).value.trim(); };
        if (!g("am-first") || !g("am-last") || !g("am-part")) { document.getElementById("am-err").textContent = "First name, last name and voice part are required."; return false; }
        var id = "M-" + String(S.members.length + 1).padStart(3, "0");
        var m = { id: id, first: g("am-first"), last: g("am-last"), part: g("am-part"), email: g("am-email"), phone: g("am-phone"), status: "Active", leaveUntil: null, rate: document.querySelector("input[name=am-rate]:checked").value, joined: g("am-joined") || TODAY, giftAid: document.getElementById("am-ga").checked, subs: { "Spring 2025": "Due" } };
        S.members.push(m); S.ui.sel = id; S.ui.tab = "profile"; toast(full(m) + " added to " + m.part); render();
      } }]);
  }

  // ---------- rehearsals
  function renderRehearsals() {
    var r = S.rehearsals.find(function (x) { return x.id === S.ui.reh; });
    if (!S.ui.draft || S.ui.draft.id !== r.id) S.ui.draft = { id: r.id, att: JSON.parse(JSON.stringify(r.attendance)) };
    var parts = SECTIONS[S.ui.section];
    var rows = S.members.filter(function (m) { return m.status === "Active" && parts.indexOf(m.part) >= 0; }).sort(function (a, b) { return PARTS.indexOf(a.part) - PARTS.indexOf(b.part) || a.last.localeCompare(b.last); });
    var future = r.date > TODAY;
    var h = '<div class="md" style="grid-template-columns:250px 1fr"><section><ul class="rlist" aria-label="Rehearsals">' + S.rehearsals.map(function (x) { var c = Object.keys(x.attendance).length; return '<li><button data-act="reh" data-id="' + x.id + '" class="' + (x.id === r.id ? "sel" : "") + '"><b>' + fd(x.date) + "</b><small>" + esc(x.focus) + "</small><small>" + (c ? c + " recorded" : "Register not taken") + "</small></button></li>"; }).join("") + "</ul></section>" +
      '<section class="detail"><h2>Register · ' + fd(r.date) + '</h2><div class="sub">' + esc(r.venue) + " · 19:30–21:30 · " + esc(r.focus) + "</div>" +
      '<div class="toolbar"><label for="rg-sec" class="muted">Show</label><select id="rg-sec">' + Object.keys(SECTIONS).map(function (s) { return "<option" + (s === S.ui.section ? " selected" : "") + ">" + s + "</option>"; }).join("") + "</select>" +
      '<span class="sp"></span>' + (future ? '<span class="muted">Registers can be taken on or after the rehearsal date.</span>' : '<button class="btn" data-act="allpresent">Mark all shown as present</button><button class="btn pri" data-act="savereg">Save register</button>') + "</div>" +
      '<table class="tb reg"><thead><tr><th>Member</th><th>Part</th><th>Attendance</th></tr></thead><tbody>' +
      rows.map(function (m) { var v = S.ui.draft.att[m.id] || ""; return "<tr><td>" + esc(full(m)) + '</td><td class="muted">' + m.part + '</td><td><div class="radios" role="radiogroup" aria-label="Attendance for ' + esc(full(m)) + '">' + ["Present", "Apologies", "Absent"].map(function (o) { return '<label><input type="radio" name="att-' + m.id + '" value="' + o + '" data-mid="' + m.id + '"' + (v === o ? " checked" : "") + (future ? " disabled" : "") + "> " + o + "</label>"; }).join("") + "</div></td></tr>"; }).join("") +
      "</tbody></table><p class=\"muted\">Members on leave or lapsed are not listed.</p></section></div>";
    view.innerHTML = h;
    document.getElementById("rg-sec").addEventListener("change", function (e) { S.ui.section = e.target.value; render(); });
    view.querySelectorAll("input[data-mid]").forEach(function (i) { i.addEventListener("change", function () { S.ui.draft.att[i.dataset.mid] = i.value; }); });
  }

  // ---------- library
  function renderLibrary() {
    var list = S.loans.filter(function (l) { return S.ui.loanFilter === "All" || (S.ui.loanFilter === "Out" ? !l.returned : !!l.returned); });
    var h = '<div class="panel"><h3>Scores</h3><table class="tb"><thead><tr><th>Title</th><th>Composer</th><th>Edition</th><th>Copies</th><th>On loan</th></tr></thead><tbody>' +
      S.scores.map(function (s) { var out = S.loans.filter(function (l) { return l.score === s.id && !l.returned; }).length; return "<tr><td><b>" + esc(s.title) + "</b></td><td>" + esc(s.composer) + "</td><td>" + esc(s.edition) + "</td><td>" + s.copies + "</td><td>" + out + "</td></tr>"; }).join("") + "</tbody></table></div>";
    h += '<div class="panel"><div class="toolbar"><h3 style="margin:0">Individual loans</h3><span class="sp"></span><label for="ln-f" class="muted">Show</label><select id="ln-f">' + [["Out", "On loan"], ["Returned", "Returned"], ["All", "All loans"]].map(function (o) { return '<option value="' + o[0] + '"' + (o[0] === S.ui.loanFilter ? " selected" : "") + ">" + o[1] + "</option>"; }).join("") + "</select></div>" +
      '<table class="tb"><thead><tr><th>Loan</th><th>Score</th><th>Member</th><th>Part</th><th>Out since</th><th>Returned</th><th></th></tr></thead><tbody>' +
      list.map(function (l) { var s = S.scores.find(function (x) { return x.id === l.score; }), m = mem(l.member); return '<tr><td class="muted">' + l.id + "</td><td>" + esc(s.title) + "</td><td>" + esc(full(m)) + '</td><td class="muted">' + m.part + "</td><td>" + fd(l.out) + "</td><td>" + (l.returned ? fd(l.returned) : "—") + "</td><td>" + (l.returned ? "" : '<button class="btn sm" data-act="return" data-id="' + l.id + '" aria-label="Check in ' + esc(s.title) + " from " + esc(full(m)) + '">Check in</button>') + "</td></tr>"; }).join("") +
      (list.length ? "" : '<tr><td colspan="7" class="muted">No loans.</td></tr>') + "</tbody></table></div>";
    view.innerHTML = h;
    document.getElementById("ln-f").addEventListener("change", function (e) { S.ui.loanFilter = e.target.value; render(); });
  }

  function renderSettings() {
    var s = S.settings;
    view.innerHTML = '<div class="panel" style="max-width:620px"><h3>Subscriptions &amp; reminders</h3>' +
      '<div class="switch"><label for="st-rem">Email term fee reminders</label><input type="checkbox" id="st-rem"' + (s.termFeeReminders ? " checked" : "") + "></div>" +
      '<div class="switch"><label for="st-days">Reminder sent before term starts</label><select id="st-days">' + [7, 14, 21, 28].map(function (d) { return '<option value="' + d + '"' + (d === s.reminderDays ? " selected" : "") + ">" + d + " days</option>"; }).join("") + "</select></div>" +
      '<div class="switch"><label for="st-share">Share attendance with section leaders</label><input type="checkbox" id="st-share"' + (s.shareAttendanceWithSectionLeaders ? " checked" : "") + "></div>" +
      '<div class="switch"><label for="st-ga">Tick Gift Aid by default for new members</label><input type="checkbox" id="st-ga"' + (s.giftAidDefault ? " checked" : "") + "></div>" +
      '<div class="btns"><button class="btn pri" data-act="savesettings">Save settings</button></div></div>';
  }

  // ---------- events
  document.addEventListener("change", function (e) {
    if (e.target.name === "ms-status") { var u = document.getElementById("ms-until"); u.disabled = e.target.value !== "On leave"; if (u.disabled) u.value = ""; }
  });
  document.addEventListener("click", function (e) {
    var ddb = e.target.closest(".dd>button");
    document.querySelectorAll(".dd ul").forEach(function (u) { if (!ddb || u.parentNode !== ddb.parentNode) { u.remove(); } });
    if (ddb) {
      var ex = ddb.parentNode.querySelector("ul");
      if (ex) { ex.remove(); ddb.setAttribute("aria-expanded", "false"); return; }
      var ul = document.createElement("ul"); ul.setAttribute("role", "listbox"); ul.setAttribute("aria-label", "Voice part");
      ["All parts"].concat(PARTS).forEach(function (p) { var li = document.createElement("li"); li.setAttribute("role", "option"); li.setAttribute("aria-selected", String(p === S.ui.part)); li.textContent = p; li.addEventListener("click", function (ev) { ev.stopPropagation(); S.ui.part = p; render(); }); ul.appendChild(li); });
      ddb.parentNode.appendChild(ul); ddb.setAttribute("aria-expanded", "true"); return;
    }
    var t = e.target.closest("[data-act]"); if (!t) return;
    var a = t.dataset.act, m = mem(S.ui.sel);
    if (a === "nav") { S.ui.view = t.dataset.view; render(); }
    else if (a === "sel") { S.ui.sel = t.dataset.id; render(); }
    else if (a === "tab") { S.ui.tab = t.dataset.tab; render(); }
    else if (a === "add") addMember();
    else if (a === "saveprofile") {
      var f = document.getElementById("p-first").value.trim(), l = document.getElementById("p-last").value.trim();
      if (!f || !l) { toast("Name cannot be blank"); return; }
      m.first = f; m.last = l; m.email = document.getElementById("p-email").value.trim(); m.phone = document.getElementById("p-phone").value.trim(); m.part = document.getElementById("p-part").value; m.giftAid = document.getElementById("p-ga").checked;
      toast("Profile saved"); render();
    } else if (a === "savemembership") {
      var st = document.querySelector("input[name=ms-status]:checked").value, until = document.getElementById("ms-until").value;
      if (st === "On leave" && !until) { toast("Please give a return date for members on leave"); return; }
      m.status = st; m.leaveUntil = st === "On leave" ? until : null; m.rate = document.getElementById("ms-rate").value;
      toast("Membership saved"); render();
    } else if (a === "markpaid") { m.subs[t.dataset.term] = "Paid"; toast(t.dataset.term + " marked paid"); render(); }
    else if (a === "reh") { S.ui.reh = t.dataset.id; S.ui.draft = null; render(); }
    else if (a === "allpresent") { view.querySelectorAll("input[data-mid][value=Present]").forEach(function (i) { i.checked = true; S.ui.draft.att[i.dataset.mid] = "Present"; }); }
    else if (a === "savereg") { var r = S.rehearsals.find(function (x) { return x.id === S.ui.reh; }); r.attendance = JSON.parse(JSON.stringify(S.ui.draft.att)); toast("Register saved · " + Object.keys(r.attendance).length + " recorded"); render(); }
    else if (a === "return") { var ln = S.loans.find(function (x) { return x.id === t.dataset.id; }); ln.returned = TODAY; toast("Checked in " + ln.id); render(); }
    else if (a === "savesettings") { var s = S.settings; s.termFeeReminders = document.getElementById("st-rem").checked; s.reminderDays = +document.getElementById("st-days").value; s.shareAttendanceWithSectionLeaders = document.getElementById("st-share").checked; s.giftAidDefault = document.getElementById("st-ga").checked; toast("Settings saved"); }
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") closeModal(); });
  render();
})();
