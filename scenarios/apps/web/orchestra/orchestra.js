/* Meridian Philharmonic — artistic administration (demo data; resets on reload) */
window.state = {
  ui: { section: 'season', rehTab: 'upcoming', musSection: '', musSearch: '', audTab: 'Principal Oboe' },
  today: '2024-09-02',
  repertoire: [
    { id: 'W-01', composer: 'Gustav Mahler', title: 'Symphony No. 5 in C-sharp minor', minutes: 70, parts: 'Owned', last: '2016-05-14' },
    { id: 'W-02', composer: 'W. A. Mozart', title: 'Piano Concerto No. 21 in C major, K. 467', minutes: 28, parts: 'Owned', last: '2021-02-06' },
    { id: 'W-03', composer: 'Johannes Brahms', title: 'Violin Concerto in D major, Op. 77', minutes: 40, parts: 'Owned', last: '2019-10-12' },
    { id: 'W-04', composer: 'Robert Schumann', title: 'Symphony No. 3 in E-flat major "Rhenish"', minutes: 32, parts: 'Rental', last: '2012-03-03' },
    { id: 'W-05', composer: 'Antonín Dvořák', title: 'Symphony No. 9 in E minor "From the New World"', minutes: 42, parts: 'Owned', last: '2020-01-25' },
    { id: 'W-06', composer: 'Antonín Dvořák', title: 'Symphony No. 8 in G major', minutes: 36, parts: 'Owned', last: '2017-11-18' },
    { id: 'W-07', composer: 'Sergei Prokofiev', title: 'Peter and the Wolf, Op. 67', minutes: 27, parts: 'Owned', last: '2022-11-05' },
    { id: 'W-08', composer: 'Anton Bruckner', title: 'Symphony No. 7 in E major', minutes: 65, parts: 'Rental', last: '2014-04-12' },
    { id: 'W-09', composer: 'Jean Sibelius', title: 'Violin Concerto in D minor, Op. 47', minutes: 31, parts: 'Need to order', last: null },
    { id: 'W-10', composer: 'Ludwig van Beethoven', title: 'Symphony No. 7 in A major, Op. 92', minutes: 36, parts: 'Owned', last: '2023-09-23' },
    { id: 'W-11', composer: 'P. I. Tchaikovsky', title: 'The Nutcracker Suite, Op. 71a', minutes: 24, parts: 'Owned', last: '2023-12-16' },
    { id: 'W-12', composer: 'Johann Strauss II', title: 'On the Beautiful Blue Danube, Op. 314', minutes: 10, parts: 'Owned', last: '2024-01-01' },
    { id: 'W-13', composer: 'Igor Stravinsky', title: 'The Rite of Spring', minutes: 34, parts: 'Rental', last: '2013-05-29' },
    { id: 'W-14', composer: 'Antonio Vivaldi', title: 'The Four Seasons', minutes: 40, parts: 'Owned', last: '2022-10-01' },
    { id: 'W-15', composer: 'J. S. Bach', title: 'Brandenburg Concerto No. 3 in G major, BWV 1048', minutes: 12, parts: 'Owned', last: '2022-10-01' },
    { id: 'W-16', composer: 'Bedřich Smetana', title: 'Vltava (The Moldau)', minutes: 12, parts: 'Owned', last: '2018-03-10' },
    { id: 'W-17', composer: 'Edward Elgar', title: 'Cello Concerto in E minor, Op. 85', minutes: 30, parts: 'Owned', last: '2015-02-21' }
  ],
  concerts: [
    { id: 'CN-01', title: 'Season Opener: Mahler 5', date: '2024-09-21', venue: 'Harmon Hall', conductor: 'Elena Vasquez', soloist: '', program: ['W-02', 'W-01'], status: 'On sale' },
    { id: 'CN-02', title: 'Baroque by Candlelight', date: '2024-10-05', venue: "St. Aldric's Church", conductor: 'Thomas Reddy', soloist: 'Aiko Mori, violin', program: ['W-15', 'W-14'], status: 'Sold out' },
    { id: 'CN-03', title: 'Autumn Romantics', date: '2024-10-19', venue: 'Harmon Hall', conductor: 'Elena Vasquez', soloist: 'David Okonjo, violin', program: ['W-03', 'W-04'], status: 'On sale' },
    { id: 'CN-04', title: 'Family Concert: Peter and the Wolf', date: '2024-11-02', venue: 'Riverside Auditorium', conductor: 'Thomas Reddy', soloist: 'Narrator TBC', program: ['W-07'], status: 'On sale' },
    { id: 'CN-05', title: 'Late Romantics: Bruckner 7', date: '2024-11-23', venue: 'Harmon Hall', conductor: 'Marcus Lindqvist (guest)', soloist: '', program: ['W-08'], status: 'Planned' },
    { id: 'CN-06', title: 'Holiday Gala', date: '2024-12-14', venue: 'Harmon Hall', conductor: 'Elena Vasquez', soloist: '', program: ['W-11'], status: 'Planned' },
    { id: 'CN-07', title: "New Year's Viennese Night", date: '2025-01-01', venue: 'Harmon Hall', conductor: 'Thomas Reddy', soloist: '', program: ['W-12'], status: 'Planned' },
    { id: 'CN-08', title: 'Spring Rite: Stravinsky', date: '2025-03-15', venue: 'Harmon Hall', conductor: 'Elena Vasquez', soloist: '', program: ['W-16', 'W-13'], status: 'Planned' }
  ],
  rehearsals: [
    { id: 'RH-101', concertId: 'CN-01', type: 'Sectional', date: '2024-08-27', start: '10:00', duration: 2.5, venue: 'Meridian Studio', open: false, sections: ['Strings'] },
    { id: 'RH-102', concertId: 'CN-01', type: 'Tutti', date: '2024-08-29', start: '10:00', duration: 3, venue: 'Meridian Studio', open: false, sections: [] },
    { id: 'RH-103', concertId: 'CN-01', type: 'Tutti', date: '2024-09-17', start: '10:00', duration: 3, venue: 'Meridian Studio', open: false, sections: [] },
    { id: 'RH-104', concertId: 'CN-01', type: 'Tutti', date: '2024-09-19', start: '10:00', duration: 3, venue: 'Harmon Hall', open: false, sections: [] },
    { id: 'RH-105', concertId: 'CN-01', type: 'Dress', date: '2024-09-20', start: '19:00', duration: 2.5, venue: 'Harmon Hall', open: true, sections: [] },
    { id: 'RH-106', concertId: 'CN-02', type: 'Tutti', date: '2024-10-02', start: '14:00', duration: 3, venue: 'Meridian Studio', open: false, sections: [] },
    { id: 'RH-107', concertId: 'CN-02', type: 'Dress', date: '2024-10-04', start: '18:00', duration: 2, venue: "St. Aldric's Church", open: false, sections: [] },
    { id: 'RH-108', concertId: 'CN-03', type: 'Sectional', date: '2024-10-14', start: '10:00', duration: 2, venue: 'Meridian Studio', open: false, sections: ['Winds', 'Brass'] },
    { id: 'RH-109', concertId: 'CN-03', type: 'Tutti', date: '2024-10-15', start: '10:00', duration: 3, venue: 'Meridian Studio', open: false, sections: [] },
    { id: 'RH-110', concertId: 'CN-03', type: 'Tutti', date: '2024-10-16', start: '10:00', duration: 3, venue: 'Harmon Hall', open: false, sections: [] }
  ],
  musicians: [
    { id: 'MU-01', name: 'Sofia Marchetti', section: 'Violin I', chair: 'Concertmaster', status: 'Active', email: 's.marchetti@meridianphil.example' },
    { id: 'MU-02', name: 'Nora Whitaker', section: 'Violin I', chair: 'Section', status: 'Active', email: 'n.whitaker@meridianphil.example' },
    { id: 'MU-03', name: 'Daniel Park', section: 'Violin I', chair: 'Section', status: 'Active', email: 'd.park@meridianphil.example' },
    { id: 'MU-04', name: 'Irina Volkova', section: 'Violin II', chair: 'Principal', status: 'Active', email: 'i.volkova@meridianphil.example' },
    { id: 'MU-05', name: 'Samuel Osei', section: 'Violin II', chair: 'Section', status: 'Active', email: 's.osei@meridianphil.example' },
    { id: 'MU-06', name: 'Hannah Brooks', section: 'Violin II', chair: 'Section', status: 'Substitute', email: 'h.brooks@freelance.example' },
    { id: 'MU-07', name: 'Matteo Ricci', section: 'Viola', chair: 'Principal', status: 'Active', email: 'm.ricci@meridianphil.example' },
    { id: 'MU-08', name: 'Grace Lin', section: 'Viola', chair: 'Section', status: 'Active', email: 'g.lin@meridianphil.example' },
    { id: 'MU-09', name: 'Julian Hart', section: 'Cello', chair: 'Principal', status: 'Active', email: 'j.hart@meridianphil.example' },
    { id: 'MU-10', name: 'Noah Whitaker', section: 'Cello', chair: 'Section', status: 'Active', email: 'noah.whitaker@meridianphil.example' },
    { id: 'MU-11', name: 'Amara Nwosu', section: 'Cello', chair: 'Assistant principal', status: 'Active', email: 'a.nwosu@meridianphil.example' },
    { id: 'MU-12', name: 'Pieter de Vries', section: 'Bass', chair: 'Principal', status: 'Active', email: 'p.devries@meridianphil.example' },
    { id: 'MU-13', name: 'Lucía Romero', section: 'Bass', chair: 'Section', status: 'On leave', email: 'l.romero@meridianphil.example', leave: { type: 'Sabbatical', from: '2024-08-01', to: '2025-01-31' } },
    { id: 'MU-14', name: 'Claire Dubois', section: 'Flute', chair: 'Principal', status: 'Active', email: 'c.dubois@meridianphil.example' },
    { id: 'MU-15', name: 'Ethan Cole', section: 'Oboe', chair: 'Principal', status: 'Active', email: 'e.cole@meridianphil.example' },
    { id: 'MU-16', name: 'Yuki Tanaka', section: 'Clarinet', chair: 'Principal', status: 'Active', email: 'y.tanaka@meridianphil.example' },
    { id: 'MU-17', name: 'Oliver Grant', section: 'Bassoon', chair: 'Principal', status: 'Active', email: 'o.grant@meridianphil.example' },
    { id: 'MU-18', name: 'Rachel Stein', section: 'Horn', chair: 'Principal', status: 'Active', email: 'r.stein@meridianphil.example' },
    { id: 'MU-19', name: 'Marcus Bell', section: 'Horn', chair: 'Section', status: 'Active', email: 'm.bell@meridianphil.example' },
    { id: 'MU-20', name: 'Diego Alvarez', section: 'Trumpet', chair: 'Principal', status: 'Active', email: 'd.alvarez@meridianphil.example' },
    { id: 'MU-21', name: 'Kwame Mensah', section: 'Trombone', chair: 'Principal', status: 'Active', email: 'k.mensah@meridianphil.example' },
    { id: 'MU-22', name: 'Ingrid Solberg', section: 'Timpani & Percussion', chair: 'Principal', status: 'Active', email: 'i.solberg@meridianphil.example' }
  ],
  auditions: [
    { id: 'AU-05', candidate: 'Min-jun Cho', position: 'Principal Oboe', round: 'Final', date: '2024-09-12', score: 9.1, result: 'Pending' },
    { id: 'AU-06', candidate: 'Helena Marsh', position: 'Principal Oboe', round: 'Semifinal', date: '2024-09-11', score: 8.2, result: 'Pending' },
    { id: 'AU-07', candidate: 'Anna Kowalczyk', position: 'Principal Oboe', round: 'Preliminary', date: '2024-09-11', score: 7.2, result: 'Pending' },
    { id: 'AU-01', candidate: 'Lena Hartmann', position: 'Section Violin II', round: 'Preliminary', date: '2024-09-09', score: 8.4, result: 'Pending' },
    { id: 'AU-02', candidate: 'Jonas Weber', position: 'Section Violin II', round: 'Preliminary', date: '2024-09-09', score: 7.9, result: 'Pending' },
    { id: 'AU-03', candidate: 'Priya Raman', position: 'Section Violin II', round: 'Semifinal', date: '2024-09-10', score: 8.8, result: 'Pending' },
    { id: 'AU-04', candidate: 'Tom Albright', position: 'Section Violin II', round: 'Preliminary', date: '2024-09-09', score: 6.1, result: 'Declined' },
    { id: 'AU-08', candidate: 'Benjamin Roy', position: 'Fourth Horn', round: 'Preliminary', date: '2024-09-13', score: 7.5, result: 'Pending' },
    { id: 'AU-09', candidate: 'Sara Lindqvist', position: 'Fourth Horn', round: 'Preliminary', date: '2024-09-13', score: 8.0, result: 'Pending' }
  ],
  venues: [
    { name: 'Harmon Hall', seats: 2100, kind: 'Concert hall (home venue)', address: '1 Meridian Plaza', contact: 'Stage door: ext. 210' },
    { name: 'Meridian Studio', seats: 0, kind: 'Rehearsal studio', address: '1 Meridian Plaza, Level B', contact: 'Facilities: ext. 118' },
    { name: 'Riverside Auditorium', seats: 1200, kind: 'Multi-purpose auditorium', address: '40 Quay Road', contact: 'Jane Porter, +1 555 0142' },
    { name: "St. Aldric's Church", seats: 450, kind: 'Church', address: 'Aldric Square', contact: 'Rev. P. Collins, +1 555 0190' },
    { name: 'Civic Arena', seats: 6500, kind: 'Arena (summer pops only)', address: 'Civic Park', contact: 'Events office, +1 555 0101' }
  ]
};

const SECTIONS = ['Violin I', 'Violin II', 'Viola', 'Cello', 'Bass', 'Flute', 'Oboe', 'Clarinet', 'Bassoon', 'Horn', 'Trumpet', 'Trombone', 'Timpani & Percussion'];
const LEAVE_TYPES = ['Parental', 'Medical', 'Sabbatical', 'Personal'];
const REH_VENUES = ['Meridian Studio', 'Harmon Hall', 'Riverside Auditorium', "St. Aldric's Church"];
const REH_GROUPS = ['Strings', 'Winds', 'Brass', 'Percussion'];
const TIMES = []; for (let h = 9; h <= 20; h++) { TIMES.push(String(h).padStart(2, '0') + ':00'); if (h < 20) TIMES.push(String(h).padStart(2, '0') + ':30'); }
const ROUNDS = ['Preliminary', 'Semifinal', 'Final'];
const view = document.getElementById('view');

const esc = s => String(s == null ? '' : s).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
const MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
function ld(s) { if (!s) return '—'; const [y, m, d] = s.split('-').map(Number); const wd = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][new Date(Date.UTC(y, m - 1, d)).getUTCDay()]; return `${wd}, ${d} ${MON[m - 1]} ${y}`; }
function sd(s) { if (!s) return '—'; const [y, m, d] = s.split('-').map(Number); return `${d} ${MON[m - 1].slice(0, 3)} ${y}`; }
const work = id => state.repertoire.find(w => w.id === id);
const workLabel = w => `${w.composer.split(' ').slice(-1)[0]}: ${w.title}`;
const concert = id => state.concerts.find(c => c.id === id);
const tagCls = s => ({ 'On sale': 't-onsale', Planned: 't-planned', 'Sold out': 't-soldout', Cancelled: 't-cancelled', Active: 't-active', 'On leave': 't-leave', Substitute: 't-sub', Pending: 't-pending', Declined: 't-declined', 'Offer made': 't-offer' }[s] || 't-planned');
function toast(m) { const t = document.createElement('div'); t.className = 'toast'; t.textContent = m; document.getElementById('toasts').appendChild(t); setTimeout(() => t.remove(), 3200); }

function closeCard() { document.querySelectorAll('.overlay').forEach(o => o.remove()); }
function card({ title, body, ok = 'Save', okCls = 'main', onOk, mount }) {
  closeCard();
  const o = document.createElement('div');
  o.className = 'overlay';
  o.innerHTML = `<form class="card" role="dialog" aria-modal="true" aria-label="${esc(title)}" novalidate><div class="ch"><h2>${esc(title)}</h2><button type="button" class="x" data-x aria-label="Close">✕</button></div>
  <div class="cb">${body}<div class="err" data-err></div></div><div class="cf"><button type="button" class="btn" data-x>Cancel</button><button type="submit" class="btn ${okCls}">${esc(ok)}</button></div></form>`;
  document.body.appendChild(o);
  const f = o.querySelector('form');
  o.addEventListener('click', e => { if (e.target.closest('[data-x]')) closeCard(); });
  f.onsubmit = e => { e.preventDefault(); const r = onOk(f); if (typeof r === 'string') { f.querySelector('[data-err]').textContent = r; return; } closeCard(); render(); };
  if (mount) mount(f);
  return f;
}
function closeMenus() { document.querySelectorAll('.menu.open').forEach(m => m.classList.remove('open')); }
document.addEventListener('click', e => {
  const k = e.target.closest('.kebab-btn');
  if (k) { const m = k.nextElementSibling, was = m.classList.contains('open'); closeMenus(); if (!was) m.classList.add('open'); return; }
  if (!e.target.closest('.menu')) closeMenus();
});
document.addEventListener('keydown', e => { if (e.key === 'Escape') { closeMenus(); closeCard(); } });
const kebab = (label, items) => `<div class="kebab"><button type="button" class="kebab-btn" aria-label="${esc(label)}" title="More actions">⋯</button><div class="menu" role="menu">${items.map(i => `<button type="button" role="menuitem" data-act="${i[0]}" data-id="${esc(i[1])}" class="${i[3] ? 'dang' : ''}">${esc(i[2])}</button>`).join('')}</div></div>`;

document.getElementById('nav').addEventListener('click', e => { const b = e.target.closest('[data-section]'); if (!b) return; state.ui.section = b.dataset.section; render(); });
function render() {
  document.querySelectorAll('#nav [data-section]').forEach(b => b.classList.toggle('active', b.dataset.section === state.ui.section));
  ({ season, rehearsals, musicians, repertoire, auditions, venues })[state.ui.section]();
}

/* ---------------- season ---------------- */
function season() {
  view.innerHTML = `<h1>Season 2024–25</h1><p class="sub">${state.concerts.length} programmes · subscription series and specials</p>
  <div class="concerts">${state.concerts.map(c => `<article class="concert" data-id="${c.id}">
    ${kebab('Actions for ' + c.title, [['program', c.id, 'Edit programme'], ['cstatus', c.id, 'Change status'], ...(c.status !== 'Cancelled' ? [['ccancel', c.id, 'Cancel concert', true]] : [])])}
    <div class="date">${ld(c.date)}</div><h3>${esc(c.title)}</h3>
    <div class="meta">${esc(c.venue)} · ${esc(c.conductor)}, conductor${c.soloist ? ' · ' + esc(c.soloist) : ''}</div>
    <ol>${c.program.map(id => { const w = work(id); return `<li>${esc(w.composer)} — <i>${esc(w.title)}</i></li>`; }).join('')}</ol>
    <span class="tag ${tagCls(c.status)}">${c.status}</span> <span class="note">${c.program.reduce((a, id) => a + work(id).minutes, 0)} min of music</span></article>`).join('')}</div>`;
}
function programCard(c) {
  let prog = c.program.slice();
  const f = card({
    title: `Programme — ${c.title}`, ok: 'Save programme',
    body: `<p class="note">${ld(c.date)} · ${esc(c.venue)}</p><div class="lb" style="font-weight:bold;color:#5b1a2a;margin-bottom:4px">Works in running order</div><ul class="prog" data-prog></ul>
    <div class="fl"><label for="pg-add">Add a work from the library</label><div style="display:flex;gap:8px"><select id="pg-add" name="add" style="flex:1"><option value="">Choose a work…</option></select><button type="button" class="btn" data-add>Add</button></div></div>`,
    onOk: () => {
      if (!prog.length) return 'A programme needs at least one work.';
      c.program = prog; toast(`Programme for ${c.title} saved`);
    }
  });
  const list = f.querySelector('[data-prog]'), sel = f.querySelector('#pg-add');
  function draw() {
    list.innerHTML = prog.map((id, i) => { const w = work(id); return `<li><span>${i + 1}. ${esc(w.composer)} — <i>${esc(w.title)}</i> <span class="note">(${w.minutes}′)</span></span><button type="button" class="btn sm" data-rm="${id}" aria-label="Remove ${esc(w.title)}">Remove</button></li>`; }).join('') || '<li class="note">No works yet.</li>';
    sel.innerHTML = '<option value="">Choose a work…</option>' + state.repertoire.filter(w => !prog.includes(w.id)).map(w => `<option value="${w.id}">${esc(w.composer)} — ${esc(w.title)}</option>`).join('');
    list.querySelectorAll('[data-rm]').forEach(b => b.onclick = () => { prog = prog.filter(x => x !== b.dataset.rm); draw(); });
  }
  f.querySelector('[data-add]').onclick = () => { if (!sel.value) return; prog.push(sel.value); draw(); };
  draw();
}

/* ---------------- rehearsals ---------------- */
function rehearsals() {
  const tab = state.ui.rehTab, t = state.today;
  const list = state.rehearsals.filter(r => tab === 'upcoming' ? r.date >= t : r.date < t).sort((a, b) => (a.date + a.start).localeCompare(b.date + b.start));
  view.innerHTML = `<h1>Rehearsal schedule</h1><p class="sub">Services are called per the collective agreement: max. 3 hours, 20-minute break.</p>
  <div class="toolbar"><div class="tabs" role="tablist" style="margin:0;flex:1"><button type="button" role="tab" data-rt="upcoming" class="${tab === 'upcoming' ? 'active' : ''}">Upcoming</button><button type="button" role="tab" data-rt="past" class="${tab === 'past' ? 'active' : ''}">Past</button></div>
  <button type="button" class="btn main" id="new-reh">+ Schedule rehearsal</button></div>
  <table><thead><tr><th>Date</th><th>Time</th><th>Type</th><th>Concert</th><th>Venue</th><th>Public</th><th></th></tr></thead><tbody>
  ${list.map(r => `<tr data-id="${r.id}"><td>${ld(r.date)}</td><td>${r.start} · ${r.duration} h</td><td><span class="rtype">${r.type}${r.type === 'Sectional' ? ` (${r.sections.join(', ')})` : ''}</span></td><td>${esc(concert(r.concertId).title)}</td><td>${esc(r.venue)}</td><td>${r.open ? 'Open' : 'Closed'}</td>
  <td class="r">${kebab('Actions for rehearsal ' + r.id, [['rdel', r.id, 'Cancel rehearsal', true]])}</td></tr>`).join('') || '<tr><td colspan="7" class="note">Nothing scheduled.</td></tr>'}</tbody></table>`;
  view.querySelectorAll('[data-rt]').forEach(b => b.onclick = () => { state.ui.rehTab = b.dataset.rt; rehearsals(); });
  view.querySelector('#new-reh').onclick = rehearsalCard;
}
function rehearsalCard() {
  const f = card({
    title: 'Schedule rehearsal', ok: 'Add to schedule',
    body: `<div class="fl"><label for="rh-concert">Concert</label><select id="rh-concert" name="concert"><option value="">Choose a concert…</option>${state.concerts.filter(c => c.status !== 'Cancelled' && c.date >= state.today).map(c => `<option value="${c.id}">${esc(c.title)} (${sd(c.date)})</option>`).join('')}</select></div>
    <div class="fl"><span class="lb">Rehearsal type</span><div class="opts" role="radiogroup" aria-label="Rehearsal type">${['Sectional', 'Tutti', 'Dress'].map(t => `<label><input type="radio" name="type" value="${t}" ${t === 'Tutti' ? 'checked' : ''}> ${t}</label>`).join('')}</div></div>
    <div class="fl" data-groups hidden><span class="lb">Sections called</span><div class="opts">${REH_GROUPS.map(g => `<label><input type="checkbox" name="grp" value="${g}"> ${g}</label>`).join('')}</div></div>
    <div class="triple"><div class="fl"><label for="rh-date">Date</label><input type="date" id="rh-date" name="date"></div>
    <div class="fl"><label for="rh-start">Start time</label><select id="rh-start" name="start"><option value="">—</option>${TIMES.map(t => `<option>${t}</option>`).join('')}</select></div>
    <div class="fl"><label for="rh-dur">Duration</label><select id="rh-dur" name="dur"><option value="2">2 hours</option><option value="2.5" selected>2½ hours</option><option value="3">3 hours</option></select></div></div>
    <div class="fl"><label for="rh-venue">Venue</label><select id="rh-venue" name="venue"><option value="">Choose a venue…</option>${REH_VENUES.map(v => `<option>${esc(v)}</option>`).join('')}</select></div>
    <label class="ck"><input type="checkbox" name="open" checked> Open rehearsal — subscribers and patrons may attend</label>`,
    onOk: f => {
      const type = f.querySelector('input[name=type]:checked').value;
      const groups = [...f.querySelectorAll('input[name=grp]:checked')].map(x => x.value);
      if (!f.concert.value) return 'Choose the concert this rehearsal is for.';
      if (!f.date.value) return 'Enter a date.';
      if (f.date.value < state.today) return 'The date is in the past.';
      if (f.date.value > concert(f.concert.value).date) return 'Rehearsals must take place before the concert date.';
      if (!f.start.value) return 'Choose a start time.';
      if (!f.venue.value) return 'Choose a venue.';
      if (type === 'Sectional' && !groups.length) return 'Select which sections are called.';
      const id = 'RH-' + (Math.max(...state.rehearsals.map(r => +r.id.slice(3))) + 1);
      state.rehearsals.push({ id, concertId: f.concert.value, type, date: f.date.value, start: f.start.value, duration: +f.dur.value, venue: f.venue.value, open: f.open.checked, sections: type === 'Sectional' ? groups : [] });
      state.ui.rehTab = 'upcoming';
      toast(`${type} rehearsal scheduled for ${sd(f.date.value)}`);
    }
  });
  f.querySelectorAll('input[name=type]').forEach(r => r.onchange = () => { f.querySelector('[data-groups]').hidden = f.querySelector('input[name=type]:checked').value !== 'Sectional'; });
}

/* ---------------- musicians ---------------- */
function musicians() {
  const u = state.ui, q = u.musSearch.trim().toLowerCase();
  const list = state.musicians.filter(m => (!u.musSection || m.section === u.musSection) && (!q || m.name.toLowerCase().includes(q)));
  view.innerHTML = `<h1>Musicians</h1><p class="sub">Contracted members, substitutes and leave</p>
  <div class="toolbar"><input type="search" id="mu-q" placeholder="Search by name" aria-label="Search musicians" value="${esc(u.musSearch)}">
  <select id="mu-sec" aria-label="Section"><option value="">All sections</option>${SECTIONS.map(s => `<option ${s === u.musSection ? 'selected' : ''}>${s}</option>`).join('')}</select><span class="sp"></span><span class="note">${list.length} shown</span></div>
  <table><thead><tr><th>Name</th><th>Section</th><th>Chair</th><th>Status</th><th>Email</th><th></th></tr></thead><tbody>
  ${list.map(m => `<tr data-id="${m.id}"><td><b>${esc(m.name)}</b></td><td>${m.section}</td><td>${m.chair}</td><td><span class="tag ${tagCls(m.status)}">${m.status}</span>${m.leave ? `<div class="note">${m.leave.type} leave, ${sd(m.leave.from)} – ${sd(m.leave.to)}</div>` : ''}</td><td class="note">${esc(m.email)}</td>
  <td class="r">${kebab('Actions for ' + m.name, [...(m.status === 'On leave' ? [['endleave', m.id, 'End leave early']] : [['leave', m.id, 'Record leave…']]), ['chair', m.id, 'Change chair…'], ['email', m.id, 'Copy email']])}</td></tr>`).join('') || '<tr><td colspan="6" class="note">No musicians match.</td></tr>'}</tbody></table>`;
  const s = view.querySelector('#mu-q');
  s.oninput = () => { u.musSearch = s.value; const p = s.selectionStart; musicians(); const n = view.querySelector('#mu-q'); n.focus(); n.setSelectionRange(p, p); };
  view.querySelector('#mu-sec').onchange = e => { u.musSection = e.target.value; musicians(); };
}
function leaveCard(m) {
  card({
    title: `Record leave — ${m.name}`, ok: 'Save leave',
    body: `<p class="note">${m.section} · ${m.chair}</p>
    <div class="fl"><label for="lv-type">Type of leave</label><select id="lv-type" name="type"><option value="">Choose…</option>${LEAVE_TYPES.map(t => `<option value="${t}">${t} leave</option>`).join('')}</select></div>
    <div class="pair"><div class="fl"><label for="lv-from">First day</label><input type="date" id="lv-from" name="from"></div><div class="fl"><label for="lv-to">Last day</label><input type="date" id="lv-to" name="to"></div></div>
    <label class="ck"><input type="checkbox" name="sub" checked> Ask the personnel manager to book a substitute</label>`,
    onOk: f => {
      if (!f.type.value) return 'Choose the type of leave.';
      if (!f.from.value || !f.to.value) return 'Enter the first and last day.';
      if (f.to.value < f.from.value) return 'The last day must be after the first day.';
      m.status = 'On leave'; m.leave = { type: f.type.value, from: f.from.value, to: f.to.value, substitute: f.sub.checked };
      toast(`${m.name}: ${f.type.value.toLowerCase()} leave recorded`);
    }
  });
}

/* ---------------- repertoire ---------------- */
function repertoire() {
  view.innerHTML = `<h1>Repertoire library</h1><p class="sub">Performance materials held by the orchestra library</p>
  <table><thead><tr><th>Composer</th><th>Work</th><th>Duration</th><th>Parts</th><th>Last performed</th><th></th></tr></thead><tbody>
  ${state.repertoire.map(w => `<tr data-id="${w.id}"><td>${esc(w.composer)}</td><td><i>${esc(w.title)}</i></td><td>${w.minutes}′</td><td>${w.parts}</td><td>${sd(w.last)}</td>
  <td class="r">${kebab('Actions for ' + w.title, [['parts-owned', w.id, 'Parts: owned'], ['parts-rental', w.id, 'Parts: rental'], ['parts-order', w.id, 'Parts: need to order']])}</td></tr>`).join('')}</tbody></table>`;
}

/* ---------------- auditions ---------------- */
function auditions() {
  const positions = [...new Set(state.auditions.map(a => a.position))];
  const tab = state.ui.audTab;
  const list = state.auditions.filter(a => a.position === tab);
  view.innerHTML = `<h1>Auditions</h1><p class="sub">Screened auditions · panel scores out of 10</p>
  <div class="tabs" role="tablist">${positions.map(p => `<button type="button" role="tab" data-at="${esc(p)}" class="${p === tab ? 'active' : ''}">${esc(p)} <span class="note">(${state.auditions.filter(a => a.position === p && a.result === 'Pending').length})</span></button>`).join('')}</div>
  <table><thead><tr><th>Candidate</th><th>Round</th><th>Date</th><th>Panel score</th><th>Result</th><th></th></tr></thead><tbody>
  ${list.map(a => `<tr data-id="${a.id}"><td><b>${esc(a.candidate)}</b></td><td>${a.round}</td><td>${sd(a.date)}</td><td>${a.score.toFixed(1)}</td><td><span class="tag ${tagCls(a.result)}">${a.result}</span></td>
  <td class="r">${a.result === 'Pending' ? (a.round === 'Final' ? `<button type="button" class="btn sm gold" data-act="offer" data-id="${a.id}">Make offer</button>` : `<button type="button" class="btn sm main" data-act="advance" data-id="${a.id}">Advance</button>`) + ` <button type="button" class="btn sm" data-act="decline" data-id="${a.id}">Decline</button>` : ''}</td></tr>`).join('')}</tbody></table>`;
  view.querySelectorAll('[data-at]').forEach(b => b.onclick = () => { state.ui.audTab = b.dataset.at; auditions(); });
}

/* ---------------- venues ---------------- */
function venues() {
  view.innerHTML = `<h1>Venues</h1><p class="sub">Performance and rehearsal spaces</p><div class="venues">${state.venues.map(v => `<div class="venue"><h3>${esc(v.name)}</h3><div class="note">${esc(v.kind)}</div><p>${v.seats ? v.seats.toLocaleString('en-US') + ' seats' : 'No audience seating'}<br>${esc(v.address)}<br><span class="note">${esc(v.contact)}</span></p>
  <div class="note">${state.concerts.filter(c => c.venue === v.name).length} concerts · ${state.rehearsals.filter(r => r.venue === v.name).length} rehearsals this season</div></div>`).join('')}</div>`;
}

/* ---------------- actions ---------------- */
view.addEventListener('click', e => {
  const b = e.target.closest('[data-act]'); if (!b) return;
  closeMenus();
  const id = b.dataset.id, act = b.dataset.act;
  const c = concert(id);
  if (c && act === 'program') programCard(c);
  if (c && act === 'cstatus') card({ title: `Status — ${c.title}`, body: `<div class="fl"><label for="cs-st">Status</label><select id="cs-st" name="st">${['Planned', 'On sale', 'Sold out'].map(s => `<option ${s === c.status ? 'selected' : ''}>${s}</option>`).join('')}</select></div>`, onOk: f => { c.status = f.st.value; toast('Status updated'); } });
  if (c && act === 'ccancel') card({ title: `Cancel ${c.title}?`, ok: 'Cancel concert', okCls: 'dang', body: '<p>Ticket holders will be offered refunds. This cannot be undone here.</p>', onOk: () => { c.status = 'Cancelled'; toast(`${c.title} cancelled`); } });
  const r = state.rehearsals.find(x => x.id === id);
  if (r && act === 'rdel') card({ title: 'Cancel this rehearsal?', ok: 'Cancel rehearsal', okCls: 'dang', body: `<p>${r.type} rehearsal on ${ld(r.date)} at ${r.start}, ${esc(r.venue)}.</p>`, onOk: () => { state.rehearsals = state.rehearsals.filter(x => x !== r); toast('Rehearsal cancelled'); } });
  const m = state.musicians.find(x => x.id === id);
  if (m && act === 'leave') leaveCard(m);
  if (m && act === 'endleave') { m.status = 'Active'; delete m.leave; toast(`${m.name} is back from leave`); render(); }
  if (m && act === 'email') toast(`${m.email} copied`);
  if (m && act === 'chair') card({ title: `Chair — ${m.name}`, body: `<div class="fl"><label for="ch-ch">Chair</label><select id="ch-ch" name="ch">${['Concertmaster', 'Principal', 'Assistant principal', 'Section'].map(s => `<option ${s === m.chair ? 'selected' : ''}>${s}</option>`).join('')}</select></div>`, onOk: f => { m.chair = f.ch.value; toast('Chair updated'); } });
  const w = work(id);
  if (w && act.startsWith('parts-')) { w.parts = { 'parts-owned': 'Owned', 'parts-rental': 'Rental', 'parts-order': 'Need to order' }[act]; toast(`${w.title}: parts ${w.parts.toLowerCase()}`); render(); }
  const a = state.auditions.find(x => x.id === id);
  if (a && act === 'advance') { a.round = ROUNDS[ROUNDS.indexOf(a.round) + 1]; toast(`${a.candidate} advanced to the ${a.round.toLowerCase()}`); render(); }
  if (a && act === 'offer') card({ title: `Offer ${a.position} to ${a.candidate}?`, ok: 'Make offer', okCls: 'gold', body: '<p>An offer letter will be drafted for HR.</p>', onOk: () => { a.result = 'Offer made'; toast('Offer recorded'); } });
  if (a && act === 'decline') card({ title: `Decline ${a.candidate}?`, ok: 'Decline', okCls: 'dang', body: `<p>${esc(a.candidate)} will be thanked and released from the ${esc(a.position)} audition.</p>`, onOk: () => { a.result = 'Declined'; toast(`${a.candidate} declined`); } });
});

render();
