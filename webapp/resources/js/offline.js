/* The offline page: the lessons the device keeps (js/device.js), drawn with the same rows as the take-attendance
   page, so that js/attendance.js takes and queues the marks just as it does online. The address says what to
   show: ?lesson=N one lesson, anything else the list of lessons with the marks waiting to be sent. */
(function () {
  "use strict";
  var device = window.campusDevice;
  var attendance = window.campusAttendance;
  var app, texts, lang;

  function el(tag, attributes, text) {
    var e = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (k) { e.setAttribute(k, attributes[k]); });
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }
  var format = attendance.format;
  function plural(key, n) { return attendance.plural(texts, key, n); }
  function day(iso) {
    var parts = iso.split("-");
    return attendance.digits(new Date(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2]))
      .toLocaleDateString(lang, { weekday: "long", day: "numeric", month: "long", year: "numeric" }));
  }
  /** "09:30:00" as the server writes a time of day: hours and minutes, in the page's digits */
  function hhmm(t) {
    return t ? attendance.digits(String(t).substring(0, 5)) : "";
  }
  function takeUrl(id) { return app.getAttribute("data-take-url") + "?lesson=" + id; }

  function waitingByLesson() {
    return device.all("outbox").then(function (entries) {
      var n = {};
      entries.forEach(function (e) { n[e.lessonId] = (n[e.lessonId] || 0) + e.changes.length; });
      return n;
    });
  }

  function list(lessons, waiting) {
    var h1 = el("h1", {}, texts["offline.lessons"]);
    app.appendChild(h1);
    if (!lessons.length) { app.appendChild(el("p", { "class": "empty" }, texts["offline.noLessons"])); return; }
    var ul = el("ul", { "class": "agenda" });
    lessons.sort(function (a, b) { return (a.date + a.start).localeCompare(b.date + b.start); });
    lessons.forEach(function (l) {
      var li = el("li", { "class": "card agenda-item", "data-lesson": l.id });
      var info = el("div");
      info.appendChild(el("strong", {}, day(l.date) + ", " + hhmm(l.start)));
      info.appendChild(el("div", {}, l.cohortName + " · " + l.locationName));
      if (waiting[l.id]) { info.appendChild(el("div", { "class": "waiting-count" }, plural("bar.waiting", waiting[l.id]))); }
      li.appendChild(info);
      li.appendChild(el("a", { "class": "button primary", href: takeUrl(l.id) }, texts["offline.take"]));
      ul.appendChild(li);
    });
    app.appendChild(ul);
  }

  function lesson(l) {
    var heading = el("section", { "class": "lesson-heading card" });
    heading.appendChild(el("p", { "class": "lesson-when" }, day(l.date) + ", " + hhmm(l.start) + "–" + hhmm(l.end)));
    var where = el("p", {}, l.cohortName + " · " + l.locationName + (l.topic ? " · " + l.topic : "") + " ");
    where.appendChild(el("span", { "class": "badge lesson-" + l.state }, texts["lessonState." + l.state]));
    heading.appendChild(where);
    heading.appendChild(el("p", { "class": "hint" }, format(texts["offline.asOf"],
      [attendance.digits(new Date(l.syncedAt || Date.now())
        .toLocaleString(lang, { dateStyle: "short", timeStyle: "short" }))])));
    app.appendChild(el("h1", {}, texts["offline.title"]));
    app.appendChild(heading);

    var sheet = el("div", { "class": "attendance-sheet", "data-lesson": l.id, "data-texts": JSON.stringify(texts) });
    sheet.appendChild(el("div", { id: "restored", "class": "restored-banner", role: "status", hidden: "hidden" }));
    var actions = el("div", { "class": "sheet-actions" });
    var all = el("button", { type: "button", id: "allPresent", "class": "big-button" }, texts["allPresent"]);
    // its click: attendance.init, as on the page from the server
    actions.appendChild(all);
    actions.appendChild(el("span", { "class": "hint" }, texts["allPresentHint"]));
    sheet.appendChild(actions);
    var ol = el("ol", { "class": "learners" });
    l.rows.forEach(function (r) {
      var li = el("li", { "class": "learner-row", id: "row-" + r.enrollmentId, "data-enrollment": r.enrollmentId,
        "data-version": r.version === null || r.version === undefined ? "" : r.version });
      var name = el("div", { "class": "learner-name" });
      name.appendChild(el("span", { "class": "name" }, r.name));
      if (r.nameOriginal) { name.appendChild(el("bdi", { "class": "original" }, " " + r.nameOriginal)); }
      if (r.enrolledLater) { name.appendChild(el("span", { "class": "hint" }, " · " + texts["enrolledLater"])); }
      li.appendChild(name);
      var choice = el("ul", { "class": "status-choice", role: "radiogroup", "aria-label": r.name,
        "data-base": r.status || "" });
      attendance.statuses.forEach(function (s, i) {
        var item = el("li", { role: "none" });
        var input = el("input", { type: "radio", id: "s" + r.enrollmentId + "-" + (i + 1), name: "s" + r.enrollmentId,
          value: s });
        if (r.status === s) { input.checked = true; }
        item.appendChild(input);
        item.appendChild(el("label", { "for": input.id }, texts["status." + s]));
        choice.appendChild(item);
      });
      li.appendChild(choice);
      var details = el("details", { "class": "note" });
      if (r.note) { details.open = true; }
      details.appendChild(el("summary", {}, texts["note"]));
      details.appendChild(el("label", { "for": "n" + r.enrollmentId, "class": "sr-only" }, texts["noteFor"] + " " + r.name));
      var note = el("input", { type: "text", id: "n" + r.enrollmentId, name: "n" + r.enrollmentId, maxlength: "500",
        "class": "note-input", "data-base": r.note || "" });
      note.value = r.note || "";
      details.appendChild(note);
      li.appendChild(details);
      ol.appendChild(li);
    });
    sheet.appendChild(ol);
    var bar = el("div", { "class": "save-bar" });
    var row = el("div", { "class": "save-row" });
    row.appendChild(el("button", { type: "button", id: "save", "class": "save-button big-button primary" }, texts["save"]));
    var marked = el("span", { "class": "hint marked-count", "data-template": texts["markedCount"],
      "data-total": l.rows.length });
    row.appendChild(marked);
    row.appendChild(el("span", { "class": "waiting-count", hidden: "hidden" }));
    bar.appendChild(row);
    var result = el("p", { id: "saveResult", "class": "save-result", role: "status", "aria-live": "polite",
      hidden: "hidden" });
    result.appendChild(el("span", { "class": "save-icon", "aria-hidden": "true" }));
    result.appendChild(el("span", { "class": "save-result-text" }));
    bar.appendChild(result);
    sheet.appendChild(bar);
    app.appendChild(sheet);
    var back = el("p");
    back.appendChild(el("a", { href: app.getAttribute("data-take-url").replace(/attendance\/take\.xhtml$/, "") },
      texts["offline.allLessons"]));
    app.appendChild(back);
    attendance.init(sheet);
  }

  document.addEventListener("DOMContentLoaded", function () {
    app = document.getElementById("device-app");
    if (!app) { return; }
    texts = JSON.parse(app.getAttribute("data-texts") || "{}");
    lang = attendance.locale;
    var id = Number(new URLSearchParams(location.search).get("lesson"));
    device.ready.then(function () {
      return Promise.all([device.all("lessons"), waitingByLesson()]);
    }).then(function (found) {
      var lessons = found[0], waiting = found[1];
      var wanted = lessons.filter(function (l) { return l.id === id; })[0];
      if (id && wanted) { lesson(wanted); return; }
      if (id) { app.appendChild(el("p", { "class": "card offline-banner" }, texts["offline.notKept"])); }
      list(lessons, waiting);
    }).catch(function () {
      app.appendChild(el("p", { "class": "card offline-banner" }, texts["offline.noLessons"]));
    });
    window.addEventListener("online", function () { device.flush(); });
  });
})();
