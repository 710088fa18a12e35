/* thi-dua-site: behaviour added to Material's pages, in one file to save requests. */

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

/* thi-dua-site: accessibility touches on elements Material creates at run time.
   - the search dialog gets a name (its input's label);
   - each table Material wraps in a scrolling box becomes reachable by keyboard and is named
     after the heading above it, so phone users can scroll it without a mouse. */
(function () {
  function nameSearch() {
    var dialog = document.querySelector(".md-search[role=dialog]");
    var input = document.querySelector(".md-search__input");
    if (dialog && input && !dialog.hasAttribute("aria-label")) {
      dialog.setAttribute("aria-label", input.getAttribute("aria-label"));
    }
  }
  function headingBefore(element) {
    for (var node = element; node; node = node.previousElementSibling || node.parentElement) {
      if (/^H[1-6]$/.test(node.tagName)) { return node.textContent.replace("¶", "").trim(); }
    }
    return "";
  }
  function nameTables() {
    var boxes = document.querySelectorAll(".md-typeset__scrollwrap, .tds-table-scroll");
    Array.prototype.forEach.call(boxes, function (box, index) {
      if (box.hasAttribute("tabindex")) { return; }
      box.setAttribute("tabindex", "0");
      box.setAttribute("role", "region");
      box.setAttribute("aria-label", (headingBefore(box) || document.title) + " (" + (index + 1) + ")");
    });
  }
  function fix() { nameSearch(); nameTables(); }
  if (window.document$ && window.document$.subscribe) { window.document$.subscribe(fix); } else { fix(); }
})();

/* Share: the system share sheet where the browser has one, else copy the link. Without
   JavaScript it is a plain link to the page itself. */
(function () {
  Array.prototype.forEach.call(document.querySelectorAll("[data-tds-share]"), function (link) {
    link.addEventListener("click", function (event) {
      var url = window.location.href.split("#")[0];
      if (navigator.share) {
        event.preventDefault();
        navigator.share({ title: document.title, url: url }).catch(function () {});
      } else if (navigator.clipboard && navigator.clipboard.writeText) {
        event.preventDefault();
        navigator.clipboard.writeText(url).then(function () {
          var note = document.createElement("span");
          note.setAttribute("role", "status");
          note.className = "tds-share__done";
          note.textContent = " " + link.dataset.copied;
          link.parentNode.appendChild(note);
        });
      }
    });
  });
})();
