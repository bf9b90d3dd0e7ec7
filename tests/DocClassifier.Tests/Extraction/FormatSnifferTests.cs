using System.Text;
using DocClassifier.Extraction;

namespace DocClassifier.Tests.Extraction;

[TestFixture]
public class FormatSnifferTests
{
    [TestCase(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, DocumentFormat.Pdf)]
    [TestCase(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, DocumentFormat.Png)]
    [TestCase(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10 }, DocumentFormat.Jpeg)]
    [TestCase(new byte[] { 0x49, 0x49, 42, 0, 8, 0, 0, 0 }, DocumentFormat.Tiff)]
    [TestCase(new byte[] { 0x4D, 0x4D, 0, 42, 0, 0, 0, 8 }, DocumentFormat.Tiff)]
    [TestCase(new byte[] { 0x50, 0x4B, 3, 4 }, DocumentFormat.Unknown)]
    public void FromContent_RecognisesMagicNumbers(byte[] head, DocumentFormat expected) =>
        Assert.That(FormatSniffer.FromContent(head), Is.EqualTo(expected));

    [Test]
    public void FromContent_FindsAPdfHeaderAfterLeadingJunk() =>
        Assert.That(FormatSniffer.FromContent(Encoding.ASCII.GetBytes("\r\n\r\n%PDF-1.4\n")), Is.EqualTo(DocumentFormat.Pdf));

    [TestCase("a.PDF", DocumentFormat.Pdf)]
    [TestCase("b.tiff", DocumentFormat.Tiff)]
    [TestCase("c.JPEG", DocumentFormat.Jpeg)]
    [TestCase("d.docx", DocumentFormat.Unknown)]
    public void FromExtension_IgnoresCase(string name, DocumentFormat expected) =>
        Assert.That(FormatSniffer.FromExtension(name), Is.EqualTo(expected));
}
