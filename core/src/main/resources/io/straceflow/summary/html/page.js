
// Click a column header to sort its table (again to reverse). Marks the page rendered at the end
// (<body data-rendered="ok">): the tests check that this script ran to its end.
(function () {
  "use strict";
  function value(cell) {
    var v = cell.getAttribute("data-v");
    return v === null ? cell.textContent : Number(v);
  }
  function sort(table, column, header) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var descending = header.getAttribute("aria-sort") !== "descending";
    rows.sort(function (a, b) {
      var x = value(a.cells[column]);
      var y = value(b.cells[column]);
      var c = x < y ? -1 : x > y ? 1 : 0;
      return descending ? -c : c;
    });
    Array.prototype.forEach.call(header.parentNode.cells, function (h) {
      h.removeAttribute("aria-sort");
    });
    header.setAttribute("aria-sort", descending ? "descending" : "ascending");
    rows.forEach(function (r) {
      body.appendChild(r);
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, column) {
      header.tabIndex = 0;
      header.title = "sort by " + header.textContent;
      header.addEventListener("click", function () {
        sort(table, column, header);
      });
      header.addEventListener("keydown", function (e) {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          sort(table, column, header);
        }
      });
    });
  });
  document.body.setAttribute("data-rendered", "ok");
})();
