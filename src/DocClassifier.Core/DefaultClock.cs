namespace DocClassifier;

/// <summary>The one place Core falls back to the system clock, for callers that pass none; everything else reads an injected <see cref="TimeProvider"/>.</summary>
internal static class DefaultClock
{
    public static TimeProvider Or(TimeProvider? clock) => clock ?? TimeProvider.System;
}
