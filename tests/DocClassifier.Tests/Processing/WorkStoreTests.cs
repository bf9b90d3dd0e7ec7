using DocClassifier.Classification;
using DocClassifier.Extraction;
using DocClassifier.Fields;
using DocClassifier.Processing;
using DocClassifier.Routing;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Processing;

/// <summary>Work records keep the fields found and the routing verdict; a record from before they were kept still reads whole.</summary>
public sealed class WorkStoreTests
{
    private const string Id = "ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12";

    [Test]
    public void ARecordWrittenBeforeFieldsWereKept_ReadsWithItsFieldsAndReason()
    {
        using var folder = new TempFolder();
        folder.Write(Id + ".json", System.Text.Encoding.UTF8.GetBytes("""
            {
              "extracted": { "fileName": "scan.png", "format": "png", "pages": [ { "number": 1, "rawText": "身分證統一編號 A123456789", "text": "身分證統一編號 A123456789", "source": "ocr", "ocrConfidence": 88, "resolution": 300 } ] },
              "classification": { "label": "house-tax-relief", "confidence": 0.4, "top": [], "threshold": 0.8, "decision": "review", "reason": "Confidence 0.40 is below the threshold 0.80 for 'house-tax-relief'.", "modelVersion": "m@1" },
              "fieldCorrections": null
            }
            """));

        var record = new WorkStore(folder.Path).Find(Id)!;

        Assert.Multiple(() =>
        {
            Assert.That(record.Fields!.Select(f => (f.Id, f.Value)), Is.EqualTo(new[] { ("nationalId-1-0", "A123456789") }));
            Assert.That(record.Verdict, Is.EqualTo(new RoutingVerdict(RoutingDecision.Review, "Confidence 0.40 is below the threshold 0.80 for 'house-tax-relief'.")));
            Assert.That(record.Classification.Label, Is.EqualTo("house-tax-relief"));
        });
    }

    [Test]
    public void TheFieldsKept_AreTheFieldsRead_NotExtractedAgain()
    {
        using var folder = new TempFolder();
        var store = new WorkStore(folder.Path);
        var extracted = new ExtractedDocument("scan.png", DocumentFormat.Png, [new ExtractedPage(1, "A123456789", "A123456789", TextSource.Ocr, 88, 300)]);
        var kept = new ExtractedField("nationalId", "B123456780", "B123456780", 1, true, null) { Id = "nationalId-1-0" };
        store.Save(Id, new WorkRecord(extracted, new ClassificationResult("house-tax-relief", 0.9, [], 0.8, 0.98, "m@1")) { Fields = [kept], Verdict = RoutingVerdict.Deliver });

        var record = store.Find(Id)!;

        Assert.That(record.Fields, Is.EqualTo(new[] { kept }));
        Assert.That(record.Verdict, Is.EqualTo(RoutingVerdict.Deliver));
    }
}
