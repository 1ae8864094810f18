// Makes plots interactive: a crosshair with the values under the pointer (read from the plot's
// hover bands, whose <title>s give them without script); drag across the plot to zoom in on an
// x range, drag a zoomed plot to pan, double-click to zoom out; click a legend entry (or press
// Enter on it) to hide or show its series. Pages are complete without it: the bands' titles
// still show values on hover.
document.querySelectorAll("svg.sgp-plot").forEach(function (svg) {
  var area = svg.querySelector(".sgp-area");
  if (!area) return;
  var NS = "http://www.w3.org/2000/svg";
  var box = area.viewBox.baseVal;
  var home = [box.x, box.width];
  var bands = [].map.call(area.querySelectorAll(".sgp-hover path"), function (path) {
    var title = path.querySelector("title");
    var text = title ? title.textContent : "";
    if (title) path.removeChild(title); // the readout replaces the native tooltip
    return { x: parseFloat(path.getAttribute("d").slice(1)), text: text };
  });
  svg.classList.add("sgp-scripted");
  var figure = svg.parentNode;
  if (getComputedStyle(figure).position === "static") figure.style.position = "relative";
  var readout = document.createElement("div");
  readout.className = "sgp-readout";
  readout.hidden = true;
  figure.appendChild(readout);
  var line = document.createElementNS(NS, "path");
  line.setAttribute("class", "sgp-crosshair");
  var selection = document.createElementNS(NS, "rect");
  selection.setAttribute("class", "sgp-selection");
  selection.setAttribute("y", box.y);
  selection.setAttribute("height", box.height);
  var dragStart = null;
  var panFrom = null;

  // The plot area's viewport on screen: its x and width within the root <svg>, whose units
  // are CSS pixels (an element's bounding box would include what overflows it).
  function areaRect() {
    return {
      left: svg.getBoundingClientRect().left + area.x.baseVal.value,
      width: area.width.baseVal.value,
    };
  }
  // The pointer's x in the plot area's coordinates.
  function areaX(event) {
    var rect = areaRect();
    return box.x + ((event.clientX - rect.left) / rect.width) * box.width;
  }
  function hide() {
    readout.hidden = true;
    if (line.parentNode) area.removeChild(line);
  }
  area.addEventListener("pointermove", function (event) {
    var x = areaX(event);
    if (panFrom !== null) {
      // Moved by the pointer's travel since it went down, in the area's units.
      var travel = (event.clientX - panFrom[0]) / areaRect().width;
      var left = panFrom[1] - travel * box.width;
      area.setAttribute("viewBox", [left, box.y, box.width, box.height].join(" "));
      box = area.viewBox.baseVal;
      return;
    }
    if (dragStart !== null) {
      selection.setAttribute("x", Math.min(x, dragStart));
      selection.setAttribute("width", Math.abs(x - dragStart));
      return;
    }
    var nearest = null;
    bands.forEach(function (band) {
      if (!nearest || Math.abs(band.x - x) < Math.abs(nearest.x - x)) nearest = band;
    });
    if (!nearest) return hide();
    line.setAttribute("d", "M" + nearest.x + " " + box.y + "v" + box.height);
    if (!line.parentNode) area.appendChild(line);
    readout.textContent = nearest.text.split(", ").join("\n");
    readout.hidden = false;
    var rect = figure.getBoundingClientRect();
    var left = event.clientX - rect.left + 12;
    if (left + readout.offsetWidth > figure.clientWidth) left -= readout.offsetWidth + 24;
    readout.style.left = Math.max(0, left) + "px";
    readout.style.top = event.clientY - rect.top + 12 + "px";
  });
  area.addEventListener("pointerleave", hide);
  area.addEventListener("pointerdown", function (event) {
    if (event.button !== 0) return;
    area.setPointerCapture(event.pointerId);
    if (svg.classList.contains("sgp-zoomed")) {
      panFrom = [event.clientX, box.x];
      hide();
      return;
    }
    dragStart = areaX(event);
    selection.setAttribute("width", 0);
    area.appendChild(selection);
  });
  area.addEventListener("pointerup", function (event) {
    panFrom = null;
    if (dragStart === null) return;
    var x = areaX(event);
    var low = Math.min(x, dragStart);
    var width = Math.abs(x - dragStart);
    dragStart = null;
    area.removeChild(selection);
    if (width * 50 < box.width) return; // a click, not a drag
    zoom(low, width);
  });
  area.addEventListener("dblclick", function () {
    zoom(home[0], home[1]);
  });
  // Zooming stretches the x range; the x tick labels no longer apply, so they hide (the
  // readout still gives each point's values).
  function zoom(x, width) {
    area.setAttribute("viewBox", [x, box.y, width, box.height].join(" "));
    box = area.viewBox.baseVal;
    svg.classList.toggle("sgp-zoomed", x !== home[0] || width !== home[1]);
    hide();
  }
  var traces = area.querySelectorAll(".sgp-trace");
  svg.querySelectorAll(".sgp-legend > g").forEach(function (entry, index) {
    entry.setAttribute("tabindex", "0");
    entry.setAttribute("role", "button");
    entry.setAttribute("aria-pressed", "true");
    function toggle() {
      var off = entry.classList.toggle("sgp-off");
      entry.setAttribute("aria-pressed", off ? "false" : "true");
      if (traces[index]) traces[index].classList.toggle("sgp-off", off);
    }
    entry.addEventListener("click", toggle);
    entry.addEventListener("keydown", function (event) {
      if (event.key !== "Enter" && event.key !== " ") return;
      event.preventDefault();
      toggle();
    });
  });
});
