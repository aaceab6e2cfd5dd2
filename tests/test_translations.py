"""Every user-visible string has Spanish, and the .ts/.qm files are up to date with the code."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

from desktop import PROJECT_ROOT, TRANSLATIONS_DIR

TS = TRANSLATIONS_DIR / "desktop_es.ts"


def sources(ts_text: str) -> set[tuple[str, str]]:
    found = set()
    for context in re.findall(r"<context>(.*?)</context>", ts_text, re.S):
        name = re.search(r"<name>(.*?)</name>", context).group(1)
        for source in re.findall(r"<source>(.*?)</source>", context, re.S):
            found.add((name, source))
    return found


def test_every_string_is_translated():
    text = TS.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert "<translation></translation>" not in text


def test_no_string_is_filed_under_no_context():
    """lupdate files a bare tr() outside a class under the empty context, where the running
    program (which asks with a class's name) never finds it: the Spanish stays unused."""
    assert not [source for context, source in sources(TS.read_text(encoding="utf-8"))
                if context == ""]


def test_ts_file_matches_the_code(tmp_path):
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate, "pyside6-lupdate comes with PySide6"
    files = sorted(str(p) for p in (PROJECT_ROOT / "desktop").rglob("*.py"))
    files.append(str(TRANSLATIONS_DIR / "document_strings.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, *files, "-source-language", "en", "-target-language", "es",
                    "-ts", str(fresh)], check=True, capture_output=True)
    missing = sources(fresh.read_text(encoding="utf-8")) - sources(TS.read_text(encoding="utf-8"))
    assert not missing, f"run translations/update.sh and translate: {sorted(missing)[:5]}"


def test_compiled_qm_matches_its_source(tmp_path):
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    fresh = tmp_path / "fresh.qm"
    subprocess.run([lrelease, str(TS), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == (TRANSLATIONS_DIR / "desktop_es.qm").read_bytes(), \
        "run translations/update.sh"


def test_document_strings_are_listed_for_lupdate():
    sys.path.insert(0, str(TRANSLATIONS_DIR))
    try:
        import extract_strings
    finally:
        sys.path.pop(0)
    expected = extract_strings.render(extract_strings.found_strings())
    assert (TRANSLATIONS_DIR / "document_strings.py").read_text(encoding="utf-8") == expected, \
        "run translations/update.sh"
