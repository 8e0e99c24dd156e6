/*
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
}());
