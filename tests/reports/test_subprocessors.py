"""The customer-facing sub-processor list: what customers see, and what they never see."""

from __future__ import annotations

import dataclasses
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pypdf import PdfReader

from registry.enums import LANGUAGES, Mechanism
from registry.snapshot import Snapshot
from reports import render_report

from tests.reports.conftest import AS_OF, FORMULA, MARKUP, NORDIC, SECRET, SPECIAL_NAMES

PUBLIC = {"Advania Norge AS", "Zendesk", "Amazon Web Services", FORMULA, MARKUP, NORDIC,
          "Planned Mail AS", *SPECIAL_NAMES}
NOT_LISTED = {"Retired Fax AS", "AdNetwork Inc"}


class Page(HTMLParser):
    """The parts of a page a test looks at: text, tags, links, headings, cards."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, dict[str, str | None]]] = []
        self.chunks: list[str] = []
        self.cards: list[str] = []
        self._in: list[str] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.append((tag, dict(attrs)))
        self._in.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._in and self._in[-1] == tag:
            self._in.pop()

    def handle_data(self, data: str) -> None:
        self.chunks.append(data)
        if self._in and self._in[-1] == "h4":
            self.cards.append(data)

    @property
    def text(self) -> str:
        return " ".join("".join(self.chunks).split())


def render(snapshot: Snapshot, kind: str, out: Path, lang: str, service: str | None = None
           ) -> str:
    render_report(kind, snapshot, out, lang=lang, service=service, as_of=AS_OF)
    if kind.endswith("html"):
        return out.read_text(encoding="utf-8")
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(out).pages)


@pytest.fixture(scope="module")
def html_en(snapshot: Snapshot, tmp_path_factory: pytest.TempPathFactory) -> str:
    return render(snapshot, "subprocessors-html", tmp_path_factory.mktemp("html") / "sp.html",
                  "en")


def test_html_lists_every_public_vendor_once_per_service(html_en: str) -> None:
    page = Page(html_en)
    assert set(page.cards) == PUBLIC
    assert not NOT_LISTED & set(page.cards)
    assert page.cards.count("Zendesk") == 1


def test_html_title_intro_and_groups(html_en: str) -> None:
    page = Page(html_en)
    assert "Sub-processors as of November 21, 2026" in page.text
    assert "Article 28(2)" in page.text
    assert "avtale@smorbukk.example" in page.text
    assert "at least 30 days" in page.text
    text = page.text
    helpdesk = text.index("Helpdesk")
    outside = text.index("Outside the EU/EEA", helpdesk)
    assert text.index("Zendesk", helpdesk) > outside
    sms = text.index("SMS gateway", helpdesk)
    assert text.index("Inside the EU/EEA", sms) < text.index("Advania Norge AS", sms)


def test_html_says_where_and_how_protected(html_en: str) -> None:
    text = Page(html_en).text
    assert "Ireland (AWS eu-west-1, Dublin)" in text
    assert "United States: the company is certified under the EU-US Data Privacy Framework" in text
    assert "Sub-processor of Zendesk" in text
    assert "Starts on January 1, 2027" in text
    assert "No transfer outside the EU/EEA." in text


def test_html_is_safe(html_en: str) -> None:
    page = Page(html_en)
    assert "script" not in page.tags
    assert "<b>bold</b>" not in html_en and "&lt;b&gt;bold&lt;/b&gt;" in html_en
    assert "<script>" not in html_en
    assert MARKUP in page.cards and NORDIC in page.cards
    links = [a for tag, a in page.attrs if tag == "a" and not a["href"].startswith("#")]
    assert links
    for attrs in links:
        assert attrs["href"].startswith(("https://", "http://"))
        assert attrs["rel"] == "noopener noreferrer"
    assert "javascript:" not in html_en
    assert any(a["href"] == "http://oresund.example/?a=1&b=2" for a in links)
    for tag, attrs in page.attrs:
        assert not any(name.startswith("on") for name in attrs), tag


def test_html_reads_well_on_a_phone(html_en: str) -> None:
    page = Page(html_en)
    html_tag = dict(page.attrs)["html"]
    assert html_tag["lang"] == "en"
    viewport = [a for tag, a in page.attrs if tag == "meta" and a.get("name") == "viewport"]
    assert viewport and "width=device-width" in str(viewport[0]["content"])
    assert "@media (max-width" in html_en
    assert "style" in page.tags and "link" not in page.tags


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", ["subprocessors-html", "subprocessors-pdf"])
def test_internal_fields_never_published(
    snapshot: Snapshot, tmp_path: Path, kind: str, lang: str
) -> None:
    """Internal notes, DPA references, safeguard documents and review dates stay inside."""
    raw = render(snapshot, kind, tmp_path / f"list-{lang}", lang)
    text = Page(raw).text if kind.endswith("html") else raw
    for output in (raw, text):
        assert SECRET not in output
        assert "2019" not in output  # every vendor's last review was in 2019
    for name in ("Zendesk", NORDIC, SPECIAL_NAMES[0]):
        assert name in text


@pytest.mark.parametrize(("lang", "title", "outside", "country"), [
    ("en", "Sub-processors as of 21", "Outside the EU/EEA", "United States"),
    ("nb", "Underdatabehandlere per 21. november 2026", "Utenfor EU/EØS", "USA"),
    ("da", "Underdatabehandlere pr. 21. november 2026", "Uden for EU/EØS", "USA"),
    ("sv", "Underbiträden per den 21 november 2026", "Utanför EU/EES", "USA"),
    ("fi", "Alikäsittelijät, tilanne 21. marraskuuta 2026", "EU:n/ETA:n ulkopuolella",
     "Yhdysvallat"),
])
def test_pdf_in_each_language(
    snapshot: Snapshot, tmp_path: Path, lang: str, title: str, outside: str, country: str
) -> None:
    text = render(snapshot, "subprocessors-pdf", tmp_path / "list.pdf", lang)
    if lang != "en":
        assert title in text
    else:
        assert "Sub-processors as of November 21, 2026" in text
    assert outside in text
    assert country in text
    for name in (FORMULA, MARKUP, NORDIC, *SPECIAL_NAMES):
        assert name in text, name


def test_nb_uses_local_terms(snapshot: Snapshot, tmp_path: Path) -> None:
    text = Page(render(snapshot, "subprocessors-html", tmp_path / "nb.html", "nb")).text
    assert "Underdatabehandlere per 21. november 2026" in text
    assert "tredjeland" in text
    assert "standard personvernbestemmelser (SCC)" in text
    assert "Irland (AWS eu-west-1, Dublin)" in text
    assert "E-postfiltrering & arkiv" in text  # the vendor's Norwegian description


def test_one_service(snapshot: Snapshot, tmp_path: Path) -> None:
    page = Page(render(snapshot, "subprocessors-html", tmp_path / "one.html", "en",
                       service="Helpdesk"))
    assert set(page.cards) == {"Zendesk", "Amazon Web Services", FORMULA, MARKUP}
    assert "the service Helpdesk" in page.text


def test_pdf_is_reproducible(snapshot: Snapshot, tmp_path: Path) -> None:
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    render_report("subprocessors-pdf", snapshot, first, lang="da", as_of=AS_OF)
    render_report("subprocessors-pdf", snapshot, second, lang="da", as_of=AS_OF)
    assert first.read_bytes() == second.read_bytes()


def test_the_list_claims_dpas_only_when_every_listed_vendor_has_one(
    snapshot: Snapshot, tmp_path: Path
) -> None:
    claim = "We have a data processing agreement with every sub-processor on this list."
    assert claim in Page(render(snapshot, "subprocessors-html", tmp_path / "a.html", "en")).text

    first = next(v for v in snapshot.vendors.values() if v.name == "Zendesk")
    vendors = dict(snapshot.vendors)
    vendors[first.id] = dataclasses.replace(first, dpa=None)
    without = dataclasses.replace(snapshot, vendors=vendors)
    page = Page(render(without, "subprocessors-html", tmp_path / "b.html", "en"))
    assert "Zendesk" in page.text
    assert claim not in page.text


@pytest.mark.parametrize(("lang", "protection"), [
    ("en", "India: Old SCCs 2010/87/EU (controller to processor) (no longer valid)."),
    ("nb", "India: Gamle standard personvernbestemmelser 2010/87/EU (behandlingsansvarlig "
           "til databehandler) (ikke lenger gyldig)."),
    ("fi", "Intia: Vanhat vakiosopimuslausekkeet 2010/87/EU (rekisterinpitäjältä henkilötietojen "
           "käsittelijälle) (ei enää voimassa)."),
])
def test_a_dead_mechanism_is_named_in_the_lists_language(
    snapshot: Snapshot, tmp_path: Path, lang: str, protection: str
) -> None:
    vendor = next(v for v in snapshot.vendors.values() if v.name == MARKUP)
    old = dataclasses.replace(vendor.safeguards[0], mechanism=Mechanism.SCC_2010_87)
    vendors = {**snapshot.vendors, vendor.id: dataclasses.replace(vendor, safeguards=(old,))}
    page = Page(render(dataclasses.replace(snapshot, vendors=vendors), "subprocessors-html",
                       tmp_path / f"{lang}.html", lang))
    assert protection in page.text


@pytest.mark.parametrize(("lang", "one", "thirty"), [
    ("en", "at least 1 day before", "at least 30 days before"),
    ("nb", "minst 1 dag før", "minst 30 dager før"),
    ("da", "mindst 1 dag, før", "mindst 30 dage, før"),
    ("sv", "minst 1 dag innan", "minst 30 dagar innan"),
    ("fi", "vähintään 1 päivää ennen", "vähintään 30 päivää ennen"),
])
def test_the_notice_period_reads_in_the_singular_or_the_plural(
    snapshot: Snapshot, tmp_path: Path, lang: str, one: str, thirty: str
) -> None:
    assert thirty in Page(render(snapshot, "subprocessors-html", tmp_path / "30.html", lang)).text
    short = dataclasses.replace(snapshot, organisation=dataclasses.replace(
        snapshot.organisation, notice_days=1))
    assert one in Page(render(short, "subprocessors-html", tmp_path / "1.html", lang)).text
