// Fineprint: two small enhancements. Every page works without this file.
(function () {
  'use strict';

  // Document viewer: the passage named in the address (#point-N) is highlighted in all its pieces
  // and brought to the middle of the screen when it fits there.
  function highlightTarget() {
    document.querySelectorAll('mark.current').forEach(function (m) { m.classList.remove('current'); });
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target || !target.dataset.q) return;
    var pieces = document.querySelectorAll('mark.' + CSS.escape(target.dataset.q));
    pieces.forEach(function (m) { m.classList.add('current'); });
    var first = pieces[0].getBoundingClientRect(), last = pieces[pieces.length - 1].getBoundingClientRect();
    if (last.bottom - first.top < window.innerHeight * 0.8) {
      pieces[0].scrollIntoView({block: 'center'});
    }
  }
  window.addEventListener('hashchange', highlightTarget);
  document.addEventListener('DOMContentLoaded', highlightTarget);

  // Compare picker: go straight to the canonical comparison address (the server would redirect there).
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.classList || !form.classList.contains('compare-form')) return;
    var slugs = Array.from(form.querySelectorAll('input[name=a], select')).map(function (f) { return f.value; })
      .filter(function (v) { return v; });
    if (slugs.length < 2 || new Set(slugs).size !== slugs.length) return;
    event.preventDefault();
    location.href = form.getAttribute('action') + '/' + slugs.sort().join('-vs-');
  });
})();
