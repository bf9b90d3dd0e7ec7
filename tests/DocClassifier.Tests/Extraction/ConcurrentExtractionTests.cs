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
        // One English engine for the letter and one Chinese engine for the form, reused from the sequential run; a
        // second Chinese engine only when the letter's script probe reads its strip while the form is being read.
        // Never an engine per page (four files' worth would be more).
        Assert.That(extraction.EnginesCreated, Is.InRange(2, 3));
    }
}
