using DocClassifier.Classification;

namespace DocClassifier.Routing;

/// <summary>
/// A separator sheet that names a label is a clerk's statement about the document behind it. It never delivers a
/// document on its own: when the model would deliver another label, the part goes to review with both named;
/// when they agree, or the model sends it to review anyway, the routing policy's verdict stands.
/// </summary>
public static class SheetLabelCheck
{
    public static RoutingVerdict Apply(RoutingVerdict verdict, string modelLabel, string? sheetLabel)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        return sheetLabel is null || verdict.Decision != RoutingDecision.Deliver || string.Equals(sheetLabel, modelLabel, StringComparison.Ordinal)
            ? verdict
            : RoutingVerdict.Review($"the separator sheet says {sheetLabel}, the model says {modelLabel}");
    }
}
