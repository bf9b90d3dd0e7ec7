using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Ocr;

/// <summary>Turns a scanned page into the image OCR reads best (a new image), with any table cells found.</summary>
internal interface IPagePreprocessor
{
    PreparedPage Prepare(Pix page);
}
