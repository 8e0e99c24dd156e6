/* Taking attendance: "all present", a warning before leaving with unsaved marks, a clear message when a save
   does not reach the server (weak hotspot), and a copy of the unsaved marks in this tab's session storage: if
   the page is lost before the save went through (expired, signed out, reloaded), opening the lesson again in
   the same tab puts the marks back. Nothing is lost. */
(function () {
  "use strict";
  var dirty = false;
  var key = "ffit.attendance" + location.pathname + location.search;
  function inputs() {
    return document.querySelectorAll(".attendance-sheet .status-choice input, .attendance-sheet .note-input");
  }
  /** What the row showed when this page was loaded ("" for nothing). */
  function base(input) {
    var holder = input.type === "radio" ? input.closest(".status-choice") : input;
    return (holder && holder.getAttribute("data-base")) || "";
  }
  /** Each changed input with the value it started from, so a restore can tell a colleague's change apart. */
  function keep() {
    try {
      var marks = {};
      inputs().forEach(function (i) {
        if (i.type === "radio" && !i.checked) { return; }
        if (i.value !== base(i)) { marks[i.name] = { value: i.value, base: base(i) }; }
      });
      sessionStorage.setItem(key, JSON.stringify(marks));
    } catch (ignored) { /* storage full or disabled: the page itself still holds the marks */ }
  }
  function forget() { try { sessionStorage.removeItem(key); } catch (ignored) { /* see keep() */ } }
  function restore() {
    var saved;
    try { saved = JSON.parse(sessionStorage.getItem(key) || "null"); } catch (ignored) { saved = null; }
    if (!saved || !document.querySelector(".attendance-sheet .status-choice")) { return; }
    var restoredAny = false;
    inputs().forEach(function (i) {
      var mark = saved[i.name];
      if (!mark || typeof mark !== "object") { return; }
      if (base(i) !== mark.base) {
        // a colleague changed this learner since: their mark stays, the trainer sees it and decides
        var row = i.closest(".learner-row");
        if (row) { row.classList.add("changed-meanwhile"); }
        return;
      }
      if (i.type === "radio") { i.checked = mark.value === i.value; } else { i.value = mark.value; }
      restoredAny = true;
    });
    if (!restoredAny) { return; }
    dirty = true;
    var banner = document.getElementById("restored");
    if (banner) { banner.hidden = false; }
  }
  document.addEventListener("DOMContentLoaded", function () { restore(); count(); });
  function sheet() { return document.querySelector(".attendance-sheet"); }
  /** "7 of 12 marked", counted as the trainer taps, not only when the page was loaded. */
  function count() {
    var marked = document.getElementById("sheet:marked");
    if (!marked || !marked.getAttribute("data-template")) { return; }
    var done = document.querySelectorAll(".attendance-sheet .status-choice input:checked").length;
    marked.textContent = marked.getAttribute("data-template").replace("{0}", done)
      .replace("{1}", marked.getAttribute("data-total"));
  }
  document.addEventListener("change", function (e) {
    if (e.target.closest && e.target.closest(".attendance-sheet")) { dirty = true; count(); keep(); }
  });
  document.addEventListener("input", function (e) {
    if (e.target.closest && e.target.closest(".attendance-sheet .note")) { dirty = true; keep(); }
  });
  window.addEventListener("beforeunload", function (e) {
    if (dirty) {
      e.preventDefault();
      e.returnValue = (sheet() && sheet().getAttribute("data-dirty-warning")) || "";
      return e.returnValue;
    }
  });
  function offline(show) {
    var banner = document.getElementById("offline");
    if (banner) { banner.hidden = !show; }
  }
  /** After a save: every row shows what is stored now, and that is its new starting point. */
  function show(stored) {
    document.querySelectorAll(".attendance-sheet .status-choice").forEach(function (group) {
      var id = (group.querySelector("input") || { name: "s" }).name.substring(1);
      var mark = stored[id];
      if (!mark) { return; }
      group.querySelectorAll("input").forEach(function (i) { i.checked = i.value === mark.s; });
      group.setAttribute("data-base", mark.s || "");
      var note = document.getElementById("n" + id);
      if (note) { note.value = mark.n; note.setAttribute("data-base", mark.n); }
    });
    count();
  }
  window.campusAttendance = {
    /** Every learner without a mark yet is present; the exceptions are set afterwards. */
    allPresent: function () {
      document.querySelectorAll(".attendance-sheet .status-choice").forEach(function (group) {
        if (!group.querySelector("input:checked")) {
          var present = group.querySelector("input[value='PRESENT']");
          if (present) { present.checked = true; dirty = true; }
        }
      });
      count();
      keep();
    },
    saving: function () { offline(false); },
    /** No answer at all: try again. An answer refusing the page (expired, signed out): reload, the marks stay. */
    failed: function (xhr) {
      if (xhr && xhr.status >= 400) {
        var banner = document.getElementById("reload");
        if (banner) { banner.hidden = false; }
      } else {
        offline(true);
      }
    },
    reload: function () {
      keep();
      dirty = false;
      location.reload();
    },
    done: function (args) {
      if (args && args.stored) { show(JSON.parse(args.stored)); }
      if (args && !args.validationFailed) {
        dirty = false;
        forget();
        var banner = document.getElementById("restored");
        if (banner) { banner.hidden = true; }
      }
    },
    isDirty: function () { return dirty; }
  };
})();
