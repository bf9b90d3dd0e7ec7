using DocClassifier.Extraction;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Extraction;

/// <summary>
/// A process that dies inside a reading is played by a reading that never comes back (its thread held inside the inner
/// extractor) and a fresh instance over the same folder: the next process, started after the crash.
/// </summary>
public sealed class CrashCountingExtractorTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Test]
    public void AFileWhoseReadingsNeverCameBack_IsGivenUpAtTheLimit_WithAReasonAndNoThirdReading()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "page.png");
        using var inner = new HeldExtractor();
        var readings = Path.Combine(folder.Path, "readings");

        var first = inner.StartHeld(new CrashCountingExtractor(inner, inner, readings, limit: 2), file);
        var second = inner.StartHeld(new CrashCountingExtractor(inner, inner, readings, limit: 2), file);

        var third = Task.Run(() => new CrashCountingExtractor(inner, inner, readings, limit: 2).Extract(file));
        Assert.That(() => third.Wait(Patience), Throws.InstanceOf<AggregateException>(), "the third reading fails at once");
        var error = third.Exception!.InnerException as ExtractionException;
        Assert.Multiple(() =>
        {
            Assert.That(error?.Code, Is.EqualTo(ExtractionErrorCode.ReadingInterrupted));
            Assert.That(error?.Message, Does.Contain("started 2 times and never finished"));
            Assert.That(inner.Started, Is.EqualTo(2), "the file was not read a third time");
        });

        var again = new CrashCountingExtractor(inner, inner, readings, limit: 2);
        Assert.That(() => again.Extract(file), Throws.InstanceOf<ExtractionException>(), "read again in the same job, it fails the same way");

        Assert.That(Directory.GetFiles(readings), Has.Length.EqualTo(1), "the count stays");
        CrashCountingExtractor.Forget(readings, file);
        Assert.That(Directory.GetFiles(readings), Is.Empty, "a retry forgets it");

        inner.Release();
        Task.WaitAll([first, second], Patience);
        Assert.Multiple(() =>
        {
            Assert.That(again.Extract(file).FileName, Is.EqualTo("page.png"), "retried, the file is read afresh");
            Assert.That(inner.Started, Is.EqualTo(3));
        });
    }

    [Test]
    public void ReadingsThatReturnOrThrow_AreNotCounted()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "page.png");
        var readings = Path.Combine(folder.Path, "readings");
        var failing = new FailingExtractor();
        var extractor = new CrashCountingExtractor(failing, failing, readings, limit: 1);

        Assert.Throws<ExtractionException>(() => extractor.Extract(file));
        Assert.Throws<InvalidOperationException>(() => extractor.Extract(file));
        Assert.Throws<OperationCanceledException>(() => extractor.Extract(file));
        Assert.Multiple(() =>
        {
            Assert.That(extractor.Extract(file).FileName, Is.EqualTo("page.png"));
            Assert.That(Directory.GetFiles(readings), Is.Empty);
        });
    }

    [Test]
    public void AFileWithAnUnfinishedReading_IsReadAlone_SoACrashWhileItIsReadCountsForItOnly()
    {
        using var folder = new TempFolder();
        var readings = Path.Combine(folder.Path, "readings");
        var suspect = Path.Combine(folder.Path, "suspect.png");
        var other = Path.Combine(folder.Path, "other.png");
        var later = Path.Combine(folder.Path, "later.png");
        using var inner = new HeldExtractor();
        _ = inner.StartHeld(new CrashCountingExtractor(inner, inner, readings, limit: 3), suspect); // the process died reading it
        var extractor = new CrashCountingExtractor(inner, inner, readings, limit: 3);

        var reading = inner.StartHeld(extractor, other);
        var alone = Task.Run(() => extractor.Extract(suspect));
        Thread.Sleep(300); // no proof by itself; what follows fails if the suspect's reading started beside the other
        Assert.That(inner.StartedFiles, Is.EqualTo(new[] { suspect, other }), "the suspect waits for the reading in progress");

        inner.Release();
        Assert.That(reading.Wait(Patience) && alone.Wait(Patience), Is.True);
        Assert.That(inner.StartedFiles, Is.EqualTo(new[] { suspect, other, suspect }));

        using var blocker = new HeldExtractor();
        _ = blocker.StartHeld(new CrashCountingExtractor(blocker, blocker, readings, limit: 3), suspect);
        _ = blocker.StartHeld(new CrashCountingExtractor(blocker, blocker, readings, limit: 3), suspect);
        using var third = new HeldExtractor();
        var process = new CrashCountingExtractor(third, third, readings, limit: 3);
        var suspectRead = third.StartHeld(process, suspect);
        var besides = Task.Run(() => process.Extract(later));
        Thread.Sleep(300);
        Assert.That(third.StartedFiles, Is.EqualTo(new[] { suspect }), "no reading starts beside the suspect's");
        third.Release();
        Assert.That(suspectRead.Wait(Patience) && besides.Wait(Patience), Is.True);
        Assert.That(third.StartedFiles, Is.EqualTo(new[] { suspect, later }));
        blocker.Release();
    }

    [Test]
    public void AFileWithAnUnfinishedReading_IsReadWithTheCautiousExtractor_AndOthersAsUsual()
    {
        using var folder = new TempFolder();
        var readings = Path.Combine(folder.Path, "readings");
        var suspect = Path.Combine(folder.Path, "suspect.png");
        var other = Path.Combine(folder.Path, "other.png");
        using var dead = new HeldExtractor();
        _ = dead.StartHeld(new CrashCountingExtractor(dead, dead, readings, limit: 2), suspect); // the process died reading it
        var usual = new FailingExtractor(succeedFrom: 1);
        var cautious = new FailingExtractor(succeedFrom: 1);
        var extractor = new CrashCountingExtractor(usual, cautious, readings, limit: 2);

        _ = extractor.Extract(suspect);
        _ = extractor.Extract(other);

        Assert.Multiple(() =>
        {
            Assert.That(cautious.Read, Is.EqualTo(new[] { suspect }));
            Assert.That(usual.Read, Is.EqualTo(new[] { other }));
        });
        dead.Release();
    }

    // Every reading waits until Release; StartHeld returns once the reading is inside.
    private sealed class HeldExtractor : IDocumentExtractor, IDisposable
    {
        private readonly ManualResetEventSlim released = new();
        private readonly SemaphoreSlim entered = new(0);
        private readonly Lock gate = new();
        private readonly List<string> started = [];

        public int Started => StartedFiles.Count;

        public IReadOnlyList<string> StartedFiles
        {
            get
            {
                lock (gate)
                {
                    return [.. started];
                }
            }
        }

        public Task<ExtractedDocument> StartHeld(CrashCountingExtractor extractor, string path)
        {
            var task = Task.Factory.StartNew(() => extractor.Extract(path), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            Assert.That(entered.Wait(Patience), Is.True, "the held reading started");
            return task;
        }

        public void Release() => released.Set();

        public void Dispose()
        {
            released.Dispose();
            entered.Dispose();
        }

        public ExtractedDocument Extract(string path, CancellationToken cancellationToken = default)
        {
            lock (gate)
            {
                started.Add(path);
            }

            entered.Release();
            released.Wait(cancellationToken);
            return Document(path);
        }
    }

    // Its first readings throw (a bad file, a disk error, a cancellation), then it reads from the call numbered succeedFrom.
    private sealed class FailingExtractor(int succeedFrom = 4) : IDocumentExtractor
    {
        private readonly List<string> read = [];

        public IReadOnlyList<string> Read => read;

        public ExtractedDocument Extract(string path, CancellationToken cancellationToken = default)
        {
            read.Add(path);
            return read.Count >= succeedFrom
                ? Document(path)
                : read.Count switch
                {
                    1 => throw new ExtractionException(ExtractionErrorCode.CorruptFile, "broken"),
                    2 => throw new InvalidOperationException("disk"),
                    _ => throw new OperationCanceledException(),
                };
        }
    }

    private static ExtractedDocument Document(string path) =>
        new(Path.GetFileName(path), DocumentFormat.Png, [new ExtractedPage(1, "text", "text", TextSource.Ocr, 90, 300)]);
}
