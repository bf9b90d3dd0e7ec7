using DocClassifier.Samples;
using DocClassifier.Samples.Corpus;

namespace DocClassifier.Tests.Support;

/// <summary>Documents for the service tests, generated into a staging folder and dropped into an inbox the way a clerk does.</summary>
internal static class InboxFiles
{
    /// <summary>Born-digital PDFs (text layer, no OCR) of all twelve classes, every one different.</summary>
    public static List<string> BornDigital(string folder, int count, int seed = 31)
    {
        Directory.CreateDirectory(folder);
        var files = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var label = SampleLabels.All[i % SampleLabels.All.Count];
            var file = Path.Combine(folder, $"{label}-{seed}-{i:D3}.pdf");
            using (var stream = File.Create(file))
            {
                PageRenderer.RenderPdf(CorpusGenerator.Compose(label, i, seed).Pages, stream);
            }

            files.Add(file);
        }

        return files;
    }

    /// <summary>Moves the files into the inbox (renames on one disk: each appears whole at once).</summary>
    public static void Drop(IEnumerable<string> files, string inbox)
    {
        Directory.CreateDirectory(inbox);
        foreach (var file in files)
        {
            File.Move(file, Path.Combine(inbox, Path.GetFileName(file)));
        }
    }

    /// <summary>
    /// Polls until <paramref name="done"/> reaches <paramref name="target"/>; fails the test with <paramref name="what"/> only
    /// when it stops rising for <paramref name="stall"/>. A batch's total time depends on the machine's load; whether it
    /// moves at all does not.
    /// </summary>
    public static void WaitWhileProgressing(Func<int> done, int target, TimeSpan stall, string what)
    {
        var last = done();
        var lastChange = DateTime.UtcNow;
        while (last < target)
        {
            Thread.Sleep(250);
            var now = done();
            if (now != last)
            {
                (last, lastChange) = (now, DateTime.UtcNow);
            }

            Assert.That(DateTime.UtcNow - lastChange, Is.LessThan(stall), $"{what}: {last} of {target} after no progress for {stall.TotalMinutes:F0} minutes");
        }
    }

    /// <summary>Polls until the condition holds; fails the test with <paramref name="what"/> when it does not in time.</summary>
    public static void WaitUntil(Func<bool> condition, TimeSpan timeout, string what = "the service did not finish in time")
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), what);
            Thread.Sleep(250);
        }
    }
}
