using DocClassifier.Extraction;

namespace DocClassifier.Host.Service;

/// <summary>
/// Holds a job before it reads its document for as long as a file named after the document's id (the archived
/// original's name without its extension) exists in the hold folder. A test keeps a job running exactly as long as
/// its premise needs, whatever the machine's speed; an operator can do the same to look at a document before it is
/// read. Only registered when <see cref="ServiceOptions.JobHoldFolder"/> is set.
/// </summary>
internal sealed class HoldingExtractor(IDocumentExtractor inner, string holdFolder) : IDocumentExtractor
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    public ExtractedDocument Extract(string path, CancellationToken cancellationToken = default)
    {
        var hold = Path.Combine(holdFolder, Path.GetFileNameWithoutExtension(path));
        while (File.Exists(hold))
        {
            cancellationToken.WaitHandle.WaitOne(Poll);
            cancellationToken.ThrowIfCancellationRequested();
        }

        return inner.Extract(path, cancellationToken);
    }
}
