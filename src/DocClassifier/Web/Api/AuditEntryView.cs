using DocClassifier.Storage;

namespace DocClassifier.Host.Web.Api;

/// <summary>One transition of a document, as the REST API shows it.</summary>
public sealed record AuditEntryView(DateTimeOffset At, string Actor, string? FromState, string ToState, string? Detail)
{
    public static AuditEntryView From(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.At, entry.Actor, entry.From?.ToString(), entry.To.ToString(), entry.Detail);
    }
}
