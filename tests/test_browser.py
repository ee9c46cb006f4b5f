"""The HTML report as a person sees it, in real headless Chromium.

Chromium is driven over the DevTools protocol on ``--remote-debugging-pipe`` (file
descriptors 3 and 4, NUL-terminated JSON), so the test needs the browser and the
standard library only. It skips, saying why, when no Chromium is installed.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import json
import os
import queue
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from reconcile.cli import main
from reconcile.model import Claim, Document, Evidence
from reconcile.pipeline import reconcile
from reconcile.report import render_html
from reconcile.values import Quantity

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "iraq_withdrawal"
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--remote-debugging-pipe",
)


def _browser() -> str:
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    pytest.skip(
        "no Chromium found (looked for chromium, chromium-browser, google-chrome): "
        "install Debian's chromium package (apt-get install -y chromium) to run browser tests"
    )


class Page:
    """One tab of a headless Chromium, driven over the DevTools pipe."""

    def __init__(self, binary: str, profile: str) -> None:
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()

        def wire() -> None:
            os.dup2(to_browser_r, 3)
            os.dup2(from_browser_w, 4)

        self._proc = subprocess.Popen(
            [binary, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=wire,  # noqa: PLW1509 (the pipe fds must land on 3 and 4; no threads yet)
            pass_fds=(3, 4),
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._messages: queue.Queue[dict[str, Any]] = queue.Queue()
        self.events: list[dict[str, Any]] = []
        self._next = 0
        threading.Thread(target=self._read, daemon=True).start()
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self._session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})[
            "sessionId"
        ]
        for domain in ("Page", "Runtime", "Log"):
            self.send(f"{domain}.enable", session=True)

    def _read(self) -> None:
        buffer = b""
        with os.fdopen(self._from_browser, "rb", buffering=0) as stream:
            while chunk := stream.read(65536):
                buffer += chunk
                *messages, buffer = buffer.split(b"\0")
                for message in messages:
                    self._messages.put(json.loads(message))
        self._messages.put({"closed": True})

    def send(
        self, method: str, params: dict[str, Any] | None = None, *, session: bool = False
    ) -> dict[str, Any]:
        self._next += 1
        message: dict[str, Any] = {"id": self._next, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self._session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._next_message()
            if reply.get("id") == self._next:
                assert "error" not in reply, reply
                result: dict[str, Any] = reply["result"]
                return result
            self.events.append(reply)

    def _next_message(self) -> dict[str, Any]:
        try:
            message = self._messages.get(timeout=60)
        except queue.Empty:
            pytest.fail("Chromium did not answer over the DevTools pipe within 60 s")
        if message.get("closed"):
            pytest.fail(f"Chromium closed the DevTools pipe (exit status {self._proc.poll()})")
        return message

    def wait_for(self, method: str) -> None:
        while not any(e.get("method") == method for e in self.events):
            self.events.append(self._next_message())

    def open(self, path: Path) -> None:
        self.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": 1280, "height": 2000, "deviceScaleFactor": 1, "mobile": False},
            session=True,
        )
        self.send("Page.navigate", {"url": path.as_uri()}, session=True)
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        reply = self.send(
            "Runtime.evaluate", {"expression": expression, "returnByValue": True}, session=True
        )
        assert "exceptionDetails" not in reply, reply
        return reply["result"].get("value")

    def errors(self) -> list[str]:
        """Console errors, uncaught exceptions and browser log errors (CSP, failed loads)."""
        found = []
        for event in self.events:
            params = event.get("params", {})
            if event.get("method") == "Runtime.exceptionThrown":
                found.append(json.dumps(params["exceptionDetails"]))
            elif event.get("method") == "Runtime.consoleAPICalled" and params["type"] in {
                "error",
                "assert",
            }:
                found.append(json.dumps(params["args"]))
            elif event.get("method") == "Log.entryAdded" and params["entry"]["level"] == "error":
                found.append(params["entry"]["text"])
        return found

    def screenshot(self, path: Path) -> None:
        reply = self.send("Page.captureScreenshot", {"format": "png"}, session=True)
        path.write_bytes(base64.b64decode(reply["data"]))

    def close(self) -> None:
        with contextlib.suppress(OSError, pytest.fail.Exception):
            self.send("Browser.close")
        try:
            self._proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        os.close(self._to_browser)


@pytest.fixture
def page() -> Iterator[Page]:
    binary = _browser()
    with tempfile.TemporaryDirectory(prefix="reconcile-chromium-") as profile:
        tab = Page(binary, profile)
        try:
            yield tab
        finally:
            tab.close()


VISIBLE = """(text) => {
  const holds = (e) => (e.innerText || "").includes(text);
  const deepest = [...document.body.querySelectorAll("*")].filter(
    (e) => holds(e) && ![...e.children].some(holds));
  return deepest.some((e) => {
    const box = e.getBoundingClientRect();
    return e.checkVisibility() && box.width > 0 && box.height > 0;
  });
}"""


def is_visible(page: Page, text: str) -> bool:
    return bool(page.evaluate(f"({VISIBLE})({json.dumps(text)})"))


def test_example_report_loads_cleanly_and_shows_contested_questions_and_quotes(
    page: Page, tmp_path: Path
) -> None:
    out = tmp_path / "report.html"
    args = ["report", str(EXAMPLE / "claims.jsonl"), "--aliases", str(EXAMPLE / "aliases.json")]
    assert 0 == main([*args, "-o", str(out)])
    page.open(out)
    page.screenshot(tmp_path / "report.png")
    assert [] == page.errors()
    assert "Reconciliation report" == page.evaluate("document.title")
    text = page.evaluate("document.body.innerText")
    assert "Contested" in text
    for shown in (
        "US-Iraq joint military commission: date formed",
        "a joint military commission the two sides formed last summer",
        "the bilateral Iraq-US committee, established late last year",
        "Best estimate",
    ):
        assert is_visible(page, shown), shown
    # The figure is highlighted inside its quote.
    assert "last summer" in page.evaluate(
        "[...document.querySelectorAll('#contested mark')].map(m => m.textContent).join('|')"
    )
    assert page.evaluate("document.querySelectorAll('#contested svg').length") >= 1
    assert (tmp_path / "report.png").stat().st_size > 10_000


HOSTILE_TITLE = '<script>window.__pwned = "title"</script>Evil title'
HOSTILE_QUOTE = "</blockquote><img src=x onerror=\"window.__pwned='quote'\"> 40 killed <b>"
HOSTILE_SUBJECT = "<svg onload=\"window.__pwned='subject'\">militia"


def _hostile_result() -> Any:
    docs = [
        Document(
            "evil",
            outlet="Evil <img src=x onerror=\"window.__pwned='outlet'\">",
            title=HOSTILE_TITLE,
            url="javascript:window.__pwned='url'",
            published=dt.date(2024, 1, 2),
        ),
        Document("good", outlet="Wire", url="https://example.org/a", published=dt.date(2024, 1, 3)),
    ]
    claims = [
        Claim(
            id="c1",
            document="evil",
            subject=HOSTILE_SUBJECT,
            attribute="killed",
            value=Quantity.exact(40),
            evidence=Evidence(HOSTILE_QUOTE),
        ),
        Claim(
            id="c2",
            document="good",
            subject=HOSTILE_SUBJECT,
            attribute="killed",
            value=Quantity.exact(12),
            evidence=Evidence("12 killed"),
        ),
    ]
    return reconcile(claims, docs)


def test_hostile_text_is_shown_as_text_and_never_runs(page: Page, tmp_path: Path) -> None:
    out = tmp_path / "hostile.html"
    out.write_text(render_html(_hostile_result(), title=HOSTILE_TITLE), encoding="utf-8")
    page.open(out)
    page.screenshot(tmp_path / "hostile.png")
    assert [] == page.errors()
    assert page.evaluate("window.__pwned === undefined")
    assert 0 == page.evaluate("document.scripts.length")
    assert 0 == page.evaluate(
        "document.querySelectorAll('img, [onerror], [onload], [onclick]').length"
    )
    assert [] == page.evaluate(
        "[...document.querySelectorAll('a')].map(a => a.href)"
        ".filter(h => !h.startsWith('https:') && !h.startsWith('file:'))"
    )
    assert HOSTILE_TITLE == page.evaluate("document.title")
    for shown in (HOSTILE_TITLE, "javascript:window.__pwned='url'", HOSTILE_SUBJECT):
        assert is_visible(page, shown), shown
    # The broken markup in the quote closes nothing: the quote stays one piece of text.
    assert is_visible(page, HOSTILE_QUOTE.split(" 40", maxsplit=1)[0])


def test_a_hundred_source_report_loads_cleanly_with_its_pictures(
    page: Page, tmp_path: Path
) -> None:
    from reconcile.synthetic import generate

    data = generate(2000, sources=100, claims_per_question=200, evolving_share=1.0, seed=1)
    out = tmp_path / "crowded.html"
    out.write_text(render_html(reconcile(data.claims, data.documents)), encoding="utf-8")
    page.open(out)
    page.evaluate("document.querySelector('svg.timeline').scrollIntoView()")
    page.screenshot(tmp_path / "crowded.png")
    assert [] == page.errors()
    widths = page.evaluate(
        "[...document.querySelectorAll('svg')].map(s => s.getBoundingClientRect().width)"
    )
    assert widths
    assert max(widths) <= 1100
