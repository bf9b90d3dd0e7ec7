namespace DocClassifier.Learning;

/// <summary>Reports on the calling thread, in order (<see cref="Progress{T}"/> posts to the thread pool, so lines can arrive late or out of order).</summary>
public sealed class ImmediateProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
