// Site search: a box in the page header, added by this script (a page read without script shows
// none), over the index sitegen writes as search-index.js at the site's root. It works from
// file:// and any static host: the index is a script, loaded on first use, not a fetched file.
// Keys: "/" focuses the box, arrows move through the results, Enter opens one, Escape closes.
(function () {
  "use strict";
  var header = document.querySelector(".site-header");
  var self = document.currentScript;
  if (!header || !self || !self.src) return;
  var root = new URL("..", self.src);
  var MAX_RESULTS = 10, PER_PAGE = 4, SNIPPET = 160;
  var word = /[\p{L}\p{N}_]/u;

  function element(name, attributes, text) {
    var node = document.createElement(name);
    for (var key in attributes) node.setAttribute(key, attributes[key]);
    if (text) node.textContent = text;
    return node;
  }

  var box = element("div", { class: "site-search", role: "search" });
  var label = element("label", { for: "site-search-input", class: "visually-hidden" }, "Search this site");
  var input = element("input", {
    id: "site-search-input", type: "search", placeholder: "Search", autocomplete: "off",
    spellcheck: "false", role: "combobox", "aria-autocomplete": "list", "aria-expanded": "false",
    "aria-controls": "site-search-results", "aria-keyshortcuts": "/"
  });
  var key = element("kbd", { class: "site-search-key", "aria-hidden": "true" }, "/");
  var panel = element("div", { class: "site-search-panel" });
  var list = element("ul", { id: "site-search-results", role: "listbox", "aria-label": "Search results" });
  var none = element("p", { class: "site-search-none" }, "No results");
  var status = element("p", { class: "visually-hidden", role: "status", "aria-live": "polite" });
  panel.hidden = true;
  panel.append(list, none);
  box.append(label, input, key, panel, status);
  header.appendChild(box);

  var sections = null, loading = false, results = [], active = -1;

  // Lowercase without changing the length, so that positions found in the lowercase text hold in
  // the text itself (a character whose lowercase is longer stays as it is).
  function lower(text) {
    var folded = text.toLowerCase();
    if (folded.length === text.length) return folded;
    return Array.from(text, function (c) {
      var l = c.toLowerCase();
      return l.length === c.length ? l : c;
    }).join("");
  }

  function load() {
    if (sections || loading) return;
    loading = true;
    var script = element("script", { src: new URL("search-index.js", root).href });
    script.onload = function () {
      var index = window.sitegenSearchIndex;
      sections = [];
      if (index && index.pages) index.pages.forEach(function (page, pageNumber) {
        page.sections.forEach(function (s, sectionNumber) {
          sections.push({
            page: page, pageNumber: pageNumber, anchor: s[0], heading: s[1], text: s[2],
            // The text above the first heading is titled by the page's own title.
            headingLower: lower(sectionNumber === 0 && !s[0] ? page.title : s[1]),
            titleLower: lower(page.title), textLower: lower(s[2]), order: sections.length
          });
        });
      });
      update();
    };
    script.onerror = function () {
      sections = [];
      none.textContent = "The search index could not be loaded.";
      update();
    };
    document.head.appendChild(script);
  }

  // The positions where `term` starts a word of `text` (any position when the term starts with
  // punctuation), and whether each is a whole word.
  function occurrences(text, term) {
    var found = [], at = text.indexOf(term), bounded = word.test(term.charAt(0));
    while (at >= 0) {
      if (!bounded || at === 0 || !word.test(text.charAt(at - 1))) {
        var after = text.charAt(at + term.length);
        found.push({ at: at, whole: !after || !word.test(after) });
      }
      at = text.indexOf(term, at + 1);
    }
    return found;
  }

  // A section's score: the query words in its heading count most, then those in its page's title,
  // then how often they occur in its text; null when a word is missing from all three.
  function score(section, terms) {
    var heading = 0, title = 0, body = 0;
    for (var i = 0; i < terms.length; i++) {
      var inHeading = occurrences(section.headingLower, terms[i]).length > 0;
      var inTitle = occurrences(section.titleLower, terms[i]).length > 0;
      var weight = 0;
      occurrences(section.textLower, terms[i]).forEach(function (o) { weight += o.whole ? 1 : 0.5; });
      if (!inHeading && !inTitle && !weight) return null;
      heading += inHeading ? 1 : 0;
      title += inTitle ? 1 : 0;
      body += Math.log(1 + weight);
    }
    return heading * 1e6 + title * 1e3 + Math.min(body * 10, 999);
  }

  function search(query) {
    var terms = lower(query).split(/\s+/).map(function (t) {
      return t.replace(/^["'“‘(,;]+|["'”’),;.:?]+$/g, "");
    }).filter(Boolean);
    if (!terms.length || !sections) return [];
    var scored = [];
    sections.forEach(function (section) {
      var value = score(section, terms);
      if (value !== null) scored.push({ section: section, score: value });
    });
    scored.sort(function (a, b) { return b.score - a.score || a.section.order - b.section.order; });
    var perPage = {}, chosen = [];
    for (var i = 0; i < scored.length && chosen.length < MAX_RESULTS; i++) {
      var n = scored[i].section.pageNumber;
      perPage[n] = (perPage[n] || 0) + 1;
      if (perPage[n] <= PER_PAGE) chosen.push({ section: scored[i].section, terms: terms });
    }
    return chosen;
  }

  // A short passage of the section's text where most of the query's words occur close together
  // (the first such place), with every query word in it marked.
  function snippet(section, terms) {
    var text = section.text, hits = [], first = -1, best = 0;
    terms.forEach(function (t, n) {
      occurrences(section.textLower, t).forEach(function (o) {
        hits.push({ at: o.at, end: o.at + t.length, term: n });
      });
    });
    hits.sort(function (a, b) { return a.at - b.at || b.end - a.end; });
    hits.forEach(function (hit, i) {
      var seen = {}, count = 0;
      for (var j = i; j < hits.length && hits[j].end - hit.at <= SNIPPET * 2 / 3; j++) {
        if (!seen[hits[j].term]) { seen[hits[j].term] = true; count++; }
      }
      if (count > best) { best = count; first = hit.at; }
    });
    var start = 0;
    if (first > SNIPPET / 3) {
      start = text.indexOf(" ", first - SNIPPET / 3) + 1;
      if (start <= 0 || start > first) start = first;
    }
    var end = Math.min(text.length, start + SNIPPET);
    if (end < text.length) {
      var space = text.lastIndexOf(" ", end);
      if (space > first && space > start) end = space;
    }
    var fragment = document.createDocumentFragment(), position = start;
    if (start > 0) fragment.append("… ");
    hits.forEach(function (hit) {
      if (hit.at < position || hit.end > end) return;
      fragment.append(text.slice(position, hit.at), element("mark", {}, text.slice(hit.at, hit.end)));
      position = hit.end;
    });
    fragment.append(text.slice(position, end));
    if (end < text.length) fragment.append(" …");
    return fragment;
  }

  function link(section) {
    return new URL(section.page.url + (section.anchor ? "#" + section.anchor : ""), root).href;
  }

  function show() {
    list.textContent = "";
    results.forEach(function (result, i) {
      var section = result.section;
      var option = element("li", { id: "site-search-option-" + i, role: "option", "aria-selected": "false" });
      var a = element("a", { href: link(section), tabindex: "-1" });
      var where = element("span", { class: "site-search-where" }, section.page.title);
      if (section.heading) where.append(element("span", { class: "site-search-heading" }, " › " + section.heading));
      a.append(where, element("span", { class: "site-search-snippet" }));
      a.lastChild.append(snippet(section, result.terms));
      option.appendChild(a);
      option.addEventListener("mousemove", function () { if (active !== i) select(i); });
      list.appendChild(option);
    });
    var open = input.value.trim() !== "" && sections !== null;
    none.hidden = results.length > 0;
    panel.hidden = !open;
    input.setAttribute("aria-expanded", String(open));
    status.textContent = open ? (results.length ? results.length + (results.length === 1 ? " result" : " results") : "No results") : "";
    active = -1;
    input.removeAttribute("aria-activedescendant");
  }

  function select(i) {
    var options = list.querySelectorAll("[role=option]");
    if (!options.length) return;
    active = (i + options.length) % options.length;
    options.forEach(function (option, n) { option.setAttribute("aria-selected", String(n === active)); });
    input.setAttribute("aria-activedescendant", options[active].id);
    options[active].scrollIntoView({ block: "nearest" });
  }

  function close() {
    panel.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function update() {
    results = search(input.value);
    show();
  }

  input.addEventListener("focus", load);
  input.addEventListener("input", function () { load(); update(); });
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (panel.hidden && input.value.trim()) update();
      select(active < 0 && event.key === "ArrowUp" ? -1 : active + (event.key === "ArrowDown" ? 1 : -1));
    } else if (event.key === "Enter") {
      if (!results.length || panel.hidden) return;
      event.preventDefault();
      location.href = link(results[Math.max(active, 0)].section);
      close();
    } else if (event.key === "Escape") {
      event.preventDefault();
      if (!panel.hidden) close();
      else if (input.value) { input.value = ""; update(); }
      else input.blur();
    }
  });
  box.addEventListener("focusout", function (event) {
    if (!box.contains(event.relatedTarget)) close();
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    var target = event.target;
    if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
})();
