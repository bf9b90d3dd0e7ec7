namespace DocClassifier.Routing;

/// <summary>
/// The parts of result file names that come from data (document id, label, original extension).
/// None is trusted as a path: each is checked or replaced so it can never leave its folder.
/// </summary>
internal static class PathParts
{
    // Extensions the sinks write themselves; an original named like this would collide or look like a result.
    private static readonly string[] Reserved = [".json", ".txt", ".tmp"];

    public const string FallbackExtension = ".bin";

    public static void RequireLabel(string label)
    {
        if (label.Length == 0 || !label.All(c => IsLowerAlphanumeric(c) || c == '-'))
        {
            throw new ArgumentException($"The label '{label}' cannot name a result folder: only a-z, 0-9 and '-' are allowed.", nameof(label));
        }
    }

    /// <summary>The original's extension, lower-cased, or <see cref="FallbackExtension"/> when it is unsafe or reserved.</summary>
    public static string CopyExtension(string originalFileName)
    {
        var extension = Path.GetExtension(originalFileName).ToLowerInvariant();
        var safe = extension.Length is >= 2 and <= 11
            && extension[1..].All(IsLowerAlphanumeric)
            && !Reserved.Contains(extension);
        return safe ? extension : FallbackExtension;
    }


    private static bool IsLowerAlphanumeric(char c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'z');
}
