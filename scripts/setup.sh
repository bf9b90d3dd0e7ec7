#!/usr/bin/env bash
# Installs what a fresh Debian/Ubuntu machine lacks to build, run and test DocClassifier,
# then restores NuGet packages. Idempotent: anything already present is skipped.
# --benchmarks also installs what the benchmarks compare with or print with (README, "Benchmarks").
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  libtesseract5 tesseract-ocr tesseract-ocr-chi-tra tesseract-ocr-eng  # OCR engine + models
  tesseract-ocr-osd                                                    # orientation detection: pages scanned sideways or upside down
  tesseract-ocr-script-hant                                            # the Han (Traditional) script model read beside chi_tra
  liblept5 poppler-utils qpdf                                          # PDF tools (JBIG2 fallback, fixtures)
  fonts-noto-cjk libfontconfig1                                        # Traditional Chinese rendering (SkiaSharp)
  fonts-arphic-uming fonts-arphic-ukai                                 # TrueType Ming (browser-printed PDFs, samples, OCR page set) and Kai
  fonts-wqy-microhei                                                   # a Hei face of the OCR page set (measured on only)
  postgresql                                                           # production ledger + Hangfire storage
  chromium                                                             # the review UI's browser test (Playwright, no download)
)
if [ "${1:-}" = "--benchmarks" ]; then
  packages+=(
    ocrmypdf                                                           # the scanned-PDF anchor
    python3-sklearn                                                    # the classifier's baseline
  )
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "setup: system packages already installed"
fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "setup: the .NET 10 SDK is required (https://learn.microsoft.com/dotnet/core/install/linux)" >&2
  exit 1
fi

dotnet restore DocClassifier.sln --nologo -v quiet
echo "setup: done"
