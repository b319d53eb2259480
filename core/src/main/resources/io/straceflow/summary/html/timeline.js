// The timeline's zoom (drag across the plot; "zoom out", "reset zoom") and the filter box over the tables, the
// process tree and the timeline's lanes. The calls are laid out as io.straceflow.summary.html.TimelineLayout does,
// in the same steps, order and arithmetic, so "reset zoom" draws the picture the page was served with. Everything
// from the trace goes into the page as text (textContent), never as markup.
(function () {
  "use strict";
  var svgElement = document.querySelector("svg.timeline");
  var NS = svgElement ? svgElement.namespaceURI : null; // the page names no address, not even SVG's namespace
  var timeline = setUpTimeline(svgElement);
  setUpFilter(document.getElementById("filter"));

  function duration(us) {
    if (us < 1000) {
      return Math.round(us) + " µs";
    }
    if (us < 1000000) {
      return (us / 1000).toFixed(1) + " ms";
    }
    return (us / 1000000).toFixed(2) + " s";
  }

  function num(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  }

  function element(name, attributes, parent) {
    var e = document.createElementNS(NS, name);
    Object.keys(attributes).forEach(function (k) {
      e.setAttribute(k, attributes[k]);
    });
    if (parent) {
      parent.appendChild(e);
    }
    return e;
  }

  function setUpTimeline(svg) {
    if (!svg) {
      return null;
    }
    var g = svg.getAttribute("data-geometry").split(" ").map(Number);
    var WIDTH = g[0], LABEL = g[1], RIGHT = g[2], AXIS = g[3], ROW = g[4], BAR = g[5], PAD = g[6], LANE = g[7];
    var MIN_WIDTH = g[8], MAX_BARS = g[9], TICK_ROOM = g[10];
    var PLOT = WIDTH - LABEL - RIGHT;
    var span = Number(svg.getAttribute("data-span"));
    var timed = svg.getAttribute("data-timed") === "true";
    var tools = svg.previousElementSibling;
    var brush = svg.querySelector("rect.brush");
    var lanes = Array.prototype.map.call(svg.querySelectorAll("g.lane"), function (el) {
      var calls = el.querySelector("g.calls");
      return {
        el: el,
        calls: calls,
        band: el.querySelector("rect.band"),
        proc: el.querySelector("rect.proc"),
        label: el.querySelector("text").textContent,
        filterText: (el.getAttribute("data-filter") || "").toLowerCase(),
        groups: parse(calls.getAttribute("data-spans")),
        hidden: false
      };
    });
    var view = { w0: 0, w1: span };

    // "op:start,end,calls,busy,...;op:..." (µs since the start) -> [{op, spans: [numbers]}]
    function parse(text) {
      if (!text) {
        return [];
      }
      return text.split(";").map(function (part) {
        var colon = part.indexOf(":");
        return { op: part.slice(0, colon), spans: part.slice(colon + 1).split(",").map(Number) };
      });
    }

    // TimelineLayout.layOut: the smallest gap 1, 2, 4, ... that keeps the bars at most MAX_BARS
    function layOut(w0, w1, shown) {
      w1 = Math.max(w0 + 1, w1);
      var usPerUnit = (w1 - w0) / PLOT;
      var x = function (us) {
        return LABEL + (us - w0) / usPerUnit;
      };
      for (var gap = MIN_WIDTH; ; gap *= 2) {
        var count = 0;
        var out = shown.map(function (lane) {
          return pack(lane.groups.map(function (group) {
            var b = bars(group, gap, w0, w1, x);
            count += b.length;
            return b;
          }));
        });
        if (count <= MAX_BARS || gap > (w1 - w0) / usPerUnit) {
          return { lanes: out, gap: gap, bars: count, usPerUnit: usPerUnit, x: x, w0: w0, w1: w1 };
        }
      }
    }

    // TimelineLayout.bars
    function bars(group, gap, w0, w1, x) {
      var s = group.spans;
      var out = [];
      var open = false;
      var bx = 0, bx2 = 0, bs = 0, be = 0, calls = 0, busy = 0;
      function close() {
        out.push({ op: group.op, x: bx, end: Math.max(bx2, bx + MIN_WIDTH), s: bs, e: be, calls: calls, busy: busy });
      }
      for (var i = 0; i + 3 < s.length; i += 4) {
        var start = s[i];
        var end = s[i + 1];
        if (end < w0 || start > w1) {
          continue;
        }
        start = Math.max(start, w0);
        end = Math.min(end, w1);
        var sx = x(start);
        var ex = x(end);
        if (open && sx < bx2 + gap) {
          bx2 = Math.max(bx2, ex);
          be = Math.max(be, end);
          calls += s[i + 2];
          busy += s[i + 3];
          continue;
        }
        if (open) {
          close();
        }
        open = true;
        bx = sx;
        bx2 = ex;
        bs = start;
        be = end;
        calls = s[i + 2];
        busy = s[i + 3];
      }
      if (open) {
        close();
      }
      return out;
    }

    // TimelineLayout.pack: groups by their first bar (stable), each into the first row where it fits
    function pack(groups) {
      var order = groups.filter(function (b) {
        return b.length > 0;
      });
      order.sort(function (a, b) {
        return a[0].x - b[0].x;
      });
      var rows = [];
      order.forEach(function (group) {
        var r = 0;
        while (r < rows.length && !fits(rows[r], group)) {
          r++;
        }
        rows[r] = r === rows.length ? group : merge(rows[r], group);
      });
      return rows;
    }

    function fits(row, group) {
      var i = 0;
      for (var k = 0; k < group.length; k++) {
        var b = group[k];
        while (i < row.length && row[i].end <= b.x) {
          i++;
        }
        if (i < row.length && row[i].x < b.end) {
          return false;
        }
      }
      return true;
    }

    function merge(a, b) {
      var out = [];
      var i = 0, j = 0;
      while (i < a.length || j < b.length) {
        if (j === b.length || (i < a.length && a[i].x <= b[j].x)) {
          out.push(a[i++]);
        } else {
          out.push(b[j++]);
        }
      }
      return out;
    }

    // Timeline.round
    function round(v) {
      return Math.round(v * 1000) / 1000;
    }

    // Timeline.title
    function title(b, label) {
      return label + ": " + b.op + ", " + num(b.calls) + (b.calls === 1 ? " call" : " calls")
        + (timed ? ", " + duration(b.busy) + " in " + (b.calls === 1 ? "it" : "them") : "")
        + ", +" + duration(b.s) + (b.e > b.s ? " … +" + duration(b.e) : "");
    }

    // Timeline.step and Timeline.tick
    function step(width) {
      var st = 1;
      for (var k = 0; Math.floor(width / st) > 8; k++) {
        st = k % 3 === 1 ? st / 2 * 5 : st * 2;
      }
      return st;
    }

    function tick(t, st) {
      if (t === 0) {
        return "0";
      }
      var unit = t >= 1000000 ? 1000000 : t >= 1000 ? 1000 : 1;
      var name = unit === 1000000 ? "s" : unit === 1000 ? "ms" : "µs";
      var decimals = 0;
      for (var u = unit; u > st && decimals < 6; u /= 10) {
        decimals++;
      }
      return "+" + (t / unit).toFixed(decimals) + " " + name;
    }

    function axis(layout, height) {
      var old = svg.querySelector("g.axis");
      var group = element("g", { "class": "axis" });
      var st = step(layout.w1 - layout.w0);
      for (var t = Math.ceil(layout.w0 / st) * st; t <= layout.w1; t += st) {
        var x = layout.x(t);
        var at = x.toFixed(2);
        element("line", { "class": "grid", x1: at, y1: AXIS - 6, x2: at, y2: height }, group);
        var anchor = x < LABEL + TICK_ROOM ? "start" : x > WIDTH - RIGHT - TICK_ROOM ? "end" : "middle";
        element("text", { x: at, y: AXIS - 10, "text-anchor": anchor }, group).textContent = tick(t, st);
      }
      svg.replaceChild(group, old);
    }

    function draw() {
      var shown = lanes.filter(function (lane) {
        return !lane.hidden;
      });
      var layout = layOut(view.w0, view.w1, shown);
      var y = AXIS;
      lanes.forEach(function (lane) {
        lane.el.classList.toggle("filtered", lane.hidden);
      });
      shown.forEach(function (lane, i) {
        var rows = layout.lanes[i];
        var height = Math.max(LANE, 2 * PAD + rows.length * ROW);
        lane.el.setAttribute("transform", "translate(0," + y + ")");
        lane.band.setAttribute("height", height);
        lane.band.classList.toggle("odd", i % 2 === 1);
        var ps = Number(lane.proc.getAttribute("data-start"));
        var pe = Number(lane.proc.getAttribute("data-end"));
        if (pe < layout.w0 || ps > layout.w1) {
          lane.proc.setAttribute("visibility", "hidden");
        } else {
          var px = layout.x(Math.max(ps, layout.w0));
          lane.proc.removeAttribute("visibility");
          lane.proc.setAttribute("x", px.toFixed(2));
          lane.proc.setAttribute("width", Math.max(MIN_WIDTH, layout.x(Math.min(pe, layout.w1)) - px).toFixed(2));
        }
        lane.proc.setAttribute("height", height - 2);
        while (lane.calls.firstChild) {
          lane.calls.removeChild(lane.calls.firstChild);
        }
        rows.forEach(function (row, r) {
          var g = element("g", { "class": "row", "data-row": r }, lane.calls);
          row.forEach(function (b) {
            var x = round(b.x);
            var rect = element("rect", {
              "class": "bar op-" + b.op,
              x: x.toFixed(3),
              y: PAD + r * ROW + Math.floor((ROW - BAR) / 2), // as Java divides ints
              width: (round(b.end) - x).toFixed(3),
              height: BAR
            }, g);
            element("title", {}, rect).textContent = title(b, lane.label);
          });
        });
        y += height;
      });
      var height = y + 4;
      svg.setAttribute("viewBox", "0 0 " + WIDTH + " " + height);
      brush.setAttribute("height", height);
      axis(layout, height);
      var zoomed = view.w0 > 0 || view.w1 < span;
      tools.querySelector(".window").textContent = zoomed
        ? "showing +" + duration(view.w0) + " … +" + duration(view.w1) + " of " + duration(span)
        : "showing the whole run (" + duration(span) + ")";
      svg.setAttribute("data-window", view.w0 + " " + view.w1);
    }

    function zoom(w0, w1) {
      w0 = Math.max(0, Math.round(w0));
      w1 = Math.min(span, Math.round(w1));
      if (w1 - w0 < 10) {
        var mid = Math.round((w0 + w1) / 2);
        w0 = Math.max(0, mid - 5);
        w1 = Math.min(span, w0 + 10);
      }
      view.w0 = w0;
      view.w1 = w1;
      draw();
    }

    function svgX(e) {
      var p = svg.createSVGPoint();
      p.x = e.clientX;
      p.y = e.clientY;
      return p.matrixTransform(svg.getScreenCTM().inverse()).x;
    }

    function clampX(x) {
      return Math.min(WIDTH - RIGHT, Math.max(LABEL, x));
    }

    var from = null;
    svg.addEventListener("mousedown", function (e) {
      var x = svgX(e);
      if (e.button !== 0 || x < LABEL) {
        return; // the labels link to the tree
      }
      from = clampX(x);
      brush.setAttribute("x", from);
      brush.setAttribute("width", 0);
      brush.setAttribute("visibility", "visible");
      e.preventDefault();
    });
    window.addEventListener("mousemove", function (e) {
      if (from !== null) {
        var x = clampX(svgX(e));
        brush.setAttribute("x", Math.min(from, x));
        brush.setAttribute("width", Math.abs(x - from));
      }
    });
    window.addEventListener("mouseup", function (e) {
      if (from === null) {
        return;
      }
      var a = Math.min(from, clampX(svgX(e)));
      var b = Math.max(from, clampX(svgX(e)));
      from = null;
      brush.setAttribute("visibility", "hidden");
      if (b - a >= 3) {
        var usPerUnit = (view.w1 - view.w0) / PLOT;
        zoom(view.w0 + (a - LABEL) * usPerUnit, view.w0 + (b - LABEL) * usPerUnit);
      }
    });
    tools.querySelector("[data-zoom=reset]").addEventListener("click", function () {
      zoom(0, span);
    });
    tools.querySelector("[data-zoom=out]").addEventListener("click", function () {
      var width = view.w1 - view.w0;
      var w0 = Math.max(0, view.w0 - width / 2);
      var w1 = Math.min(span, w0 + 2 * width);
      zoom(Math.max(0, w1 - 2 * width), w1);
    });
    tools.hidden = false;
    tools.querySelector(".window").textContent = "showing the whole run (" + duration(span) + ")";

    return {
      // shows only the lanes whose process (pid, program, arguments) contains the text; "" shows all
      filter: function (text) {
        var shown = 0;
        lanes.forEach(function (lane) {
          lane.hidden = text !== "" && lane.filterText.indexOf(text) < 0;
          shown += lane.hidden ? 0 : 1;
        });
        draw();
        return shown + " of " + lanes.length + " timeline lanes";
      }
    };
  }

  function setUpFilter(box) {
    if (!box) {
      return;
    }
    box.parentNode.hidden = false;
    var count = box.parentNode.querySelector(".count");
    box.addEventListener("input", function () {
      var text = box.value.trim().toLowerCase();
      var counts = ["paths", "files", "network"].map(function (id) {
        return filterRows(id, text);
      }).filter(Boolean);
      counts.push(filterTree(text));
      if (timeline) {
        counts.push(timeline.filter(text));
      }
      count.textContent = text === "" ? "" : counts.join(", ");
    });
  }

  // hides the rows of the section's table that do not contain the text
  function filterRows(section, text) {
    var rows = document.querySelectorAll("#" + section + " table tbody tr");
    var shown = 0;
    Array.prototype.forEach.call(rows, function (row) {
      var hide = text !== "" && row.textContent.toLowerCase().indexOf(text) < 0;
      row.classList.toggle("filtered", hide);
      shown += hide ? 0 : 1;
    });
    return rows.length ? shown + " of " + rows.length + " rows in " + section : "";
  }

  // a process stays in the tree when it or one of its descendants contains the text
  function filterTree(text) {
    var items = Array.prototype.slice.call(document.querySelectorAll("ul.tree li")).reverse();
    var shown = 0;
    items.forEach(function (li) {
      var own = li.querySelector(":scope > details > summary, :scope > div.leaf");
      var keep = text === "" || (own && own.textContent.toLowerCase().indexOf(text) >= 0)
        || li.querySelector("li:not(.filtered)") !== null;
      li.classList.toggle("filtered", !keep);
      shown += keep ? 1 : 0;
    });
    return shown + " of " + items.length + " processes";
  }
})();
