"""The agreement templates: every section present, the file format, an office's own file."""

from desktop import config
from desktop.reports import templates


def test_template_files_parse_into_every_section():
    for lang in ("es", "en"):
        template = templates.load_template("agreement", lang)
        assert set(templates.AGREEMENT_SECTIONS) <= set(template.sections), lang
        assert template.warnings == ()
        assert all(template.section(k).paragraphs for k in templates.AGREEMENT_SECTIONS
                   if k != "signatures")


def test_template_format_headings_paragraphs_and_placeholders():
    sections, odd = templates.parse_template(
        "Comment before the first section.\n## title\nA {x}\n\n"
        "## object: The object\nline one\nline two\n\nsecond {y} paragraph\n##bad heading\n")
    assert odd == ["##bad heading"]
    assert sections["title"].paragraphs == ("A {x}",)
    assert sections["object"].heading == "The object"
    assert sections["object"].paragraphs == ("line one line two", "second {y} paragraph")
    assert templates.fill("A {x} and {y}", {"x": "Ñ"}) == "A Ñ and {y}"


def test_an_office_template_saved_in_the_windows_code_page_still_reads():
    office = config.templates_dir()
    office.mkdir(parents=True, exist_ok=True)
    (office / "agreement_es.md").write_bytes("## title\nACUERDO Nº {number} – Añasco\n"
                                             .encode("cp1252"))
    template = templates.load_template("agreement", "es")
    assert template.paragraphs("title", {"number": "X"}) == ["ACUERDO Nº X – Añasco"]
    assert len(template.sources) == 2
