using DocClassifier.Classification;

namespace DocClassifier.Learning;

/// <summary>
/// Classifies with whichever model the registry names live, checking <c>live.json</c> at most every
/// <paramref name="checkEvery"/>: a promotion or rollback reaches every running worker without a
/// restart. The swap is one reference assignment: a document classified during it uses the old or the
/// new model whole, and its result records which (<see cref="ClassificationResult.ModelVersion"/>).
/// If the registry cannot be read for a moment (a share reconnecting), the current model goes on serving.
/// </summary>
public sealed class HotSwappingClassifier(ModelRegistry registry, TimeProvider clock, TimeSpan checkEvery) : IDocumentClassifier
{
    private readonly Lock swapping = new();
    private volatile MlNetDocumentClassifier? current;
    private long nextCheck;

    /// <summary>Raised after a swap, with the new version.</summary>
    public event Action<string>? Swapped;

    /// <summary>Raised when the registry could not be read or the live model not loaded; the current model goes on serving.</summary>
    public event Action<Exception>? RefreshFailed;

    public MlNetDocumentClassifier Current
    {
        get
        {
            Refresh();
            return current!;
        }
    }

    public ClassificationResult Classify(string text) => Current.Classify(text);

    private void Refresh()
    {
        if (current is not null && clock.GetUtcNow().UtcTicks < Interlocked.Read(ref nextCheck))
        {
            return;
        }

        lock (swapping)
        {
            if (current is not null && clock.GetUtcNow().UtcTicks < Interlocked.Read(ref nextCheck))
            {
                return;
            }

            try
            {
                var live = registry.Live() ?? throw new InvalidOperationException($"No model is live in the model registry '{registry.Folder}'.");
                if (current?.Card.Version != live.Version)
                {
                    current = registry.Load(live.Version);
                    Swapped?.Invoke(live.Version);
                }
            }
            catch (Exception e) when (current is not null)
            {
                // Keep serving the model we have (a share reconnecting, a half-copied version); look again at the next check.
                RefreshFailed?.Invoke(e);
            }

            Interlocked.Exchange(ref nextCheck, (clock.GetUtcNow() + checkEvery).UtcTicks);
        }
    }
}
