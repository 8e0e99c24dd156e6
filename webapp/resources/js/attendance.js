/* Taking attendance: "all present", a warning before leaving with unsaved marks, and a clear message when a save
   does not reach the server (weak hotspot) - the marks stay on the page, nothing is lost. */
(function () {
  "use strict";
  var dirty = false;
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
    if (e.target.closest && e.target.closest(".attendance-sheet")) { dirty = true; count(); }
  });
  document.addEventListener("input", function (e) {
    if (e.target.closest && e.target.closest(".attendance-sheet .note")) { dirty = true; }
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
    },
    saving: function () { offline(false); },
    failed: function () { offline(true); },
    done: function (args) {
      if (args && !args.validationFailed) { dirty = false; }
    },
    isDirty: function () { return dirty; }
  };
})();
