#!/usr/bin/env python3
"""Loads every page of a built site in headless Chromium and fails on console errors, failed
resource loads or a blank render; saves a PNG screenshot of each page. Then loads every page
again at 390 px and 1280 px wide, each in light, dark and print (emulated media), saves a
screenshot of each, and measures its figures: the smallest rendered figure text (each SVG text's
computed font size times its rendered-to-user-space scale, from getBoundingClientRect and
getBBox) must be at least 11 px at 390 px and 12 px at 1280 px (but for a computation graph
printed, which is scaled to fit the paper); a braille plot's top and bottom
rules must end within 1 px of its side borders; no figure but a computation graph may scroll
sideways, nor the page itself. Each --search QUERY=PAGE
then types QUERY into the site's search box, from file://, and fails unless the first result is
PAGE (a path in the site) and the keyboard reaches it: "/" focuses the box, the down arrow
selects the first result, Enter opens it, Escape closes the results.

    browser_check.py SITE_FOLDER SCREENSHOT_FOLDER [--search QUERY=PAGE ...]

Speaks the DevTools protocol over --remote-debugging-pipe (file descriptors 3 and 4, messages
ended by NUL), with the standard library only.
"""

import base64
import fcntl
import json
import mimetypes
import os
import pathlib
import select
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree
import zlib

WIDTH, HEIGHT = 1280, 900
# The layouts measured: (viewport width, smallest figure text allowed in CSS px).
LAYOUTS = ((390, 11.0), (1280, 12.0))
SCHEMES = ("light", "dark", "print")
# The tallest screenshot taken, in CSS pixels; a longer page is cut there.
MAX_SCREENSHOT_HEIGHT = 30000
PAGE_TIMEOUT = 30.0


class Browser:
    """A headless Chromium driven through its DevTools pipe."""

    def __init__(self, executable):
        self.profile = tempfile.mkdtemp(prefix="sitegen-chromium-")
        command_read, self.to_browser = os.pipe()
        self.from_browser, reply_write = os.pipe()
        # Out of the way of 3 and 4, which the child's ends take over.
        child_read = fcntl.fcntl(command_read, fcntl.F_DUPFD, 10)
        child_write = fcntl.fcntl(reply_write, fcntl.F_DUPFD, 10)
        os.close(command_read)
        os.close(reply_write)

        def give_pipe_ends():
            # The browser reads commands on fd 3 and writes replies on fd 4.
            os.dup2(child_read, 3)
            os.dup2(child_write, 4)

        self.process = subprocess.Popen(
            [
                executable,
                "--headless=new",
                "--remote-debugging-pipe",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-extensions",
                "--hide-scrollbars",
                "--user-data-dir=" + self.profile,
                "about:blank",
            ],
            pass_fds=(3, 4),
            preexec_fn=give_pipe_ends,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(child_read)
        os.close(child_write)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        # (base URL, site folder): requests under the site's base_url are answered from the
        # folder, so a page whose links are absolute (404.html) loads without the network.
        self.mirror = None

    def send(self, method, params=None, session=None):
        """Sends a command and returns its result; events that arrive meanwhile are kept."""
        command = self.post(method, params, session)
        while True:
            reply = self.receive(PAGE_TIMEOUT)
            if reply is None:
                raise RuntimeError(f"no reply to {method}")
            if reply.get("id") == command:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def post(self, method, params=None, session=None):
        """Sends a command without waiting for its reply; returns its id."""
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        return self.next_id

    def answer_from_mirror(self, event):
        """Fulfils a paused request under the base URL with the site folder's file (404 if none)."""
        base, site = self.mirror
        params = event["params"]
        url = params["request"]["url"].split("#")[0].split("?")[0]
        relative = url[len(base) :] if url.startswith(base) else None
        if relative is not None and (relative == "" or relative.endswith("/")):
            relative += "index.html"
        path = (site / relative).resolve() if relative is not None else None
        found = path is not None and path.is_file() and site in path.parents
        kind = (mimetypes.guess_type(str(path))[0] if found else None) or "text/html"
        self.post(
            "Fetch.fulfillRequest",
            {
                "requestId": params["requestId"],
                "responseCode": 200 if found else 404,
                "responseHeaders": [{"name": "Content-Type", "value": kind}],
                "body": base64.b64encode(path.read_bytes() if found else b"").decode(),
            },
            event.get("sessionId"),
        )

    def receive(self, timeout):
        """The next message, or None when none comes within `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while b"\0" not in self.buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            ready, _, _ = select.select([self.from_browser], [], [], remaining)
            if not ready:
                return None
            chunk = os.read(self.from_browser, 1 << 20)
            if not chunk:
                raise RuntimeError("the browser closed its pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        message = json.loads(message)
        if message.get("method") == "Fetch.requestPaused" and self.mirror:
            self.answer_from_mirror(message)
        return message

    def wait_for(self, method, timeout):
        """Waits for an event named `method`; True when it came."""
        deadline = time.monotonic() + timeout
        while True:
            if any(event.get("method") == method for event in self.events):
                return True
            message = self.receive(max(0.0, deadline - time.monotonic()))
            if message is None:
                return False
            self.events.append(message)

    def drain(self, seconds):
        """Collects the events of the next `seconds`."""
        deadline = time.monotonic() + seconds
        while True:
            message = self.receive(max(0.0, deadline - time.monotonic()))
            if message is None:
                return
            self.events.append(message)

    def close(self):
        try:
            self.send("Browser.close")
        except Exception:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


def png_colours(data, limit=16):
    """How many distinct colours a PNG holds (counted up to `limit`), decoded here."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    position, chunks, header = 8, [], None
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position : position + 8])
        body = data[position + 8 : position + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
        position += 12 + length
    width, height, depth, colour_type, _, _, interlace = header
    if depth != 8 or colour_type not in (2, 6) or interlace:
        return limit  # a form this decoder does not read: assume it is not blank
    channels = 3 if colour_type == 2 else 4
    stride = width * channels
    raw = zlib.decompress(b"".join(chunks))
    previous = bytearray(stride)
    colours = set()
    for row in range(height):
        start = row * (stride + 1)
        kind = raw[start]
        line = bytearray(raw[start + 1 : start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            upper_left = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + ((left + up) >> 1)) & 0xFF
            elif kind == 4:
                estimate = left + up - upper_left
                distances = (abs(estimate - left), abs(estimate - up), abs(estimate - upper_left))
                nearest = (left, up, upper_left)[distances.index(min(distances))]
                line[i] = (line[i] + nearest) & 0xFF
        # Every 7th pixel of every 5th row is plenty to tell text from a blank page.
        if row % 5 == 0:
            for x in range(0, width, 7):
                colours.add(bytes(line[x * channels : x * channels + 3]))
                if len(colours) >= limit:
                    return limit
        previous = line
    return len(colours)


# Facts about the rendered page, measured in the page itself.
PAGE_FACTS = """(() => {
  const box = (element) => { const r = element.getBoundingClientRect(); return r.width * r.height; };
  const main = document.querySelector('main') || document.body;
  const images = [...document.images];
  return JSON.stringify({
    title: document.title,
    text: (main.innerText || '').trim().length,
    mainArea: box(main),
    height: Math.ceil(document.documentElement.scrollHeight),
    brokenImages: images.filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.src),
    emptyMath: [...document.getElementsByTagName('math')].filter(m => box(m) === 0).length,
    math: document.getElementsByTagName('math').length,
    emptySvg: [...document.querySelectorAll('figure svg, svg.sgp')].filter(s => box(s) === 0).length,
    svg: document.querySelectorAll('figure svg, svg.sgp').length,
    stylesheets: [...document.styleSheets].length,
    codeBlocks: document.querySelectorAll('pre > code').length,
    copyButtons: document.querySelectorAll('pre > button.copy-button').length,
    searchBoxes: document.querySelectorAll('.site-header [role=search] input[role=combobox]').length,
  });
})()"""


def event_problems(events):
    """The console errors, uncaught exceptions and failed loads among `events`."""
    problems = []
    for event in events:
        method, params = event.get("method"), event.get("params", {})
        if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            text = " ".join(str(a.get("value", a.get("description", ""))) for a in params["args"])
            problems.append(f"console {params['type']}: {text}")
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            text = details.get("exception", {}).get("description") or details.get("text")
            problems.append(f"uncaught exception: {text}")
        elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
            entry = params["entry"]
            problems.append(f"{entry.get('source')} error: {entry.get('text')} {entry.get('url', '')}")
        elif method == "Network.loadingFailed" and not params.get("canceled"):
            problems.append(f"resource failed: {params.get('errorText')} ({params.get('requestId')})")
        elif method == "Network.responseReceived":
            status = params["response"].get("status", 200)
            if status >= 400:
                problems.append(f"resource failed: HTTP {status} {params['response'].get('url')}")
    return problems


def check_page(browser, session, path, site, screens):
    """Loads one page; returns its problems and a one-line summary."""
    url = path.resolve().as_uri()
    browser.events = []
    browser.send("Page.navigate", {"url": url}, session)
    if not browser.wait_for("Page.loadEventFired", PAGE_TIMEOUT):
        return [f"the page did not finish loading in {PAGE_TIMEOUT:.0f} s"], ""
    browser.drain(0.5)
    problems = event_problems(browser.events)

    result = browser.send(
        "Runtime.evaluate", {"expression": PAGE_FACTS, "returnByValue": True}, session
    )
    facts = json.loads(result["result"]["value"])
    if facts["text"] == 0 or facts["mainArea"] == 0:
        problems.append("blank render: the main content has no text or no area")
    if facts["stylesheets"] == 0:
        problems.append("no stylesheet applied")
    if facts["copyButtons"] != facts["codeBlocks"]:
        problems.append(
            f"{facts['copyButtons']} copy buttons for {facts['codeBlocks']} code blocks"
        )
    if (site / "search-index.js").is_file() and facts["searchBoxes"] != 1:
        problems.append(f"{facts['searchBoxes']} search boxes in the header, not 1")
    for source in facts["brokenImages"]:
        problems.append(f"image did not load: {source}")
    if facts["emptyMath"]:
        problems.append(f"{facts['emptyMath']} of {facts['math']} formulas render with no area")
    if facts["emptySvg"]:
        problems.append(f"{facts['emptySvg']} of {facts['svg']} figures render with no area")

    height = min(max(facts["height"], HEIGHT), MAX_SCREENSHOT_HEIGHT)
    shot = browser.send(
        "Page.captureScreenshot",
        {
            "format": "png",
            "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": WIDTH, "height": height, "scale": 1},
        },
        session,
    )
    image = base64.b64decode(shot["data"])
    relative = path.relative_to(site)
    name = "-".join(relative.with_suffix("").parts) or "index"
    target = screens / (name + ".png")
    target.write_bytes(image)
    colours = png_colours(image)
    if colours < 2:
        problems.append("blank render: the screenshot is a single colour")
    summary = (
        f"{relative}: «{facts['title']}», {facts['math']} formulas, {facts['svg']} figures, "
        f"{WIDTH}x{height} screenshot {target}"
    )
    return problems, summary


# The figures' text sizes and the braille plots' alignment, measured in the page.
FIGURE_FACTS = """(() => {
  const shown = (element) => {
    const r = element.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(element).display !== 'none'
      && getComputedStyle(element).visibility !== 'hidden';
  };
  let smallest = null;
  // When printing, a computation graph wider than the paper is scaled to fit it: its text is
  // measured apart (graphSmallest) and not held to the minimum.
  const printing = matchMedia('print').matches;
  const texts = [...document.querySelectorAll('svg.sgp text')].filter(shown);
  let graphSmallest = null;
  for (const text of texts) {
    const box = text.getBBox();
    if (box.height <= 0) continue;
    // Rendered size: the computed font size scaled as the text's box is, user space to screen.
    const scale = text.getBoundingClientRect().height / box.height;
    const size = parseFloat(getComputedStyle(text).fontSize) * scale;
    if (printing && text.closest('svg.sgp-graph')) {
      if (graphSmallest === null || size < graphSmallest) graphSmallest = size;
      continue;
    }
    if (!smallest || size < smallest.size) {
      const figure = text.closest('figure');
      smallest = { size, text: text.textContent.slice(0, 40),
        figure: figure && figure.id ? figure.id : (figure ? [...document.querySelectorAll('figure')].indexOf(figure) : -1) };
    }
  }
  const misaligned = [];
  document.querySelectorAll('svg.sgp-braille').forEach((svg, index) => {
    const all = [...svg.querySelectorAll('text')];
    const rules = all.filter(t => /^[┌└]/.test(t.textContent));
    const borders = all.filter(t => t.textContent === '│');
    if (!rules.length || !borders.length) { misaligned.push(`braille ${index}: no frame found`); return; }
    const right = Math.max(...borders.map(t => t.getBoundingClientRect().right));
    const left = Math.min(...borders.map(t => t.getBoundingClientRect().left));
    for (const rule of rules) {
      const r = rule.getBoundingClientRect();
      if (Math.abs(r.right - right) > 1 || Math.abs(r.left - left) > 1) {
        misaligned.push(`braille ${index}: rule spans ${r.left.toFixed(1)}–${r.right.toFixed(1)}, borders ${left.toFixed(1)}–${right.toFixed(1)}`);
      }
    }
  });
  const scrolling = [...document.querySelectorAll('figure')].filter(f =>
    !f.querySelector('svg.sgp-graph') && f.scrollWidth > f.clientWidth + 1).map(f =>
    f.id || `figure ${[...document.querySelectorAll('figure')].indexOf(f)}`);
  return JSON.stringify({
    texts: texts.length, smallest, graphSmallest, misaligned, scrolling,
    pageScrolls: document.documentElement.scrollWidth > innerWidth + 1,
    braille: document.querySelectorAll('svg.sgp-braille').length,
  });
})()"""


def check_layouts(browser, session, pages, site, screens, smallest):
    """Loads every page at each width and color scheme; returns the number of failed pages and
    records the smallest figure text per (width, scheme) in `smallest`."""
    failures = 0
    for width, minimum in LAYOUTS:
        browser.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": width < 600},
            session,
        )
        for scheme in SCHEMES:
            browser.send(
                "Emulation.setEmulatedMedia",
                {
                    "media": "print" if scheme == "print" else "",
                    "features": [
                        {"name": "prefers-color-scheme", "value": "light" if scheme == "light" else "dark"}
                    ],
                },
                session,
            )
            for path in pages:
                relative = path.relative_to(site)
                browser.events = []
                browser.send("Page.navigate", {"url": path.resolve().as_uri()}, session)
                if not browser.wait_for("Page.loadEventFired", PAGE_TIMEOUT):
                    failures += 1
                    print(f"FAIL {relative} at {width} px, {scheme}: did not load")
                    continue
                browser.drain(0.2)
                result = browser.send(
                    "Runtime.evaluate", {"expression": FIGURE_FACTS, "returnByValue": True}, session
                )
                facts = json.loads(result["result"]["value"])
                problems = list(facts["misaligned"])
                found = facts["smallest"]
                if found:
                    key = (width, scheme)
                    if key not in smallest or found["size"] < smallest[key][0]:
                        smallest[key] = (found["size"], str(relative), found["text"])
                    if found["size"] < minimum - 0.01:
                        problems.append(
                            f"figure text {found['size']:.1f} px («{found['text']}», figure "
                            f"{found['figure']}), under {minimum:g} px"
                        )
                if facts["graphSmallest"] is not None:
                    key = (width, scheme, "graph")
                    if key not in smallest or facts["graphSmallest"] < smallest[key][0]:
                        smallest[key] = (facts["graphSmallest"], str(relative), "a graph scaled to the paper")
                for figure in facts["scrolling"]:
                    problems.append(f"{figure} scrolls sideways")
                if facts["pageScrolls"]:
                    problems.append("the page scrolls sideways")
                document_height = browser.send(
                    "Runtime.evaluate",
                    {"expression": "document.documentElement.scrollHeight", "returnByValue": True},
                    session,
                )["result"]["value"]
                height = min(max(int(document_height), HEIGHT), MAX_SCREENSHOT_HEIGHT)
                shot = browser.send(
                    "Page.captureScreenshot",
                    {
                        "format": "png",
                        "captureBeyondViewport": True,
                        "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1},
                    },
                    session,
                )
                name = "-".join(relative.with_suffix("").parts) or "index"
                (screens / f"{name}-{width}-{scheme}.png").write_bytes(base64.b64decode(shot["data"]))
                if problems:
                    failures += 1
                    print(f"FAIL {relative} at {width} px, {scheme}")
                    for problem in problems:
                        print(f"  {problem}")
    browser.send("Emulation.setEmulatedMedia", {"media": "", "features": []}, session)
    browser.send(
        "Emulation.setDeviceMetricsOverride",
        {"width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False},
        session,
    )
    return failures


# The state of the search box, measured in the page.
SEARCH_FACTS = """(() => {
  const input = document.getElementById('site-search-input');
  const panel = input && input.parentNode.querySelector('.site-search-panel');
  const options = [...document.querySelectorAll('#site-search-results [role=option]')];
  return JSON.stringify({
    focused: document.activeElement === input,
    value: input ? input.value : null,
    expanded: input ? input.getAttribute('aria-expanded') : null,
    active: input ? input.getAttribute('aria-activedescendant') : null,
    open: !!panel && !panel.hidden,
    none: !!panel && !panel.querySelector('.site-search-none').hidden,
    results: options.map(o => ({
      id: o.id, selected: o.getAttribute('aria-selected'), href: o.querySelector('a').href,
      text: o.textContent, marks: [...o.querySelectorAll('mark')].map(m => m.textContent),
    })),
  });
})()"""

KEYS = {
    "/": {"type": "keyDown", "key": "/", "code": "Slash", "text": "/", "windowsVirtualKeyCode": 191},
    "ArrowDown": {"type": "rawKeyDown", "key": "ArrowDown", "code": "ArrowDown", "windowsVirtualKeyCode": 40},
    "Enter": {"type": "keyDown", "key": "Enter", "code": "Enter", "text": "\r", "windowsVirtualKeyCode": 13},
    "Escape": {"type": "rawKeyDown", "key": "Escape", "code": "Escape", "windowsVirtualKeyCode": 27},
}


def press(browser, session, name):
    """Presses and releases one key, as the keyboard would."""
    down = KEYS[name]
    browser.send("Input.dispatchKeyEvent", down, session)
    up = {key: value for key, value in down.items() if key != "text"}
    browser.send("Input.dispatchKeyEvent", dict(up, type="keyUp"), session)


def search_facts(browser, session):
    result = browser.send(
        "Runtime.evaluate", {"expression": SEARCH_FACTS, "returnByValue": True}, session
    )
    return json.loads(result["result"]["value"])


def wait_for_results(browser, session, seconds=10.0):
    """The search box's state once it shows results or "No results" (or after `seconds`)."""
    deadline = time.monotonic() + seconds
    while True:
        facts = search_facts(browser, session)
        if facts["open"] or time.monotonic() > deadline:
            return facts
        browser.drain(0.1)


def check_search(browser, session, site, screens, query, expected):
    """Types `query` into the home page's search box from file://; returns the problems."""
    home = (site / "index.html").resolve().as_uri()
    target = (site / expected).resolve().as_uri()
    browser.events = []
    browser.send("Page.navigate", {"url": home}, session)
    if not browser.wait_for("Page.loadEventFired", PAGE_TIMEOUT):
        return ["the home page did not load"]
    browser.drain(0.2)
    press(browser, session, "/")
    facts = search_facts(browser, session)
    if not facts["focused"] or facts["value"] != "":
        return [f"'/' did not focus an empty search box: {facts}"]
    browser.send("Input.insertText", {"text": query}, session)
    facts = wait_for_results(browser, session)
    problems = event_problems(browser.events)
    results = facts["results"]
    if not results:
        return problems + [f"no results (search box: {facts})"]
    first = results[0]["href"].split("#")[0]
    if first != target:
        listed = "\n    ".join(r["href"] for r in results[:5])
        problems.append(f"the first result is not {expected} but:\n    {listed}")
    if facts["expanded"] != "true":
        problems.append("aria-expanded is not true while results show")
    words = set(query.lower().split())
    marks = [m.lower() for m in results[0]["marks"]]
    if not marks or not set(marks) <= words:
        problems.append(f"the first result's snippet marks {marks}, not {sorted(words)}")
    shot = browser.send("Page.captureScreenshot", {"format": "png"}, session)
    name = "search-" + "-".join("".join(c for c in w if c.isalnum()) for w in sorted(words))
    (screens / (name + ".png")).write_bytes(base64.b64decode(shot["data"]))
    press(browser, session, "ArrowDown")
    facts = search_facts(browser, session)
    if facts["active"] != results[0]["id"] or facts["results"][0]["selected"] != "true":
        problems.append("the down arrow did not select the first result")
    browser.events = []
    press(browser, session, "Enter")
    if not browser.wait_for("Page.loadEventFired", PAGE_TIMEOUT):
        return problems + ["Enter did not open the first result"]
    browser.drain(0.2)
    location = browser.send(
        "Runtime.evaluate", {"expression": "location.href", "returnByValue": True}, session
    )["result"]["value"]
    if location != results[0]["href"]:
        problems.append(f"Enter opened {location}, not {results[0]['href']}")
    # On the page it opened: a query with no match says so, and Escape closes the results.
    press(browser, session, "/")
    browser.send("Input.insertText", {"text": "qqqxqqq"}, session)
    facts = wait_for_results(browser, session)
    if facts["results"] or not facts["none"]:
        problems.append(f"a query matching nothing shows no 'No results': {facts}")
    press(browser, session, "Escape")
    facts = search_facts(browser, session)
    if facts["open"] or facts["expanded"] != "false":
        problems.append("Escape did not close the results")
    return problems + event_problems(browser.events)


def site_base_url(site):
    """The site's base_url: the home page's <loc> in its sitemap.xml; None without a sitemap."""
    sitemap = site / "sitemap.xml"
    if not sitemap.is_file():
        return None
    namespace = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    first = xml.etree.ElementTree.parse(sitemap).getroot().find(f"{namespace}url/{namespace}loc")
    return first.text if first is not None else None


def main():
    arguments, searches = [], []
    words = iter(sys.argv[1:])
    for word in words:
        if word == "--search":
            query, _, page = next(words, "").partition("=")
            if not query or not page:
                arguments = []
                break
            searches.append((query, page))
        else:
            arguments.append(word)
    if len(arguments) != 2:
        print(__doc__.strip().split("\n\n")[1].strip(), file=sys.stderr)
        return 2
    site = pathlib.Path(arguments[0]).resolve()
    screens = pathlib.Path(arguments[1])
    screens.mkdir(parents=True, exist_ok=True)
    pages = sorted(site.rglob("*.html"))
    if not site_base_url(site) and (site / "404.html") in pages:
        # Without base_url its links start at the server's root, which file:// cannot serve.
        print("skip 404.html: the site has no base_url, so it is only right on a server")
        pages.remove(site / "404.html")
    if not pages:
        print(f"no pages in {site}", file=sys.stderr)
        return 1
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if not executable:
        print("chromium not found", file=sys.stderr)
        return 2

    browser = Browser(executable)
    base = site_base_url(site)
    failures = 0
    try:
        target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})[
            "sessionId"
        ]
        for domain in ("Page", "Runtime", "Log", "Network"):
            browser.send(domain + ".enable", {}, session)
        if base:
            browser.mirror = (base, site)
            browser.send("Fetch.enable", {"patterns": [{"urlPattern": base + "*"}]}, session)
        browser.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False},
            session,
        )
        for path in pages:
            problems, summary = check_page(browser, session, path, site, screens)
            if problems:
                failures += 1
                print(f"FAIL {path.relative_to(site)}")
                for problem in problems:
                    print(f"  {problem}")
            else:
                print(f"ok   {summary}")
        smallest = {}
        failures += check_layouts(browser, session, pages, site, screens, smallest)
        for key, (size, page, text) in sorted(smallest.items()):
            label = f"{key[0]} px, {key[1]}" + (", computation graph (not checked)" if len(key) > 2 else "")
            print(f"ok   smallest figure text at {label}: {size:.1f} px («{text}», {page})")
        for query, expected in searches:
            problems = check_search(browser, session, site, screens, query, expected)
            if problems:
                failures += 1
                print(f"FAIL search «{query}»")
                for problem in problems:
                    print(f"  {problem}")
            else:
                print(f"ok   search «{query}»: {expected} first, opened with the keyboard")
    finally:
        browser.close()
    print(
        f"{len(pages)} pages and {len(searches)} searches checked, {failures} failed; "
        f"screenshots in {screens}"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
