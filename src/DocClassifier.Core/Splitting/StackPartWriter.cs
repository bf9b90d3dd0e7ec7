using System.Globalization;
using DocClassifier.Extraction;
using DocClassifier.Extraction.Images;
using DocClassifier.Extraction.Native;
using DocClassifier.Extraction.Pdf;
using UglyToad.PdfPig.Writer;

namespace DocClassifier.Splitting;

/// <summary>
/// Writes one part of a stack as a file of its own, in the stack's format: a PDF's pages are copied as they are (PdfPig),
/// a TIFF's pages are decoded and written again losslessly (G4 for black and white, ZIP otherwise; Leptonica). The
/// file names its stack and page range inside (PDF subject, TIFF image description), so the same pages of two stacks
/// never make the same bytes, and the same stack always does: the part's id, its SHA-256, is stable.
/// </summary>
public sealed class StackPartWriter(ExtractionOptions options)
{
    /// <summary>The part's bytes and its file extension (<c>.pdf</c> or <c>.tif</c>).</summary>
    /// <exception cref="ExtractionException">The stack's pages could not be copied, or the part did not come out with its pages.</exception>
    public (byte[] Content, string Extension) Write(byte[] stack, string stackId, StackPart part)
    {
        ArgumentNullException.ThrowIfNull(stack);
        ArgumentNullException.ThrowIfNull(part);
        var note = string.Create(CultureInfo.InvariantCulture, $"DocClassifier: pages {part.Pages} of stack {stackId}");
        var format = FormatSniffer.FromContent(stack);
        var (content, extension, pages) = format switch
        {
            DocumentFormat.Pdf => (Pdf(stack, part, note), ".pdf", 0),
            DocumentFormat.Tiff => (Tiff(stack, part, note), ".tif", 0),
            _ => throw new ExtractionException(ExtractionErrorCode.UnsupportedFormat, "Only PDF and TIFF stacks are split."),
        };
        pages = format == DocumentFormat.Pdf ? PdfPages(content) : TiffDirectories.Read(content, options.MaxPages, out _).Count;
        return pages == part.PageCount
            ? (content, extension)
            : throw new ExtractionException(ExtractionErrorCode.CorruptFile, $"Part {part.Number} (pages {part.Pages}) came out with {pages} pages instead of {part.PageCount}; the stack is not split.");
    }

    private byte[] Pdf(byte[] stack, StackPart part, string note)
    {
        try
        {
            using var source = PdfDocumentExtractor.Open(stack, options);
            var builder = new PdfDocumentBuilder { IncludeDocumentInformation = true };
            builder.DocumentInformation.Producer = "DocClassifier";
            builder.DocumentInformation.Subject = note;
            for (var number = part.FirstPage; number <= part.LastPage; number++)
            {
                _ = builder.AddPage(source, number);
            }

            return StablePdfId.Apply(builder.Build(), note);
        }
        catch (Exception e) when (e is not (ExtractionException or OutOfMemoryException))
        {
            throw new ExtractionException(ExtractionErrorCode.CorruptFile, $"Pages {part.Pages} of the stack could not be copied into a document of their own ({e.Message}).", e);
        }
    }

    private byte[] Tiff(byte[] stack, StackPart part, string note)
    {
        var headers = TiffDirectories.Read(stack, options.MaxPages, out _);
        var file = Path.Combine(Path.GetTempPath(), $"docclassifier-part-{Guid.NewGuid():N}.tif");
        try
        {
            for (var number = part.FirstPage; number <= part.LastPage; number++)
            {
                using var page = ImageFileExtractor.ReadTiffPage(stack, headers[number - 1], number);
                if (number == part.FirstPage)
                {
                    _ = LeptonicaApi.PixSetText(page.Pointer, note);
                }

                var compression = page.Depth == 1 ? LeptonicaApi.FormatTiffG4 : LeptonicaApi.FormatTiffZip;
                if (LeptonicaApi.PixWriteTiff(file, page.Pointer, compression, number == part.FirstPage ? "w" : "a") != 0)
                {
                    throw new ExtractionException(ExtractionErrorCode.CorruptFile, $"Page {number} of the stack could not be written into its part.");
                }
            }

            return File.ReadAllBytes(file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private int PdfPages(byte[] content)
    {
        using var document = PdfDocumentExtractor.Open(content, options);
        return document.NumberOfPages;
    }
}
