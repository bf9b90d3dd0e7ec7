namespace DocClassifier.Learning;

/// <summary>A label an administrator added: reviewers can choose it at once; it joins training once it has enough reviewed examples.</summary>
public sealed record AddedLabel(string Label, string DisplayName, string By, DateTimeOffset At);
