using DocClassifier.Splitting;
using Microsoft.Extensions.Logging;

namespace DocClassifier.Host.Service;

/// <summary>
/// Holds a stack's job once its split is decided (every page read) and before any part is written, for as long as a
/// file named after the stack's id exists in the hold folder (as <see cref="HoldingExtractor"/> does for reading): a
/// test kills the process in the middle of a split by construction, whatever the machine's speed. A document that is
/// not split is not held here (the extractor holds it). Only registered when <see cref="ServiceOptions.JobHoldFolder"/> is set.
/// </summary>
internal sealed class HoldingStackSplitter(IStackSplitter inner, string holdFolder, ILogger<HoldingStackSplitter> logger) : IStackSplitter
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    public StackSplit Split(string path, CancellationToken cancellationToken = default)
    {
        var split = inner.Split(path, cancellationToken);
        var id = Path.GetFileNameWithoutExtension(path);
        var hold = Path.Combine(holdFolder, id);
        if (split.IsSplit && File.Exists(hold))
        {
            logger.LogInformation("Holding stack {Id} split into {Parts} parts until its hold is released.", id, split.Parts.Count);
            while (File.Exists(hold))
            {
                cancellationToken.WaitHandle.WaitOne(Poll);
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        return split;
    }
}
