#!/usr/bin/env bash
# Install the system programs that reading office files and scans needs, when missing:
# LibreOffice (headless) for .doc/.odt/.rtf, Tesseract with its Vietnamese model for scans.
# .ci/run calls it so that CI tests those formats; `make test` only skips them, with a note,
# where they are absent. Needs root (or sudo) and Debian's package registry.
set -euo pipefail

packages=()
command -v soffice >/dev/null 2>&1 || packages+=(libreoffice-writer-nogui)
command -v tesseract >/dev/null 2>&1 || packages+=(tesseract-ocr)
if ! tesseract --list-langs 2>/dev/null | grep -qx vie; then
    packages+=(tesseract-ocr-vie)
fi
fc-list 2>/dev/null | grep -qi "DejaVu Sans" || packages+=(fonts-dejavu-core)

if ((${#packages[@]} == 0)); then
    exit 0
fi
sudo=""
[[ $(id -u) -eq 0 ]] || sudo="sudo"
echo "system-deps: installing ${packages[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
