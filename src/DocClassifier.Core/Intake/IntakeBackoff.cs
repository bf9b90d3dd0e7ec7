namespace DocClassifier.Intake;

/// <summary>
/// Inbox files that could not be taken (locked, no permission to move, a name the file system refuses): each is
/// tried again after a delay that doubles with every failure, up to <see cref="MaxDelay"/>, instead of being hashed,
/// recorded and reported on every pass. Holds only files that are still in the inbox (see <see cref="KeepOnly"/>).
/// </summary>
public sealed class IntakeBackoff(TimeProvider clock)
{
    public static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(5);

    private readonly Dictionary<string, (int Failures, DateTimeOffset NextAttempt)> waiting = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public int Count
    {
        get
        {
            lock (gate)
            {
                return waiting.Count;
            }
        }
    }

    /// <summary>Whether the file may be tried now: never failed, or its delay has passed.</summary>
    public bool IsDue(string path)
    {
        lock (gate)
        {
            return !waiting.TryGetValue(path, out var entry) || clock.GetUtcNow() >= entry.NextAttempt;
        }
    }

    /// <summary>Notes a failure and sets the next attempt; true for the first failure, the one to report.</summary>
    public bool Failed(string path)
    {
        lock (gate)
        {
            var failures = waiting.TryGetValue(path, out var entry) ? entry.Failures + 1 : 1;
            var delay = TimeSpan.FromTicks(Math.Min(MaxDelay.Ticks, FirstDelay.Ticks << Math.Min(failures - 1, 20)));
            waiting[path] = (failures, clock.GetUtcNow() + delay);
            return failures == 1;
        }
    }

    /// <summary>Forgets the file (taken, or gone); true when it had failed before.</summary>
    public bool Forget(string path)
    {
        lock (gate)
        {
            return waiting.Remove(path);
        }
    }

    /// <summary>Forgets every file that is not among <paramref name="present"/> (a full rescan of the inbox).</summary>
    public void KeepOnly(IReadOnlySet<string> present)
    {
        lock (gate)
        {
            foreach (var path in waiting.Keys.Where(p => !present.Contains(p)).ToList())
            {
                waiting.Remove(path);
            }
        }
    }
}
