namespace DocClassifier.Benchmarks;

/// <summary>Disposes several things at once (the processes of a multi-node run).</summary>
internal sealed class Disposables(IEnumerable<IDisposable> items) : IDisposable
{
    public void Dispose()
    {
        foreach (var item in items)
        {
            item.Dispose();
        }
    }
}
