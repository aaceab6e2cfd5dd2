#!/bin/sh
# Refresh translations/desktop_es.ts from the code, then compile desktop_es.qm.
# (lupdate finds nothing when given a folder, so it gets the file list; strings that
# documents translate with a language variable are listed first by extract_strings.py.)
set -e
cd "$(dirname "$0")/.."
python3 translations/extract_strings.py
pyside6-lupdate $(find desktop -name '*.py' | sort) translations/document_strings.py -no-obsolete -source-language en -target-language es -ts translations/desktop_es.ts
pyside6-lrelease translations/desktop_es.ts -qm translations/desktop_es.qm
