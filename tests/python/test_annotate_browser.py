"""`zhenggai annotate` in a real browser: Debian's chromium, headless.

A fictional report carrying script and markup injections is annotated; the
page is rendered to a screenshot (kept as a CI artifact, its path printed as
``ARTIFACT: <path>``) and its DOM, after the page's own script ran, is
checked: the highlights and the diagnostics list exist, the injected markup is
text and not elements, and no injected script ran.

chromium is looked up on PATH (or $ZHENGGAI_CHROMIUM); when it is missing and
we are root with apt-get, it is installed. The browser tests are skipped, with
the reason, only when it is absent and cannot be installed.
"""


from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

import zhenggai
from cli_support import find_cli

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "build" / "artifacts"
SCREENSHOT = ARTIFACTS / "annotate-screenshot.png"

SCRIPT_PAYLOAD = "<script>window.__pwned=1;document.title='PWNED'</script>"
IMG_PAYLOAD = '<img src=x onerror="window.__pwned=2">'
# Same attack, but with an effect the DOM dump can show.
IMG_DOM_PAYLOAD = "<img src=y onerror=\"document.documentElement.setAttribute('data-pwned','3')\">"

# A fictional report (fictional city, unit and people), written for this test.
REPORT = f"""中共云栖市文化和旅游局党组关于市委第二轮巡察整改进展情况的通报
根据市委统一部署，2024年3月4日至5月10日，市委第五巡察组对云栖市文化和旅游局党组开展了常规巡察。2024年6月18日，市委第五巡察组向云栖市文化和旅游局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。
局党组把巡察整改作为一项政治任务，成立整改工作领导小组，逐条研究反馈意见{SCRIPT_PAYLOAD}。针对反馈的18个问题，制定整改措施64条。截至2024年11月30日，18个问题已完成整改16个，整改完成率88.89%。
在巡察整改工作中，立案3件，给予党纪处分4人（党内警告3人、党内严重警告1人）；诫勉2人；建立完善制度15项；清退违规款项7.25万元，追回资金31.6万元。
一、关于“意识形态工作责任落实不到位{IMG_PAYLOAD}”问题的整改情况
（一）健全工作机制。制定局党组意识形态工作责任清单，每季度专题研究一次。
（二）加强阵地管理。对全市12个公共文化场馆的展陈内容开展全面排查{IMG_DOM_PAYLOAD}，整改问题9处。
二、关于“文旅项目资金管理不规范”问题的整改情况
（一）规范资金使用。修订专项资金管理办法，对2022年以来的37个补助项目逐一复核 & 核对“账实相符”。
（二）强化监督检查。委托第三方机构对重点项目开展绩效评价。
下一步，局党组将持续巩固整改成果。一是坚持问题导向，抓好剩余2个问题的整改。二是坚持标本兼治，推动制度执行落地见效。
欢迎广大干部群众对巡察整改落实情况进行监督。联系方式：电话0570-55501234；电子邮箱：yqwlzg@example.cn。
中共云栖市文化和旅游局党组
2024年12月10日
"""


def _which_chromium() -> str | None:
    env = os.environ.get("ZHENGGAI_CHROMIUM")
    if env and Path(env).is_file():
        return env
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


_chromium_cache: list[tuple[str | None, str]] = []


def _chromium() -> tuple[str | None, str]:
    """(path, reason): the browser, or None and why it is missing."""
    if _chromium_cache:
        return _chromium_cache[0]
    path = _which_chromium()
    reason = ""
    if path is None:
        if os.name == "posix" and os.geteuid() == 0 and shutil.which("apt-get"):
            env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
            try:
                for cmd in (
                    ["apt-get", "install", "-y", "--no-install-recommends", "chromium"],
                    ["apt-get", "update"],
                    ["apt-get", "install", "-y", "--no-install-recommends", "chromium"],
                ):
                    r = subprocess.run(cmd, env=env, capture_output=True, timeout=1200)
                    if cmd[1] == "install" and r.returncode == 0:
                        break
            except (OSError, subprocess.SubprocessError) as e:
                reason = f"installing chromium failed: {e}"
            path = _which_chromium()
            if path is None and not reason:
                reason = (
                    "chromium is not installed and 'apt-get install chromium' did not provide it"
                )
        else:
            reason = (
                "chromium is not installed and cannot be installed here (needs root and apt-get)"
            )
    _chromium_cache.append((path, reason))
    return path, reason


CLI = find_cli()
pytestmark = pytest.mark.skipif(CLI is None, reason="zhenggai command not found")


def _browser_args(chromium: str, profile: Path) -> list[str]:
    return [
        chromium,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-extensions",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
    ]


class _Dom(HTMLParser):
    """Elements of a serialised DOM: tag, attributes, and the text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []
        self._in_title = False
        self.title = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {k: v or "" for k, v in attrs}))
        self._in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        self.text.append(data)

    def tags(self, name: str) -> list[dict[str, str]]:
        return [a for t, a in self.elements if t == name]

    def with_class(self, cls: str) -> list[dict[str, str]]:
        return [a for _, a in self.elements if cls in a.get("class", "").split()]

    def highlights(self, cls: str) -> list[dict[str, str]]:
        """Highlights in the source column (not the legend's swatches)."""
        return [a for a in self.with_class(cls) if "zg-f" in a.get("class", "").split()]


@pytest.fixture(scope="module")
def annotated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The report, its JSON (from `zhenggai parse`) and the annotated page."""
    tmp = tmp_path_factory.mktemp("annotate")
    src = tmp / "report.txt"
    src.write_text(REPORT, encoding="utf-8")
    page = tmp / "report.html"
    assert CLI is not None
    r = subprocess.run(
        [CLI, "annotate", str(src), "-o", str(page)], capture_output=True, timeout=120
    )
    assert r.returncode == 0, r.stderr.decode(errors="replace")
    assert r.stdout == b""
    p = subprocess.run([CLI, "parse", str(src)], capture_output=True, timeout=120)
    assert p.returncode == 0, p.stderr.decode(errors="replace")
    return {
        "dir": tmp,
        "page": page,
        "html": page.read_text(encoding="utf-8"),
        "json": json.loads(p.stdout),
    }


def test_annotate_page_is_self_contained_and_escaped(annotated: dict[str, object]) -> None:
    html = annotated["html"]
    assert isinstance(html, str)
    assert html.startswith("<!DOCTYPE html>")
    # Nothing to fetch: no element refers to anything but in-page anchors.
    dom = _Dom()
    dom.feed(html)
    for tag, attrs in dom.elements:
        assert tag not in ("link", "img", "iframe", "object", "embed"), tag
        assert "src" not in attrs, (tag, attrs)
        assert attrs.get("href", "#").startswith("#"), (tag, attrs)
    assert SCRIPT_PAYLOAD not in html and "<img" not in html
    assert "&lt;script&gt;window.__pwned=1;document.title=&#39;PWNED&#39;&lt;/script&gt;" in html
    assert "Content-Security-Policy" in html
    assert html.count("<script") == 1


def test_annotate_stdout_and_usage(tmp_path: Path) -> None:
    assert CLI is not None
    src = tmp_path / "r.txt"
    src.write_text(REPORT, encoding="utf-8")
    r = subprocess.run([CLI, "annotate", str(src)], capture_output=True, timeout=120)
    assert r.returncode == 0 and r.stdout.startswith(b"<!DOCTYPE html>")
    r = subprocess.run([CLI, "annotate", "--help"], capture_output=True, timeout=60)
    assert r.returncode == 0 and b"--output" in r.stdout
    r = subprocess.run([CLI, "annotate"], capture_output=True, timeout=60)
    assert r.returncode == 2 and r.stdout == b""
    r = subprocess.run(
        [CLI, "annotate", str(tmp_path / "missing.txt")], capture_output=True, timeout=60
    )
    assert r.returncode == 1 and b"cannot read" in r.stderr
    r = subprocess.run(
        [CLI, "annotate", "-"], input=REPORT.encode(), capture_output=True, timeout=60
    )
    assert r.returncode == 0 and b"f-sanction" in r.stdout


def test_screenshot(
    annotated: dict[str, object], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    chromium, reason = _chromium()
    if chromium is None:
        pytest.skip(f"browser test skipped: {reason}")
    page = annotated["page"]
    assert isinstance(page, Path)
    shot = tmp_path / "shot.png"
    r = subprocess.run(
        [
            *_browser_args(chromium, tmp_path / "profile"),
            f"--screenshot={shot}",
            "--window-size=1400,1000",
            "--virtual-time-budget=2000",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=180,
    )
    assert r.returncode == 0, r.stderr.decode(errors="replace")[-2000:]
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 10_000
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1400, 1000)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(shot, SCREENSHOT)
    with capsys.disabled():
        print(f"\nARTIFACT: {SCREENSHOT.resolve()}", flush=True)


def test_dom_after_scripts_ran(annotated: dict[str, object], tmp_path: Path) -> None:
    chromium, reason = _chromium()
    if chromium is None:
        pytest.skip(f"browser test skipped: {reason}")
    html = annotated["html"]
    assert isinstance(html, str)
    # A probe, run by the page's own nonce after everything else: records in
    # the DOM whether any injected script set window.__pwned.
    nonce = re.search(r'<script nonce="([0-9a-f]+)">', html)
    assert nonce, "the page's script has no nonce"
    # It also clicks the first sanction, which fills the details box.
    probe = (
        f'<script nonce="{nonce.group(1)}">document.documentElement.setAttribute('
        "'data-probe', String(typeof window.__pwned));"
        "var t = document.querySelector('.zg-src .f-sanction');"
        "if (t) t.dispatchEvent(new MouseEvent('click', {bubbles: true}));</script>"
    )
    probed = tmp_path / "probed.html"
    probed.write_text(html.replace("</body>", probe + "</body>"), encoding="utf-8")

    r = subprocess.run(
        [
            *_browser_args(chromium, tmp_path / "profile"),
            "--virtual-time-budget=2000",
            "--dump-dom",
            probed.as_uri(),
        ],
        capture_output=True,
        timeout=180,
    )
    assert r.returncode == 0, r.stderr.decode(errors="replace")[-2000:]
    dom_html = r.stdout.decode("utf-8")
    dom = _Dom()
    dom.feed(dom_html)

    # Scripts run at all: the page's own script and the probe left their marks.
    body = dom.tags("body")[0]
    assert body.get("data-ready") == "1", "the page's script did not run"
    root = dom.tags("html")[0]
    assert root.get("data-probe") == "undefined", (
        f"an injected script ran: __pwned is {root.get('data-probe')}"
    )
    assert "data-pwned" not in root
    # The injected markup is text, not elements.
    assert dom.title != "PWNED" and "PWNED" != dom.title.strip()
    assert len(dom.tags("script")) == 2  # the page's and the probe
    assert dom.tags("img") == []
    text = "".join(dom.text)
    assert SCRIPT_PAYLOAD in text
    assert IMG_PAYLOAD in text and IMG_DOM_PAYLOAD in text
    assert "&lt;script&gt;window.__pwned=1" in dom_html

    # The highlights exist: at least one element per sanction and money item.
    report = annotated["json"]
    assert isinstance(report, dict)
    assert report["sanctions"] and report["money"]
    sanctions = dom.highlights("f-sanction")
    money = dom.highlights("f-money")
    header = dom.highlights("f-header")
    assert len(sanctions) + len(money) >= len(report["sanctions"]) + len(report["money"])
    assert {a["data-field"] for a in sanctions} >= {
        f"sanctions[{i}]" for i in range(len(report["sanctions"]))
    }
    assert {a["data-field"] for a in money} == {f"money[{i}]" for i in range(len(report["money"]))}
    assert len(header) >= 5
    assert any(a["data-value"] == "云栖市文化和旅游局党组" for a in header)
    assert (
        dom.highlights("f-heading")
        and dom.highlights("f-progress")
        and dom.highlights("f-next-step")
    )
    # The injected <img> sits in a section problem: its data-value holds it as text.
    assert any(IMG_PAYLOAD in a.get("data-value", "") for a in dom.highlights("f-problem"))

    # The diagnostics list, with links to anchors that exist.
    diags = report["diagnostics"]
    lists = dom.with_class("zg-diags")
    if diags:
        assert len(lists) == 1
        ids = {a.get("id") for _, a in dom.elements}
        links = [
            a["href"] for t, a in dom.elements if t == "a" and a.get("href", "").startswith("#d-")
        ]
        assert len(links) == len(diags)
        assert all(link[1:] in ids for link in links)
    else:
        assert dom.with_class("zg-none")
    # The click on the sanction showed its field, value and the fields around it.
    details = dom_html.split('class="zg-details"', 1)[1].split("</div>", 1)[0]
    assert "<dt>sanctions[0]" in details and "<dt>header" not in details
    assert report["sanctions"][0]["label"] in details
    # The side panel carries the JSON form.
    assert '"schema": "zhenggai.report/1"' in text


def test_repr_html_and_to_html() -> None:
    report = zhenggai.parse(REPORT)
    if not hasattr(report, "_repr_html_"):
        pytest.skip("the installed zhenggai module predates _repr_html_ (run scripts/setup)")
    fragment = report._repr_html_()
    assert isinstance(fragment, str)
    assert fragment.startswith("<div") and "<!DOCTYPE" not in fragment
    assert 'class="zg-f f-sanction' in fragment and 'class="zg-f f-money' in fragment
    assert SCRIPT_PAYLOAD not in fragment and "<img" not in fragment
    # Two renderings of one report do not share element ids.
    ids1 = set(re.findall(r'id="([^"]+)"', fragment))
    ids2 = set(re.findall(r'id="([^"]+)"', report._repr_html_()))
    assert ids1 and not ids1 & ids2

    page = zhenggai.to_html(report)
    assert page.startswith("<!DOCTYPE html>") and page.count("<script") == 1
    assert "f-header" in page
    assert zhenggai.to_html(report, title="x<y").count("<title>zhenggai · x&lt;y</title>") == 1
    assert 'class="zg-json"' not in zhenggai.to_html(report, include_json=False)
    with pytest.raises(TypeError):
        zhenggai.to_html("not a report")  # type: ignore[arg-type]
