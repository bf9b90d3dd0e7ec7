namespace DocClassifier.Classification;

/// <summary>What happens to a classified document.</summary>
public enum RoutingDecision
{
    /// <summary>Confident enough for its label's threshold: straight to the result folder.</summary>
    Deliver,

    /// <summary>To the human review queue.</summary>
    Review,
}
