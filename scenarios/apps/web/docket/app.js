// Clerk's Docket - client module
var JUDGES = ['Hon. Ruth Abernethy', 'Hon. Miriam Castellanos', 'Hon. Peter Lindqvist', 'Hon. Adaeze Okafor', 'Hon. Samuel Okoro'];
var ROOMS = ['Court 1', 'Court 2', 'Court 3', 'Court 4', 'Chambers A'];
var DISPOSITIONS = ['Judgment entered', 'Settled', 'Withdrawn', 'Struck out', 'Consent order'];

function mkCase(no, title, type, judge, status, filed) {
  return { no: no, title: title, type: type, judge: judge, status: status, filed: filed, disposition: null, stayReason: null };
}
function mkHearing(id, caseNo, date, time, room, kind, status) {
  return { id: id, caseNo: caseNo, date: date, time: time, room: room, kind: kind, status: status };
}
function mkFiling(id, caseNo, doc, by, date, status) {
  return { id: id, caseNo: caseNo, document: doc, filedBy: by, date: date, status: status, rejectReason: null };
}

window.state = {
  selected: null,
  subtab: 'overview',
  search: '',
  typeFilter: 'All',
  cases: [
    mkCase('CV-2024-0388', 'Sinclair v. Metro Parking Ltd', 'Civil', 'Hon. Peter Lindqvist', 'Closed', '2024-01-15'),
    mkCase('CV-2024-0398', 'Brennan v. Lakeside Motors Ltd', 'Civil', 'Hon. Miriam Castellanos', 'Open', '2024-02-02'),
    mkCase('CV-2024-0405', 'Hughes v. Patel Builders Ltd', 'Civil', 'Hon. Peter Lindqvist', 'Open', '2024-02-09'),
    mkCase('CV-2024-0412', 'Marsh v. Ortega Holdings Ltd', 'Civil', 'Hon. Miriam Castellanos', 'Open', '2024-02-16'),
    mkCase('CV-2024-0419', 'Quinn Logistics Ltd v. Farrow', 'Civil', 'Hon. Samuel Okoro', 'Open', '2024-02-22'),
    mkCase('CV-2024-0427', 'Adeyemi v. Northgate Housing Association', 'Civil', 'Hon. Ruth Abernethy', 'Stayed', '2024-03-01'),
    mkCase('CV-2024-0433', 'Thornton v. Carver & Sons', 'Civil', 'Hon. Adaeze Okafor', 'Open', '2024-03-07'),
    mkCase('CV-2024-0441', 'Delacroix v. Wexford Insurance plc', 'Civil', 'Hon. Samuel Okoro', 'Open', '2024-03-19'),
    mkCase('CV-2024-0450', 'Pemberton v. Ashdown Estates', 'Civil', 'Hon. Peter Lindqvist', 'Open', '2024-04-02'),
    mkCase('SC-2024-0071', 'Lowry v. Finch', 'Small claims', 'Hon. Ruth Abernethy', 'Closed', '2024-01-29'),
    mkCase('SC-2024-0079', 'Gallagher v. SpeedyFix Plumbing', 'Small claims', 'Hon. Samuel Okoro', 'Open', '2024-02-20'),
    mkCase('SC-2024-0083', 'Whitlock v. Rowe', 'Small claims', 'Hon. Ruth Abernethy', 'Open', '2024-03-04'),
    mkCase('SC-2024-0088', 'Ferreira v. Kensal Lettings', 'Small claims', 'Hon. Samuel Okoro', 'Open', '2024-03-13'),
    mkCase('SC-2024-0091', 'Baptiste v. Dunmore Garage', 'Small claims', 'Hon. Ruth Abernethy', 'Open', '2024-03-21'),
    mkCase('SC-2024-0095', 'Nowak v. Hartley', 'Small claims', 'Hon. Samuel Okoro', 'Open', '2024-04-08'),
    mkCase('SC-2024-0098', 'Ferris v. Kensal Lettings', 'Small claims', 'Hon. Ruth Abernethy', 'Open', '2024-04-15'),
    mkCase('FA-2024-0214', 'Re: Hollis (children)', 'Family', 'Hon. Adaeze Okafor', 'Open', '2024-01-22'),
    mkCase('FA-2024-0219', 'Mendez v. Mendez', 'Family', 'Hon. Miriam Castellanos', 'Open', '2024-02-05'),
    mkCase('FA-2024-0226', 'Re: Sutherland (financial remedy)', 'Family', 'Hon. Adaeze Okafor', 'Stayed', '2024-02-26'),
    mkCase('FA-2024-0231', 'Kowalski v. Kowalski', 'Family', 'Hon. Adaeze Okafor', 'Open', '2024-03-11'),
    mkCase('FA-2024-0238', 'Re: Achterberg (children)', 'Family', 'Hon. Miriam Castellanos', 'Open', '2024-03-27'),
    mkCase('FA-2024-0244', 'Byrne v. Byrne', 'Family', 'Hon. Adaeze Okafor', 'Open', '2024-04-10')
  ],
  hearings: [
    mkHearing('HR-5072', 'CV-2024-0388', '2024-05-02', '10:00', 'Court 1', 'Final hearing', 'Held'),
    mkHearing('HR-5081', 'CV-2024-0398', '2024-06-12', '10:30', 'Court 3', 'Case management conference', 'Scheduled'),
    mkHearing('HR-5083', 'CV-2024-0405', '2024-06-20', '14:00', 'Court 1', 'Case management conference', 'Scheduled'),
    mkHearing('HR-5088', 'CV-2024-0412', '2024-05-14', '10:00', 'Court 2', 'Directions hearing', 'Held'),
    mkHearing('HR-5120', 'CV-2024-0412', '2024-06-18', '10:00', 'Court 2', 'Case management conference', 'Scheduled'),
    mkHearing('HR-5131', 'CV-2024-0412', '2024-06-27', '14:00', 'Court 2', 'Application hearing', 'Scheduled'),
    mkHearing('HR-5092', 'CV-2024-0419', '2024-06-18', '11:30', 'Court 4', 'Trial', 'Scheduled'),
    mkHearing('HR-5094', 'CV-2024-0427', '2024-05-21', '10:00', 'Court 1', 'Case management conference', 'Adjourned'),
    mkHearing('HR-5097', 'CV-2024-0433', '2024-06-14', '09:30', 'Court 3', 'Application hearing', 'Scheduled'),
    mkHearing('HR-5101', 'CV-2024-0441', '2024-07-03', '10:00', 'Court 2', 'Trial', 'Scheduled'),
    mkHearing('HR-5104', 'CV-2024-0450', '2024-06-25', '14:30', 'Court 4', 'Directions hearing', 'Scheduled'),
    mkHearing('HR-5060', 'SC-2024-0071', '2024-04-16', '10:00', 'Chambers A', 'Small claims hearing', 'Held'),
    mkHearing('HR-5107', 'SC-2024-0079', '2024-06-11', '11:00', 'Chambers A', 'Small claims hearing', 'Scheduled'),
    mkHearing('HR-5109', 'SC-2024-0083', '2024-06-13', '14:00', 'Chambers A', 'Small claims hearing', 'Scheduled'),
    mkHearing('HR-5112', 'SC-2024-0088', '2024-06-19', '10:00', 'Chambers A', 'Small claims hearing', 'Scheduled'),
    mkHearing('HR-5114', 'SC-2024-0091', '2024-06-24', '11:30', 'Chambers A', 'Small claims hearing', 'Scheduled'),
    mkHearing('HR-5115', 'SC-2024-0095', '2024-07-01', '10:00', 'Chambers A', 'Small claims hearing', 'Scheduled'),
    mkHearing('HR-5116', 'SC-2024-0098', '2024-07-08', '14:00', 'Chambers A', 'Small claims hearing', 'Scheduled'),
    mkHearing('HR-5066', 'FA-2024-0214', '2024-04-23', '10:00', 'Court 4', 'First hearing (FHDRA)', 'Held'),
    mkHearing('HR-5117', 'FA-2024-0214', '2024-06-17', '10:00', 'Court 4', 'Dispute resolution appointment', 'Scheduled'),
    mkHearing('HR-5118', 'FA-2024-0219', '2024-06-21', '14:00', 'Court 3', 'First appointment', 'Scheduled'),
    mkHearing('HR-5119', 'FA-2024-0226', '2024-05-30', '10:00', 'Court 4', 'FDR appointment', 'Vacated'),
    mkHearing('HR-5122', 'FA-2024-0231', '2024-06-26', '10:30', 'Court 3', 'FDR appointment', 'Scheduled'),
    mkHearing('HR-5125', 'FA-2024-0238', '2024-07-02', '10:00', 'Court 4', 'First hearing (FHDRA)', 'Scheduled'),
    mkHearing('HR-5128', 'FA-2024-0244', '2024-07-09', '14:00', 'Court 3', 'First appointment', 'Scheduled')
  ],
  filings: [
    mkFiling('F-2188', 'CV-2024-0398', 'Defence', 'Lakeside Motors Ltd', '2024-03-01', 'Accepted'),
    mkFiling('F-2196', 'CV-2024-0398', 'Directions questionnaire', 'Claimant', '2024-05-28', 'Pending'),
    mkFiling('F-2201', 'CV-2024-0405', 'Particulars of claim', 'Claimant', '2024-02-09', 'Accepted'),
    mkFiling('F-2207', 'CV-2024-0405', 'Defence', 'Patel Builders Ltd', '2024-06-04', 'Pending'),
    mkFiling('F-2209', 'CV-2024-0405', 'Witness statement of R. Patel', 'Patel Builders Ltd', '2024-06-05', 'Pending'),
    mkFiling('F-2210', 'CV-2024-0405', 'Application to extend time', 'Claimant', '2024-06-06', 'Pending'),
    mkFiling('F-2190', 'CV-2024-0412', 'Witness statement of K. Marsh', 'Claimant', '2024-05-20', 'Accepted'),
    mkFiling('F-2212', 'CV-2024-0412', 'Witness statement of J. Ortega', 'Ortega Holdings Ltd', '2024-06-03', 'Pending'),
    mkFiling('F-2213', 'CV-2024-0412', 'Skeleton argument', 'Ortega Holdings Ltd', '2024-06-07', 'Pending'),
    mkFiling('F-2203', 'CV-2024-0419', 'Trial bundle', 'Quinn Logistics Ltd', '2024-06-03', 'Pending'),
    mkFiling('F-2205', 'CV-2024-0433', 'Defence', 'Carver & Sons', '2024-06-04', 'Pending'),
    mkFiling('F-2206', 'CV-2024-0433', 'Counterclaim', 'Carver & Sons', '2024-06-04', 'Pending'),
    mkFiling('F-2215', 'CV-2024-0441', 'Expert report (engineering)', 'Wexford Insurance plc', '2024-06-06', 'Pending'),
    mkFiling('F-2217', 'SC-2024-0079', 'Witness statement', 'Defendant', '2024-06-03', 'Accepted'),
    mkFiling('F-2218', 'SC-2024-0088', 'Defence', 'Kensal Lettings', '2024-04-02', 'Accepted'),
    mkFiling('F-2220', 'SC-2024-0088', 'Photographs (exhibit bundle)', 'Claimant', '2024-06-04', 'Pending'),
    mkFiling('F-2222', 'FA-2024-0214', 'Cafcass safeguarding letter', 'Cafcass', '2024-05-10', 'Accepted'),
    mkFiling('F-2224', 'FA-2024-0231', 'Form E (financial statement)', 'Applicant', '2024-05-15', 'Accepted'),
    mkFiling('F-2225', 'FA-2024-0231', 'Form E (financial statement)', 'Respondent', '2024-05-17', 'Accepted'),
    mkFiling('F-2227', 'FA-2024-0244', 'Form A', 'Applicant', '2024-04-10', 'Accepted')
  ],
  seq: 5140
};

var Docket = {
  s: window.state,
  el: function (id) { return document.getElementById(id); },
  esc: function (t) { return String(t).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'); },
  fmt: function (d) {
    var m = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    var p = d.split('-');
    var dt = new Date(Date.UTC(+p[0], +p[1] - 1, +p[2]));
    return ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][dt.getUTCDay()] + ' ' + (+p[2]) + ' ' + m[+p[1] - 1] + ' ' + p[0];
  },
  findCase: function (no) { for (var i = 0; i < this.s.cases.length; i++) if (this.s.cases[i].no === no) return this.s.cases[i]; return null; },
  flash: function (msg) {
    var f = this.el('flash');
    f.textContent = msg; f.className = 'on';
    clearTimeout(this._ft); this._ft = setTimeout(function () { f.className = ''; }, 2500);
  },

  renderList: function () {
    var s = this.s, q = s.search.trim().toLowerCase(), self = this;
    var items = s.cases.filter(function (c) {
      if (s.typeFilter !== 'All' && c.type !== s.typeFilter) return false;
      return !q || c.no.toLowerCase().indexOf(q) >= 0 || c.title.toLowerCase().indexOf(q) >= 0;
    });
    this.el('case-list').innerHTML = items.map(function (c) {
      return '<li data-case="' + c.no + '"' + (c.no === s.selected ? ' class="cur"' : '') + '><div class="cno">' + c.no + '</div>' +
        '<div class="ctitle">' + self.esc(c.title) + '</div><div class="cmeta"><span class="dot ' + c.status + '"></span>' + c.status + ' · ' + c.type + ' · ' + self.esc(c.judge) + '</div></li>';
    }).join('') || '<li style="cursor:default;color:#7b8898">No cases found.</li>';
  },

  renderDetail: function () {
    var s = this.s, c = this.findCase(s.selected), self = this;
    if (!c) { this.el('detail').innerHTML = '<div class="placeholder">Select a case from the list to view its record.</div>'; return; }
    var h = '<div class="d-head"><div class="grow"><div class="cno">' + c.no + ' · ' + c.type + '</div><h1>' + this.esc(c.title) + '</h1>' +
      '<span class="status-tag ' + c.status + '">' + c.status + '</span>' + (c.disposition ? ' <span class="cmeta">Disposal: ' + c.disposition + '</span>' : '') + '</div>' +
      '<div class="dropwrap"><button class="btn" id="case-actions">Case actions ▾</button><div class="drop" id="case-drop">' +
      '<a data-ca="stay"' + (c.status !== 'Open' ? ' class="disabled"' : '') + '>Stay proceedings</a>' +
      '<a data-ca="close"' + (c.status === 'Closed' ? ' class="disabled"' : '') + '>Close case…</a>' +
      '<a data-ca="reopen"' + (c.status === 'Open' ? ' class="disabled"' : '') + '>Reopen case</a></div></div></div>';
    h += '<div class="subtabs" id="subtabs">' + [['overview', 'Overview'], ['hearings', 'Hearings'], ['filings', 'Filings']].map(function (t) {
      return '<a data-sub="' + t[0] + '"' + (s.subtab === t[0] ? ' class="cur"' : '') + '>' + t[1] + '</a>';
    }).join('') + '</div>';
    if (s.subtab === 'overview') {
      var parties = c.title.split(/ v\. /);
      h += '<div class="panel"><div class="fields">' +
        '<div class="lbl">Case number</div><div>' + c.no + '</div>' +
        '<div class="lbl">Track</div><div>' + c.type + '</div>' +
        '<div class="lbl">Issued</div><div>' + this.fmt(c.filed) + '</div>' +
        (parties.length === 2 ? '<div class="lbl">Claimant / Applicant</div><div>' + this.esc(parties[0]) + '</div><div class="lbl">Defendant / Respondent</div><div>' + this.esc(parties[1]) + '</div>' : '') +
        '<div class="lbl"><label for="judge-sel">Allocated judge</label></div><div><select id="judge-sel">' + JUDGES.map(function (j) {
          return '<option' + (j === c.judge ? ' selected' : '') + '>' + j + '</option>';
        }).join('') + '</select></div>' +
        '<div></div><div><button class="btn go" id="save-overview" disabled>Save changes</button></div></div>' +
        '<div class="note">Changing the allocated judge notifies the listing office.</div></div>';
    } else if (s.subtab === 'hearings') {
      var hs = s.hearings.filter(function (x) { return x.caseNo === c.no; }).sort(function (a, b) { return (a.date + a.time) < (b.date + b.time) ? -1 : 1; });
      h += '<table class="grid"><thead><tr><th>Ref</th><th>Date</th><th>Time</th><th>Room</th><th>Type</th><th>Status</th><th style="width:40px"></th></tr></thead><tbody>' +
        hs.map(function (x) {
          var live = x.status === 'Scheduled';
          return '<tr data-hearing="' + x.id + '"' + (live ? '' : ' class="dim"') + '><td>' + x.id + '</td><td>' + self.fmt(x.date) + '</td><td>' + x.time + '</td><td>' + x.room + '</td><td>' + x.kind + '</td><td>' + x.status + '</td><td>' +
            (live ? '<div class="dropwrap"><button class="kebab" aria-label="Hearing options ' + x.id + '" data-hk="' + x.id + '">⋯</button><div class="drop" data-hdrop="' + x.id + '">' +
              '<a data-ha="adjourn">Adjourn to new date…</a><a data-ha="vacate">Vacate hearing</a><a data-ha="held">Record as held</a></div></div>' : '') + '</td></tr>';
        }).join('') + (hs.length ? '' : '<tr><td colspan="7">No hearings listed.</td></tr>') + '</tbody></table>';
    } else {
      var fs = s.filings.filter(function (x) { return x.caseNo === c.no; });
      h += '<table class="grid"><thead><tr><th>Ref</th><th>Document</th><th>Filed by</th><th>Received</th><th>Status</th><th>Review</th></tr></thead><tbody>' +
        fs.map(function (x) {
          var cls = x.status === 'Accepted' ? 'ok' : x.status === 'Rejected' ? 'bad' : 'pend';
          return '<tr data-filing="' + x.id + '"><td>' + x.id + '</td><td>' + self.esc(x.document) + '</td><td>' + self.esc(x.filedBy) + '</td><td>' + self.fmt(x.date) + '</td><td class="' + cls + '">' + x.status + '</td><td>' +
            (x.status === 'Pending' ? '<button class="btn small" data-accept="' + x.id + '">Accept</button> <button class="btn small" data-reject="' + x.id + '">Reject…</button>' : '') + '</td></tr>';
        }).join('') + (fs.length ? '' : '<tr><td colspan="6">No filings.</td></tr>') + '</tbody></table>';
    }
    this.el('detail').innerHTML = h;
    if (s.subtab === 'overview') {
      var sel = this.el('judge-sel'), btn = this.el('save-overview');
      sel.onchange = function () { btn.disabled = sel.value === c.judge; };
      btn.onclick = function () { c.judge = sel.value; self.flash(c.no + ' allocated to ' + c.judge); self.render(); };
    }
  },

  render: function () { this.renderList(); this.renderDetail(); },

  closeDrops: function () {
    var d = document.querySelectorAll('.drop.show');
    for (var i = 0; i < d.length; i++) d[i].classList.remove('show');
  },

  modal: function (title, body, okLabel, okClass, onOk) {
    var root = this.el('modal-root'), self = this;
    root.innerHTML = '<div class="m-back"><div class="m-box" role="dialog"><div class="m-title">' + title + '</div><div class="m-body">' + body +
      '<div class="err" id="m-err"></div></div><div class="m-foot"><button class="btn" id="m-cancel">Cancel</button><button class="btn ' + okClass + '" id="m-ok">' + okLabel + '</button></div></div></div>';
    this.el('m-cancel').onclick = function () { root.innerHTML = ''; };
    this.el('m-ok').onclick = function () {
      var err = onOk();
      if (err) { self.el('m-err').textContent = err; return; }
      root.innerHTML = '';
      self.render();
    };
  },

  caseAction: function (act) {
    var c = this.findCase(this.s.selected), self = this;
    if (act === 'stay') {
      this.modal('Stay proceedings — ' + c.no, '<label for="stay-why">Reason for stay</label><select id="stay-why"><option>Pending mediation</option><option>Awaiting related proceedings</option><option>By consent of the parties</option></select>',
        'Stay case', 'go', function () { c.status = 'Stayed'; c.stayReason = self.el('stay-why').value; self.flash(c.no + ' stayed'); });
    } else if (act === 'close') {
      this.modal('Close case — ' + c.no, '<p style="margin:0 0 6px">' + this.esc(c.title) + '</p><label for="close-disp">Method of disposal</label><select id="close-disp"><option value="">— select —</option>' +
        DISPOSITIONS.map(function (d) { return '<option>' + d + '</option>'; }).join('') + '</select><label for="close-date">Date of disposal</label><input type="date" id="close-date" value="2024-06-10">' +
        '<div class="note">Any future hearings will be vacated.</div>', 'Close case', 'stop', function () {
        var d = self.el('close-disp').value, dt = self.el('close-date').value;
        if (!d) return 'Select a method of disposal.';
        if (!dt) return 'Enter the date of disposal.';
        c.status = 'Closed'; c.disposition = d; c.closedOn = dt;
        self.s.hearings.forEach(function (x) { if (x.caseNo === c.no && x.status === 'Scheduled') x.status = 'Vacated'; });
        self.flash(c.no + ' closed (' + d + ')');
      });
    } else if (act === 'reopen') {
      c.status = 'Open'; c.disposition = null; c.stayReason = null; this.flash(c.no + ' reopened'); this.render();
    }
  },

  hearingAction: function (id, act) {
    var x = this.s.hearings.filter(function (y) { return y.id === id; })[0], self = this;
    if (act === 'adjourn') {
      this.modal('Adjourn hearing ' + x.id, '<p style="margin:0">Currently listed ' + this.fmt(x.date) + ' at ' + x.time + ', ' + x.room + ' (' + x.kind + ').</p>' +
        '<label for="adj-date">New date</label><input type="date" id="adj-date">' +
        '<label for="adj-time">Time</label><input type="time" id="adj-time" value="' + x.time + '">' +
        '<label for="adj-room">Courtroom</label><select id="adj-room">' + ROOMS.map(function (r) { return '<option' + (r === x.room ? ' selected' : '') + '>' + r + '</option>'; }).join('') + '</select>',
        'Adjourn', 'go', function () {
          var d = self.el('adj-date').value, t = self.el('adj-time').value, r = self.el('adj-room').value;
          if (!d) return 'Enter the new hearing date.';
          if (d <= '2024-06-10') return 'The new date must be in the future.';
          if (!t) return 'Enter a time.';
          x.status = 'Adjourned';
          var n = mkHearing('HR-' + (self.s.seq++), x.caseNo, d, t, r, x.kind, 'Scheduled');
          n.adjournedFrom = x.id;
          self.s.hearings.push(n);
          self.flash(x.id + ' adjourned to ' + self.fmt(d));
        });
    } else if (act === 'vacate') {
      this.modal('Vacate hearing ' + x.id, '<p style="margin:0">Vacate the ' + x.kind.toLowerCase() + ' listed ' + this.fmt(x.date) + '?</p>', 'Vacate', 'stop', function () { x.status = 'Vacated'; self.flash(x.id + ' vacated'); });
    } else if (act === 'held') {
      x.status = 'Held'; this.flash(x.id + ' recorded as held'); this.render();
    }
  },

  init: function () {
    var self = this, s = this.s;
    this.el('case-search').addEventListener('input', function (e) { s.search = e.target.value; self.renderList(); });
    this.el('type-seg').addEventListener('click', function (e) {
      var t = e.target.getAttribute('data-type'); if (!t) return;
      s.typeFilter = t;
      var b = self.el('type-seg').children; for (var i = 0; i < b.length; i++) b[i].classList.toggle('sel', b[i] === e.target);
      self.renderList();
    });
    this.el('case-list').addEventListener('click', function (e) {
      var li = e.target.closest('li[data-case]'); if (!li) return;
      s.selected = li.getAttribute('data-case'); s.subtab = 'overview'; self.render();
    });
    this.el('detail').addEventListener('click', function (e) {
      var t = e.target;
      if (t.id === 'case-actions') { e.stopPropagation(); var d = self.el('case-drop'), was = d.classList.contains('show'); self.closeDrops(); if (!was) d.classList.add('show'); return; }
      if (t.hasAttribute('data-ca')) { self.closeDrops(); self.caseAction(t.getAttribute('data-ca')); return; }
      if (t.hasAttribute('data-sub')) { s.subtab = t.getAttribute('data-sub'); self.renderDetail(); return; }
      if (t.hasAttribute('data-hk')) {
        e.stopPropagation();
        var dd = document.querySelector('[data-hdrop="' + t.getAttribute('data-hk') + '"]'), open = dd.classList.contains('show');
        self.closeDrops(); if (!open) dd.classList.add('show'); return;
      }
      if (t.hasAttribute('data-ha')) { var hid = t.closest('tr').getAttribute('data-hearing'); self.closeDrops(); self.hearingAction(hid, t.getAttribute('data-ha')); return; }
      if (t.hasAttribute('data-accept')) {
        var f = s.filings.filter(function (x) { return x.id === t.getAttribute('data-accept'); })[0];
        f.status = 'Accepted'; self.flash(f.id + ' accepted onto the court file'); self.renderDetail(); return;
      }
      if (t.hasAttribute('data-reject')) {
        var g = s.filings.filter(function (x) { return x.id === t.getAttribute('data-reject'); })[0];
        self.modal('Reject filing ' + g.id, '<p style="margin:0">' + self.esc(g.document) + ' — ' + self.esc(g.filedBy) + '</p><label for="rej-why">Reason</label><select id="rej-why"><option value="">— select —</option><option>Fee not paid</option><option>Not signed</option><option>Filed out of time</option><option>Wrong court</option></select>',
          'Reject filing', 'stop', function () { var r = self.el('rej-why').value; if (!r) return 'Select a reason.'; g.status = 'Rejected'; g.rejectReason = r; self.flash(g.id + ' rejected'); });
      }
    });
    document.addEventListener('click', function (e) { if (!e.target.closest('.dropwrap')) self.closeDrops(); });
    this.render();
  }
};
Docket.init();
