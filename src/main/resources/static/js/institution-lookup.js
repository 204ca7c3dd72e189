// The partner institution's lookup on the request form: choosing one of the Wikidata items the
// lookup lists fills in the item's id and shows its label and description beside it. Without this
// script (or without htmx) nothing is listed and the id is typed by hand.
(function () {
  'use strict';

  function chosen(button) {
    var qid = document.getElementById('partnerQid');
    var matches = document.getElementById('partnerQid-matches');
    var shown = document.getElementById('partnerQid-chosen');
    if (!qid) {
      return;
    }
    qid.value = button.getAttribute('data-qid');
    qid.dispatchEvent(new Event('change', { bubbles: true }));
    if (shown) {
      shown.querySelector('.institution-chosen__label').textContent = button.getAttribute('data-label') || '';
      shown.querySelector('.institution-chosen__description').textContent = button.getAttribute('data-description') || '';
      shown.hidden = false;
    }
    if (matches) {
      matches.replaceChildren();
    }
    qid.focus();
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest('#partnerQid-matches [data-qid]');
    if (button) {
      event.preventDefault();
      chosen(button);
    }
  });

  // an id typed by hand is no longer the item chosen
  document.addEventListener('input', function (event) {
    if (event.target.id === 'partnerQid') {
      var shown = document.getElementById('partnerQid-chosen');
      if (shown) {
        shown.hidden = true;
      }
    }
  });
})();
