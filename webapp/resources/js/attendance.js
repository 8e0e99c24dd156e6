/* Taking attendance, online and with no network. The same script runs on the take-attendance page (rows drawn by
   the server) and on the offline page (rows drawn here from the device's copy, see device.js).
   - A save goes into the device's outbox first and is then sent (POST /api/attendance-device/lessons/{id}/saves,
     with a key of its own): if the network is gone, it stays on the device and is sent by itself when the
     network is back. The button is never left waiting: every request has a time limit.
   - The result appears in the save bar, where the trainer's thumb is, in words and an icon, read out by screen
     readers: saved (how many, at what time), kept on this device, or how many learners need a decision.
   - Changes that clash with nobody are saved; a learner a colleague changed meanwhile is shown in the list with
     both values, scrolled into view, and deciding saves it.
   - Marks not yet saved are kept on the device as a draft, and come back when the lesson is opened again. */
(function () {
  "use strict";
  var device = window.campusDevice;
  var STATUSES = ["PRESENT", "LATE", "EXCUSED", "ABSENT"];
  var sheet, lessonId, texts, dirty = false, retry = null;

  /* The page's language with its digits and the Gregorian calendar (data-locale, written by the server from the
     same rule as its own numbers: platform/i18n/Numerals.java), e.g. "ar-u-ca-gregory-nu-arab". */
  var LOCALE = document.documentElement.getAttribute("data-locale") || document.documentElement.lang || "de";
  /* Chromium has no data for Pashto (nor Kurmanji or Tigrinya): Intl falls back to English and drops the digits
     of the tag, so what Intl wrote gets the language's digits here. */
  var ZERO = { arab: 0x660, arabext: 0x6F0 }[(LOCALE.match(/-nu-([a-z]+)/) || [])[1]];
  function digits(text) {
    return ZERO ? String(text).replace(/[0-9]/g, function (d) { return String.fromCharCode(ZERO + Number(d)); })
      : String(text);
  }
  function number(n) {
    try { return digits(new Intl.NumberFormat(LOCALE).format(n)); } catch (e) { return digits(n); }
  }
  /** Fills {0}, {1} …; a number in the language's digits, as the server's texts have them. */
  function format(text, args) {
    return String(text || "").replace(/\{(\d+)\}/g, function (m, i) {
      return args[i] === undefined ? m : (typeof args[i] === "number" ? number(args[i]) : args[i]);
    });
  }
  /** Plural forms by the language's rules (one/other in the bundles; "few"/"many" fall back to "other"). */
  function pluralOf(words, key, n, args) {
    var category = "other";
    try { category = new Intl.PluralRules(document.documentElement.lang || "de").select(n); } catch (e) { /* old */ }
    var text = words[key + "." + category] || words[key + ".other"];
    return format(text, [n].concat(args || []));
  }
  function plural(key, n, args) { return pluralOf(texts, key, n, args); }
  function time(date) {
    return digits(date.toLocaleTimeString(LOCALE, { hour: "2-digit", minute: "2-digit" }));
  }
  function rows() { return Array.prototype.slice.call(sheet.querySelectorAll(".learner-row")); }
  function rowOf(id) { return sheet.querySelector(".learner-row[data-enrollment='" + id + "']"); }
  function statusOf(row) {
    var checked = row.querySelector(".status-choice input:checked");
    return checked ? checked.value : "";
  }
  function noteInput(row) { return row.querySelector(".note-input"); }
  function noteOf(row) { var n = noteInput(row); return n ? n.value.trim() : ""; }
  function setStatus(row, status) {
    row.querySelectorAll(".status-choice input").forEach(function (i) { i.checked = i.value === status; });
  }
  function setNote(row, note) {
    var n = noteInput(row);
    if (!n) { return; }
    n.value = note || "";
    if (note) { var d = row.querySelector("details.note"); if (d) { d.open = true; } }
  }
  function base(row) {
    var version = row.getAttribute("data-version");
    return { status: row.querySelector(".status-choice").getAttribute("data-base") || "",
      note: noteInput(row) ? (noteInput(row).getAttribute("data-base") || "") : "",
      version: version === "" || version === null ? null : Number(version) };
  }
  function setBase(row, status, note, version) {
    row.querySelector(".status-choice").setAttribute("data-base", status || "");
    if (noteInput(row)) { noteInput(row).setAttribute("data-base", note || ""); }
    row.setAttribute("data-version", version === null || version === undefined ? "" : String(version));
  }
  /** What the trainer changed against what the row was based on, as the server takes it. */
  function changes() {
    var list = [], noteOnly = [];
    rows().forEach(function (row) {
      var b = base(row), status = statusOf(row), note = noteOf(row);
      if (!status) { if (note && note !== b.note) { noteOnly.push(row.querySelector(".name").textContent); } return; }
      if (status !== b.status || note !== b.note.trim()) {
        list.push({ enrollmentId: Number(row.getAttribute("data-enrollment")), status: status, note: note || null,
          baseStatus: b.status || null, baseNote: b.note || null, baseVersion: b.version });
      }
    });
    return { list: list, noteOnly: noteOnly };
  }

  // ---- the save bar ---------------------------------------------------------------------------------------
  function bar(kind, message, link) {
    var result = sheet.querySelector(".save-result");
    if (!result) { return; }
    result.className = "save-result " + kind;
    result.hidden = false;
    var textEl = result.querySelector(".save-result-text");
    textEl.textContent = message;
    if (link) {
      var a = document.createElement("a");
      a.href = link.href;
      a.textContent = link.text;
      a.className = "button primary";
      textEl.appendChild(document.createTextNode(" "));
      textEl.appendChild(a);
    }
    // the result belongs where the trainer's thumb is: make sure it is on screen
    var box = result.getBoundingClientRect();
    if (box.bottom > window.innerHeight || box.top < 0) { result.scrollIntoView({ block: "nearest" }); }
  }
  function busy(on) {
    var all = sheet.querySelector("#allPresent");
    if (all) {
      all.addEventListener("click", function () { window.campusAttendance.allPresent(); });
    }
    var button = sheet.querySelector(".save-button");
    if (button) { button.disabled = on; button.setAttribute("aria-busy", on ? "true" : "false"); }
  }
  function count() {
    var marked = sheet.querySelector(".marked-count");
    if (!marked || !marked.getAttribute("data-template")) { return; }
    var done = sheet.querySelectorAll(".status-choice input:checked").length;
    marked.textContent = format(marked.getAttribute("data-template"), [done, Number(marked.getAttribute("data-total"))]);
  }
  function showWaiting() {
    return device.waiting(lessonId).then(function (entries) {
      var n = entries.reduce(function (sum, e) { return sum + e.changes.length; }, 0);
      var el = sheet.querySelector(".waiting-count");
      if (el) { el.hidden = n === 0; el.textContent = n ? plural("bar.waiting", n) : ""; }
      if (n && !retry) { retry = setInterval(function () { device.flush(); }, 30000); }
      if (!n && retry) { clearInterval(retry); retry = null; }
      return n;
    }).catch(function () { return 0; });
  }

  // ---- drafts: marks set but not yet saved ------------------------------------------------------------------
  function keepDraft() {
    var marks = {};
    rows().forEach(function (row) {
      var b = base(row), status = statusOf(row), note = noteOf(row);
      if (status !== b.status || note !== b.note.trim()) {
        marks[row.getAttribute("data-enrollment")] = { s: status, n: note, base: b };
      }
    });
    return device.put("drafts", { lessonId: lessonId, marks: marks }).catch(function () {});
  }
  function dropDraft() { return device.remove("drafts", lessonId).catch(function () {}); }
  /** Puts marks (a draft's, or a waiting save's) back on the rows they were made on. */
  function overlay(marks, banner) {
    var restoredAny = false;
    Object.keys(marks).forEach(function (id) {
      var row = rowOf(id), mark = marks[id];
      if (!row) { return; }
      var now = base(row);
      if (now.version !== mark.base.version) {
        // a colleague changed this learner since: their mark stays, the trainer sees it and decides
        row.classList.add("changed-meanwhile");
        return;
      }
      if (mark.s) { setStatus(row, mark.s); }
      setNote(row, mark.n);
      restoredAny = true;
    });
    if (restoredAny && banner) {
      var b = document.getElementById("restored");
      if (b) { b.hidden = false; }
    }
    return restoredAny;
  }
  function restore() {
    return device.waiting(lessonId).then(function (entries) {
      var marks = {};
      entries.sort(function (a, b) { return a.queuedAt - b.queuedAt; }).forEach(function (e) {
        e.changes.forEach(function (c) {
          marks[c.enrollmentId] = { s: c.status, n: c.note || "", base: { version: c.baseVersion } };
        });
      });
      overlay(marks, false);
      return device.get("drafts", lessonId);
    }).then(function (draft) {
      if (draft && overlay(draft.marks, true)) { dirty = true; }
      count();
    }).catch(function () {});
  }

  // ---- saving ----------------------------------------------------------------------------------------------
  function save() {
    var c = changes();
    if (c.noteOnly.length) {
      bar("refused", format(texts["noteWithoutStatus"], [c.noteOnly.join(", ")]));
      return Promise.resolve();
    }
    if (!c.list.length) {
      dirty = false;
      dropDraft();
      return device.waiting(lessonId).then(function (entries) {
        if (entries.length) { busy(true); bar("sending", texts["bar.sending"]); return device.flush(); }
        bar("saved", format(texts["bar.unchanged"], [time(new Date())]));
      });
    }
    busy(true);
    bar("sending", texts["bar.sending"]);
    return device.queue(lessonId, c.list).then(function (entry) {
      dirty = false;
      return dropDraft().then(function () { return device.send(entry); }).then(function (answer) {
        answered(entry, answer);
      });
    }, function () {
      // no storage on this device (private window): send straight away, and say so if it fails
      var entry = { key: device.newKey(), lessonId: lessonId, changes: c.list };
      return device.send(entry).then(function (answer) { answered(entry, answer); });
    });
  }

  function answered(entry, answer) {
    if (entry.lessonId !== lessonId) { return; }
    busy(false);
    var n = entry.changes.length;
    if (answer.status === 200 && answer.json) {
      var json = answer.json;
      apply(json.lesson, json.conflicts || []);
      var saved = plural("bar.saved", json.saved, [time(new Date())]);
      if (json.conflicts && json.conflicts.length) {
        bar("decide", (json.saved ? saved + " " : "") + plural("bar.decide", json.conflicts.length));
        var first = rowOf(json.conflicts[0].enrollmentId);
        if (first) { first.scrollIntoView({ block: "center" }); }
      } else {
        bar("saved", json.saved ? saved : format(texts["bar.unchanged"], [time(new Date())]));
      }
    } else if (answer.status === 401) {
      // back to this very address after signing in, where the waiting marks are then sent
      var here = location.pathname.substring(device.root.length - 1) + location.search;
      bar("kept", plural("bar.signIn", n), { href: texts["signInUrl"] + "?next=" + encodeURIComponent(here),
        text: texts["bar.signInLink"] });
    } else if (answer.status === 0 || answer.status >= 500 || answer.status === 408 || answer.status === 429) {
      bar("kept", plural("bar.kept", n));
    } else {
      var detail = answer.json && answer.json.detail ? answer.json.detail : "HTTP " + answer.status;
      if (answer.json && answer.json.errors && answer.json.errors.length) {
        detail += " " + answer.json.errors.map(function (e) { return e.message; }).join(" ");
      }
      dirty = true;
      keepDraft();
      bar("refused", format(texts["bar.refused"], [detail]));
    }
    showWaiting();
  }

  /** After an answer: every row shows what is stored now, except those left for the trainer to decide. */
  function apply(lesson, conflicts) {
    var clashing = {};
    conflicts.forEach(function (c) { clashing[c.enrollmentId] = c; });
    (lesson.rows || []).forEach(function (r) {
      var row = rowOf(r.enrollmentId);
      if (!row) { return; }
      if (clashing[r.enrollmentId]) {
        showClash(row, clashing[r.enrollmentId]);
        return;
      }
      setBase(row, r.status, r.note, r.version);
      setStatus(row, r.status || "");
      setNote(row, r.note || "");
      row.classList.remove("changed-meanwhile");
    });
    var badge = document.querySelector(".lesson-heading .badge");
    if (badge && lesson.state && texts["lessonState." + lesson.state]) {
      badge.className = "badge lesson-" + lesson.state;
      badge.textContent = texts["lessonState." + lesson.state];
    }
    if (device) { device.put("lessons", lesson).catch(function () {}); }
    count();
  }

  /** The learner a colleague changed meanwhile: both values side by side, and the choice. */
  function showClash(row, c) {
    var old = row.querySelector(".clash");
    if (old) { old.parentNode.removeChild(old); }
    row.classList.add("needs-decision");
    var box = document.createElement("div");
    box.className = "clash";
    box.setAttribute("role", "group");
    var label = function (status) { return status ? texts["status." + status] : texts["unmarked"]; };
    var line = function (who, status, note) {
      var p = document.createElement("p");
      var strong = document.createElement("strong");
      strong.textContent = who + ": ";
      var mark = document.createElement("span");
      mark.className = "mark mark-" + (status || "none");
      mark.textContent = label(status) + (note ? " („" + note + "“)" : "");
      p.appendChild(strong);
      p.appendChild(mark);
      return p;
    };
    box.appendChild(line(texts["mine"], c.mine, c.myNote));
    box.appendChild(line(format(texts["theirs"], [c.theirBy || "?"]), c.theirs, c.theirNote));
    var buttons = document.createElement("div");
    buttons.className = "clash-actions";
    var mine = document.createElement("button");
    mine.type = "button";
    mine.className = "big-button keep-mine";
    mine.textContent = texts["keepMine"];
    mine.addEventListener("click", function () { decide(row, c, true); });
    var theirs = document.createElement("button");
    theirs.type = "button";
    theirs.className = "big-button take-theirs";
    theirs.textContent = texts["takeTheirs"];
    theirs.addEventListener("click", function () { decide(row, c, false); });
    buttons.appendChild(mine);
    buttons.appendChild(theirs);
    box.appendChild(buttons);
    row.appendChild(box);
    // the trainer's own value stays selected; it is now based on the colleague's
    setStatus(row, c.mine || "");
    setNote(row, c.myNote || "");
  }

  /** Deciding saves at once: the trainer's value over the colleague's, or the colleague's kept as it is. */
  function decide(row, c, keepMine) {
    setBase(row, c.theirs, c.theirNote, c.theirVersion);
    if (!keepMine) {
      setStatus(row, c.theirs || "");
      setNote(row, c.theirNote || "");
    }
    var box = row.querySelector(".clash");
    if (box) { box.parentNode.removeChild(box); }
    row.classList.remove("needs-decision", "changed-meanwhile");
    count();
    var left = sheet.querySelectorAll(".learner-row.needs-decision").length;
    if (keepMine) { return save(); }
    if (left) { bar("decide", plural("bar.decide", left)); } else { bar("saved", texts["bar.decided"]); }
    return keepDraft();
  }

  // ---- wiring ---------------------------------------------------------------------------------------------
  function init(element) {
    sheet = element;
    lessonId = Number(sheet.getAttribute("data-lesson"));
    texts = JSON.parse(sheet.getAttribute("data-texts") || "{}");
    var all = sheet.querySelector("#allPresent");
    if (all) {
      all.addEventListener("click", function () { window.campusAttendance.allPresent(); });
    }
    var button = sheet.querySelector(".save-button");
    if (button) {
      button.addEventListener("click", function (e) { e.preventDefault(); save(); });
    }
    sheet.addEventListener("change", function () { dirty = true; count(); keepDraft(); });
    sheet.addEventListener("input", function (e) {
      if (e.target.classList.contains("note-input")) { dirty = true; keepDraft(); }
    });
    document.addEventListener("campus:answer", function (e) { answered(e.detail.entry, e.detail.answer); });
    window.addEventListener("online", function () { device.flush(); });
    restore().then(showWaiting).then(function (n) {
      if (n && navigator.onLine !== false) { device.flush(); }
    });
  }

  window.addEventListener("beforeunload", function (e) {
    if (dirty && sheet) {
      e.preventDefault();
      e.returnValue = sheet.getAttribute("data-dirty-warning") || "";
      return e.returnValue;
    }
  });

  window.campusAttendance = {
    init: init,
    /** Every learner without a mark yet is present; the exceptions are set afterwards. */
    allPresent: function () {
      rows().forEach(function (row) {
        if (!statusOf(row)) { setStatus(row, "PRESENT"); dirty = true; }
      });
      count();
      keepDraft();
    },
    save: save,
    isDirty: function () { return dirty; },
    /** for the offline page, which draws the rows: the statuses in order, and the texts' placeholders */
    statuses: STATUSES,
    format: format,
    plural: pluralOf,
    /** the page's locale for Intl (digits and calendar), and a number in its digits */
    locale: LOCALE,
    number: number,
    digits: digits
  };

  document.addEventListener("DOMContentLoaded", function () {
    var element = document.querySelector(".attendance-sheet[data-lesson]");
    if (element && element.querySelector(".learner-row")) { init(element); }
  });
})();
