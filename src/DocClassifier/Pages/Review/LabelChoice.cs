namespace DocClassifier.Host.Pages;

/// <summary>A label button on the review page: slug, readable name, and the model's probability if it is one of the top labels.</summary>
public sealed record LabelChoice(string Label, string Name, double? Probability);
