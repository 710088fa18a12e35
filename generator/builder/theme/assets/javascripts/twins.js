/* thi-dua-site: runs before Material's bundle, and answers two of the requests it makes.

   1. Every page already links to its twin in the other language (mapped at build time).
      Material would otherwise download "sitemap.xml" next to each rel=alternate link on every
      page view, which costs visitors data and, in previews, reaches the production host. Those
      look-ups fail here at once, without a request; Material then keeps our links as they are.
   2. Material downloads the search index on every first visit, before anyone searches: on a
      province's site it is most of a visit's bytes (BENCHMARKS.md). The request is held until the
      visitor shows they want to search (the search field gets focus, search opens, or one of its
      keys is pressed: f, s, /), or the address asks to highlight what they searched for (?h=). */
(function () {
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  var held = [];
  var searching = /[?&]h=/.test(location.search);

  function startSearch() {
    if (searching) { return; }
    searching = true;
    held.splice(0).forEach(function (request) { send.apply(request.xhr, request.args); });
  }

  XMLHttpRequest.prototype.open = function (method, url) {
    var path = String(url).split(/[?#]/)[0];
    this.tdsSkip = /\/sitemap\.xml$/.test(path);
    this.tdsSearchIndex = /\/search\/search_index\.json$/.test(path);
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var request = this;
    if (request.tdsSkip) {
      setTimeout(function () { request.dispatchEvent(new ProgressEvent("error")); }, 0);
      return;
    }
    if (request.tdsSearchIndex && !searching) {
      held.push({xhr: request, args: arguments});
      return;
    }
    return send.apply(request, arguments);
  };

  function within(event, selector) {
    return event.target instanceof Element && event.target.closest(selector) !== null;
  }
  document.addEventListener("focusin", function (event) {
    if (within(event, "form[name=search]")) { startSearch(); }
  }, true);
  document.addEventListener("click", function (event) {
    if (within(event, "label[for=__search]")) { startSearch(); }
  }, true);
  document.addEventListener("change", function (event) {
    if (event.target instanceof Element && event.target.id === "__search") { startSearch(); }
  }, true);
  document.addEventListener("keydown", function (event) {
    if (event.key === "f" || event.key === "s" || event.key === "/") { startSearch(); }
  }, true);
})();
