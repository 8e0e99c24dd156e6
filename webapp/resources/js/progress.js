/* The exercise grid: one tap on a cell asks for the opposite of what it shows (ticked → not ticked, anything else
   → ticked). The cell waits, greyed, until the server answers with the stored state; a refusal or a lost
   connection puts it back as it was and says so. Requests go one after the other (PrimeFaces' queue). */
(function () {
  "use strict";
  var SYMBOLS = { CONFIRMED: "\u2713", PENDING: "?", REJECTED: "\u2717", "": "" };
  function cell(enrollment, exercise) {
    return document.querySelector("button.tick[data-e='" + enrollment + "'][data-x='" + exercise + "']");
  }
  function show(button, state) {
    button.className = "tick state-" + (state || "NONE");
    button.textContent = SYMBOLS[state] || "";
    button.setAttribute("aria-pressed", state === "CONFIRMED" ? "true" : "false");
    var table = document.getElementById("exercise-grid");
    if (table) {
      button.title = state === "CONFIRMED" ? table.getAttribute("data-pressed") : table.getAttribute("data-open");
    }
  }
  var waiting = [];
  document.addEventListener("click", function (e) {
    var button = e.target.closest && e.target.closest("button.tick");
    if (!button || button.disabled || button.classList.contains("busy")) { return; }
    var done = button.getAttribute("aria-pressed") !== "true";
    button.classList.add("busy");
    waiting.push(button);
    window.campusTick([
      { name: "enrollment", value: button.getAttribute("data-e") },
      { name: "exercise", value: button.getAttribute("data-x") },
      { name: "done", value: String(done) }
    ]);
  });
  window.campusProgress = {
    ticked: function (xhr, status, args) {
      var button = waiting.shift();
      var banner = document.getElementById("tickFailed");
      if (args && args.enrollment && args.exercise) {
        button = cell(args.enrollment, args.exercise) || button;
      }
      if (!button) { return; }
      button.classList.remove("busy");
      if (status !== "success" || !args) {
        if (banner) { banner.hidden = false; }
        return;
      }
      if (banner) { banner.hidden = true; }
      if (args.validationFailed || args.state === undefined) { return; }
      show(button, args.state);
      var count = document.getElementById("count-" + args.enrollment);
      if (count && args.count) { count.textContent = args.count; }
    }
  };
})();
