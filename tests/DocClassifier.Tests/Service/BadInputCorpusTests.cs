using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DocClassifier.Storage;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Service;

/// <summary>
/// Every kind of bad input a clerk (or a scanner, or a script) can put into the inbox, dropped into one
/// running service: each ends with a recorded outcome, the service keeps its memory bounded and goes on
/// to process a good document dropped after them.
/// </summary>
[Category("Ocr")]
[Category("Service")]
[Parallelizable(ParallelScope.Self)]
public sealed class BadInputCorpusTests
{
    private const double MaxPeakRssMegabytes = 1536;

    // Each file that is recorded, with the code it must fail with; null means it is a good document (Delivered or PendingReview).
    private static readonly Dictionary<string, string?> Expected = new(StringComparer.Ordinal)
    {
        ["empty.pdf"] = "EmptyFile",
        ["truncated.pdf"] = "CorruptFile",
        ["encrypted.pdf"] = "Encrypted",
        ["no-pages.pdf"] = "NoPages",
        ["500-pages.pdf"] = "TooManyPages",
        ["30000x30000.png"] = "ImageTooLarge",
        ["broken-ifd.tif"] = "CorruptFile",
        ["web-page.pdf"] = "ContentMismatch",
        ["letter.docx"] = "UnsupportedFormat",
        ["noise.jpg"] = "ContentMismatch",
        ["房屋稅 減免 申請書 copy.pdf"] = null,
        ["read-only.pdf"] = null,
        ["slow-copy.pdf"] = null,
    };

    [Test]
    public void FifteenKindsOfBadInput_EachEndsWithARecordedOutcome_MemoryStaysBounded_AndTheServiceGoesOn()
    {
        using var folder = new TempFolder();
        var inbox = Path.Combine(folder.Path, "inbox");
        var clerk = Path.Combine(inbox, "counter-2");
        var outside = Path.Combine(folder.Path, "elsewhere");
        Directory.CreateDirectory(clerk);
        Directory.CreateDirectory(outside);
        var good = InboxFiles.BornDigital(Path.Combine(folder.Path, "staging"), 5, seed: 51);
        var bornDigital = File.ReadAllBytes(good[0]);

        using var service = ServiceProcess.Start(folder.Path);
        File.WriteAllBytes(Path.Combine(clerk, "empty.pdf"), []);
        File.WriteAllBytes(Path.Combine(clerk, "truncated.pdf"), bornDigital[..(bornDigital.Length / 3)]);
        File.WriteAllBytes(Path.Combine(clerk, "encrypted.pdf"), MinimalPdf.PasswordProtected());
        File.WriteAllBytes(Path.Combine(clerk, "jbig2.pdf"), MinimalPdf.WithJbig2Image());
        File.WriteAllBytes(Path.Combine(clerk, "no-pages.pdf"), MinimalPdf.WithPages(0));
        File.WriteAllBytes(Path.Combine(clerk, "500-pages.pdf"), MinimalPdf.WithPages(500));
        File.WriteAllBytes(Path.Combine(clerk, "30000x30000.png"), PngHeader.Claiming(30_000, 30_000));
        File.WriteAllBytes(Path.Combine(clerk, "broken-ifd.tif"), BrokenTiff());
        File.WriteAllText(Path.Combine(clerk, "web-page.pdf"), "<!DOCTYPE html><html><body>Your tax bill</body></html>");
        File.WriteAllBytes(Path.Combine(clerk, "letter.docx"), Docx());
        File.WriteAllBytes(Path.Combine(clerk, "noise.jpg"), RandomNumberGenerator.GetBytes(64 * 1024));
        File.WriteAllBytes(Path.Combine(clerk, "~$letter.docx"), [1, 2, 3]);
        File.Move(good[1], Path.Combine(clerk, "房屋稅 減免 申請書 copy.pdf"));
        var readOnly = Path.Combine(clerk, "read-only.pdf");
        File.Move(good[2], readOnly);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(readOnly, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        // A link to a file outside the inbox, and a link to a folder outside it: neither is taken, nor followed.
        var secret = Path.Combine(outside, "not-for-the-inbox.pdf");
        File.Move(good[3], secret);
        File.CreateSymbolicLink(Path.Combine(clerk, "link.pdf"), secret);
        Directory.CreateSymbolicLink(Path.Combine(inbox, "linked-folder"), outside);

        // Removed before it was finished: never recorded. Held open while it exists (as a copy in progress holds it),
        // so however long this thread is kept waiting, the file is never steady and free at once.
        var removed = Path.Combine(clerk, "removed.pdf");
        using (var writing = new FileStream(removed, FileMode.CreateNew, FileAccess.Write, FileShare.Read))
        {
            writing.Write(bornDigital);
            writing.Flush();
            Thread.Sleep(100);
            File.Delete(removed);
        }

        // Still being written: small pieces, each well within the stability delay, the file held open throughout.
        var slowCopy = File.ReadAllBytes(good[4]);
        WriteSlowly(Path.Combine(clerk, "slow-copy.pdf"), slowCopy, pieces: 12, pause: TimeSpan.FromMilliseconds(300));

        var ledger = new SqliteDocumentLedger(Path.Combine(folder.Path, "ledger.db"));
        InboxFiles.WaitUntil(() => Finished(ledger).Count == Expected.Count + 1, TimeSpan.FromMinutes(2), "not every file got an outcome");

        var after = InboxFiles.BornDigital(Path.Combine(folder.Path, "staging-after"), 1, seed: 52)[0];
        var afterName = Path.GetFileName(after);
        InboxFiles.Drop([after], clerk);
        InboxFiles.WaitUntil(() => Finished(ledger).Any(d => d.OriginalFileName == afterName), TimeSpan.FromMinutes(1), "the good document dropped after them was not processed");

        Thread.Sleep(TimeSpan.FromSeconds(2)); // a rescan or two more: nothing else may be taken
        var peak = service.PeakRssMegabytes();
        var all = ledger.InStates(Enum.GetValues<DocumentState>());
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var byName = all.ToDictionary(d => d.OriginalFileName, StringComparer.Ordinal);
        TestContext.Out.WriteLine($"peak RSS {peak:F0} MB; outcomes: {string.Join(", ", all.Select(d => $"{d.OriginalFileName} {d.State} {d.ErrorCode}"))}");
        Assert.Multiple(() =>
        {
            Assert.That(service.HasExited, Is.False, "the service is still running");
            Assert.That(peak, Is.LessThan(MaxPeakRssMegabytes), "peak RSS of the service (MB)");
            Assert.That(all.Select(d => d.OriginalFileName), Is.EquivalentTo(Expected.Keys.Append("jbig2.pdf").Append(afterName)), "exactly these were recorded");
            foreach (var (name, code) in Expected)
            {
                var document = byName[name];
                if (code is null)
                {
                    Assert.That(document.State, Is.AnyOf(DocumentState.Delivered, DocumentState.PendingReview), name);
                }
                else
                {
                    var spelt = JsonNamingPolicy.CamelCase.ConvertName(code);
                    Assert.That((document.State, document.ErrorCode), Is.EqualTo((DocumentState.Failed, spelt)), $"{name}: one spelling in the ledger");
                    Assert.That(ErrorCodeInFailedFolder(folder.Path, document.Id), Is.EqualTo(spelt), $"{name}: failed/<id>.error.json");
                }
            }

            // Poppler cannot decode a made-up JBIG2 stream either; whatever it makes of it, the document gets an outcome.
            Assert.That(byName["jbig2.pdf"].State, Is.AnyOf(DocumentState.Failed, DocumentState.PendingReview), "jbig2.pdf");
            Assert.That(byName[afterName].State, Is.AnyOf(DocumentState.Delivered, DocumentState.PendingReview), afterName);
            Assert.That(byName["slow-copy.pdf"].Id, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(slowCopy))), "the slow copy was taken only once whole");
            Assert.That(File.Exists(Path.Combine(clerk, "~$letter.docx")), Is.True, "an Office lock file stays in the inbox");
            Assert.That(File.Exists(Path.Combine(clerk, "link.pdf")) && File.Exists(secret), Is.True, "the link stays, and so does what it points to");
            Assert.That(Directory.GetFiles(outside), Is.EqualTo(new[] { secret }), "nothing was taken through the linked folder");
            Assert.That(service.Output, Has.Some.Contains("link.pdf is a symbolic link"));
            Assert.That(service.Output, Has.None.Contains("Unhandled exception").And.None.Contains("fail:"), "nothing in the service failed unexpectedly");
        });
    }

    private static IReadOnlyList<LedgerDocument> Finished(SqliteDocumentLedger ledger) =>
        ledger.InStates([DocumentState.Delivered, DocumentState.PendingReview, DocumentState.Failed]);

    private static string? ErrorCodeInFailedFolder(string baseDirectory, string id)
    {
        var file = Path.Combine(baseDirectory, "failed", id + ".error.json");
        return File.Exists(file) ? JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("code").GetString() : null;
    }

    private static void WriteSlowly(string path, byte[] content, int pieces, TimeSpan pause)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
        var size = (content.Length + pieces - 1) / pieces;
        for (var offset = 0; offset < content.Length; offset += size)
        {
            stream.Write(content, offset, Math.Min(size, content.Length - offset));
            stream.Flush();
            Thread.Sleep(pause);
        }
    }

    private static byte[] BrokenTiff()
    {
        var tiff = File.ReadAllBytes(GeneratedFixtures.PathOf(GeneratedFixtures.TwoPageTiff));
        BitConverter.GetBytes(tiff.Length + 4096).CopyTo(tiff, 4); // the first directory lies past the end
        return tiff;
    }

    private static byte[] Docx()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, xml) in new[]
            {
                ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
                ("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>房屋稅減免申請</w:t></w:r></w:p></w:body></w:document>"),
            })
            {
                using var entry = archive.CreateEntry(name).Open();
                entry.Write(Encoding.UTF8.GetBytes(xml));
            }
        }

        return zip.ToArray();
    }
}
