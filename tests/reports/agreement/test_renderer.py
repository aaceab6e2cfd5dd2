"""The printed agreement, read back from the PDF: names with accents, DNI, every commitment,
the right language, page numbers, the QR payload, signature blocks and the templates."""

import io
from datetime import date
from decimal import Decimal

import pytest
from pypdf import PdfReader

from desktop import config
from desktop.i18n import translate
from desktop.i18n.formatting import fmt_soles
from desktop.i18n.labels import LABELS, label
from desktop.reports.agreement import (
    AgreementQr, AgreementRenderer, agreement_document, document_languages, write_agreement_pdf,
)
from desktop.services import agreements as ag
from desktop.services import registry

TODAY = date.today()
FREE_COMMITMENT = "Cuidar el manantial de la quebrada Añasco"


def make_agreement(session, family, sign: bool = True, benefits: int = 2,
                   spouse_dni: str = "76543210"):
    """A family's agreement with plots, a free-text commitment, benefits and a spouse who
    signs with a thumbprint; signed today unless `sign` is false."""
    registry.add_plot(session, family.id, {"name": "Bosque de la Cumbre", "area_ha": "4.5",
                                           "land_use": "forest", "latitude": "-5.6620",
                                           "longitude": "-77.7460"})
    registry.add_plot(session, family.id, {"name": "El Cafetal", "area_ha": "2",
                                           "land_use": "coffee"})
    spouse = registry.add_member(session, family.id, {
        "given_names": "María Inés", "paternal_surname": "Huamán", "maternal_surname": "Ríos",
        "dni": spouse_dni, "sex": "F", "relation": "spouse", "signs": False},
        allow_duplicate=True)
    agreement = ag.create_agreement(session, family.id, {
        "start_date": date(TODAY.year, 1, 1), "end_date": date(TODAY.year, 12, 31)},
        free_commitments=[FREE_COMMITMENT])
    kinds = list(LABELS["benefit"])
    for i in range(benefits):
        ag.add_benefit(session, agreement.id, {
            "kind": kinds[i % len(kinds)], "quantity": str(i + 1), "unit": "kit",
            "estimated_value_pen": "1480.50" if i == 0 else "150",
            "description": "Útiles para niños" if i == 0 else ""})
    ag.add_signatory(session, agreement.id, {}, person_id=spouse.id)
    if sign:
        ag.sign(session, agreement.id, TODAY)
    return agreement


@pytest.fixture
def agreement(session, family):
    return make_agreement(session, family)


def flat(text: str) -> str:
    """Text with line breaks and runs of spaces made single spaces (lines wrap in cells)."""
    return " ".join(text.split())


def render(doc, lang) -> list[str]:
    """The text of each page of `doc` printed in `lang`."""
    buffer = io.BytesIO()
    AgreementRenderer(lang).build([doc], buffer)
    return [flat(page.extract_text()) for page in PdfReader(io.BytesIO(buffer.getvalue())).pages]


def page_line(lang: str, page: int, pages: int) -> str:
    return translate("Pdf", "Page {page} of {pages}", lang).format(page=page, pages=pages)


def test_spanish_document_has_the_parties_plots_and_every_commitment(agreement):
    doc = agreement_document(agreement)
    pages = render(doc, "es")
    text = "\n".join(pages)
    assert "ACUERDO DE CONSERVACIÓN" in text  # from resources/templates/agreement_es.md
    assert "José Núñez Pérez" in text and "María Inés Huamán Ríos" in text
    assert "01234567" in text and "76543210" in text
    assert "Aguas Claras" in text and "Pardo Miguel" in text
    assert "Bosque de la Cumbre" in text and "-5.66200, -77.74600" in text
    assert label("land_use", "forest", "es") in text
    for kind in LABELS["commitment"]:
        assert label("commitment", kind, "es") in text, kind
    assert FREE_COMMITMENT in text
    assert label("commitment", "no_burning", "en") not in text
    assert fmt_soles(Decimal("1480.50"), "es") in text
    assert "Útiles para niños" in text
    for number, page in enumerate(pages, start=1):
        assert page_line("es", number, len(pages)) in page


def test_english_document_with_page_count_line(agreement):
    pages = render(agreement_document(agreement), "en")
    text = "\n".join(pages)
    assert "CONSERVATION AGREEMENT" in text and "ACUERDO DE CONSERVACIÓN" not in text
    for kind in LABELS["commitment"]:
        assert label("commitment", kind, "en") in text, kind
    assert label("commitment", "no_burning", "es") not in text
    assert "José Núñez Pérez" in text and "DNI: 01234567" in text
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
    assert fmt_soles(Decimal("1480.50"), "en") in text


def test_both_languages_spanish_part_first_then_english_each_numbered(agreement):
    doc = agreement_document(agreement)
    spanish, english = len(render(doc, "es")), len(render(doc, "en"))
    pages = render(doc, "both")
    assert len(pages) == spanish + english
    assert "ACUERDO DE CONSERVACIÓN" in pages[0]
    assert "CONSERVATION AGREEMENT" in pages[spanish]
    assert page_line("es", 1, spanish) in pages[0]
    assert f"Page 1 of {english}" in pages[spanish]
    assert f"Page {english} of {english}" in pages[-1]
    assert document_languages("both") == ("es", "en")
    with pytest.raises(ValueError):
        document_languages("fr")


def test_qr_code_encodes_the_number_and_fingerprint_printed_under_it(session, agreement):
    doc = agreement_document(agreement)
    assert doc.qr_payload == ag.qr_payload(agreement)
    assert doc.qr_payload == f"{agreement.number}|{agreement.fingerprint}"
    assert doc.fingerprint == agreement.fingerprint and len(doc.fingerprint) == 12
    doc.qr_payload.encode("ascii")
    story = AgreementRenderer("both").story(doc)
    codes = [f for f in _walk(story) if isinstance(f, AgreementQr)]
    assert [qr.payload for qr in codes] == [doc.qr_payload] * 2  # one per language part
    first = render(doc, "en")[0]
    assert agreement.number in first
    assert f"Check code: {agreement.fingerprint}" in first
    # a paper copy whose content changed no longer matches the file
    agreement.family.head.dni = "87654321"
    assert ag.qr_payload(agreement) != doc.qr_payload
    session.rollback()


def _walk(flowables):
    from reportlab.platypus import KeepTogether, Table

    for f in flowables:
        yield f
        if isinstance(f, KeepTogether):
            yield from _walk(f._content)
        if isinstance(f, Table):
            for row in f._cellvalues:
                for value in row:
                    yield from _walk(value if isinstance(value, list) else [value])


def test_signature_blocks_with_thumbprint_boxes_stay_together(agreement):
    doc = agreement_document(agreement)
    assert [s.role for s in doc.signatories] == ["head", "member", "programme", "park"]
    pages = render(doc, "en")
    last = pages[-1]
    for signatory in doc.signatories:
        assert signatory.name in last  # all blocks on the same page
    assert last.count("Thumbprint") == len(doc.signatories)
    thumbprint_users = [s.name for s in doc.signatories if s.uses_thumbprint]
    assert "María Inés Huamán Ríos" in thumbprint_users
    assert "Coordinador(a) del programa" not in thumbprint_users
    assert last.count("Signs with a thumbprint") == len(thumbprint_users)
    assert "Agreement of the parties" in last  # the closing clause is on the signatures' page


def test_a_long_agreement_never_splits_a_signature_block(session, family):
    agreement = make_agreement(session, family, benefits=40)
    doc = agreement_document(agreement)
    pages = render(doc, "es")
    assert len(pages) >= 3
    thumbprint = translate("Pdf", "Thumbprint", "es")
    holding = [page for page in pages if thumbprint in page]
    assert len(holding) == 1  # every block on one page
    assert holding[0].count(thumbprint) == len(doc.signatories)
    for signatory in doc.signatories:
        assert signatory.name in holding[0]
    for number, page in enumerate(pages, start=1):
        assert page_line("es", number, len(pages)) in page


def test_a_draft_is_marked_and_a_signed_one_is_not(session, family, agreement):
    assert "BORRADOR" not in "\n".join(render(agreement_document(agreement), "es"))
    draft = ag.renew(session, agreement.id)
    doc = agreement_document(draft)
    assert doc.is_draft
    assert label("agreement_status", "draft", "es").upper() in render(doc, "es")[0]
    assert "DRAFT" in render(doc, "en")[-1]
    both = render(doc, "both")
    assert "BORRADOR" in both[0] and "DRAFT" in both[-1]


def test_the_closing_leaves_a_blank_for_the_date_of_a_draft(session, family):
    from desktop.i18n.formatting import fmt_date

    draft = make_agreement(session, family, sign=False)
    assert "on ________________" in "\n".join(render(agreement_document(draft), "en"))
    signed = agreement_document(ag.sign(session, draft.id, TODAY))
    assert f"on {fmt_date(TODAY, 'en', 'long')}" in "\n".join(render(signed, "en"))


def test_office_template_overrides_ours_section_by_section(agreement):
    office = config.templates_dir()
    office.mkdir(parents=True, exist_ok=True)
    (office / "agreement_en.md").write_text(
        "Our office's texts.\n\n## monitoring: Visits by the rangers\n"
        "The rangers of {park_authority} visit {family_head} twice a year.\n\n"
        "Unknown {placeholder} is printed as written.\n", encoding="utf-8")
    text = "\n".join(render(agreement_document(agreement), "en"))
    assert "Visits by the rangers" in text
    assert "visit José Núñez Pérez twice a year" in text
    assert "Unknown {placeholder} is printed as written." in text
    assert "Non-compliance" in text  # the other sections are still ours
    assert "Monitoring and verification" not in text
    # Spanish is untouched
    assert "Monitoreo y verificación" in "\n".join(render(agreement_document(agreement), "es"))


def test_logos_are_printed_when_set_and_a_bad_logo_is_left_out(tmp_path, agreement):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 80), (40, 110, 60)).save(logo)
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not an image")
    config.put(config.PROGRAMME_LOGO, str(logo))
    config.put(config.PARK_LOGO, str(broken))
    out = write_agreement_pdf(agreement_document(agreement), tmp_path / "a.pdf", "es")
    first = PdfReader(out).pages[0]
    images = [name for name, x in first["/Resources"].get("/XObject", {}).items()
              if x.get_object()["/Subtype"] == "/Image"]
    assert len(images) == 1


def test_written_atomically_and_names_printed_from_the_settings(tmp_path, agreement):
    config.put(config.PROGRAMME_NAME, "Programa Bosques del Alto Mayo")
    config.put(config.PARK_AUTHORITY_NAME, "Jefatura del BPAM – SERNANP")
    out = write_agreement_pdf(agreement_document(agreement), tmp_path / "sub" / "a.pdf", "en")
    text = flat("\n".join(p.extract_text() for p in PdfReader(out).pages))
    assert "Programa Bosques del Alto Mayo" in text and "Jefatura del BPAM – SERNANP" in text
    assert [p.name for p in out.parent.iterdir()] == ["a.pdf"]
