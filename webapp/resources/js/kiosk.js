/* Learner kiosk: the idle countdown, the PIN keypad and the card scanner button. Everything works without it
   (forms submit plainly, a USB scanner types into the code field); it only makes the kiosk easier to use. */
(function () {
  "use strict";

  // A page brought back from the browser's memory (back button) could show the last learner: ask the server again.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) { window.location.reload(); }
  });

  /**
   * The learner code's check character, as de.ffit.campus.learner.entity.LearnerCode checks it: a code of 9
   * characters (8 random ones and the check character) has a weighted sum of 0 modulo 31, with the weights 9 … 1 and
   * each character's place in the alphabet. Older codes (any other length) have none and pass.
   */
  var ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  var CHECKED_LENGTH = 9;

  function cleanCode(typedOrScanned) {
    var value = String(typedOrScanned || "").trim();
    var parameter = value.lastIndexOf("code=");
    if (parameter >= 0) {
      value = value.substring(parameter + 5).replace(/[&#].*$/, "");
    }
    return value.replace(/[\s-]/g, "").toUpperCase();
  }

  function wellTyped(typedOrScanned) {
    var code = cleanCode(typedOrScanned);
    if (code.length !== CHECKED_LENGTH) { return true; }
    var sum = 0;
    for (var i = 0; i < code.length; i++) {
      var digit = ALPHABET.indexOf(code.charAt(i));
      if (digit < 0) { return false; }
      sum += digit * (code.length - i);
    }
    return sum % ALPHABET.length === 0;
  }

  window.FfitCode = { clean: cleanCode, wellTyped: wellTyped };

  /** A mistyped new code is told on the code screen, in the page's language, without asking the server. */
  function codeCheck() {
    var form = document.getElementById("code-form");
    var field = document.getElementById("code");
    var problem = document.getElementById("code-problem");
    var told = document.getElementById("code-told-about");
    if (!form || !field || !problem) { return; }
    function clear() {
      problem.hidden = true;
      problem.textContent = "";
      field.removeAttribute("aria-invalid");
    }
    field.addEventListener("input", clear);
    form.addEventListener("submit", function (event) {
      if (wellTyped(field.value)) { return; }
      // told once already about exactly this code: an old card may carry it without a check character, let it pass
      if (told && told.value && told.value === cleanCode(field.value)) { return; }
      event.preventDefault();
      if (told) { told.value = cleanCode(field.value); }
      problem.textContent = form.getAttribute("data-mistyped");
      problem.hidden = false;
      field.setAttribute("aria-invalid", "true");
      field.focus();
    });
  }

  function ready(run) {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", run);
    } else {
      run();
    }
  }

  /** Signs the learner out after the idle time without a touch; shows the seconds left; keeps the server told. */
  function countdown(body) {
    var idle = parseInt(body.getAttribute("data-idle") || "0", 10);
    var box = document.getElementById("kiosk-countdown");
    var seconds = document.getElementById("kiosk-countdown-seconds");
    var warning = document.getElementById("kiosk-countdown-warning");
    var leave = document.getElementById("kiosk-sign-out");
    if (!(idle > 0) || !box || !seconds || !leave) { return; }
    var home = body.getAttribute("data-home") || "./";
    var deadline = Date.now() + idle * 1000;
    var lastTold = Date.now();
    var leaving = false;
    // the seconds in the language's digits (data-locale: platform/i18n/Numerals.java); by hand, as Chromium has
    // no Pashto and would drop the tag's digits for it
    var zero = { arab: 0x660, arabext: 0x6F0 }[((document.documentElement.getAttribute("data-locale") || "")
      .match(/-nu-([a-z]+)/) || [])[1]];
    function digits(n) {
      return String(n).replace(/[0-9]/g, function (d) { return zero ? String.fromCharCode(zero + Number(d)) : d; });
    }

    function show() {
      var left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      seconds.textContent = digits(left);
      var warn = left <= 10;
      box.classList.toggle("is-warning", warn);
      if (warning) { warning.hidden = !warn; }
      box.setAttribute("aria-live", warn ? "polite" : "off");
      if (left === 0 && !leaving) {
        leaving = true;
        leave.submit();
      }
    }

    function touched() {
      if (leaving) { return; }
      deadline = Date.now() + idle * 1000;
      show();
      // the server signs out on its own after the idle time: tell it someone is still here, now and then
      if (Date.now() - lastTold > 5000) {
        lastTold = Date.now();
        fetch(home + "alive", { method: "POST", credentials: "same-origin", cache: "no-store" })
          .then(function (answer) {
            if (answer.status === 410 || answer.redirected) { window.location.replace(home); }
          })
          .catch(function () { /* offline for a moment: the countdown still runs */ });
      }
    }

    // real input only: a "scroll" event also comes from the page moving by itself (the warning showing up shifts the
    // layout), which would count as a touch and keep the learner signed in for ever
    ["pointerdown", "keydown", "touchstart", "wheel"].forEach(function (type) {
      document.addEventListener(type, touched, { capture: true, passive: true });
    });
    show();
    window.setInterval(show, 250);
  }

  /** The big keypad types into the PIN field. */
  function keypad() {
    var field = document.getElementById("pin");
    if (!field) { return; }
    document.querySelectorAll("[data-key]").forEach(function (key) {
      key.addEventListener("click", function () {
        var value = key.getAttribute("data-key");
        if (value === "erase") {
          field.value = field.value.slice(0, -1);
        } else if (field.value.length < 6) {
          field.value += value;
        }
        field.focus();
      });
    });
  }

  /** "Scan my card": the camera reads the card's QR code, which is put in the code field and sent. */
  function scanner() {
    var button = document.getElementById("kiosk-scan-start");
    var video = document.getElementById("kiosk-video");
    var field = document.getElementById("code");
    var send = document.getElementById("next");
    var problem = document.getElementById("kiosk-scan-problem");
    if (!button || !video || !field || !send || !window.FfitScan) { return; }
    button.addEventListener("click", function () {
      problem.hidden = true;
      video.hidden = false;
      button.disabled = true;
      window.FfitScan.start(video, function (text) {
        video.hidden = true;
        field.value = text;
        send.click();
      }, function (kind) {
        video.hidden = true;
        button.disabled = false;
        problem.textContent = button.getAttribute("data-problem-" + kind) || kind;
        problem.hidden = false;
      });
    });
  }

  ready(function () {
    // a kiosk has no menu to leave it through
    document.addEventListener("contextmenu", function (event) { event.preventDefault(); });
    countdown(document.body);
    keypad();
    codeCheck();
    scanner();
  });
})();
