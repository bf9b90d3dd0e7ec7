using DocClassifier.Extraction;
using DocClassifier.Samples.Stacks;
using DocClassifier.Splitting;
using DocClassifier.Tests.Support;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace DocClassifier.Tests.Extraction;

public sealed class ScanPageImagesTests
{
    [Test]
    public void The_sheet_search_decodes_a_stacks_scans_and_not_its_born_digital_pages()
    {
        using var folder = new TempFolder();
        var scan = Stacks.Pdf(folder, "scan.pdf", [StackSheet.Separator()]);
        var path = folder.Write("stack.pdf", PdfMerger.Merge([FormPage(), File.ReadAllBytes(scan), FormPage()]));
        var content = File.ReadAllBytes(path);

        var searched = Images(path, content, sheetSearch: true);
        var all = Images(path, content, sheetSearch: false);

        Assert.That(searched, Is.EqualTo(new[] { false, true, false }), "pages decoded for the sheet search");
        Assert.That(all, Is.EqualTo(new[] { true, true, true }), "pages decoded without it (a short page with drawings is rendered)");
    }

    [Test]
    public void The_sheet_search_decodes_nothing_in_a_file_of_one_page()
    {
        using var folder = new TempFolder();
        var path = folder.Write("sheet.pdf", SeparatorSheetWriter.Write("stamp-tax"));

        Assert.That(Images(path, File.ReadAllBytes(path), sheetSearch: true), Is.EqualTo(new[] { false }));
        Assert.That(Images(path, File.ReadAllBytes(path), sheetSearch: false), Is.EqualTo(new[] { true }));
    }

    private static List<bool> Images(string path, byte[] content, bool sheetSearch)
    {
        var decoded = new List<bool>();
        _ = new ScanPageImages(new ExtractionOptions()).Visit(path, content, DocumentFormat.Pdf, (_, image) => decoded.Add(image is not null), CancellationToken.None, sheetSearch);
        return decoded;
    }

    // A born-digital form: a little text and a drawn box (under the 400 letters that mark a page of text).
    private static byte[] FormPage()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(595, 842);
        page.DrawRectangle(new PdfPoint(50, 600), 495, 150, 1);
        _ = page.AddText("Application for house tax relief, applicant Wang", 12, new PdfPoint(60, 700), font);
        return builder.Build();
    }
}
