/* thi-dua-site: filters the campaign list by status, year and issuer. Without JavaScript the
   form stays hidden and the whole list shows. */
(function () {
  var form = document.querySelector("[data-tds-filter]");
  if (!form) { return; }
  var rows = Array.prototype.slice.call(document.querySelectorAll(".tds-campaigns tbody tr"));
  var count = form.querySelector(".tds-filter__count");
  function matches(row, status, year, issuer) {
    return (!status || row.dataset.status === status) &&
      (!year || row.dataset.years.split(" ").indexOf(year) >= 0) &&
      (!issuer || row.dataset.issuer === issuer);
  }
  function apply() {
    var shown = 0;
    rows.forEach(function (row) {
      var visible = matches(row, form.status.value, form.year.value, form.issuer.value);
      row.hidden = !visible;
      if (visible) { shown += 1; }
    });
    count.textContent = form.dataset.countTemplate.replace("{shown}", shown).replace("{total}", rows.length);
  }
  form.hidden = false;
  form.addEventListener("change", apply);
  apply();
})();
