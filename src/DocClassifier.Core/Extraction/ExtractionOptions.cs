namespace DocClassifier.Extraction;

/// <summary>Settings of the extraction stage (configuration section "Extraction").</summary>
public sealed class ExtractionOptions
{
    public const string SectionName = "Extraction";

    /// <summary>
    /// Tesseract languages joined by '+'. chi_tra first, with the Han (Traditional) script model where chi_tra's reading of a
    /// word is not good enough: fewer errors on pages it was not tuned on, for about a quarter more processor time (measured,
    /// see README).
    /// </summary>
    public string Languages { get; set; } = "chi_tra+HanT";

    /// <summary>These settings with other <see cref="Languages"/>.</summary>
    public ExtractionOptions WithLanguages(string languages)
    {
        var copy = (ExtractionOptions)MemberwiseClone();
        copy.Languages = languages;
        return copy;
    }

    /// <summary>
    /// Languages for a second reading of pages that came back with next to no Chinese (English letters,
    /// receipts); the more confident reading is kept. Empty turns the second reading off.
    /// </summary>
    public string FallbackLanguages { get; set; } = "eng";

    /// <summary>Folder holding *.traineddata; null lets Tesseract use its compiled-in default.</summary>
    public string? TessdataPath { get; set; }

    /// <summary>How many OCR engines may exist at once (one per worker thread); 0 means one per core.</summary>
    public int MaxEngines { get; set; }

    /// <summary>Larger files are refused before reading.</summary>
    public long MaxFileBytes { get; set; } = 200L * 1024 * 1024;

    public int MaxPages { get; set; } = 300;

    /// <summary>Images with more pixels than this are refused before decoding (30,000 x 30,000 is 900 million).</summary>
    public long MaxImagePixels { get; set; } = 150_000_000;

    /// <summary>A PDF page whose text layer has at least this many letters or digits is not OCRed.</summary>
    public int MinTextLayerCharacters { get; set; } = 20;

    /// <summary>
    /// Scans are rescaled to this resolution before OCR (within 10 % they are left alone; black-and-white
    /// scans to at least 300 dpi). 250 dpi read our forms and the SROIE receipts better than 300 and a
    /// 300 dpi form about a fifth faster (README, "OCR accuracy").
    /// </summary>
    public int TargetResolution { get; set; } = 250;

    /// <summary>Resolution assumed for images that do not state one.</summary>
    public int DefaultResolution { get; set; } = 300;

    /// <summary>Run deskew, background normalisation, binarisation and table-line removal before OCR.</summary>
    public bool Preprocess { get; set; } = true;

    /// <summary>Tesseract page segmentation mode for text outside ruled tables (3: automatic; table cells are read one by one).</summary>
    public int PageSegmentationMode { get; set; } = 3;

    /// <summary>Upper bound for OCR of one page, in seconds; 0 means no limit.</summary>
    public int OcrTimeoutSeconds { get; set; } = 120;

    /// <summary>Use poppler's pdfimages/pdftoppm for page images PdfPig cannot decode (JBIG2, vector-only pages).</summary>
    public bool UsePopplerFallback { get; set; } = true;
}
