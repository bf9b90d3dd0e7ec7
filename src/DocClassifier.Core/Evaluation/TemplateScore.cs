namespace DocClassifier.Evaluation;

/// <summary>
/// How documents of held-out templates fared. Delivered: the share the routing delivered (each fold
/// at its own thresholds) and the precision of those. AutomationAt98: the share one confidence
/// cut-off could deliver at 98 % precision. OutOfScopeDelivered: the share of out-of-scope
/// documents that were delivered into a tax label's folder.
/// </summary>
public sealed record TemplateScore(
    int Documents,
    double Accuracy,
    double MacroF1,
    double Delivered,
    double DeliveredPrecision,
    double AutomationAt98,
    int OutOfScopeDocuments,
    double OutOfScopeDelivered);
