using DocClassifier.Extraction.Images;
using DocClassifier.Extraction.Ocr;
using DocClassifier.Extraction.Pdf;

namespace DocClassifier.Extraction;

/// <summary>
/// Checks the file (exists, not empty, not too big, content is a format we read) and hands it to
/// the PDF or image extractor by its content, never by its name.
/// </summary>
internal sealed class FormatSniffingExtractor(PdfDocumentExtractor pdf, ImageFileExtractor images, ExtractionOptions options)
    : IDocumentExtractor
{
    public ExtractedDocument Extract(string path, CancellationToken cancellationToken = default)
    {
        var content = Read(path);
        var fileName = Path.GetFileName(path);
        var format = FormatSniffer.FromContent(content);
        var named = FormatSniffer.FromExtension(fileName);
        if (format == DocumentFormat.Unknown)
        {
            var what = FormatSniffer.Describe(content);
            throw named == DocumentFormat.Unknown
                ? new ExtractionException(
                    ExtractionErrorCode.UnsupportedFormat, $"'{fileName}' is {what}; only PDF, TIFF, JPEG, PNG and BMP files are read.")
                : new ExtractionException(
                    ExtractionErrorCode.ContentMismatch, $"'{fileName}' is named as {named.ToString().ToUpperInvariant()} but its content is {what}.");
        }

        var pages = format == DocumentFormat.Pdf
            ? pdf.Extract(path, content, cancellationToken)
            : images.Extract(content, format, cancellationToken);

        var warnings = named != format && named != DocumentFormat.Unknown
            ? [$"'{fileName}' is named as {named.ToString().ToUpperInvariant()} but is a {format.ToString().ToUpperInvariant()} file; read as {format.ToString().ToUpperInvariant()}."]
            : Array.Empty<string>();
        return new ExtractedDocument(fileName, format, pages) { Warnings = warnings };
    }

    private byte[] Read(string path)
    {
        FileInfo file = new(path);
        if (!file.Exists)
        {
            throw new ExtractionException(ExtractionErrorCode.FileNotFound, $"The file '{file.Name}' does not exist (moved or deleted while waiting?).");
        }

        if (file.Length == 0)
        {
            throw new ExtractionException(ExtractionErrorCode.EmptyFile, $"'{file.Name}' is empty (0 bytes); the scan or copy did not finish.");
        }

        if (file.Length > options.MaxFileBytes)
        {
            throw new ExtractionException(
                ExtractionErrorCode.FileTooLarge,
                $"'{file.Name}' is {file.Length / 1048576.0:N1} MB, over the limit of {options.MaxFileBytes / 1048576.0:N0} MB.");
        }

        try
        {
            return File.ReadAllBytes(path);
        }
        catch (FileNotFoundException e)
        {
            throw new ExtractionException(ExtractionErrorCode.FileNotFound, $"'{file.Name}' was removed while being read.", e);
        }
    }
}
