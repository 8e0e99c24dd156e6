/*
 * A date field's calendar button gets its name in the user's language (PrimeFaces gives it an English label and
 * a hidden text "ui-button" that does not match it, which axe reports as a label/content mismatch).
 *
 * The summary of a refused form names the fields with a message, each a link: following it puts the focus into
 * that field (a date field's input, a menu's focus element), not only scrolls to its frame.
 */
(function () {
  'use strict';
  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('.form-errors a[data-field]') : null;
    var field = link ? document.getElementById(link.getAttribute('data-field')) : null;
    if (!field) {
      return;
    }
    var input = field.matches('input, select, textarea') ? field
        : field.querySelector('input:not([type=hidden]):not([aria-hidden=true]), select, textarea, [tabindex="0"]');
    event.preventDefault();
    field.scrollIntoView({block: 'center'});
    (input || field).focus();
  });

  function nameCalendarButtons() {
    document.querySelectorAll('.ui-datepicker-trigger').forEach(function (button) {
      var field = button.closest('[data-calendar]');
      var text = button.querySelector('.ui-button-text');
      if (text && text.textContent) {
        text.textContent = '';
      }
      if (field && button.getAttribute('aria-label') !== field.getAttribute('data-calendar')) {
        button.setAttribute('aria-label', field.getAttribute('data-calendar'));
      }
    });
  }
  nameCalendarButtons();
  document.addEventListener('DOMContentLoaded', nameCalendarButtons);
  // dialogs and Ajax updates bring new date fields
  new MutationObserver(function (changes) {
    if (changes.some(function (c) { return c.addedNodes.length; })) {
      nameCalendarButtons();
    }
  }).observe(document.body, {childList: true, subtree: true});
}());
