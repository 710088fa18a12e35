/* thi-dua-site: every page already links to its twin in the other language (mapped at build
   time). Material would otherwise download "sitemap.xml" next to each rel=alternate link on
   every page view, which costs visitors data and, in previews, reaches the production host.
   Those look-ups fail here at once, without a request; Material then keeps our links as they are. */
(function () {
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.tdsSkip = /\/sitemap\.xml$/.test(String(url).split(/[?#]/)[0]);
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var request = this;
    if (!request.tdsSkip) {
      return send.apply(request, arguments);
    }
    setTimeout(function () { request.dispatchEvent(new ProgressEvent("error")); }, 0);
  };
})();
