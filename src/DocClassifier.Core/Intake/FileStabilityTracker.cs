namespace DocClassifier.Intake;

/// <summary>
/// Takes a file only when it is finished: its size and modification time have not changed for the
/// configured delay, and it can be opened exclusively (no scanner or copy still writing it).
/// </summary>
public sealed class FileStabilityTracker(TimeSpan stableFor, TimeProvider clock)
{
    private readonly Dictionary<string, (long Size, DateTime Modified, DateTimeOffset Since)> seen = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public bool IsFinished(string path)
    {
        FileInfo file = new(path);
        if (!file.Exists)
        {
            Forget(path);
            return false;
        }

        var now = clock.GetUtcNow();
        var observed = (file.Length, file.LastWriteTimeUtc);
        lock (gate)
        {
            if (!seen.TryGetValue(path, out var previous) || previous.Size != observed.Length || previous.Modified != observed.LastWriteTimeUtc)
            {
                seen[path] = (observed.Length, observed.LastWriteTimeUtc, now);
                return stableFor <= TimeSpan.Zero && CanOpenExclusively(path);
            }

            return now - previous.Since >= stableFor && CanOpenExclusively(path);
        }
    }

    /// <summary>
    /// When the earliest stability wait still running ends (a file seen and unchanged since, whose delay has not passed
    /// yet), so that it can be taken right then; null when no wait is running.
    /// </summary>
    public DateTimeOffset? NextDue()
    {
        var now = clock.GetUtcNow();
        lock (gate)
        {
            DateTimeOffset? next = null;
            foreach (var (_, (_, _, since)) in seen)
            {
                var due = since + stableFor;
                if (due > now && (next is null || due < next))
                {
                    next = due;
                }
            }

            return next;
        }
    }

    public void Forget(string path)
    {
        lock (gate)
        {
            seen.Remove(path);
        }
    }

    private static bool CanOpenExclusively(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
