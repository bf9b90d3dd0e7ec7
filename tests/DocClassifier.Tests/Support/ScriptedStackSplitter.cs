using DocClassifier.Splitting;

namespace DocClassifier.Tests.Support;

/// <summary>
/// A page model that gives each page from the second the probability the test chose, decided as the service decides
/// (<see cref="PageBoundarySplitter.Decide"/>): an uncertain page on demand, whatever the shipped model would say.
/// </summary>
internal sealed class ScriptedStackSplitter(params double[] probabilities) : IStackSplitter
{
    private int calls;

    public int Calls => calls;

    public StackSplit Split(string path, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref calls);
        return PageBoundarySplitter.Decide(probabilities.Length + 1, [.. probabilities.Select((p, i) => new PageBoundary(i + 2, p))], new SplittingOptions().BoundaryConfidence);
    }
}
