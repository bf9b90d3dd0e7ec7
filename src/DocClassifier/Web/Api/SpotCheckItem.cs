using DocClassifier.Classification;

namespace DocClassifier.Host.Web.Api;

/// <summary>A delivered document waiting for a spot-check: the document, the label it was delivered under, the model's top labels and its text.</summary>
public sealed record SpotCheckItem(DocumentView Document, string DeliveredAs, IReadOnlyList<LabelScore> Top, string? Text, DateTimeOffset ChosenAt);
