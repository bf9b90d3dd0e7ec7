using DocClassifier.Extraction;
using DocClassifier.Tests.Support;
using static DocClassifier.Tests.Support.GeneratedFixtures;

namespace DocClassifier.Tests.Extraction;

[TestFixture]
[Category("Ocr")]
public class ConcurrentExtractionTests
{
    [Test]
    public void TwoThreadsExtractingAtOnce_GetTheSameTextAsOneThread()
    {
        using var extraction = new DocumentExtraction(new ExtractionOptions { MaxEngines = 2 });
        string[] files = [PathOf(FormPng), PathOf(LetterPng)];
        var sequential = files.Select(f => extraction.Extractor.Extract(f).RawText).ToArray();

        var parallel = new string[files.Length];
        using var start = new Barrier(files.Length);
        var threads = files.Select((file, i) => new Thread(() =>
        {
            start.SignalAndWait();
            parallel[i] = extraction.Extractor.Extract(file).RawText;
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.That(parallel, Is.EqualTo(sequential));
        // Two Chinese engines (one per thread) and one English engine for the letter's second reading,
        // all reused from the sequential run: never an engine per page.
        Assert.That(extraction.EnginesCreated, Is.EqualTo(3));
    }
}
