/*
 * The header's two buttons on screens narrower than a tablet (campus.css hides them on wider ones): "Menu" and
 * the current language each open and close their list (aria-expanded on the button, class "open" on the list).
 * A tap outside an open list or Escape closes it; Escape gives the focus back to its button. The lists are plain
 * links, so without this script they simply stay open (campus.css folds them only under html.js).
 */
(function () {
  'use strict';

  function toggles() {
    return document.querySelectorAll('.header-toggle[aria-controls]');
  }

  function panel(button) {
    return document.getElementById(button.getAttribute('aria-controls'));
  }

  function isOpen(button) {
    return button.getAttribute('aria-expanded') === 'true';
  }

  function show(button, open) {
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
    panel(button).classList.toggle('open', open);
  }

  document.addEventListener('click', function (event) {
    var pressed = event.target.closest ? event.target.closest('.header-toggle[aria-controls]') : null;
    toggles().forEach(function (button) {
      if (button === pressed) {
        show(button, !isOpen(button));
      } else if (isOpen(button) && !panel(button).contains(event.target)) {
        show(button, false); // one list at a time; a tap elsewhere closes it
      }
    });
  });

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') {
      return;
    }
    toggles().forEach(function (button) {
      if (isOpen(button)) {
        show(button, false);
        button.focus();
      }
    });
  });
})();
