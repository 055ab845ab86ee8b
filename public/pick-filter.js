// The optimizer's player picker: filter the rows by name/team and position in place. Hidden rows keep their
// checkboxes and numbers, so a lock chosen before searching is still sent with the form.
(function () {
  var search = document.getElementById('pick-search');
  var pos = document.getElementById('pick-pos');
  var chosen = document.getElementById('pick-chosen');
  var count = document.getElementById('pick-count');
  if (!search || !pos) return;
  var rows = Array.prototype.slice.call(document.querySelectorAll('table.pick tbody tr'));
  function isChosen(row) {
    return Array.prototype.some.call(row.querySelectorAll('input'), function (i) { return i.type === 'checkbox' ? i.checked : i.value !== ''; });
  }
  function apply() {
    var words = search.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    var p = pos.value;
    var shown = 0;
    rows.forEach(function (row) {
      var name = row.getAttribute('data-name') || '';
      var ok = words.every(function (w) { return name.indexOf(w) !== -1; })
        && (!p || (' ' + (row.getAttribute('data-pos') || '') + ' ').indexOf(' ' + p + ' ') !== -1)
        && (!chosen || !chosen.checked || isChosen(row));
      row.hidden = !ok;
      if (ok) shown++;
    });
    if (count) count.textContent = shown + ' of ' + rows.length + ' players';
  }
  search.addEventListener('input', apply);
  pos.addEventListener('change', apply);
  if (chosen) chosen.addEventListener('change', apply);
  // Typed before this deferred script ran (a long pool is still parsing while the search box is usable): apply now.
  if (search.value || pos.value) apply();
  // Enter in the search box filters; it must not submit the rules form.
  search.addEventListener('keydown', function (e) { if (e.key === 'Enter') { e.preventDefault(); apply(); } });
})();
