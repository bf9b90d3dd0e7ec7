namespace DocClassifier.Evaluation;

/// <summary>One fold of a leave-one-template-out evaluation: the templates it held out, how many documents it trained on, and its score.</summary>
public sealed record TemplateFold(IReadOnlyList<string> HeldOut, int TrainedOn, TemplateScore Score);
