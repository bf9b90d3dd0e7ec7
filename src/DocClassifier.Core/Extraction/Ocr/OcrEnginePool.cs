using System.Collections.Concurrent;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Hands each thread an engine of its own and takes it back for the next page. Engines are made
/// lazily, at most <see cref="Capacity"/>, and kept: ending one does not give its memory back to the OS.
/// </summary>
internal sealed class OcrEnginePool : IDisposable
{
    private readonly Func<IOcrEngine> factory;
    private readonly ConcurrentBag<IOcrEngine> idle = [];
    private readonly ConcurrentBag<IOcrEngine> all = [];
    private readonly SemaphoreSlim slots;
    private bool disposed;

    public OcrEnginePool(Func<IOcrEngine> factory, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        this.factory = factory;
        Capacity = capacity;
        slots = new SemaphoreSlim(capacity, capacity);
    }

    public int Capacity { get; }

    /// <summary>How many engines have been created so far.</summary>
    public int Created => all.Count;

    /// <summary>Waits for a free engine (creating one if there is room) and lends it until the lease is disposed.</summary>
    public Lease Rent(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        slots.Wait(cancellationToken);
        try
        {
            if (!idle.TryTake(out var engine))
            {
                engine = factory();
                all.Add(engine);
            }

            return new Lease(this, engine);
        }
        catch
        {
            slots.Release();
            throw;
        }
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        foreach (var engine in all)
        {
            engine.Dispose();
        }

        slots.Dispose();
    }

    private void Return(IOcrEngine engine)
    {
        idle.Add(engine);
        slots.Release();
    }

    /// <summary>An engine on loan; dispose to give it back.</summary>
    internal readonly struct Lease(OcrEnginePool pool, IOcrEngine engine) : IDisposable
    {
        public IOcrEngine Engine { get; } = engine;

        public void Dispose() => pool.Return(Engine);
    }
}
