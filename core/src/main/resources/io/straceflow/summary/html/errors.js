
// Records script errors, failed loads and content the page's policy blocked in the page itself: the attribute
// data-page-errors of <html>, shown in a box at the top. A reader sees them without a console; the tests read them.
(function () {
  "use strict";
  var root = document.documentElement;
  function record(text) {
    var all = root.getAttribute("data-page-errors");
    root.setAttribute("data-page-errors", all ? all + "\n" + text : text);
    var box = document.getElementById("page-errors");
    if (box) {
      box.hidden = false;
      box.textContent = root.getAttribute("data-page-errors");
    }
  }
  window.addEventListener("error", function (e) {
    var what = e.message || (e.target && e.target.tagName ? e.target.tagName + " failed to load" : "unknown error");
    record("error: " + what);
  }, true);
  window.addEventListener("unhandledrejection", function (e) {
    record("unhandled rejection: " + e.reason);
  });
  document.addEventListener("securitypolicyviolation", function (e) {
    record("blocked by the page's policy: " + e.violatedDirective + " " + (e.blockedURI || ""));
  });
})();
