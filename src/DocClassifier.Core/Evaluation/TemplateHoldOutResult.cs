namespace DocClassifier.Evaluation;

/// <summary>Every fold of a leave-one-template-out evaluation, and all held-out documents scored together.</summary>
public sealed record TemplateHoldOutResult(IReadOnlyList<TemplateFold> Folds, TemplateScore Pooled);
